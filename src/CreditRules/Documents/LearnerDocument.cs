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
    /// <summary>The published schema's absolute <c>$id</c>, written as <c>$schema</c> by <see cref="Write(LearnerSet, string?)"/>.</summary>
    public const string SchemaUri = "https://raw.githubusercontent.com/creditrules/creditrules/main/schemas/learners.schema.json";

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

    /// <summary>Loads a learner document from a stream, such as a request body, without cross-document checks.</summary>
    /// <param name="utf8Json">The stream, read to its end and left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The learners, or every error found; a stream longer than <see cref="DocumentLimits.MaxDocumentBytes"/> is refused unread past the limit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static Task<DocumentLoadResult<LearnerSet>> LoadAsync(Stream utf8Json, CancellationToken cancellationToken) =>
        LoadAsync(utf8Json, null, null, cancellationToken);

    /// <summary>Loads a learner document from a stream, checking references against a catalog and a policy set when given.</summary>
    /// <param name="utf8Json">The stream, read to its end and left open.</param>
    /// <param name="catalog">The catalog, or <see langword="null"/>.</param>
    /// <param name="policies">The policy set, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The learners, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static async Task<DocumentLoadResult<LearnerSet>> LoadAsync(Stream utf8Json, Catalog? catalog, PolicySet? policies, CancellationToken cancellationToken)
    {
        var bytes = await ReadLimitedAsync(utf8Json, cancellationToken).ConfigureAwait(false);
        return bytes is null ? TooLarge<LearnerSet>() : Load(bytes, catalog, policies, null);
    }

    /// <summary>Reads one learner and their claims: an element of a learner document's <c>learners</c> array, such as
    /// the body of a request that asks for a decision.</summary>
    /// <param name="utf8Json">The learner object as UTF-8 JSON.</param>
    /// <returns>A set of one learner with their claims, or every error found (paths start at <c>$</c>).</returns>
    /// <remarks>The same reader as <see cref="LearnerLines.Read"/>: every error with its JSON path and attempted value.</remarks>
    public static DocumentLoadResult<LearnerSet> ReadLearner(ReadOnlySpan<byte> utf8Json) => ReadLearner(utf8Json, null, null);

    /// <summary>Reads one learner and their claims, checking ids against a catalog and a policy set when given.</summary>
    /// <param name="utf8Json">The learner object as UTF-8 JSON.</param>
    /// <param name="catalog">The catalog, or <see langword="null"/>.</param>
    /// <param name="policies">The policy set, or <see langword="null"/>.</param>
    /// <returns>A set of one learner with their claims, or every error found.</returns>
    public static DocumentLoadResult<LearnerSet> ReadLearner(ReadOnlySpan<byte> utf8Json, Catalog? catalog, PolicySet? policies) =>
        utf8Json.Length > DocumentLimits.MaxDocumentBytes ? TooLarge<LearnerSet>() : LearnerLines.Read(utf8Json, catalog, policies);

    /// <summary>Reads one learner and their claims from a stream, such as a request body.</summary>
    /// <param name="utf8Json">The stream, read to its end and left open.</param>
    /// <param name="catalog">The catalog, or <see langword="null"/>.</param>
    /// <param name="policies">The policy set, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A set of one learner with their claims, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static async Task<DocumentLoadResult<LearnerSet>> ReadLearnerAsync(Stream utf8Json, Catalog? catalog, PolicySet? policies, CancellationToken cancellationToken)
    {
        var bytes = await ReadLimitedAsync(utf8Json, cancellationToken).ConfigureAwait(false);
        return bytes is null ? TooLarge<LearnerSet>() : ReadLearner(bytes, catalog, policies);
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream stream, CancellationToken cancellationToken)
    {
        Internal.Preconditions.NotNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > DocumentLimits.MaxDocumentBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static DocumentLoadResult<T> TooLarge<T>()
        where T : class =>
        DocumentLoadResult<T>.Failure(
        [
            new DocumentError(DocumentErrorCode.DocumentTooLarge, "$", null,
                "The document is larger than the limit of " + DocumentLimits.MaxDocumentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes."),
        ]);

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
