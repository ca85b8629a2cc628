using CreditRules.Tests.Fixtures;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Engine;

/// <summary><see cref="Decision.Settings"/>: which scope (institution policy or program override, with ids) supplied each setting.</summary>
public sealed class DecisionSettingsTests
{
    private static string Describe(SettingSource s) =>
        s.Setting + " " + s.Scope + " " + (s.PolicyId ?? "-") + " " + s.ProgramId + " " + (s.OverrideId ?? "-");

    [Fact]
    public void Evaluate_InstitutionMinimumOnly_SettingsComeFromThePolicyVersion()
    {
        var decision = new ScenarioBuilder { MinimumScore = Score.Percent(70), Rounding = RoundingPolicy.FloorTo(0.5m) }.Evaluate();

        var policy = decision.PolicyVersion!;
        decision.Settings.Select(Describe).Should().Equal(
            "AcceptedEvaluators InstitutionPolicy " + policy + " " + decision.ProgramId + " -",
            "AcceptedLevels InstitutionPolicy " + policy + " " + decision.ProgramId + " -",
            "MinimumScore InstitutionPolicy " + policy + " " + decision.ProgramId + " -",
            "Rounding InstitutionPolicy " + policy + " " + decision.ProgramId + " -");
        decision.Settings.Single(s => s.Setting == PolicySetting.MinimumScore).TryGetValue<Score>(out var minimum).Should().BeTrue();
        minimum.Should().Be(Score.Percent(70));
        decision.Settings.Single(s => s.Setting == PolicySetting.AcceptedLevels).TryGetValue<IReadOnlyList<CreditLevel>>(out var levels).Should().BeTrue();
        levels.Should().Equal(CreditLevel.LowerDivision, CreditLevel.UpperDivision);
    }

    [Fact]
    public void Evaluate_ProgramOverrideRaisesMinimum_BothScopesListedWithTheOverrideId()
    {
        var decision = new ScenarioBuilder
        {
            MinimumScore = Score.Percent(60),
            Overrides =
            [
                new ProgramOverride("min-score", OverrideKind.Restrict, "the program asks for a higher score", minimumScore: Score.Percent(70), maxCreditsPerCourse: CreditAmount.FromSemesterHours(2)),
                new ProgramOverride("upper-only", OverrideKind.Restrict, "upper division only", appliesTo: new DateRange(new(2020, 1, 1), new(2020, 12, 31)), acceptedLevels: [CreditLevel.UpperDivision]),
            ],
            Exams = [Passed(68, At(2013, 5, 20, 10, 0))],
        }.Evaluate();

        var minimums = decision.Settings.Where(s => s.Setting == PolicySetting.MinimumScore).ToArray();
        minimums.Select(s => (s.Scope, s.OverrideId)).Should().Equal((SettingScope.InstitutionPolicy, (string?)null), (SettingScope.ProgramOverride, "min-score"));
        minimums[1].TryGetValue<Score>(out var programMinimum).Should().BeTrue();
        programMinimum.Should().Be(Score.Percent(70));
        minimums[1].ToString().Should().Be("MinimumScore 70 (percent) from program " + decision.ProgramId + " override min-score");
        decision.Settings.Single(s => s.Setting == PolicySetting.MaxCreditsPerCourse).OverrideId.Should().Be("min-score");
        // An override dated outside the selection date supplies nothing.
        decision.Settings.Should().NotContain(s => s.OverrideId == "upper-only");
    }

    [Fact]
    public void Evaluate_RefusingOverride_ListsTheRefusalAndStopsThere()
    {
        var decision = new ScenarioBuilder
        {
            Overrides =
            [
                new ProgramOverride("no-ace", OverrideKind.Refuse, "no evaluator credit"),
                new ProgramOverride("min-score", OverrideKind.Restrict, "higher score", minimumScore: Score.Percent(90)),
            ],
        }.Evaluate();

        var fromOverrides = decision.Settings.Where(s => s.Scope == SettingScope.ProgramOverride).ToArray();
        fromOverrides.Select(s => (s.Setting, s.OverrideId)).Should().Equal((PolicySetting.CreditRefused, "no-ace"));
        fromOverrides[0].TryGetValue<string>(out var description).Should().BeTrue();
        description.Should().Be("no evaluator credit");
        decision.HasReason(ReasonCode.ProgramRefusesCredit).Should().BeTrue();
    }
}
