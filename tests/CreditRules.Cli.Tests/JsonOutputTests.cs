using System.Globalization;
using System.Text;
using System.Text.Json;
using CreditRules.Documents;
using CreditRules.Engine;
using Spectre.Console.Testing;

namespace CreditRules.Cli.Tests;

/// <summary>The CLI's --json prints the library's public JSON forms (DecisionDocument): one definition of the shape.</summary>
public sealed class JsonOutputTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("creditrules-json-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (int ExitCode, string Console, string Stdout) Run(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 320;
        using var stdout = new StringWriter();
        var exitCode = Program.Run(args, console, stdout);
        return (exitCode, console.Output, stdout.ToString());
    }

    [Fact]
    public void EvaluateJson_EachDecision_IsWhatDecisionDocumentWritesForTheRecordAwareDecision_WithItsRecordEmbedded()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        var dataVersion = DecisionRecords.DataVersionOf(File.ReadAllBytes(Path.Combine(samples, "catalog.json")), File.ReadAllBytes(Path.Combine(samples, "policies.json")));
        var catalog = CatalogDocument.LoadFile(Path.Combine(samples, "catalog.json")).Value;
        var policies = PolicyDocument.LoadFile(Path.Combine(samples, "policies.json")).Value;
        var learners = LearnerDocument.LoadFile(Path.Combine(samples, "learners.json"), catalog, policies).Value;
        var records = new RecordEvaluator(new EligibilityEvaluator(catalog, policies));
        var expected = learners.Claims
            .Select(c => (Learner: learners.GetLearnerOrNull(c.LearnerId)!, Claim: c))
            .Select(x => (x.Learner, Record: records.Evaluate(new RecordEvaluationRequest(x.Learner, learners.Claims.Where(o => o.LearnerId == x.Claim.LearnerId && o.InstitutionId == x.Claim.InstitutionId && o.ProgramId == x.Claim.ProgramId).Select(o => o.CourseId).Distinct(), x.Claim.InstitutionId, x.Claim.ProgramId, learners.AsOf!.Value)), x.Claim))
            .Select(x => (x.Learner, x.Record, Award: x.Record.GetAwardOrNull(x.Claim.CourseId)!, Decision: x.Record.GetAwardOrNull(x.Claim.CourseId)!.RecordAwareDecision))
            .Select(x => JsonSerializer.Serialize(DecisionJson.From(x.Decision) with { Area = AreaJson.From(x.Award), Record = DecisionRecords.Create(x.Decision, x.Learner, dataVersion, x.Record.Request.CourseIds) }, DecisionDocument.DecisionTypeInfo))
            .ToArray();

        var (exitCode, _, stdout) = Run("evaluate", "--json");

        exitCode.Should().Be(0);
        using var printed = JsonDocument.Parse(stdout);
        printed.RootElement.EnumerateArray().Select(e => Compact(e.GetRawText())).Should().Equal(expected);
    }

    [Fact]
    public void EvaluateJson_WithAndWithoutRecords_GivesEachClaimOneOutcome()
    {
        var (alone, _, perClaim) = Run("evaluate", "--json");
        var (withRecords, _, both) = Run("evaluate", "--json", "--records");

        alone.Should().Be(0);
        withRecords.Should().Be(0);
        using var claimsOnly = JsonDocument.Parse(perClaim);
        using var withRecordsJson = JsonDocument.Parse(both);
        static (string, string, string) Answer(JsonElement e) => (e.GetProperty("outcome").GetString()!, e.GetProperty("creditsGranted").GetProperty("text").GetString()!, e.GetProperty("reasons").GetArrayLength().ToString(CultureInfo.InvariantCulture));
        static (string, string, string, string) Key(JsonElement e) => (e.GetProperty("learnerId").GetString()!, e.GetProperty("courseId").GetString()!, e.GetProperty("institutionId").GetString()!, e.GetProperty("programId").GetString()!);
        var first = claimsOnly.RootElement.EnumerateArray().ToDictionary(Key, Answer);
        var second = withRecordsJson.RootElement.GetProperty("decisions").EnumerateArray().ToDictionary(Key, Answer);
        second.Should().Equal(first);

        // Every award of every record agrees with the per-claim decision printed for the same claim.
        var awards = 0;
        foreach (var record in withRecordsJson.RootElement.GetProperty("records").EnumerateArray())
        {
            foreach (var award in record.GetProperty("awards").EnumerateArray())
            {
                var key = (record.GetProperty("learnerId").GetString()!, award.GetProperty("courseId").GetString()!, record.GetProperty("institutionId").GetString()!, record.GetProperty("programId").GetString()!);
                (first[key].Item1, first[key].Item2).Should().Be((award.GetProperty("outcome").GetString()!, award.GetProperty("creditsGranted").GetProperty("text").GetString()!), "claim {0}", key);
                awards++;
            }
        }

        awards.Should().Be(first.Count);

        // Noor's calculus claim is Eligible alone but refused by a record rule: the per-claim decision says so, with the reason.
        var noor = claimsOnly.RootElement.EnumerateArray().Single(e => Key(e) == ("noor", "penn-calculus", "eastern-state", "aa-general"));
        noor.GetProperty("outcome").GetString().Should().Be("NotEligible");
        noor.GetProperty("creditsGranted").GetProperty("text").GetString().Should().Be("0 SH");
        noor.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()).Should().Contain(id => id!.StartsWith("record.", StringComparison.Ordinal));
        var noorAward = withRecordsJson.RootElement.GetProperty("records").EnumerateArray()
            .Single(r => r.GetProperty("learnerId").GetString() == "noor")
            .GetProperty("awards").EnumerateArray().Single(a => a.GetProperty("courseId").GetString() == "penn-calculus");
        noorAward.GetProperty("courseOutcome").GetString().Should().Be("Eligible", "alone (before record rules) the claim is eligible");
    }

    [Fact]
    public void ImpactJson_PrintsTheLibrarysImpactForm()
    {
        var learners = Path.Combine(_directory, "learners.jsonl");
        Run("generate", "--learners", "2000", "--seed", "11", "--out", learners).ExitCode.Should().Be(0);
        File.AppendAllText(learners, "not json\n");

        var (exitCode, console, stdout) = Run("impact", "--as-of-shift", "P2Y", "--json", learners);

        exitCode.Should().Be(0);
        console.Should().BeEmpty("--json prints only the JSON, on stdout");
        using var printed = JsonDocument.Parse(stdout);
        var root = printed.RootElement;
        root.GetProperty("baselineAsOf").GetString().Should().Be("2014-06-30");
        root.GetProperty("proposedAsOf").GetString().Should().Be("2016-06-30");
        root.GetProperty("unreadableLines").GetInt64().Should().Be(1);
        root.GetProperty("sampleUnreadable")[0].GetProperty("message").GetString().Should().StartWith("Line 2001: ");
        var impact = DecisionDocument.ReadImpact(Encoding.UTF8.GetBytes(root.GetProperty("impact").GetRawText()));
        impact.Claims.Should().BeGreaterThanOrEqualTo(2000);
        impact.Transitions.Should().Contain(t => t.From == "Incomplete" && t.To == "NotEligible" && t.ReasonsAppeared.ContainsKey("RecommendationExpired"));
        impact.CreditsGained.Select(c => c.Unit).Should().Equal("SemesterHour", "QuarterHour");
        impact.CreditsGainedInSemesterHours.Unit.Should().Be("SemesterHour");
    }

    [Fact]
    public void Impact_Table_StatesCreditsInOneCommonUnit()
    {
        var learners = Path.Combine(_directory, "learners.jsonl");
        Run("generate", "--learners", "500", "--seed", "3", "--out", learners).ExitCode.Should().Be(0);

        var (exitCode, console, _) = Run("impact", "--as-of-shift", "P2Y", learners);

        exitCode.Should().Be(0);
        console.Should().MatchRegex(@"Credits in semester hours \(3 QH = 2 SH\): gained [0-9 /]+ SH, lost [0-9 /]+ SH\.");
    }

    private static string Compact(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

/// <summary>The tool calls itself by its command name.</summary>
public sealed class HelpNameTests
{
    [Fact]
    public void Help_NamesTheToolCreditrules()
    {
        var console = new TestConsole();
        console.Profile.Width = 320;
        using var stdout = new StringWriter();

        var exitCode = Program.Run(["--help"], console, stdout);

        exitCode.Should().Be(0);
        var help = console.Output + stdout;
        help.Should().Contain("creditrules [command] [options]").And.NotContain("CreditRules.Cli");
    }
}

/// <summary>Piped output is laid out wide, so no line wraps in the middle of a value.</summary>
public sealed class PipedOutputTests
{
    [Fact]
    public void Main_OutputRedirected_DoesNotWrapLines()
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CreditRules.Cli.dll"), "evaluate"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        process.ExitCode.Should().Be(0);
        output.Split('\n').Should().Contain(l => l.StartsWith("as of 2014-06-30 · policy eastern-2013 · exhibit ACE-COUR-0001 v1 · qualifying date 2013-05-20 in America/New_York", StringComparison.Ordinal));
        output.Split('\n').Should().Contain(l => l.Contains("│ Credit by evaluation never counts toward residency. │", StringComparison.Ordinal));
    }

    [Fact]
    public void Main_ImpactOutputRedirected_KeepsEverySummaryAndTableLineWhole()
    {
        var folder = Directory.CreateTempSubdirectory("creditrules-piped-").FullName;
        try
        {
            var learners = Path.Combine(folder, "learners.jsonl");
            Program.Run(["generate", "--learners", "500", "--seed", "3", "--out", learners], new TestConsole(), TextWriter.Null).Should().Be(0);
            var start = new System.Diagnostics.ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CreditRules.Cli.dll"), "impact", learners, "--as-of-shift", "P2Y"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
                WorkingDirectory = AppContext.BaseDirectory,
            };
            using var process = System.Diagnostics.Process.Start(start)!;
            var lines = process.StandardOutput.ReadToEnd().Split('\n').Select(l => l.TrimEnd()).ToArray();
            process.WaitForExit();

            process.ExitCode.Should().Be(0);
            lines.Should().ContainMatch("Claims * changed outcome * errors * unreadable lines).");
            lines.Should().Contain(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^Credits in semester hours \(3 QH = 2 SH\): gained [0-9 /]+ SH, lost [0-9 /]+ SH\.$"));
            // A wrapped row would continue on a line whose first cell is blank: every line between the header and the
            // totals is a rule or a row that starts with the baseline outcome.
            var header = Array.FindIndex(lines, l => l.Contains("Baseline", StringComparison.Ordinal) && l.Contains("Sample learners", StringComparison.Ordinal));
            var totals = Array.FindIndex(lines, l => l.StartsWith("Claims ", StringComparison.Ordinal));
            header.Should().BePositive();
            var body = lines[(header + 1)..totals].Where(l => l.Trim().Trim('─').Length > 0).ToArray();
            body.Should().NotBeEmpty().And.OnlyContain(l => l.TrimStart().StartsWith("Eligible ", StringComparison.Ordinal)
                || l.TrimStart().StartsWith("Incomplete ", StringComparison.Ordinal) || l.TrimStart().StartsWith("NotEligible ", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
