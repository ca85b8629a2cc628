using System.Text.Json;
using CreditRules.Tests.Fixtures;

namespace CreditRules.Testing.Tests;

/// <summary>
/// <see cref="RuleCoverage.SettingScopes"/> and <see cref="RuleCoverage.Areas"/>: which scope supplied each setting and what
/// happened in each requirement area, read from the decisions of the scoped-model fixtures (tests/scenarios/*scoped*.json).
/// </summary>
public sealed class RuleCoverageScopeTests
{
    private static readonly string Folder = RepositoryRoot.File("tests", "scenarios");

    private static RuleCoverage CoverageOf(params string[] files) => ScenarioRunner.RunFiles(files.Select(f => Path.Combine(Folder, f))).Coverage;

    private static int Count(IEnumerable<CoverageItem> items, string id) => items.Single(i => i.Id == id).Count;

    private static AreaCoverage Area(RuleCoverage coverage, string id) => coverage.Areas.Single(a => a.Id == id);

    [Fact]
    public void SettingScopes_ProgramStatingNoSettings_ListsTheInstitutionScopeAndWhatOtherProgramsStateAsNeverExercised()
    {
        var coverage = CoverageOf("scoped-inherit-evaluator-refused-sky.json");

        // The one decision took its evaluators (and levels, minimum, rounding) from the institution policy; the probe of
        // the institution's other programs finds what they state, which no decision here used.
        Count(coverage.SettingScopes, "AcceptedEvaluators from institution").Should().Be(1);
        Count(coverage.SettingScopes, "MinimumScore from institution").Should().Be(1);
        coverage.SettingScopesNeverExercised.Should().Equal(
            "AcceptedEvaluators from program",
            "AcceptedLevels from program",
            "MinimumScore from program",
            "LevelMappings from program",
            "AreaLimit from area (institution record policy)",
            "AreaLimit from area (program record settings)");
    }

    [Fact]
    public void SettingScopes_ProgramWideningTheEvaluators_CountsTheProgramScope()
    {
        var coverage = CoverageOf("scoped-widen-evaluator-sky.json", "scoped-narrow-score-at-minimum-sky.json", "scoped-level-mapping-sky.json");

        Count(coverage.SettingScopes, "AcceptedEvaluators from program").Should().Be(1);
        Count(coverage.SettingScopes, "AcceptedEvaluators from institution").Should().Be(2);
        Count(coverage.SettingScopes, "MinimumScore from program").Should().Be(1);
        Count(coverage.SettingScopes, "MinimumScore from institution").Should().Be(2);
        Count(coverage.SettingScopes, "LevelMappings from program").Should().Be(1);
        coverage.SettingScopesNeverExercised.Should().Contain("AcceptedLevels from program").And.NotContain("AcceptedEvaluators from program");
    }

    [Fact]
    public void SettingScopes_DecisionsOnly_AreReadFromDecisionSettings()
    {
        var results = ScenarioRunner.RunFiles([Path.Combine(Folder, "scoped-widen-level-sky.json"), Path.Combine(Folder, "override-refuse-cleo-nursing.json")]).Results;

        // Without documents there is no probe: the vocabulary is what the decisions list.
        var coverage = RuleCoverage.From(results.Select(r => r.Decision), []);

        var expected = results.SelectMany(r => r.Decision.Settings).GroupBy(s => (s.Setting, s.Scope)).ToDictionary(g => g.Key, g => g.Count());
        coverage.SettingScopes.Should().HaveCount(expected.Count);
        Count(coverage.SettingScopes, "AcceptedLevels from program").Should().Be(expected[(PolicySetting.AcceptedLevels, SettingScope.Program)]).And.Be(1);
        Count(coverage.SettingScopes, "CreditRefused from program override").Should().Be(1);
        coverage.SettingScopesNeverExercised.Should().BeEmpty();
        coverage.Areas.Should().BeEmpty();
    }

