using System.Text.Json;
using Spectre.Console.Testing;

namespace CreditRules.Cli.Tests;

public sealed class BulkCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("creditrules-bulk-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string FilePath(string name) => Path.Combine(_directory, name);

    private static (int ExitCode, string Console, string Stdout) Run(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 320;
        using var stdout = new StringWriter();
        var exitCode = Program.Run(args, console, stdout);
        return (exitCode, console.Output, stdout.ToString());
    }

    private string Generate(int learners, int seed, string name = "learners.jsonl")
    {
        var path = FilePath(name);
        Run("generate", "--learners", learners.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", path).ExitCode.Should().Be(0);
        return path;
    }

    [Fact]
    public void Run_GenerateThenBulk_WritesOneDecisionPerLearner()
    {
        var learners = Generate(3_000, seed: 2013);
        var decisions = FilePath("decisions.jsonl");

        var (exitCode, _, stdout) = Run("bulk", learners, "--out", decisions, "--json");

        exitCode.Should().Be(0);
        using var summary = JsonDocument.Parse(stdout);
        summary.RootElement.GetProperty("inputs").GetInt64().Should().Be(3_000);
        summary.RootElement.GetProperty("outputs").GetInt64().Should().Be(3_000);
        summary.RootElement.GetProperty("errors").GetInt64().Should().Be(0);
        var lines = File.ReadAllLines(decisions);
        lines.Should().HaveCount(3_000);
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("position").GetInt64()).Should().Equal(Enumerable.Range(0, 3_000).Select(i => (long)i));
        summary.RootElement.GetProperty("outcomes").EnumerateObject().Should().OnlyContain(p => p.Value.GetInt64() > 0);
    }

    [Fact]
    public void Run_BulkWithBadLinesInTheMiddle_WritesAnErrorEntryForEachAndCarriesOn()
    {
        var generated = File.ReadAllLines(Generate(20, seed: 1));
        var learners = FilePath("mixed.jsonl");
        File.WriteAllLines(learners, [.. generated[..10], "not json", "{\"id\":\"L99\",\"claims\":[{\"courseId\":\"uci-algebra\",\"institutionId\":\"atlantis\",\"programId\":\"x\"}]}", .. generated[10..]]);
        var decisions = FilePath("decisions.jsonl");

        var (exitCode, console, _) = Run("bulk", learners, "--out", decisions);

        exitCode.Should().Be(0);
        console.Should().Contain("Lines 22; inputs 22; outputs 22 (20 decisions, 2 errors).");
        var lines = File.ReadAllLines(decisions);
        lines.Should().HaveCount(22);
        lines[10].Should().StartWith("{\"position\":10,\"learnerId\":null,\"error\":{\"code\":\"");
        lines[11].Should().Be("{\"position\":11,\"learnerId\":\"L99\",\"error\":{\"code\":\"UnknownReference\",\"path\":\"$.claims[0].institutionId\",\"attemptedValue\":\"atlantis\",\"message\":\"Line 12: No institution of the policy set has the id 'atlantis'.\"}}");
    }

    [Fact]
    public void Run_GenerateTwiceWithOneSeed_WritesTheSameBytes()
    {
        var first = File.ReadAllBytes(Generate(500, seed: 7, "a.jsonl"));
        var second = File.ReadAllBytes(Generate(500, seed: 7, "b.jsonl"));

        first.Should().Equal(second);
    }

    [Fact]
    public void Run_BulkSequentialAndParallel_WriteTheSameDecisions()
    {
        var learners = Generate(20_000, seed: 3);

        Run("bulk", learners, "--out", FilePath("one.jsonl"), "--parallel", "1").ExitCode.Should().Be(0);
        Run("bulk", learners, "--out", FilePath("two.jsonl"), "--parallel", "2").ExitCode.Should().Be(0);

        File.ReadAllBytes(FilePath("two.jsonl")).Should().Equal(File.ReadAllBytes(FilePath("one.jsonl")));
    }

    [Fact]
    public void Run_ImpactWithAsOfShift_PrintsTransitionsAndCredits()
    {
        var learners = Generate(5_000, seed: 11);

        var (exitCode, console, _) = Run("impact", "--as-of-shift", "P2Y", learners);

        exitCode.Should().Be(0);
        console.Should().Contain("Baseline as of 2014-06-30; proposal as of 2016-06-30.");
        // Two years on, the sample recommendations (valid to 2016-01-31) have expired for whoever had not yet passed.
        console.Should().MatchRegex(@"Incomplete\s+NotEligible\s+[\d,]+\s+RecommendationExpi");
        console.Should().Contain("Claims 5,000;");
        console.Should().MatchRegex(@"Credits \(SemesterHour\): gained [1-9]\d* SH, lost 0 SH\.");
    }

    [Fact]
    public void Run_BulkMissingFile_FailsNamingIt()
    {
        var (exitCode, _, stdout) = Run("bulk", FilePath("absent.jsonl"));

        exitCode.Should().Be(2);
        stdout.Should().Be(FilePath("absent.jsonl") + ": no such file.\n", "the test writes standard error into the same writer");
    }

    [Fact]
    public void Run_Generate_LinesReadBackToTheGeneratedClaims()
    {
        var lines = File.ReadAllLines(Generate(300, seed: 5));
        var (catalog, policies) = Bulk.BulkData.Samples();
        var expected = CreditRules.Engine.PopulationGenerator.Generate(catalog, policies, 300, 5).ToArray();

        var read = lines.Select((l, i) => Documents.LearnerLineMapper.Read(System.Text.Encoding.UTF8.GetBytes(l), i, catalog, policies)).ToArray();

        read.Should().OnlyContain(r => r.Error == null && r.Claims.Length == 1);
        read.Select(r => Json(r.Claims[0])).Should().Equal(expected.Select(Json));
        read.Count(r => r.Claims[0].Learner.PriorCredits.Count > 0).Should().BeInRange(60, 120, "about 30 % hold prior credit, and lines carry it");
    }

    private static string Json(CreditRules.Engine.CreditClaim claim)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Documents.LearnerLineMapper.Write(writer, claim);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void SampleDocuments_GeneratedPopulation_OutcomeOnlyEqualsExplained()
    {
        var (catalog, policies) = Bulk.BulkData.Samples();
        var plan = CreditRules.Engine.EvaluationPlan.Compile(catalog, policies, Bulk.BulkData.DefaultAsOf);
        var claims = CreditRules.Engine.PopulationGenerator.Generate(catalog, policies, 20_000, 2013).ToArray();

        var mismatches = claims
            .Select(c => (Claim: c, Fast: plan.Summarize(c), Explained: CreditRules.Engine.DecisionSummary.FromDecision(plan.Explain(c))))
            .Where(x => x.Fast != x.Explained)
            .Select(x => x.Claim + ": " + x.Fast + " vs " + x.Explained)
            .Take(5)
            .ToArray();

        mismatches.Should().BeEmpty();
    }
}
