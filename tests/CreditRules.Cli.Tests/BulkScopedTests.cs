using System.Text.Json;
using CreditRules.Documents;
using CreditRules.Engine;
using CreditRules.Tests.Fixtures;
using NodaTime;
using Spectre.Console.Testing;

namespace CreditRules.Cli.Tests;

/// <summary>
/// <c>creditrules bulk</c> over learners enrolled in programs with program settings and requirement areas
/// (tests/scenarios/documents/*-scoped.json): each decision line is the decision the evaluator makes for that claim alone.
/// </summary>
public sealed class BulkScopedTests : IDisposable
{
    private static readonly string Catalog = RepositoryRoot.File("samples", "catalog.json");
    private static readonly string Policies = RepositoryRoot.File("tests", "scenarios", "documents", "policies-scoped.json");
    private static readonly string Learners = RepositoryRoot.File("tests", "scenarios", "documents", "learners-scoped.json");
    private readonly string _directory = Directory.CreateTempSubdirectory("creditrules-bulk-scoped-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>The learner document's learners, one compact JSON object per line.</summary>
    private string LearnerLines()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Learners));
        var path = Path.Combine(_directory, "learners.jsonl");
        File.WriteAllLines(path, document.RootElement.GetProperty("learners").EnumerateArray().Select(learner =>
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                learner.WriteTo(writer);
            }

            return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        }));
        return path;
    }

    [Fact]
    public void Bulk_LearnersInScopedPrograms_WritesTheDecisionOfEachClaimAlone()
    {
        var output = Path.Combine(_directory, "decisions.jsonl");
        var console = new TestConsole();
        using var stdout = new StringWriter();

        var exitCode = Program.Run(["bulk", LearnerLines(), "--out", output, "--records", "--catalog", Catalog, "--policies", Policies, "--as-of", "2014-06-30", "--json", "--parallel", "2"], console, stdout);

        exitCode.Should().Be(0);
        var catalog = CatalogDocument.LoadFile(Catalog).Value;
        var policies = PolicyDocument.LoadFile(Policies).Value;
        var learners = LearnerDocument.LoadFile(Learners, catalog, policies).Value;
        var evaluator = new EligibilityEvaluator(catalog, policies);
        var lines = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        lines.Select(l => (l.GetProperty("learnerId").GetString(), l.GetProperty("courseId").GetString(), l.GetProperty("programId").GetString()))
            .Should().Equal(learners.Claims.Select(c => ((string?)c.LearnerId, (string?)c.CourseId, (string?)c.ProgramId)));
        foreach (var line in lines)
        {
            var learner = learners.GetLearnerOrNull(line.GetProperty("learnerId").GetString()!)!;
            var single = evaluator.Evaluate(new EvaluationRequest(learner, line.GetProperty("courseId").GetString()!, "scoped-college", line.GetProperty("programId").GetString()!, new LocalDate(2014, 6, 30)));
            var what = single.ToString();
            line.GetProperty("outcome").GetString().Should().Be(single.Outcome.ToString(), what);
            var credits = line.GetProperty("credits");
            (credits.GetProperty("numerator").GetInt64(), credits.GetProperty("denominator").GetInt64()).Should().Be((single.CreditsGranted.Numerator, single.CreditsGranted.Denominator), what);
            credits.GetProperty("unit").GetString().Should().Be("SH", what);
            line.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).Should().BeEquivalentTo(single.Reasons.Select(r => r.Code.Value), what);
            var record = line.GetProperty("record");
            record.GetProperty("policyVersion").GetString().Should().Be(single.PolicyVersion, what);
            record.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()).Should().Equal(single.Reasons.Select(r => r.Code.Value), what);
        }

        // The programs' own settings decided: the same Algebra claim is refused where the program inherits the
        // institution's levels and granted where it widens them or maps vocational credit.
        string Outcome(string learner, string course, string program) => lines.Single(l =>
            l.GetProperty("learnerId").GetString() == learner && l.GetProperty("courseId").GetString() == course && l.GetProperty("programId").GetString() == program).GetProperty("outcome").GetString()!;
        Outcome("sky", "uci-algebra", "inherit-all").Should().Be("NotEligible");
        Outcome("sky", "uci-algebra", "widen-level").Should().Be("Eligible");
        Outcome("sky", "uci-algebra", "map-vocational").Should().Be("Eligible");
        Outcome("tam", "uci-algebra", "widen-level").Should().Be("NotEligible");
        Outcome("sky", "saylor-ma001", "widen-evaluator").Should().Be("Eligible");
        Outcome("sky", "duke-genetics-evolution", "narrow-score-85").Should().Be("NotEligible");
    }
}
