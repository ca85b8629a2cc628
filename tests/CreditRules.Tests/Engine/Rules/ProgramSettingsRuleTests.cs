using CreditRules.Tests.Fixtures;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Engine.Rules;

/// <summary>
/// A program's own settings (<see cref="ProgramSettings"/>): inherited where unstated, replacing the institution's where
/// stated (widening as well as narrowing), named by scope in <see cref="Decision.Settings"/>, and decided alike on the
/// explained and outcome-only paths.
/// </summary>
public sealed class ProgramSettingsRuleTests
{
    private static (Decision Explained, DecisionSummary Summary) Both(ScenarioBuilder scenario)
    {
        var decision = scenario.Evaluate();
        var plan = EvaluationPlan.Compile(scenario.BuildCatalog(), scenario.BuildPolicies(), scenario.AsOf, null);
        var summary = plan.Summarize(new CreditClaim(scenario.BuildLearner(), CourseId, InstitutionId, ProgramId));
        summary.Should().Be(DecisionSummary.FromDecision(decision), "the outcome-only path resolves the same settings");
        return (decision, summary);
    }

    private static ScenarioBuilder VocationalLine(ProgramSettings? settings) => new()
    {
        Versions = [Version(1, new LocalDate(2013, 2, 1), new LocalDate(2016, 1, 31), Line(3, CreditLevel.VocationalCertificate))],
        ProgramSettings = settings,
    };

    [Fact]
    public void Evaluate_ProgramWidensLevels_VocationalLineGrantedOnlyInThatProgram()
    {
        var (without, _) = Both(VocationalLine(null));
        var (with, summary) = Both(VocationalLine(new ProgramSettings(acceptedLevels: [CreditLevel.VocationalCertificate, CreditLevel.LowerDivision])));

        without.Outcome.Should().Be(DecisionOutcome.NotEligible);
        without.HasReason(ReasonCode.LevelNotAccepted).Should().BeTrue();
        with.Outcome.Should().Be(DecisionOutcome.Eligible);
        summary.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
        var levels = with.Settings.Single(s => s.Setting == PolicySetting.AcceptedLevels);
        (levels.Scope, levels.PolicyId, levels.ProgramId, levels.OverrideId).Should().Be((SettingScope.Program, PolicyId, ProgramId, (string?)null));
        levels.ToString().Should().Be("AcceptedLevels VocationalCertificate, LowerDivision from program prog");
        with.Settings.Single(s => s.Setting == PolicySetting.AcceptedEvaluators).Scope.Should().Be(SettingScope.InstitutionPolicy, "what the program does not state it inherits");
    }

    [Fact]
    public void Evaluate_ProgramMinimumRefuses_ReasonSettingAndTextNameTheScopeInOneWording()
    {
        var (decision, _) = Both(new ScenarioBuilder
        {
            MinimumScore = Score.Percent(80),
            ProgramSettings = new ProgramSettings(minimumScore: Score.Percent(70)),
            Exams = [Passed(69, At(2013, 5, 20, 10, 0))],
        });

        var minimum = decision.Settings.Single(s => s.Setting == PolicySetting.MinimumScore);
        minimum.ScopeText.Should().Be("program prog");
        minimum.ToString().Should().Be("MinimumScore 70 (percent) from program prog");
        decision.Reasons.Single(r => r.Code == ReasonCode.ScoreBelowMinimum).Message.Should().Be("Exam score 69 is 1 point(s) below the program prog minimum 70.");
        var evaluators = decision.Settings.Single(s => s.Setting == PolicySetting.AcceptedEvaluators);
        evaluators.ScopeText.Should().Be("institution policy " + PolicyId);
        evaluators.ToString().Should().Be("AcceptedEvaluators ace from institution policy " + PolicyId);
    }

    [Theory]
    [InlineData(70, DecisionOutcome.Eligible)]     // exactly the program's minimum
    [InlineData(69, DecisionOutcome.NotEligible)]  // one below
    public void Evaluate_ProgramLowersTheInstitutionMinimum_ProgramMinimumBindsAtItsEdge(decimal score, DecisionOutcome expected)
    {
        var (decision, summary) = Both(new ScenarioBuilder
        {
            MinimumScore = Score.Percent(80),
            ProgramSettings = new ProgramSettings(minimumScore: Score.Percent(70)),
            Exams = [Passed(score, At(2013, 5, 20, 10, 0))],
        });

        summary.Outcome.Should().Be(expected);
        var minimum = decision.Settings.Should().ContainSingle(s => s.Setting == PolicySetting.MinimumScore).Subject;
        minimum.Scope.Should().Be(SettingScope.Program);
        minimum.TryGetValue<Score>(out var value).Should().BeTrue();
        value.Should().Be(Score.Percent(70));
    }

