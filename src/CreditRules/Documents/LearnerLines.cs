using System.Text.Json;
using CreditRules.Documents.Dto;
using CreditRules.Documents.Mapping;
using CreditRules.Documents.Reading;
using CreditRules.Domain;
using CreditRules.Internal;

namespace CreditRules.Documents;

/// <summary>
/// JSON Lines learner records: each line is one element of the learner document's <c>learners</c> array (the learner
/// and their claims), written compactly on one line. For streaming populations of any size, one line at a time.
/// </summary>
/// <remarks>
/// A line is validated like a learner in a learner document (every error with its JSON path and value), against the
/// catalog and policy set when given. Lines carry no <c>schemaVersion</c>: the version is the learner document's.
/// A valid line is parsed straight into the learner record with a <see cref="Utf8JsonReader"/> (no intermediate
/// objects); a line with any error is read again by the document reader, which reports every error. Thread-safe.
/// </remarks>
public static class LearnerLines
{
    /// <summary>Reads one line: a learner and their claims.</summary>
    /// <param name="utf8Line">The line's UTF-8 bytes, without the line break.</param>
    /// <param name="catalog">The catalog the ids must exist in, or <see langword="null"/> not to check them.</param>
    /// <param name="policies">The policy set the institution and program ids must exist in, or <see langword="null"/>.</param>
    /// <param name="source">A name for the line in errors, such as <c>learners.jsonl:12</c>, or <see langword="null"/>.</param>
    /// <returns>A set of one learner with their claims, or every error found (paths start at the line's root, <c>$</c>).</returns>
    public static DocumentLoadResult<LearnerSet> Read(ReadOnlySpan<byte> utf8Line, Catalog? catalog, PolicySet? policies, string? source = null)
    {
        // The streaming reader takes every line the reader below would accept, and builds the same record from it.
        if (TextEncoding.FirstInvalid(utf8Line) < 0 && LearnerLineReader.TryRead(utf8Line, catalog, policies) is { } streamed)
        {
            return DocumentLoadResult<LearnerSet>.Success(streamed, source);
        }

        return ReadThroughDocumentReader(utf8Line, catalog, policies, source);
    }

    /// <summary>
    /// Reads one line through the document reader and the mapper (a DTO, then the domain record): every error with its
    /// path and value. The reader of every line the streaming reader leaves to it, and the reference its tests compare with.
    /// </summary>
    internal static DocumentLoadResult<LearnerSet> ReadThroughDocumentReader(ReadOnlySpan<byte> utf8Line, Catalog? catalog, PolicySet? policies, string? source)
    {
        var errors = new DocumentErrorList();
        LearnerDto? dto = null;
        if (TextEncoding.FirstInvalid(utf8Line) < 0 && utf8Line.Length <= DocumentLimits.MaxDocumentBytes)
        {
            try
            {
                dto = JsonSerializer.Deserialize(utf8Line, DocumentJsonContext.Default.LearnerDto);
            }
            catch (JsonException)
            {
                dto = null;
            }
        }

        if (dto is null)
        {
            // The fast read failed: read again, slowly, for every error with its path and value.
            dto = DocumentReader.Read(utf8Line, DocumentJsonContext.Default.LearnerDto, errors, out var positions);
            if (errors.Count > 0 || dto is null)
            {
                if (errors.Count == 0)
                {
                    errors.Add(new DocumentError(DocumentErrorCode.WrongType, "$", null, "The line holds null, not a learner record."));
                }

                DocumentReader.Locate(errors, positions);
                return DocumentLoadResult<LearnerSet>.Failure(errors.ToResult(), source);
            }
        }

        var claims = new List<LearnerClaim>();
        var learner = LearnerMapper.Learner(dto, "$", new MappingContext(errors), catalog, policies, claims);
        return errors.Count > 0 || learner is null
            ? DocumentLoadResult<LearnerSet>.Failure(errors.ToResult(), source)
            : DocumentLoadResult<LearnerSet>.Success(new LearnerSet([learner], claims), source);
    }

    /// <summary>Writes one learner and their claims as one compact line, without the line break.</summary>
    /// <param name="writer">The writer; its options decide escaping (indentation is never used).</param>
    /// <param name="learner">The learner.</param>
    /// <param name="claims">The learner's claims.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>Everything the learner document holds for a learner is written, prior credit included.</remarks>
    public static void Write(Utf8JsonWriter writer, LearnerRecord learner, IEnumerable<LearnerClaim> claims)
    {
        Preconditions.NotNull(writer);
        JsonSerializer.Serialize(writer, LearnerMapper.ToDto(Preconditions.NotNull(learner), Preconditions.NotNull(claims)), DocumentJsonContext.Default.LearnerDto);
    }
}
