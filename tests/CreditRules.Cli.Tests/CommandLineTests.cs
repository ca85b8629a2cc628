using Spectre.Console;
using Spectre.Console.Testing;

namespace CreditRules.Cli.Tests;

/// <summary>The command line against the bundled samples (copied next to the CLI) and against malformed documents.</summary>
public sealed class CommandLineTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name + ".json");

    private static (int ExitCode, string Console, string Stdout) Run(params string[] args)
    {
        var console = new TestConsole().Width(200);
        var stdout = new StringWriter();
        var exitCode = Program.Run(args, console, stdout);
        return (exitCode, console.Output, stdout.ToString());
    }

    [Fact]
    public void Evaluate_BundledSamples_PrintsEveryOutcomeInTheSummary()
    {
        var (exitCode, console, _) = Run("evaluate");

        exitCode.Should().Be(0);
        var lines = console.Split('\n');
        lines.Should().Contain(l => l.StartsWith("  Eligible ", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("  NotEligible ", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("  Incomplete ", StringComparison.Ordinal));
        console.Should().Contain("policy excelsior-2011").And.Contain("policy excelsior-2012-10");
    }

    [Fact]
    public void Evaluate_MalformedCatalog_PrintsEveryErrorAndEvaluatesNothing()
    {
        var file = Fixture("catalog-impossible-date");

        var (exitCode, console, stdout) = Run("evaluate", "--catalog", file);

        exitCode.Should().Be(1);
        stdout.Should().Be(
            file + ": 1 error; nothing was evaluated.\n"
            + file + ":87:20: error InvalidDate at $.recommendations[0].versions[1].validity.end (value '2023-02-30'): '2023-02-30' is not an existing ISO date (yyyy-MM-dd).\n");
        console.Should().NotContain("Eligible");
    }

    [Fact]
    public void Evaluate_MissingFile_ExitsTwo()
    {
        var (exitCode, _, stdout) = Run("evaluate", "--learners", "no-such-file.json");

        exitCode.Should().Be(2);
        stdout.Should().Be("no-such-file.json: no such file.\n");
    }

    [Fact]
    public void Lint_BundledSamples_PassesWithTheOneGapWarning()
    {
        var (exitCode, console, stdout) = Run("lint");

        exitCode.Should().Be(0);
        stdout.Should().Contain("warning RecommendationVersionGap at $.recommendations[6].versions[1].validity.start");
        console.Should().Contain("3 document(s): 0 error(s), 1 warning(s).");
    }

    [Fact]
    public void Lint_OverrideThatNeverApplies_FailsNamingPathAndLine()
    {
        var file = Fixture("override-never-applies-fails");

        var (exitCode, _, stdout) = Run("lint", file);

        exitCode.Should().Be(1);
        stdout.Should().StartWith(file + ":78:28: error OverrideNeverApplies at $.institutions[0].programs[1].overrides[0].appliesTo: Override 'nursing-limit' applies to enrolments 1990-01-01..1999-12-31");
    }
}