    [Fact]
    public void Evaluate_ProgramAcceptsAnEvaluatorTheInstitutionDoesNot_RecommendationAccepted()
    {
        var refused = Both(new ScenarioBuilder { AcceptedEvaluators = ["nccrs"] }).Explained;
        var (accepted, _) = Both(new ScenarioBuilder { AcceptedEvaluators = ["nccrs"], ProgramSettings = new ProgramSettings(acceptedEvaluators: ["nccrs", EvaluatorId]) });

        refused.HasReason(ReasonCode.EvaluatorNotAccepted).Should().BeTrue();
        accepted.Outcome.Should().Be(DecisionOutcome.Eligible);
        accepted.Settings.Single(s => s.Setting == PolicySetting.AcceptedEvaluators).Scope.Should().Be(SettingScope.Program);
    }

    [Fact]
    public void Evaluate_RestrictingOverrideAfterWidening_StillNarrows()
    {
        var (decision, _) = Both(new ScenarioBuilder
        {
            ProgramSettings = new ProgramSettings(acceptedLevels: [CreditLevel.VocationalCertificate, CreditLevel.LowerDivision, CreditLevel.UpperDivision]),
            Overrides = [new ProgramOverride("upper-only", OverrideKind.Restrict, "upper division only", acceptedLevels: [CreditLevel.UpperDivision])],
        });

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        decision.Reasons.Single(r => r.Code == ReasonCode.LevelNotAccepted).RuleId.Should().Be("program.override:upper-only");
        decision.Settings.Where(s => s.Setting == PolicySetting.AcceptedLevels).Select(s => (s.Scope, s.OverrideId))
            .Should().Equal((SettingScope.Program, (string?)null), (SettingScope.ProgramOverride, "upper-only"));
    }

    [Theory]
    [InlineData(2014, 5, 20, DecisionOutcome.Eligible)]     // qualifying 2013-05-20 + P1Y: the last recent day
    [InlineData(2014, 5, 21, DecisionOutcome.NotEligible)]  // the first expired day
    public void Evaluate_ProgramStatesItsOwnRecency_WindowEdgesFromTheProgram(int year, int month, int day, DecisionOutcome expected)
    {
        var (decision, _) = Both(new ScenarioBuilder
        {
            Recency = new RecencyWindow(Period.FromYears(5), RecencyAnchor.AsOfDate),
            ProgramSettings = new ProgramSettings(recency: new RecencyWindow(Period.FromYears(1), RecencyAnchor.AsOfDate)),
            AsOf = new LocalDate(year, month, day),
        });

        decision.Outcome.Should().Be(expected);
        decision.Settings.Single(s => s.Setting == PolicySetting.Recency).Scope.Should().Be(SettingScope.Program);
    }

    [Fact]
    public void Evaluate_ProgramWaivesProviderFees_UnpaidFeeNoLongerHoldsTheClaim()
    {
        var fees = new List<FeeObligation> { Unpaid(FeeKind.ProctoredExam, 60) };
        var held = Both(new ScenarioBuilder { Fees = fees }).Explained;
        var (freed, _) = Both(new ScenarioBuilder { Fees = fees, ProgramSettings = new ProgramSettings(requireProviderFees: false) });

        held.Outcome.Should().Be(DecisionOutcome.Incomplete);
        freed.Outcome.Should().Be(DecisionOutcome.Eligible);
        var setting = freed.Settings.Single(s => s.Setting == PolicySetting.RequireProviderFees);
        setting.Scope.Should().Be(SettingScope.Program);
        setting.TryGetValue<bool>(out var required).Should().BeTrue();
        required.Should().BeFalse();
    }

    [Fact]
    public void ApplyTo_StatesOnlyRounding_InheritsEverythingElseWithTheSameId()
    {
        var policy = new ScenarioBuilder { MinimumScore = Score.Percent(70), Recency = new RecencyWindow(Period.FromYears(5), RecencyAnchor.AsOfDate) }.BuildPolicy();

        var effective = new ProgramSettings(rounding: RoundingPolicy.FloorTo(1)).ApplyTo(policy);

        effective.AcceptedEvaluators.Should().Equal(policy.AcceptedEvaluators);
        effective.AcceptedLevels.Should().Equal(policy.AcceptedLevels);
        (effective.Id, effective.AppliesTo, effective.MinimumScore, effective.Recency, effective.QualifyingDateZone, effective.RequireProviderFees, effective.RecordPolicy)
            .Should().Be((policy.Id, policy.AppliesTo, policy.MinimumScore, policy.Recency, policy.QualifyingDateZone, policy.RequireProviderFees, policy.RecordPolicy));
        effective.Rounding.Should().Be(RoundingPolicy.FloorTo(1));
    }

    [Fact]
    public void Constructor_NothingStated_Throws()
    {
        var act = () => new ProgramSettings();

        act.Should().Throw<ArgumentException>().WithMessage("Program settings state nothing: give at least one setting, or give the program no settings. (Parameter 'acceptedEvaluators')");
    }

