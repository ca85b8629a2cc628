using System.Globalization;
using System.Text.Json;
using CreditRules.Documents;
using CreditRules.Domain;
using CreditRules.Engine;

namespace CreditRules.Cli.Documents;

/// <summary>
/// JSON Lines learner records (the learner-document format, one learner per line, see <see cref="LearnerLines"/>) to
/// claims and back. A bad line becomes one <see cref="InputError"/> naming its first error's path and value.
/// </summary>
internal static class LearnerLineMapper
{
    /// <summary>The outcome of reading one line: its claims, or the error that stops it.</summary>
    public readonly record struct LineResult(string? LearnerId, CreditClaim[] Claims, InputError? Error);

    /// <summary>Reads one line (UTF-8 JSON, no newline), checking ids against the catalog and policies.</summary>
    public static LineResult Read(ReadOnlySpan<byte> line, long position, Catalog? catalog, PolicySet? policies)
    {
        var result = LearnerLines.Read(line, catalog, policies);
        if (!result.IsSuccess)
        {
            return Failed(result, line, position);
        }

        var set = result.Value;
        var learner = set.Learners[0];
        if (set.Claims.Count == 0)
        {
            return ClaimsNothing(learner.LearnerId, position);
        }

        var claims = new CreditClaim[set.Claims.Count];
        for (var i = 0; i < claims.Length; i++)
        {
            var c = set.Claims[i];
            claims[i] = new CreditClaim(learner, c.CourseId, c.InstitutionId, c.ProgramId);
        }

        return new(learner.LearnerId, claims, null);
    }

    // The error entries, out of line: the first line read compiles only the success path.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static LineResult Failed(DocumentLoadResult<LearnerSet> result, ReadOnlySpan<byte> line, long position)
    {
        var errors = result.Errors;
        var first = errors[0];
        var learnerId = TryReadId(line);
        var more = errors.Count > 1 ? " (and " + (errors.Count - 1).ToString(CultureInfo.InvariantCulture) + " more error(s) on this line)" : string.Empty;
        return new(learnerId, [], new InputError(position, learnerId, first.Path, first.AttemptedValue, CodeOf(first.Code), "Line " + (position + 1).ToString(CultureInfo.InvariantCulture) + ": " + first.Message + more));
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static LineResult ClaimsNothing(string learnerId, long position) =>
        new(learnerId, [], new InputError(position, Echo(learnerId), "$.claims", null, InputErrorCode.InvalidInput, "Line " + (position + 1).ToString(CultureInfo.InvariantCulture) + ": the learner claims nothing; give at least one claim (courseId, institutionId, programId)."));

    /// <summary>The error entry of a line longer than the limit, which was read past without being buffered.</summary>
    public static LineResult Oversized(long position, long length, int maxLineBytes) =>
        new(null, [], new InputError(
            position,
            null,
            "$",
            null,
            InputErrorCode.TooLarge,
            "Line " + (position + 1).ToString(CultureInfo.InvariantCulture) + ": the line is " + length.ToString(CultureInfo.InvariantCulture)
                + " bytes, over the limit of " + maxLineBytes.ToString(CultureInfo.InvariantCulture) + " bytes (--max-line-bytes); it was skipped unread."));

    /// <summary>The input error code of a line that failed to load: unreadable, too large, an unknown id, or else an invalid field.</summary>
    private static InputErrorCode CodeOf(DocumentErrorCode code) => code switch
    {
        DocumentErrorCode.JsonSyntax or DocumentErrorCode.InvalidEncoding or DocumentErrorCode.DepthExceeded => InputErrorCode.Malformed,
        DocumentErrorCode.DocumentTooLarge => InputErrorCode.TooLarge,
        DocumentErrorCode.UnknownReference => InputErrorCode.UnknownReference,
        _ => InputErrorCode.InvalidInput,
    };

    /// <summary>The longest learner id echoed in an error entry, in characters; a longer one is shortened.</summary>
    public const int MaxEchoedIdLength = DocumentLimits.MaxEchoedValueLength;

    /// <summary>Writes one claim's learner and the claim as one line (no newline).</summary>
    public static void Write(Utf8JsonWriter writer, CreditClaim claim) =>
        LearnerLines.Write(writer, claim.Learner, [new LearnerClaim(claim.Learner.LearnerId, claim.CourseId, claim.InstitutionId, claim.ProgramId)]);

    /// <summary>A learner id as echoed in an error entry: at most <see cref="MaxEchoedIdLength"/> characters, then its length.</summary>
    private static string? Echo(string? id) =>
        id is { Length: > MaxEchoedIdLength } ? id[..MaxEchoedIdLength] + "… (" + id.Length.ToString(CultureInfo.InvariantCulture) + " characters)" : id;

    /// <summary>The top-level "id" of a line that did not load, when it can be read: error entries name the learner.</summary>
    private static string? TryReadId(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isId)
                {
                    return Echo(reader.TokenType == JsonTokenType.String ? reader.GetString() : null);
                }

                reader.Skip();
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not even the id is readable (broken JSON, or invalid UTF-8 in it).
        }

        return null;
    }
}
