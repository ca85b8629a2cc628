using System.Text.Json;
using CreditRules.Engine;
using Spectre.Console.Testing;

namespace CreditRules.Cli.Tests;

public sealed class ProgramTests
{
    private static (int ExitCode, string Console, string Stdout) Run(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 320;   // wide enough that no line wraps
        using var stdout = new StringWriter();
        var exitCode = Program.Run(args, console, stdout);
        return (exitCode, console.Output, stdout.ToString());
    }

    private static JsonElement[] Decisions(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    private static string[] Codes(JsonElement decision, string list) =>
        decision.GetProperty(list).EnumerateArray().Select(r => r.GetProperty("code").GetString()!).ToArray();

    [Fact]
    public void Run_Evaluate_PrintsDecisionsOfAllThreeOutcomes()
    {
        var (exitCode, console, stdout) = Run("evaluate");

        exitCode.Should().Be(0);
        stdout.Should().BeEmpty("tables go to the console");
        var outcomes = console.Split('\n')
            .Select(line => line.Split("  granted ", 2)[0])
            .Where(first => first is "Eligible" or "Incomplete" or "NotEligible")
            .GroupBy(o => o)
            .ToDictionary(g => g.Key, g => g.Count());
        outcomes.Should().Equal(new Dictionary<string, int> { ["Eligible"] = 27, ["Incomplete"] = 29, ["NotEligible"] = 24 });   // the 80 claims of samples/learners.json (63 single claims, cora and dirk selected by catalog year among them, + 14 of the record-level learners kim..mae), each decided within its record
        console.Should().Contain("Sample data is illustrative");
    }

    [Fact]
    public void Run_Evaluate_ExplainsReasonsAndNextSteps()
    {
        var (_, console, _) = Run("evaluate");

        console.Should().Contain("ProgramRefusesCredit");
        console.Should().Contain("Exam score 68 is 2 point(s) below the institution policy northern-2012 minimum 70.");
        console.Should().Contain("Pay the USD 90.00 exam fee.");
        console.Should().Contain("qualifying date 2013-05-31 in America/Los_Angeles (Candidate zone)");
    }

    public static TheoryData<string, string, string[], string[]> Expected => new()
    {
        { "ada", "Eligible", ["NotResidenceCredit", "AreaAssigned"], [] },
        { "ben", "Incomplete", ["FeeUnpaid", "EvidenceMissing"], ["PayFee", "SubmitEvidence"] },
        { "cleo", "NotEligible", ["ProgramRefusesCredit"], [] },
        { "dev", "NotEligible", ["LevelNotAccepted"], [] },
        { "eve", "Eligible", ["CreditsConverted", "NotResidenceCredit"], [] },
        { "finn", "NotEligible", ["ScoreBelowMinimum", "CreditsConverted"], [] },
        { "gia", "Incomplete", ["ExamFailed", "AlternativeLevelUsed", "CreditsConverted", "CreditsRounded"], ["RetakeProctoredExam"] },
        { "hugo", "Eligible", ["IdentityVerifiedByFallback", "FeeWaived", "NotResidenceCredit", "AreaRedirected"], [] },
        { "iris", "NotEligible", ["ExamIntegrityViolation"], [] },
        { "jon", "Incomplete", ["NotOnVerifiedTrack", "IdentityNotVerified", "ExamNotTaken", "CreditsConverted"], ["JoinVerifiedTrack", "VerifyIdentity", "TakeProctoredExam"] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Run_EvaluateJson_DecisionHasStableOutcomeAndCodes(string learnerId, string outcome, string[] reasons, string[] nextSteps)
    {
        var (exitCode, _, stdout) = Run("evaluate", "--json");

        exitCode.Should().Be(0);
        var decision = Decisions(stdout).Single(d => d.GetProperty("learnerId").GetString() == learnerId);
        decision.GetProperty("outcome").GetString().Should().Be(outcome);
        Codes(decision, "reasons").Should().Equal(reasons);
        Codes(decision, "nextSteps").Should().Equal(nextSteps);
    }

    [Fact]
    public void Run_EvaluateJson_HoldsOneDecisionPerSampleClaim()
    {
        var (exitCode, console, stdout) = Run("evaluate", "--json");

        exitCode.Should().Be(0);
        console.Should().BeEmpty("JSON goes to stdout only");
        var decisions = Decisions(stdout);
        decisions.Should().HaveCount(80);
        decisions.Select(d => d.GetProperty("learnerId").GetString() + "/" + d.GetProperty("courseId").GetString() + "@" + d.GetProperty("institutionId").GetString() + "/" + d.GetProperty("programId").GetString()).Should().OnlyHaveUniqueItems();
        decisions.Select(d => d.GetProperty("outcome").GetString()).Distinct().Should().BeEquivalentTo("Eligible", "Incomplete", "NotEligible");
        decisions.SelectMany(d => Codes(d, "reasons")).Should().OnlyContain(c => ReasonCode.FromValueOrNull(c) != null);
        decisions.SelectMany(d => Codes(d, "nextSteps")).Should().BeSubsetOf(NextStepCode.All.Select(c => c.Value));
        decisions.Should().OnlyContain(d => d.GetProperty("asOf").GetString() == "2014-06-30");
    }

    [Fact]
    public void Run_EvaluateJson_EligibleDecisionNamesVersionZoneAndCredits()
    {
        var (_, _, stdout) = Run("evaluate", "--json");

        var eve = Decisions(stdout).Single(d => d.GetProperty("learnerId").GetString() == "eve");
        eve.GetProperty("policyVersion").GetString().Should().Be("northern-2012");
        eve.GetProperty("exhibitId").GetString().Should().Be("ACE-COUR-0004");
        eve.GetProperty("recommendationVersion").GetInt32().Should().Be(1);
        eve.GetProperty("qualifyingDate").GetString().Should().Be("2013-05-20");
        eve.GetProperty("qualifyingZone").GetString().Should().Be("America/New_York");
        eve.GetProperty("qualifyingZoneSource").GetString().Should().Be("Evaluator");
        eve.GetProperty("creditsGranted").GetProperty("text").GetString().Should().Be("6 QH");
        eve.GetProperty("rounding").GetString().Should().Be("Floor(1)");
    }

    [Fact]
    public void Run_EvaluateJson_IsDeterministic()
    {
        Run("evaluate", "--json").Stdout.Should().Be(Run("evaluate", "--json").Stdout);
    }

    [Fact]
    public void Run_AsOfEarlier_LaterFactsAreIgnored()
    {
        var (exitCode, _, stdout) = Run("evaluate", "--json", "--as-of", "2013-05-01");

        exitCode.Should().Be(0);
        var decisions = Decisions(stdout);
        decisions.Should().OnlyContain(d => d.GetProperty("asOf").GetString() == "2013-05-01");
        var ada = decisions.Single(d => d.GetProperty("learnerId").GetString() == "ada");
        ada.GetProperty("outcome").GetString().Should().Be("Incomplete");   // her exam on 2013-05-20 is not known yet
        Codes(ada, "reasons").Should().Contain("ExamNotTaken");
    }

    [Fact]
    public void Run_AsOfNotADate_ExitsTwoWithClearMessage()
    {
        var (exitCode, console, stdout) = Run("evaluate", "--as-of", "not-a-date");

        exitCode.Should().Be(2);
        console.Should().BeEmpty();
        stdout.TrimEnd().Should().Be("--as-of: 'not-a-date' is not a valid ISO date (yyyy-MM-dd): The value string does not match the required number from the format string \"uuuu\". Value being parsed: '^not-a-date'. (^ indicates error position.)");
    }
}
