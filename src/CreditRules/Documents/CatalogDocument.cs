using CreditRules.Documents.Dto;
using CreditRules.Documents.Mapping;
using CreditRules.Documents.Reading;
using CreditRules.Domain;

namespace CreditRules.Documents;

/// <summary>Reads and writes catalog documents (<c>schemas/catalog.schema.json</c>): evaluators, providers, courses, sessions and credit recommendations.</summary>
/// <remarks>
/// Loading never yields a partly loaded model: it returns the whole <see cref="Catalog"/> or every error found, each with
/// its JSON path, line and column, offending value and <see cref="DocumentErrorCode"/>. Thread-safe.
/// </remarks>
public static class CatalogDocument
{
    /// <summary>The published schema's absolute <c>$id</c>, written as <c>$schema</c> by <see cref="Write(Catalog, string?)"/>.</summary>
    public const string SchemaUri = "https://raw.githubusercontent.com/creditrules/creditrules/main/schemas/catalog.schema.json";

    /// <summary>Loads a catalog from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="source">A name for the document in errors, such as its path, or <see langword="null"/>.</param>
    /// <returns>The catalog, or every error found.</returns>
    public static DocumentLoadResult<Catalog> Load(ReadOnlySpan<byte> utf8Json, string? source) =>
        DocumentPipeline.Load(utf8Json, DocumentJsonContext.Default.CatalogDto, CatalogMapper.ToDomain, source);

    /// <summary>Loads a catalog from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The catalog, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static DocumentLoadResult<Catalog> Load(string json) =>
        Load(DocumentPipeline.Utf8(Internal.Preconditions.NotNull(json)), null);

    /// <summary>Loads a catalog from a file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The catalog, or every error found.</returns>
    /// <exception cref="IOException">The file cannot be read (it does not exist, or is a folder).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static DocumentLoadResult<Catalog> LoadFile(string path) => DocumentPipeline.LoadFile(path, (bytes, name) => Load(bytes, name));

    /// <summary>Loads a catalog from JSON text, or throws listing every error.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="DocumentValidationException">The document is invalid.</exception>
    public static Catalog LoadOrThrow(string json) => Load(json).GetValueOrThrow();

    /// <summary>Writes a catalog as an indented JSON document that <see cref="Load(string)"/> reads back to an equal catalog.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="notes">A note for people stored in the document (e.g. "numbers are illustrative"), or <see langword="null"/>.</param>
    /// <returns>The JSON text, ending with a line feed.</returns>
    /// <exception cref="ArgumentException">A credit amount has no exact decimal form (such as 8/3 hours).</exception>
    public static string Write(Catalog catalog, string? notes = null) =>
        DocumentPipeline.Write(CatalogMapper.ToDto(Internal.Preconditions.NotNull(catalog), notes, SchemaUri), DocumentJsonContext.Default.CatalogDto);
}
