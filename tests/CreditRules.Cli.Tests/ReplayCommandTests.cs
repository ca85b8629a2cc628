using System.Text.Json;
using Spectre.Console.Testing;

namespace CreditRules.Cli.Tests;

/// <summary><c>creditrules replay</c>: records written today replay identically (exit 0); against a changed policy every change is reported with its cause (exit 1).</summary>
public sealed class ReplayCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("creditrules-replay-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");

    private static (int ExitCode, string Console, string Stdout, string Stderr) Run(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 320;
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = Program.Run(args, console, stdout, stderr);
        return (exitCode, console.Output, stdout.ToString(), stderr.ToString());
    }

    private string EvaluateToFile()
    {
        var (exitCode, _, stdout, _) = Run("evaluate", "--json");
        exitCode.Should().Be(0);
        var path = Path.Combine(_directory, "decisions.json");
        File.WriteAllText(path, stdout);
        return path;
    }

    private string ChangedPolicies()
    {
        var path = Path.Combine(_directory, "policies-changed.json");
        File.WriteAllText(path, File.ReadAllText(Path.Combine(Samples, "policies.json")).Replace("\"value\": 70,", "\"value\": 85,", StringComparison.Ordinal));
        return path;
    }

    [Fact]
    public void Replay_EvaluateOutputWrittenToday_NothingChangedAndExitsZero()
    {
        var decisions = EvaluateToFile();

        var (exitCode, console, _, stderr) = Run("replay", decisions);

        exitCode.Should().Be(0, stderr);
        console.Should().StartWith("Replayed 80 record(s) with data sha256:").And.Contain(": 0 changed, 80 unchanged, 0 could not be replayed.");
    }

    [Fact]
    public void Replay_AgainstAChangedPolicy_ReportsEachChangeWithItsCauseAndExitsOne()
    {
        var decisions = EvaluateToFile();

        var (exitCode, _, stdout, stderr) = Run("replay", decisions, "--policies", ChangedPolicies(), "--json");

        exitCode.Should().Be(1, stderr);
        using var report = JsonDocument.Parse(stdout);
        var root = report.RootElement;
        (root.GetProperty("records").GetInt32(), root.GetProperty("changed").GetInt32(), root.GetProperty("failed").GetInt32()).Should().Be((80, 3, 0));
        var eve = root.GetProperty("replays").EnumerateArray().Single(r => r.GetProperty("learnerId").GetString() == "eve");
        (eve.GetProperty("outcomeBefore").GetString(), eve.GetProperty("outcomeAfter").GetString()).Should().Be(("Eligible", "NotEligible"));
        eve.GetProperty("causes").EnumerateArray().Select(c => c.GetProperty("kind").GetString()).Should().Equal("DataVersion");
        eve.GetProperty("reasonChanges").EnumerateArray().Select(c => c.GetProperty("kind").GetString() + " " + c.GetProperty("code").GetString())
            .Should().Equal("Disappeared NotResidenceCredit", "Appeared ScoreBelowMinimum");
    }

    [Fact]
    public void Replay_BulkOutWithRecords_ReplaysEveryDecisionLine()
    {
        var input = Path.Combine(_directory, "learners.jsonl");
        var output = Path.Combine(_directory, "decisions.jsonl");
        Run("generate", "--learners", "40", "--seed", "7", "--out", input).ExitCode.Should().Be(0);
        Run("bulk", input, "--out", output, "--records", "--parallel", "2").ExitCode.Should().Be(0);
        var lines = File.ReadAllLines(output).Where(l => l.Contains("\"outcome\":", StringComparison.Ordinal)).ToArray();
        lines.Should().NotBeEmpty().And.OnlyContain(l => l.Contains("\"record\":{\"recordVersion\":1,", StringComparison.Ordinal));

        var (same, console, _, _) = Run("replay", output);
        var (changed, _, stdout, _) = Run("replay", output, "--policies", ChangedPolicies(), "--json");

        same.Should().Be(0, console);
        console.Should().Contain(": 0 changed, " + lines.Length + " unchanged, 0 could not be replayed.");
        changed.Should().Be(1);
        using var report = JsonDocument.Parse(stdout);
        report.RootElement.GetProperty("changed").GetInt32().Should().BePositive();
        report.RootElement.GetProperty("replays").EnumerateArray().Should().OnlyContain(r => r.GetProperty("causes")[0].GetProperty("kind").GetString() == "DataVersion");
    }

    [Fact]
    public void Replay_ALineThatIsNotARecord_IsReportedAndExitsOne()
    {
        var path = Path.Combine(_directory, "bad.jsonl");
        File.WriteAllText(path, "{\"learnerId\":\"x\",\"outcome\":\"Eligible\"}\nnot json\n");

        var (exitCode, console, _, _) = Run("replay", path);

        exitCode.Should().Be(1);
        console.Should().Contain("line 1: a decision without its record; write decisions with 'bulk --out --records' or 'evaluate --json'.");
        console.Should().Contain("line 2: not JSON: ");
    }
}
