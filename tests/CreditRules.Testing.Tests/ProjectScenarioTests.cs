using CreditRules.Tests.Fixtures;

namespace CreditRules.Testing.Tests;

/// <summary>The project's own scenario fixtures (tests/scenarios/*.json), run through the kit as a consumer would.</summary>
public sealed class ProjectScenarioTests
{
    private static readonly string Folder = RepositoryRoot.File("tests", "scenarios");

    public static IEnumerable<object[]> Fixtures => ScenarioFixture.MemberData(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void RunFile_ProjectFixture_Passes(string file)
    {
        ScenarioRunner.RunFile(Path.Combine(Folder, file)).EnsurePassed();
    }

    [Fact]
    public void RunFiles_ProjectFixtures_CoverEveryOutcomeRuleAndOverride()
    {
        var report = ScenarioRunner.RunFiles([Folder]);

        TestContext.Current.TestOutputHelper?.WriteLine(report.Coverage.ToReport());
        report.Passed.Should().BeTrue(string.Join("\n", report.Failures.SelectMany(f => f.Mismatches)));
        report.Results.Should().HaveCountGreaterThanOrEqualTo(12);
        report.Results.Select(r => r.Decision.Outcome).Distinct().Should().BeEquivalentTo(Enum.GetValues<DecisionOutcome>());
        report.Coverage.RulesNeverExercised.Should().BeEmpty();
        report.Coverage.Overrides.Select(o => o.Id).Should().Equal(
            "eastern-state/asn-nursing/nursing-no-ace",
            "excelsior-style/bsn-core/nursing-core-no-ace",
            "excelsior-style/bsn-gened/nursing-gened-limit",
            "american-college/med-leadership/graduate-levels-only");
        report.Coverage.OverridesNeverExercised.Should().BeEmpty();
        report.Coverage.DateBranchesNeverExercised.Should().Equal("version.after-last");
    }

    [Fact]
    public void RunFiles_ProjectFixtures_ExerciseTheBoundaryBranchesNamedByTheirFiles()
    {
        var report = ScenarioRunner.RunFiles([Folder]);

        // Each boundary fixture takes exactly the branch its file is named for (and the count of that branch is how
        // many fixtures take it).
        string[] boundaries =
        [
            "version-first-day-think-again.json: version.first-day",
            "version-last-day-think-again.json: version.last-day",
            "version-gap-ivan.json: version.gap",
            "version-before-first-hana.json: version.before-first",
            "version-route-closed-lena.json: version.route-closed",
            "recency-last-day-eve.json: recency.last-day",
            "recency-last-day-eve.json: recency.leap-day",
            "recency-first-expired-day-eve.json: recency.first-expired-day",
            "recency-enrolment-anchor-nia.json: recency.anchor-enrolment",
            "retake-too-soon-wren.json: retake.too-soon",
            "retake-first-allowed-day-wren.json: retake.first-allowed-day",
            "exam-2330-los-angeles-hugo-lakeshore.json: zone.date-differs",
            "exam-2330-los-angeles-hugo-western.json: zone.candidate",
        ];
        foreach (var boundary in boundaries)
        {
            var (file, branch) = (boundary.Split(": ")[0], boundary.Split(": ")[1]);
            var single = ScenarioRunner.RunFiles([Path.Combine(Folder, file)]);
            single.Coverage.DateBranches.Single(b => b.Id == branch).Count.Should().Be(1, boundary);
        }

        var western = ScenarioRunner.RunFiles([Path.Combine(Folder, "exam-2330-los-angeles-hugo-western.json")]);
        western.Coverage.DateBranchesNeverExercised.Should().Contain("zone.date-differs", "in the candidate's zone 23:30 stays the same day");
        western.Results[0].Decision.QualifyingDate.Should().Be(new LocalDate(2013, 5, 31));
        report.Results.Single(r => r.Scenario.Source!.EndsWith("hugo-lakeshore.json", StringComparison.Ordinal)).Decision.QualifyingDate.Should().Be(new LocalDate(2013, 6, 1));
    }
}
