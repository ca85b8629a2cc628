using CreditRules.Documents.Dto;
using CreditRules.Documents.Mapping;
using CreditRules.Documents.Reading;
using CreditRules.Domain;

namespace CreditRules.Documents;

/// <summary>Reads and writes institution policy documents (<c>schemas/policies.schema.json</c>): institutions, effective-dated policy versions, programs and overrides.</summary>
/// <remarks>
/// Loading never yields a partly loaded model: it returns the whole <see cref="PolicySet"/> or every error found. A program
/// override's <c>maxCreditsPerCourse</c> is in its institution's credit unit. Thread-safe.
/// </remarks>
public static class PolicyDocument
{
    /// <summary>The published schema's absolute <c>$id</c>, written as <c>$schema</c> by <see cref="Write(PolicySet, string?)"/>.</summary>
    public const string SchemaUri = "https://raw.githubusercontent.com/creditrules/creditrules/main/schemas/policies.schema.json";

    /// <summary>Loads a policy set from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="source">A name for the document in errors, or <see langword="null"/>.</param>
    /// <returns>The policy set, or every error found.</returns>
    public static DocumentLoadResult<PolicySet> Load(ReadOnlySpan<byte> utf8Json, string? source) =>
        DocumentPipeline.Load(utf8Json, DocumentJsonContext.Default.PolicySetDto, PolicyMapper.ToDomain, source);

    /// <summary>Loads a policy set from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The policy set, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static DocumentLoadResult<PolicySet> Load(string json) =>
        Load(DocumentPipeline.Utf8(Internal.Preconditions.NotNull(json)), null);

    /// <summary>Loads a policy set from a file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The policy set, or every error found.</returns>
    /// <exception cref="IOException">The file cannot be read (it does not exist, or is a folder).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static DocumentLoadResult<PolicySet> LoadFile(string path) => DocumentPipeline.LoadFile(path, (bytes, name) => Load(bytes, name));

    /// <summary>Loads a policy set from JSON text, or throws listing every error.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The policy set.</returns>
    /// <exception cref="DocumentValidationException">The document is invalid.</exception>
    public static PolicySet LoadOrThrow(string json) => Load(json).GetValueOrThrow();

    /// <summary>Writes a policy set as an indented JSON document that <see cref="Load(string)"/> reads back to an equal set.</summary>
    /// <param name="policies">The policy set.</param>
    /// <param name="notes">A note for people stored in the document, or <see langword="null"/>.</param>
    /// <returns>The JSON text, ending with a line feed.</returns>
    /// <exception cref="ArgumentException">A credit limit has no exact decimal form in its institution's unit.</exception>
    public static string Write(PolicySet policies, string? notes = null) =>
        DocumentPipeline.Write(PolicyMapper.ToDto(Internal.Preconditions.NotNull(policies), notes, SchemaUri), DocumentJsonContext.Default.PolicySetDto);
}
