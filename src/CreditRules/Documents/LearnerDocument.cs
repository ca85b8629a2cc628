using CreditRules.Documents.Dto;
using CreditRules.Documents.Mapping;
using CreditRules.Documents.Reading;
using CreditRules.Domain;

namespace CreditRules.Documents;

/// <summary>Reads and writes learner documents (<c>schemas/learners.schema.json</c>): learners' records and the claims to decide.</summary>
/// <remarks>
/// <para>An exam's <c>startedAt</c> may be an offset date-time or a local date-time read in its <c>candidateZone</c>; a local
/// time in a daylight-saving gap or overlap is an error. Every other instant needs an offset.</para>
/// <para>Given a catalog and a policy set, loading also checks that sessions, courses, institutions and programs exist.
/// Loading never yields a partly loaded model. Thread-safe.</para>
/// </remarks>
public static class LearnerDocument
{
    /// <summary>The <c>$schema</c> written by <see cref="Write(LearnerSet, string?)"/>.</summary>
    public const string SchemaUri = "../schemas/learners.schema.json";

    /// <summary>Loads learners from UTF-8 JSON, checking references against a catalog and a policy set when given.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="catalog">The catalog that sessions and courses must exist in, or <see langword="null"/> to skip the check.</param>
    /// <param name="policies">The policy set that institutions and programs must exist in, or <see langword="null"/> to skip the check.</param>
    /// <param name="source">A name for the document in errors, or <see langword="null"/>.</param>
    /// <returns>The learners, or every error found.</returns>
    public static DocumentLoadResult<LearnerSet> Load(ReadOnlySpan<byte> utf8Json, Catalog? catalog, PolicySet? policies, string? source) =>
        DocumentPipeline.Load(utf8Json, DocumentJsonContext.Default.LearnerSetDto, (dto, c) => LearnerMapper.ToDomain(dto, c, catalog, policies), source);

    /// <summary>Loads learners from JSON text without cross-document checks.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The learners, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static DocumentLoadResult<LearnerSet> Load(string json) =>
        Load(DocumentPipeline.Utf8(Internal.Preconditions.NotNull(json)), null, null, null);

    /// <summary>Loads learners from JSON text, checking references against a catalog and a policy set.</summary>
    /// <param name="json">The document.</param>
    /// <param name="catalog">The catalog, or <see langword="null"/>.</param>
    /// <param name="policies">The policy set, or <see langword="null"/>.</param>
    /// <returns>The learners, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static DocumentLoadResult<LearnerSet> Load(string json, Catalog? catalog, PolicySet? policies) =>
        Load(DocumentPipeline.Utf8(Internal.Preconditions.NotNull(json)), catalog, policies, null);

    /// <summary>Loads learners from a file, checking references against a catalog and a policy set when given.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="catalog">The catalog, or <see langword="null"/>.</param>
    /// <param name="policies">The policy set, or <see langword="null"/>.</param>
    /// <returns>The learners, or every error found.</returns>
    /// <exception cref="IOException">The file cannot be read (it does not exist, or is a folder).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static DocumentLoadResult<LearnerSet> LoadFile(string path, Catalog? catalog, PolicySet? policies) =>
        DocumentPipeline.LoadFile(path, (bytes, name) => Load(bytes, catalog, policies, name));

    /// <summary>Loads learners from JSON text, or throws listing every error.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The learners.</returns>
    /// <exception cref="DocumentValidationException">The document is invalid.</exception>
    public static LearnerSet LoadOrThrow(string json) => Load(json).GetValueOrThrow();

    /// <summary>Writes learners as an indented JSON document that <see cref="Load(string)"/> reads back to an equal set.</summary>
    /// <param name="learners">The learners.</param>
    /// <param name="notes">A note for people stored in the document, or <see langword="null"/>.</param>
    /// <returns>The JSON text, ending with a line feed.</returns>
    /// <remarks>Exam start instants are written as offset date-times in the candidate's zone; other instants in UTC.</remarks>
    public static string Write(LearnerSet learners, string? notes = null) =>
        DocumentPipeline.Write(LearnerMapper.ToDto(Internal.Preconditions.NotNull(learners), notes, SchemaUri), DocumentJsonContext.Default.LearnerSetDto);
}
