using CreditRules.Tests.Fixtures;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Engine.Rules;

public sealed class MinimumScoreRuleTests
{
    private static readonly Instant ExamDay = At(2013, 5, 20, 10, 0);

    private static ProgramOverride ProgramMinimum(Score minimum) =>
        new("min-score", OverrideKind.Restrict, "the program asks for a higher score", minimumScore: minimum);

    [Fact]
    public void Evaluate_BelowInstitutionMinimum_BlocksWithShortfall()
    {
        var decision = new ScenarioBuilder { MinimumScore = Score.Percent(70), Exams = [Passed(68, ExamDay)] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        var reason = decision.Single(ReasonCode.ScoreBelowMinimum);
        reason.Severity.Should().Be(ReasonSeverity.Blocking);
        reason.RuleId.Should().Be("institution.minimum-score");
        reason.Message.Should().Be("Exam score 68 is 2 point(s) below the institution policy inst-2013 minimum 70.");
        reason.GetArgumentOrNull("Shortfall").Should().Be("2 point(s)");
    }

    [Fact]
    public void Evaluate_BelowInstitutionMinimum_NamesTheInstitutionPolicyScope()
    {
        var decision = new ScenarioBuilder { MinimumScore = Score.Percent(70), Exams = [Passed(68, ExamDay)] }.Evaluate();

        var reason = decision.Single(ReasonCode.ScoreBelowMinimum);
        reason.GetArgumentOrNull("Source").Should().Be("institution policy inst-2013");
        decision.Settings.Single(s => s.Setting == PolicySetting.MinimumScore).Scope.Should().Be(SettingScope.InstitutionPolicy);
    }

    [Fact]
    public void Evaluate_BelowProgramSettingsMinimum_NamesTheProgramScope_AsDecisionSettingsDo()
    {
        // The program's own minimum replaces the institution's (ProgramSettings.ApplyTo): the reason names the program, as
        // Decision.Settings does, not the institution.
        var decision = new ScenarioBuilder
        {
            MinimumScore = Score.Percent(60),
            ProgramSettings = new ProgramSettings(minimumScore: Score.Percent(75)),
            Exams = [Passed(72, ExamDay)],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        var reason = decision.Single(ReasonCode.ScoreBelowMinimum);
        reason.RuleId.Should().Be("institution.minimum-score");
        reason.Message.Should().Be("Exam score 72 is 3 point(s) below the program prog minimum 75.");
        decision.Settings.Single(s => s.Setting == PolicySetting.MinimumScore).Scope.Should().Be(SettingScope.Program);
    }

    [Fact]
    public void Evaluate_ProgramSettingsMinimumLowerThanTheInstitutions_ReplacesIt()
    {
        var decision = new ScenarioBuilder
        {
            MinimumScore = Score.Percent(80),
            ProgramSettings = new ProgramSettings(minimumScore: Score.Percent(70)),
            Exams = [Passed(72, ExamDay)],
        }.Evaluate();

        decision.Reasons.Should().NotContain(r => r.Code == ReasonCode.ScoreBelowMinimum);
        decision.Trace.Should().Contain(t => t.RuleId == "institution.minimum-score" && t.Note == "72 (percent) >= 70 (percent) (program prog)");
    }

    [Fact]
    public void Evaluate_ExactlyAtMinimum_Passes()
    {
        var decision = new ScenarioBuilder { MinimumScore = Score.Percent(70), Exams = [Passed(70, ExamDay)] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
    }

    [Fact]
    public void Evaluate_ProgramMinimumHigher_ProgramBinds()
    {
        var decision = new ScenarioBuilder
        {
            MinimumScore = Score.Percent(60),
            Overrides = [ProgramMinimum(Score.Percent(70))],
            Exams = [Passed(68, ExamDay)],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        var reason = decision.Single(ReasonCode.ScoreBelowMinimum);
        reason.RuleId.Should().Be("program.override:min-score");
        reason.Message.Should().Be("Exam score 68 is 2 point(s) below the program prog override min-score minimum 70.");
        reason.GetArgumentOrNull("Shortfall").Should().Be("2 point(s)");
    }

    [Fact]
    public void Evaluate_ProgramMinimumLower_OnlyRaisesNeverLowers()
    {
        var decision = new ScenarioBuilder
        {
            MinimumScore = Score.Percent(70),
            Overrides = [ProgramMinimum(Score.Percent(60))],
            Exams = [Passed(65, ExamDay)],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        decision.Single(ReasonCode.ScoreBelowMinimum).Message.Should().Be("Exam score 65 is 5 point(s) below the institution policy inst-2013 minimum 70.");
    }

    [Fact]
    public void Evaluate_ProgramMinimumWithoutInstitutionMinimum_Applies()
    {
        var decision = new ScenarioBuilder { Overrides = [ProgramMinimum(Score.Percent(80))], Exams = [Passed(79.5m, ExamDay)] }.Evaluate();

        decision.Single(ReasonCode.ScoreBelowMinimum).Message.Should().Be("Exam score 79.5 is 0.5 point(s) below the program prog override min-score minimum 80.");
    }

    [Fact]
    public void Evaluate_ProgramMinimumOnAnotherScale_ThrowsNamingTheExamAttempt()
    {
        var builder = new ScenarioBuilder { Overrides = [ProgramMinimum(new Score(50, ScoreScale.Scaled20To80))] };

        var act = () => builder.Evaluate();

        var error = act.Should().Throw<InvalidLearnerDataException>().Which;
        error.Message.Should().Be("ExamAttempts[0].Score = '80 (percent)': learner 'L1' has an exam attempt for course 'calc' scored on percent[0..100], but program prog override min-score of institution 'inst' sets the minimum score 50 (scaled-20-80) on scaled-20-80[20..80] (rule program.override); record the attempt's score on that scale.");
        (error.Path, error.AttemptedValue).Should().Be(("ExamAttempts[0].Score", "80 (percent)"));
    }

    [Theory]
    [InlineData(false, "institution policy inst-2013")]  // the institution policy states the minimum
    [InlineData(true, "program prog")]                   // the program's own settings replace it
    public void Evaluate_MinimumOnAnotherScale_ThrowsNamingTheScopeThatSetsIt(bool programStatesIt, string scope)
    {
        var minimum = new Score(50, ScoreScale.Scaled20To80);
        var builder = programStatesIt
            ? new ScenarioBuilder { ProgramSettings = new ProgramSettings(minimumScore: minimum) }
            : new ScenarioBuilder { MinimumScore = minimum };

        var act = () => builder.Evaluate();

        act.Should().Throw<InvalidLearnerDataException>().Which.Message.Should().Be("ExamAttempts[0].Score = '80 (percent)': learner 'L1' has an exam attempt for course 'calc' scored on percent[0..100], but "
            + scope + " of institution 'inst' sets the minimum score 50 (scaled-20-80) on scaled-20-80[20..80] (rule institution.minimum-score); record the attempt's score on that scale.");
    }
}
