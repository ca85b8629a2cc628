namespace CreditRules.Testing.Tests;

public sealed class ScenarioRunnerTests
{
    [Theory]
    [MemberData(nameof(SampleScenarios.Names), MemberType = typeof(SampleScenarios))]
    public void Run_SampleScenario_Passes(string name)
    {
        SampleScenarios.Runner.Run(SampleScenarios.All.Single(s => s.Name == name)).EnsurePassed();
    }

    [Fact]
    public void RunAll_SampleScenarios_PrintsCoverage()
    {
        var report = SampleScenarios.Runner.RunAll(SampleScenarios.All);

        TestContext.Current.TestOutputHelper?.WriteLine(report.Coverage.ToReport());
        report.Failures.Should().BeEmpty();
        report.ToString().Should().Be("7 of 7 scenarios passed");
        // Single-claim scenarios never run the whole-record rules, and the vocabulary (the rule registry) lists them; the
        // sample scenarios grant no exception (tests/scenarios/exception-pablo-waived-minimum.json exercises that rule).
        var recordRules = EligibilityEvaluator.BuiltInRules.Where(r => r.IsRecordRule).Select(r => r.Id).ToArray();
        recordRules.Should().NotBeEmpty();
        report.Coverage.RulesNeverExercised.Should().Equal(["learner.exceptions", .. recordRules]);
        // The scenarios exercise exactly these ten built-in codes; every other built-in code, however many the engine
        // grows, is listed as never exercised, in declaration order.
        string[] exercised =
        [
            "NotOnVerifiedTrack", "CourseNotCompleted", "IdentityNotVerified", "ExamNotTaken", "EvidenceMissing",
            "LevelNotAccepted", "ScoreBelowMinimum", "ProgramRefusesCredit", "CreditsConverted", "NotResidenceCredit",
        ];
        var neverExercised = string.Join(", ", ReasonCode.All.Select(c => c.Value).Where(c => !exercised.Contains(c)));
        // The rule column is as wide as the longest rule id (the record rules come from the registry).
        (string Id, string Cells)[] ruleRows =
        [
            ("institution.evaluator", "   7  Passed"),
            ("learner.verified-track", "   7  Passed, Failed"),
            ("learner.completion", "   7  Passed, Failed"),
            ("learner.identity", "   7  Passed, Failed"),
            ("learner.exam", "   7  Passed, Failed"),
            ("recommendation.version", "   7  Passed, Skipped"),
            ("learner.fees", "   7  Passed"),
            ("learner.evidence", "   7  Passed, Failed, NotApplicable"),
            ("program.override", "   7  Failed, NotApplicable"),
            ("institution.level", "   7  Passed, Failed"),
            ("institution.minimum-score", "   7  Passed, Failed, NotApplicable"),
            ("institution.recency", "   7  Passed, NotApplicable"),
            ("credits.conversion", "   7  Passed"),
            ("learner.exceptions", "   7  NotApplicable"),
            .. recordRules.Select(id => (id, "   0  never ran")),
            ("host.program-admission", "   7  Passed, Failed"),
        ];
        var width = ruleRows.Max(r => r.Id.Length);
        var ruleLines = string.Join("\n", ruleRows.Select(r => r.Id.PadRight(width) + "  " + r.Cells));
        TestContext.Current.TestOutputHelper?.WriteLine(report.Coverage.ToReport());
        report.Coverage.ToReport().Should().Be(
            """
            {{ruleLines}}
            Rules never exercised: learner.exceptions, {{recordRules}}
            Built-in reason codes exercised: 10 of {{total}}
            Built-in reason codes never exercised: {{neverExercised}}
            Host reason codes exercised: NotAdmittedToProgram
            Program overrides (decisions it applied to):
              eastern-state/asn-nursing/nursing-no-ace     1  Refuse: the nursing core accepts no evaluator-recommended credit
            Program overrides never exercised: none
            Date branches (decisions that took it):
              policy.by-enrolment-date      6  institution policy selected by the program enrolment date
              policy.by-as-of-date          1  institution policy selected by the as-of date (no enrolment)
              policy.by-catalog-year        0  institution policy selected by the first day of the enrolment's catalog year
              retake.too-soon               0  a retake before the minimum wait ended
              retake.first-allowed-day      0  a retake on the first day the minimum wait allows
              retake.after-wait             0  a retake after the first allowed day
              zone.evaluator                4  qualifying date read in the evaluator's reference zone
              zone.institution              0  qualifying date read in the institution's zone
              zone.candidate                2  qualifying date read in the candidate's zone
              zone.date-differs             0  the exam's date in the qualifying zone differs from the candidate's local date
              version.first-day             0  qualifying date is the first day of its recommendation version
              version.last-day              0  qualifying date is the last day of its recommendation version
              version.within                6  qualifying date is strictly inside its recommendation version
              version.before-first          0  qualifying date is before the first version starts
              version.gap                   0  qualifying date falls in a gap between two versions
              version.after-last            0  qualifying date is after the last version ended
              version.route-open            1  no qualifying date yet; a version is in effect or ahead (gives the deadline)
              version.route-closed          0  no qualifying date yet and no version remains
              recency.within                2  recent, with days to spare before the last recent day
              recency.last-day              0  the recency anchor date is exactly the last recent day
              recency.first-expired-day     0  the recency anchor date is the day after the last recent day
              recency.expired               0  the recency anchor date is later than the day after the last recent day
              recency.leap-day              2  the recency window contains 29 February
              recency.anchor-enrolment      0  recency measured to the program enrolment date
              recency.subject-outside       0  the window names subjects and the recommendation has none of them: it never expires
              recency.start-completion      0  recency measured from the course completion date
            Date branches never exercised: policy.by-catalog-year, retake.too-soon, retake.first-allowed-day, retake.after-wait, zone.institution, zone.date-differs, version.first-day, version.last-day, version.before-first, version.gap, version.after-last, version.route-closed, recency.last-day, recency.first-expired-day, recency.expired, recency.anchor-enrolment, recency.subject-outside, recency.start-completion
            Settings by scope (decisions it supplied):
              AcceptedEvaluators from institution     7  from the institution policy version (the program states none: inherited)
              AcceptedLevels from institution         7  from the institution policy version (the program states none: inherited)
              MinimumScore from institution           2  from the institution policy version (the program states none: inherited)
              CreditRefused from program override     1  supplied by a program override that applies
              Recency from institution                2  from the institution policy version (the program states none: inherited)
              Retakes from institution                2  from the institution policy version (the program states none: inherited)
              Evidence from institution               5  from the institution policy version (the program states none: inherited)
              Rounding from institution               7  from the institution policy version (the program states none: inherited)
            Settings by scope never exercised: none
            Requirement areas (decisions per event): none in the documents
            Requirement area events never exercised: none

            """.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("{{total}}", EligibilityEvaluator.BuiltInRules.SelectMany(r => r.ReasonCodes).Distinct().Count().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{{neverExercised}}", neverExercised, StringComparison.Ordinal)
                .Replace("{{ruleLines}}", ruleLines, StringComparison.Ordinal)
                .Replace("{{recordRules}}", string.Join(", ", recordRules), StringComparison.Ordinal));
    }

    [Fact]
    public void EnsurePassed_WrongExpectations_ThrowsListingEveryMismatch()
    {
        var ada = SampleScenarios.All[0];
        var wrong = ada with
        {
            Name = "ada, wrongly expected",
            Outcome = DecisionOutcome.NotEligible,
            CreditsGranted = "4 SH",
            ReasonCodes = ["FeeUnpaid"],
            Trace = [.. ada.Trace!.Take(14), "host.program-admission: Failed (no program enrolment on record)"],
        };

        var result = SampleScenarios.Runner.Run(wrong);
        var act = result.EnsurePassed;

        result.Passed.Should().BeFalse();
        act.Should().Throw<ScenarioFailedException>().Which.Message.Should().Be(
            "Scenario 'ada, wrongly expected' failed:\n"
            + "- Outcome: expected NotEligible, got Eligible.\n"
            + "- CreditsGranted: expected 4 SH, got 3 SH.\n"
            + "- ReasonCodes: missing [FeeUnpaid]; unexpected [NotResidenceCredit].\n"
            + "- Trace[14]: expected 'host.program-admission: Failed (no program enrolment on record)', got 'host.program-admission: Passed (admitted on 2013-01-10)'.\n"
            // The outcome-only path is checked against the same expectations (it carries no trace).
            + "- Summary.Outcome: expected NotEligible, got Eligible.\n"
            + "- Summary.CreditsGranted: expected 4 SH, got 3 SH.\n"
            + "- Summary.ReasonCodes: missing [FeeUnpaid]; unexpected [NotResidenceCredit].\n"
            + "Decision: ada uci-precalculus @ eastern-state/aa-general: Eligible 3 SH");
    }

    [Fact]
    public void RunAll_DuplicateName_ThrowsNamingIt()
    {
        var act = () => SampleScenarios.Runner.RunAll([SampleScenarios.All[0], SampleScenarios.All[0]]);

        act.Should().Throw<ArgumentException>().WithParameterName("scenarios").Which.Message
            .Should().Be("Scenario name 'ada: Pre-Calculus at Eastern State is eligible for 3 SH' is used twice. (Parameter 'scenarios')");
    }

    [Fact]
    public void Run_BlankName_ThrowsNamingField()
    {
        var act = () => SampleScenarios.Runner.Run(SampleScenarios.All[0] with { Name = " " });

        act.Should().Throw<ArgumentException>().WithParameterName("scenario").Which.Message
            .Should().Be("Scenario.Name must not be empty or white space; got ' '. (Parameter 'scenario')");
    }
}