    [Fact]
    public void Constructor_EmptyLevels_Throws()
    {
        var act = () => new ProgramSettings(acceptedLevels: []);

        act.Should().Throw<ArgumentException>().WithMessage("A program that states its accepted levels needs at least one; leave the setting out to inherit the institution's. (Parameter 'acceptedLevels')");
    }

    [Fact]
    public void Evaluate_InstitutionMapsGraduateToUpperDivision_GrantedAndTheDecisionSaysSo()
    {
        var graduateLine = new List<RecommendationVersion> { Version(1, new LocalDate(2013, 2, 1), new LocalDate(2016, 1, 31), Line(3, CreditLevel.Graduate)) };
        var refused = Both(new ScenarioBuilder { Versions = graduateLine }).Explained;
        var scenario = new ScenarioBuilder { Versions = graduateLine };
        var policies = new PolicySet([new Institution(InstitutionId, InstitutionName, CreditUnit.SemesterHour, NewYork,
            [new InstitutionPolicy(PolicyId, [EvaluatorId], [CreditLevel.LowerDivision, CreditLevel.UpperDivision], levelMappings: [new LevelMapping(CreditLevel.Graduate, CreditLevel.UpperDivision)])],
            [new DegreeProgram(ProgramId, "Program")])]);

        var mapped = new EligibilityEvaluator(scenario.BuildCatalog(), policies).Evaluate(scenario.BuildRequest());

        refused.HasReason(ReasonCode.LevelNotAccepted).Should().BeTrue();
        mapped.Outcome.Should().Be(DecisionOutcome.Eligible);
        mapped.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
        mapped.Reasons.Single(r => r.Code == ReasonCode.LevelMapped).Message.Should().Be("The line 3 SH Graduate in mathematics is counted at UpperDivision: the institution policy inst-2013 maps Graduate to UpperDivision.");
        var setting = mapped.Settings.Single(s => s.Setting == PolicySetting.LevelMappings);
        setting.Scope.Should().Be(SettingScope.InstitutionPolicy);
        setting.ToString().Should().Be("LevelMappings Graduate as UpperDivision from institution policy " + PolicyId);
        EvaluationPlan.Compile(scenario.BuildCatalog(), policies, scenario.AsOf, null).Summarize(new CreditClaim(scenario.BuildLearner(), CourseId, InstitutionId, ProgramId))
            .Should().Be(DecisionSummary.FromDecision(mapped));
    }

    [Fact]
    public void Evaluate_ProgramMapsVocationalToLowerDivision_OnlyThatProgramCountsIt()
    {
        var (decision, _) = Both(VocationalLine(new ProgramSettings(levelMappings: [new LevelMapping(CreditLevel.VocationalCertificate, CreditLevel.LowerDivision)])));

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.HasReason(ReasonCode.LevelMapped).Should().BeTrue();
        decision.HasReason(ReasonCode.AlternativeLevelUsed).Should().BeFalse("a single-level line has no alternative");
        decision.Settings.Single(s => s.Setting == PolicySetting.LevelMappings).Scope.Should().Be(SettingScope.Program);
    }

    [Fact]
    public void Evaluate_MappingToALevelNotAccepted_StillRefused()
    {
        var (decision, _) = Both(VocationalLine(new ProgramSettings(levelMappings: [new LevelMapping(CreditLevel.VocationalCertificate, CreditLevel.Graduate)])));

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        decision.HasReason(ReasonCode.LevelMapped).Should().BeFalse();
    }

    [Fact]
    public void LevelMapping_ToItself_Throws()
    {
        var act = () => new LevelMapping(CreditLevel.Graduate, CreditLevel.Graduate);

        act.Should().Throw<ArgumentException>().WithMessage("A level mapping counts a level as another; Graduate is mapped to itself. (Parameter 'to')");
    }

    [Fact]
    public void Settings_ExplainedTwiceUnderOneProgramAndVersion_AreSharedNotRebuilt()
    {
        var scenario = new ScenarioBuilder { ProgramSettings = new ProgramSettings(minimumScore: Score.Percent(70)) };
        var evaluator = scenario.BuildEvaluator();

        var first = evaluator.Evaluate(scenario.BuildRequest());
        var second = evaluator.Evaluate(scenario.BuildRequest());

        first.Settings.Should().ContainSingle(s => s.Setting == PolicySetting.MinimumScore).Which.Scope.Should().Be(SettingScope.Program);
        second.Settings.Should().Equal(first.Settings, ReferenceEquals, "the program's settings under one policy version are built once per plan and shared");
        scenario.BuildEvaluator().Evaluate(scenario.BuildRequest()).Settings.Should().NotContain(s => first.Settings.Any(f => ReferenceEquals(f, s)), "another plan builds its own");
    }
}
