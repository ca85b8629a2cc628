using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CreditRules.Documents;
using CreditRules.Documents.Reading;
using CreditRules.Tests.Engine.Batch;

namespace CreditRules.Tests.Documents.Reading;

/// <summary>
/// The streaming line reader gives exactly what the document reader and mapper give: the same record for every line it
/// takes, and for every other line (malformed, invalid, or a shape it leaves to the full reader) the full reader's result,
/// errors included. Over generated populations of the samples' world and of the batch world, and seeded malformed
/// variants of their lines.
/// </summary>
public sealed partial class LearnerLineReaderTests
{
    private static readonly Lazy<(Catalog Catalog, PolicySet Policies)> Samples = new(() =>
        (CatalogDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "catalog.json")).Value,
         PolicyDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "policies.json")).Value));

    public static TheoryData<string> Worlds => ["samples", "batch"];

    private static (Catalog Catalog, PolicySet Policies) World(string name) =>
        name == "samples" ? Samples.Value : (BatchWorld.Catalog, BatchWorld.Policies);

    private static List<string> Lines(string world, int learners, int seed)
    {
        var (catalog, policies) = World(world);
        var lines = new List<string>();
        foreach (var claim in PopulationGenerator.Generate(catalog, policies, learners, seed))
        {
            lines.Add(Write(claim.Learner, [new LearnerClaim(claim.Learner.LearnerId, claim.CourseId, claim.InstitutionId, claim.ProgramId)]));
        }

        return lines;
    }

    private static string Write(LearnerRecord learner, IEnumerable<LearnerClaim> claims)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            LearnerLines.Write(writer, learner, claims);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A load result as text: the record and claims written back as a line, or every error with its location.</summary>
    private static string Describe(DocumentLoadResult<LearnerSet> result) =>
        result.IsSuccess
            ? "ok " + Write(result.Value.Learners.Should().ContainSingle().Subject, result.Value.Claims) + " claims " + string.Join("; ", result.Value.Claims.Select(c => c + " story " + c.Story))
            : "errors " + string.Join(" | ", result.Errors.Select(e => e.Code + " " + e.Path + " " + e.AttemptedValue + " " + e.Message + " @" + e.Line + ":" + e.Column));

    [Theory]
    [MemberData(nameof(Worlds))]
    public void TryRead_GeneratedPopulation_TakesEveryLineWithoutCorrectionsOrExceptionsAndGivesTheMappersRecord(string world)
    {
        var (catalog, policies) = World(world);
        var taken = 0;
        var lines = Lines(world, 600, seed: 12);
        foreach (var line in lines)
        {
            var bytes = Encoding.UTF8.GetBytes(line);
            var reference = LearnerLines.ReadThroughDocumentReader(bytes, catalog, policies, null);
            reference.IsSuccess.Should().BeTrue(line);

            var streamed = LearnerLineReader.TryRead(bytes, catalog, policies);

            var leftToTheFullReader = line.Contains("\"exceptions\"", StringComparison.Ordinal) || line.Contains("\"supersedes\"", StringComparison.Ordinal)
                || FactId().IsMatch(line) || line.Contains("\"postingFeePayments\"", StringComparison.Ordinal);   // a property the line reader does not know: the full reader takes it
            if (leftToTheFullReader)
            {
                streamed.Should().BeNull(line);
                continue;
            }

            streamed.Should().NotBeNull(line);
            Describe(DocumentLoadResult<LearnerSet>.Success(streamed!, null)).Should().Be(Describe(reference));
            taken++;
        }

        taken.Should().BeGreaterThan(lines.Count * 9 / 10);
    }

    [Theory]
    [MemberData(nameof(Worlds))]
    public void Read_MalformedVariantsOfGeneratedLines_GiveExactlyTheDocumentReadersResult(string world)
    {
        var (catalog, policies) = World(world);
        var random = new Random(1212);
        var lines = Lines(world, 150, seed: 21);
        int failures = 0, successes = 0, streamedSuccesses = 0;
        foreach (var line in lines)
        {
            for (var m = 0; m < Mutations; m++)
            {
                var variant = Mutate(line, m, random);
                var bytes = Encoding.UTF8.GetBytes(variant);

                var result = LearnerLines.Read(bytes, catalog, policies, "learners.jsonl:7");
                var reference = LearnerLines.ReadThroughDocumentReader(bytes, catalog, policies, "learners.jsonl:7");

                Describe(result).Should().Be(Describe(reference), "variant {0} of line {1}: {2}", m, line, variant);
                result.Source.Should().Be(reference.Source);
                if (result.IsSuccess)
                {
                    successes++;
                    streamedSuccesses += LearnerLineReader.TryRead(bytes, catalog, policies) is null ? 0 : 1;
                }
                else
                {
                    failures++;
                }
            }
        }

        // The variants reach both outcomes, and the streaming reader takes the valid ones it can.
        failures.Should().BeGreaterThan(lines.Count * Mutations / 3);
        successes.Should().BeGreaterThan(lines.Count / 2);
        streamedSuccesses.Should().BeGreaterThan(successes / 2);
    }

    [Theory]
    [InlineData("""{"id":"L1","claims":[{"courseId":"precalc","institutionId":"eastern","programId":"aa-general"}],"courseEnrollments":[{"sessionId":"precalc-2013s","track":"Verified","joinedAt":"2013-03-11T18:00:00Z"},{"sessionId":"precalc-2013s","track":"Audit","joinedAt":"2013-03-12T18:00:00Z"}]}""", "DuplicateEnrollment $.courseEnrollments[1].sessionId")]
    [InlineData("""{"id":"L1","priorCredits":[{"id":"p1","source":"Transfer","credits":3,"level":"LowerDivision","date":"2012-05-01"},{"id":"p1","source":"Transfer","credits":3,"level":"LowerDivision","date":"2012-05-01"}]}""", "DuplicateId $.priorCredits[1].id")]
    [InlineData("""{"id":"L1","examAttempts":[{"courseId":"precalc","startedAt":"2013-03-10T02:30:00","candidateZone":"America/New_York","outcome":"Passed","score":{"value":80,"scale":"percent"}}]}""", "SkippedLocalTime $.examAttempts[0].startedAt")]
    [InlineData("""{"id":"L1","fees":[{"courseId":"precalc","kind":"VerifiedTrack","amount":-1,"currency":"USD","status":"Paid"}]}""", "NegativeAmount $.fees[0].amount")]
    [InlineData("""{"id":"L1","fees":[{"courseId":"precalc","kind":"VerifiedTrack","amount":1,"currency":"usd","status":"Paid"}]}""", "UnknownCurrency $.fees[0].currency")]
    [InlineData("""{"id":"L1","completions":[{"sessionId":"precalc-2013s","status":"Completed","recordedOn":"2013-05-12","grade":{"value":101,"scale":"percent"}}]}""", "ScoreOutOfScale $.completions[0].grade.value")]
    [InlineData("""{"id":"L1","claims":[{"courseId":"precalc","institutionId":"eastern","programId":"ghost"}]}""", "UnknownReference $.claims[0].programId")]
    [InlineData("""{"id":"L1","id":"L2"}""", "")]
    public void Read_LineTheStreamingReaderRefuses_GivesTheDocumentReadersErrors(string line, string firstError)
    {
        var bytes = Encoding.UTF8.GetBytes(line);

        LearnerLineReader.TryRead(bytes, BatchWorld.Catalog, BatchWorld.Policies).Should().BeNull();
        var result = LearnerLines.Read(bytes, BatchWorld.Catalog, BatchWorld.Policies);

        Describe(result).Should().Be(Describe(LearnerLines.ReadThroughDocumentReader(bytes, BatchWorld.Catalog, BatchWorld.Policies, null)));
        if (firstError.Length > 0)
        {
            result.IsSuccess.Should().BeFalse();
            (result.Errors[0].Code + " " + result.Errors[0].Path).Should().Be(firstError);
        }
    }

    private const int Mutations = 12;

    private static readonly string[] StringReplacements =
        ["\"\"", "\" \"", "null", "1", "\"2013-02-30\"", "\"ghost\"", "\"Completed\"", "\"2013-05-12T00:00:00\"", "true", "{}", "[]", "\"Verified\"", "\"9999-12-31\"", "\"1899-12-31\"", "\"2013-05-12\"", "\"America/New_York\"", "\"Passed\"", "\"1\"", "\"2013-05-12T00:00:00+01:00\""];

    private static readonly string[] NumberReplacements = ["-1", "1e400", "101", "0", "1.0000001", "\"5\"", "null", "79.5", "1000.5", "3"];

    /// <summary>One seeded variant of a line: mutation <paramref name="kind"/> at a random place.</summary>
    private static string Mutate(string line, int kind, Random random)
    {
        switch (kind)
        {
            case 0:
                return line[..random.Next(line.Length)];
            case 1:
            {
                var at = random.Next(line.Length);
                return line.Remove(at, 1);
            }

            case 2:
            case 3:
            case 4:
            {
                var values = StringValue().Matches(line);
                var value = values[random.Next(values.Count)];
                return line[..value.Index] + StringReplacements[random.Next(StringReplacements.Length)] + line[(value.Index + value.Length)..];
            }

            case 5:
            {
                var numbers = NumberValue().Matches(line);
                if (numbers.Count == 0)
                {
                    return line + " ";
                }

                var number = numbers[random.Next(numbers.Count)];
                return line[..(number.Index + 1)] + NumberReplacements[random.Next(NumberReplacements.Length)] + line[(number.Index + number.Length)..];
            }

            case 6:
            {
                // Remove one property (required ones too).
                var properties = PropertyName().Matches(line);
                var property = properties[random.Next(properties.Count)];
                var end = ValueEnd(line, property.Index + property.Length);
                var cut = end < line.Length && line[end] == ',' ? end + 1 : end;
                var start = cut == end && property.Index > 0 && line[property.Index - 1] == ',' ? property.Index - 1 : property.Index;
                return line[..start] + line[cut..];
            }

            case 7:
            {
                // Insert a property into a random object: unknown, duplicated, a fact id and its correction, or exceptions.
                var objects = Enumerable.Range(0, line.Length).Where(i => line[i] == '{').ToList();
                var at = objects[random.Next(objects.Count)] + 1;
                string[] inserts = ["\"extra\":1,", "\"id\":\"L9\",", "\"courseId\":\"precalc\",", "\"id\":\"a1\",\"supersedes\":\"a1\",", "\"exceptions\":[],", "\"notes\":\"n\",", "\"Id\":\"x\",", "\"grade\":null,"];
                return line[..at] + inserts[random.Next(inserts.Length)] + line[at..];
            }

            case 8:
                return random.Next(3) switch
                {
                    0 => "\uFEFF" + line,
                    1 => line + " x",
                    _ => "  " + line + " \t",
                };
            case 9:
                // An array element duplicated: duplicate sessions, ids, claims.
                {
                    var arrays = Enumerable.Range(0, line.Length - 1).Where(i => line[i] == '[' && line[i + 1] == '{').ToList();
                    if (arrays.Count == 0)
                    {
                        return line;
                    }

                    var open = arrays[random.Next(arrays.Count)] + 1;
                    var close = ValueEnd(line, open);
                    return line[..close] + "," + line[open..close] + line[close..];
                }

            default:
                // Unchanged, or escaped: the same line a writer may produce differently.
                return random.Next(2) == 0 ? line : line.Replace("\"courseId\"", "\"course\\u0049d\"", StringComparison.Ordinal);
        }
    }

    /// <summary>The index just past the JSON value starting at <paramref name="start"/> (strings, objects, arrays, literals).</summary>
    private static int ValueEnd(string line, int start)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < line.Length; i++)
        {
            var c = line[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                    if (depth == 0)
                    {
                        return i + 1;
                    }
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    if (depth == 0)
                    {
                        return i;
                    }

                    depth--;
                    if (depth == 0)
                    {
                        return i + 1;
                    }

                    break;
                case ',' when depth == 0:
                    return i;
            }
        }

        return line.Length;
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"(?!:)")]
    private static partial Regex StringValue();

    [GeneratedRegex(":-?[0-9][0-9.eE+-]*")]
    private static partial Regex NumberValue();

    [GeneratedRegex("\"[A-Za-z]+\":")]
    private static partial Regex PropertyName();

    [GeneratedRegex("\"(?:examAttempts|fees)\":\\[[^\\]]*\"id\":")]
    private static partial Regex FactId();
}
