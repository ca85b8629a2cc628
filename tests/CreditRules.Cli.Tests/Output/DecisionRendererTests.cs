using Spectre.Console.Testing;

namespace CreditRules.Cli.Tests.Output;

/// <summary>
/// An Eligible outcome that grants no credit (a Limiting reason, such as a cap reached, reduced it to zero: by the outcome
/// precedence only a Blocking reason refuses) is said so in words, on the claim's decision and on the record-level award.
/// </summary>
public sealed class DecisionRendererTests
{
    private static string[] EvaluateLines()
    {
        var console = new TestConsole();
        console.Profile.Width = 400;
        using var stdout = new StringWriter();
        Program.Run(["evaluate"], console, stdout).Should().Be(0);
        return console.Output.Split('\n').Select(l => l.TrimEnd()).ToArray();
    }

    [Fact]
    public void Evaluate_EligibleWithZeroCreditsUnderACap_SaysSoOnTheClaimAndTheRecordAward()
    {
        var lines = EvaluateLines();

        // kim's Calculus: eligible on its own, but the 45 SH cap leaves 3 SH and it needs 4 (whole-course awards).
        var claim = Array.FindIndex(lines, l => l.StartsWith("── kim · penn-calculus → eastern-state/aa-general", StringComparison.Ordinal));
        lines[claim + 2].Should().Be("Eligible  granted 0 SH of 4 SH recommended (rounding Exact)");
        lines[claim + 3].Should().Be("Eligible with no credit granted: limited to zero by CapReached (a Limiting reason reduces credit, it never refuses).");
        var award = Array.IndexOf(lines, "2. penn-calculus Eligible granted 0 SH of 4 SH recommended");
        lines[award + 1].Should().Be("     Eligible with no credit granted: limited to zero by CapReached (a Limiting reason reduces credit, it never refuses).");
    }

    [Fact]
    public void Evaluate_EligibleWithCredits_HasNoNote()
    {
        var lines = EvaluateLines();

        lines.Count(l => l.StartsWith("Eligible with no credit granted", StringComparison.Ordinal)).Should().Be(1, "only kim's Calculus is eligible with 0 credits in the samples");
        lines.Should().Contain("Eligible  granted 3 SH of 3 SH recommended (rounding Exact)");
    }
}