    [Fact]
    public void Areas_CapExactlyReachedAndOneOver_CountAssignedAndCapped()
    {
        var exactly = CoverageOf("record-scoped-area-cap-reached-exactly-sky.json");
        var over = CoverageOf("record-scoped-area-cap-one-over-sky.json");

        Area(exactly, "scoped-college/area-cap-fits/math").Events.Select(e => e.ToString()).Should().Equal(
            "granted: 2", "AreaAssigned: 2", "AreaRedirected from: 0", "AreaRedirected: 0", "AreaCapReached: 0", "AreaSourceExcluded: 0");
        Area(over, "scoped-college/area-cap-over/math").Events.Select(e => e.ToString()).Should().Equal(
            "granted: 1", "AreaAssigned: 1", "AreaRedirected from: 0", "AreaRedirected: 0", "AreaCapReached: 1", "AreaSourceExcluded: 0");
        exactly.AreasNeverExercised.Should().Contain("scoped-college/area-cap-fits/math: AreaCapReached");
        over.AreasNeverExercised.Should().NotContain("scoped-college/area-cap-over/math: AreaCapReached");
        Count(over.SettingScopes, "AreaLimit from area (program record settings)").Should().Be(2);
    }

    [Fact]
    public void Areas_RedirectAndRefuse_NameTheAreaCreditLeftAndTheOneItLandedIn()
    {
        var redirect = CoverageOf("record-scoped-area-redirect-sky.json");
        var refuse = CoverageOf("record-scoped-area-refuse-sky.json");

        Count(Area(redirect, "scoped-college/area-redirect/math-core").Events, "AreaRedirected from").Should().Be(1);
        Count(Area(redirect, "scoped-college/area-redirect/math-core").Events, ScopeGranted).Should().Be(0);
        Count(Area(redirect, "scoped-college/area-redirect/electives").Events, "AreaRedirected").Should().Be(1);
        Count(Area(redirect, "scoped-college/area-redirect/electives").Events, ScopeGranted).Should().Be(1);
        Count(Area(refuse, "scoped-college/area-refuse/math-core").Events, "AreaSourceExcluded").Should().Be(1);
        Area(refuse, "scoped-college/area-redirect/electives").IsExercised.Should().BeFalse();

        // The redirected claim used two area settings: the math core's (program) sent it away, the electives' (institution) took it.
        Count(redirect.SettingScopes, "AreaLimit from area (program record settings)").Should().Be(1);
        Count(redirect.SettingScopes, "AreaLimit from area (institution record policy)").Should().Be(1);
        Count(refuse.SettingScopes, "AreaLimit from area (institution record policy)").Should().Be(0);
    }

    private const string ScopeGranted = "granted";

    [Fact]
    public void Areas_EveryProgramAreaOfTheDocuments_IsListedWithItsResolvedSetting()
    {
        var coverage = CoverageOf("record-scoped-area-inherit-institution-cap-sky.json");

        coverage.Areas.Select(a => a.Id).Should().Equal(
            "scoped-college/area-cap-fits/math",
            "scoped-college/area-cap-over/math",
            "scoped-college/area-percent-fits/gen-ed",
            "scoped-college/area-percent-over/gen-ed",
            "scoped-college/area-redirect/math-core",
            "scoped-college/area-redirect/electives",
            "scoped-college/area-refuse/math-core",
            "scoped-college/area-inherit/electives");
        Area(coverage, "scoped-college/area-inherit/electives").Description.Should().Be("10 SH; electives: at most 6 SH, refuse what does not fit (area (institution record policy))");
        Area(coverage, "scoped-college/area-percent-over/gen-ed").Description.Should().Be("20 SH; gen-ed: at most 29 % of the area, refuse what does not fit (area (program record settings))");
        Area(coverage, "scoped-college/area-inherit/electives").Events.Select(e => e.ToString()).Should().Equal(
            "granted: 1", "AreaAssigned: 1", "AreaRedirected from: 0", "AreaRedirected: 0", "AreaCapReached: 1", "AreaSourceExcluded: 0");
        Count(coverage.SettingScopes, "AreaLimit from area (institution record policy)").Should().Be(2);
    }

    [Fact]
    public void Areas_Events_AreTheReasonCodesWhoseTemplateNamesAnArea()
    {
        var coverage = CoverageOf("record-scoped-area-redirect-sky.json");

        // Derived from ReasonCode.All: every code whose template has a placeholder ending in AreaId, one event per placeholder.
        var expected = ReasonCode.All.SelectMany(c => new[] { "FromAreaId", "AreaId" }.Where(a => c.Template.Contains("{" + a + "}", StringComparison.Ordinal))
            .Select(a => a == "AreaId" ? c.Value : c.Value + " from")).ToArray();
        expected.Should().Contain(["AreaAssigned", "AreaRedirected", "AreaRedirected from", "AreaCapReached", "AreaSourceExcluded"]);
        coverage.Areas.Should().OnlyContain(a => a.Events.Select(e => e.Id).Skip(1).Order().SequenceEqual(expected.Order()));
        coverage.Areas.Should().OnlyContain(a => a.Events[0].Id == "granted");
    }

    [Fact]
    public void ToReport_ScopedFixtures_PrintsSettingsByScopeAndAreas()
    {
        var report = CoverageOf("record-scoped-area-refuse-sky.json").ToReport();

        report.Should().Contain("Settings by scope (decisions it supplied):\n")
            .And.Contain("\n  AreaLimit from area (program record settings)       1  an area's cap, exclusions or redirect from the program's record settings\n")
            .And.Contain("Settings by scope never exercised: AcceptedEvaluators from program, AcceptedLevels from program, MinimumScore from program, LevelMappings from program, AreaLimit from area (institution record policy)\n")
            .And.Contain("Requirement areas (decisions per event):\n")
            .And.Contain("  scoped-college/area-refuse/math-core     granted 0, AreaAssigned 0, AreaRedirected from 0, AreaRedirected 0, AreaCapReached 0, AreaSourceExcluded 1  (12 SH; math-core: up to the area's size, excludes PriorLearning, refuse what does not fit (area (program record settings)))\n")
            .And.Contain("Requirement area events never exercised:\n  scoped-college/area-cap-fits/math        granted, AreaAssigned, AreaRedirected from, AreaRedirected, AreaCapReached, AreaSourceExcluded\n")
            .And.Contain("\n  scoped-college/area-refuse/math-core     granted, AreaAssigned, AreaRedirected from, AreaRedirected, AreaCapReached\n");
    }

    [Fact]
    public void ToJson_ScopedFixtures_HoldsTheSameItemsAsTheProperties()
    {
        var coverage = CoverageOf("record-scoped-area-redirect-sky.json", "scoped-widen-level-sky.json");

        using var json = JsonDocument.Parse(coverage.ToJson());
        var root = json.RootElement;
        root.GetProperty("settingScopes").EnumerateArray().Select(i => i.GetProperty("id").GetString() + ": " + i.GetProperty("count").GetInt32())
            .Should().Equal(coverage.SettingScopes.Select(s => s.ToString()));
        root.GetProperty("settingScopesNeverExercised").EnumerateArray().Select(i => i.GetString()).Should().Equal(coverage.SettingScopesNeverExercised);
        root.GetProperty("areas").EnumerateArray().Select(a => a.GetProperty("id").GetString()).Should().Equal(coverage.Areas.Select(a => a.Id));
        var electives = root.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "scoped-college/area-redirect/electives");
        electives.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "AreaRedirected").GetProperty("count").GetInt32().Should().Be(1);
        root.GetProperty("areasNeverExercised").GetArrayLength().Should().Be(coverage.AreasNeverExercised.Count);
        root.GetProperty("rules").GetArrayLength().Should().Be(coverage.Rules.Count);
        root.GetProperty("dateBranches").GetArrayLength().Should().Be(coverage.DateBranches.Count);
    }
}
