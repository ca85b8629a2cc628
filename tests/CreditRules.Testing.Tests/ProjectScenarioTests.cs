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
        // The whole-record fixtures (record-*.json) exercise the duplicate, precedence and residency record rules; the
        // vocabulary (the rule registry) lists the record rules no fixture reaches. The cap rule traces its caps under its
        // registered id (record.cap), so record-cap-one-over-kim.json, which raises CapReached, counts it as run.
        report.RecordResults.Select(r => Path.GetFileName(r.Source)).Should().Equal(
            "record-cap-one-over-kim.json", "record-cap-reached-exactly-kim.json", "record-duplicate-pair-wes.json", "record-local-course-residency-kim.json",
            "record-posting-fee-paid-mae.json", "record-posting-fee-paid-next-day-mae.json", "record-precedence-duplicate-noor.json", "record-prior-credit-conversion-exact-kim.json",
            "record-prior-credit-conversion-rounded-kim.json", "record-program-cap-one-over-kim.json", "record-program-cap-reached-exactly-kim.json", "record-scoped-area-cap-one-over-sky.json",
            "record-scoped-area-cap-reached-exactly-sky.json", "record-scoped-area-inherit-institution-cap-sky.json", "record-scoped-area-percent-at-edge-sky.json", "record-scoped-area-percent-over-sky.json",
            "record-scoped-area-redirect-sky.json", "record-scoped-area-refuse-sky.json", "record-scoped-residency-last-met-sky.json", "record-scoped-residency-last-short-sky.json");
        report.Coverage.RulesNeverExercised.Should().Equal("record.what-if", "record.exam-credit-per-year", "record.exceptions");
        report.Coverage.Rules.Single(r => r.RuleId == "record.cap").Outcomes.Should().Contain(RuleOutcome.Limited, "record-cap-one-over-kim.json hits its cap");
        // Every setting some program or override of the documents supplies was supplied to some decision, by every scope
        // that states it (the scoped fixtures, tests/scenarios/*scoped*.json, exercise each program setting and area scope).
        report.Coverage.SettingScopesNeverExercised.Should().BeEmpty();
        report.Coverage.SettingScopes.Where(s => s.Id.EndsWith(" from program", StringComparison.Ordinal)).Select(s => s.Id).Should().Equal(
            "AcceptedEvaluators from program", "AcceptedLevels from program", "MinimumScore from program", "Recency from program", "LevelMappings from program",
            "Cap from program", "AreaLimit from program", "RefusedProviders from program");
        report.Coverage.SettingScopes.Select(s => s.Id).Should().Contain(["AreaLimit from area (institution record policy)", "AreaLimit from area (program record settings)"]);
        // Each area event is exercised somewhere: granted, assigned, redirected (from and to), capped and refused.
        report.Coverage.Areas.SelectMany(a => a.Events).GroupBy(e => e.Id).Should().OnlyContain(g => g.Sum(e => e.Count) > 0);
        report.Coverage.ReasonCodesExercised.Should().Contain(["AreaAssigned", "AreaRedirected", "AreaCapReached", "AreaSourceExcluded", "ResidencyLastCreditsOutstanding", "LevelMapped"]);
        report.Coverage.ReasonCodesExercised.Should().Contain(["CapReached", "CapOverflowToElectives", "PostedCreditExceedsCap", "DuplicateWithinRequest", "DuplicateOfPriorCredit", "DuplicateBelowBlockingGrade", "LowerAfterAdvanced", "ResidencyOutstanding"]);
        report.Coverage.Overrides.Select(o => o.Id).Should().Equal(
            "eastern-state/asn-nursing/nursing-no-ace",
            "excelsior-style/bsn-core/nursing-core-no-ace",
            "excelsior-style/bsn-gened/nursing-gened-limit",
            "american-college/med-leadership/graduate-levels-only");
        report.Coverage.OverridesNeverExercised.Should().BeEmpty();
        report.Coverage.DateBranchesNeverExercised.Should().Equal("version.after-last");
        report.Coverage.Overrides.Select(o => o.Count).Should().Equal(1, 1, 1, 1);
        // How many of the decisions take each date branch: the boundary fixtures one each, the rest spread by their data
        // (a whole-record fixture counts each claim's record-aware decision: 23 claims in 13 records; the 8 scoped claim fixtures
        // and 14 scoped record claims are all decided by the as-of date, in the evaluator's zone, inside their versions).
        report.Coverage.DateBranches.Select(b => b.ToString()).Should().Equal(
            "policy.by-enrolment-date: 5", "policy.by-as-of-date: 71", "policy.by-catalog-year: 2",
            "retake.too-soon: 1", "retake.first-allowed-day: 1", "retake.after-wait: 1",
            "zone.evaluator: 64", "zone.institution: 5", "zone.candidate: 3", "zone.date-differs: 1",
            "version.first-day: 1", "version.last-day: 1", "version.within: 68", "version.before-first: 1", "version.gap: 1",
            "version.after-last: 0", "version.route-open: 5", "version.route-closed: 1",
            "recency.within: 8", "recency.last-day: 3", "recency.first-expired-day: 3", "recency.expired: 1", "recency.leap-day: 15",
            "recency.anchor-enrolment: 3", "recency.subject-outside: 1", "recency.start-completion: 2");
    }

    [Fact]
    public void ProjectFixtures_UseOnlyPropertiesTheSchemaDeclares()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(RepositoryRoot.File("schemas", "scenario.schema.json")));
        var root = schema.RootElement.GetProperty("properties");
        string[] Declared(System.Text.Json.JsonElement properties) => properties.EnumerateObject().Select(p => p.Name).ToArray();

        var files = Directory.GetFiles(Folder, "*.json").Concat(Directory.GetFiles(Path.Combine(Folder, "host"), "*.json")).ToArray();
        files.Should().Contain(f => f.Contains("record-", StringComparison.Ordinal)).And.Contain(f => f.Contains("host-", StringComparison.Ordinal));
        foreach (var file in files)
        {
            using var fixture = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
            var top = fixture.RootElement;
            Declared(top).Should().BeSubsetOf(Declared(root), file);
            schema.RootElement.GetProperty("required").EnumerateArray().Select(r => r.GetString()).Should().BeSubsetOf(Declared(top), file);
            Declared(top).Count(p => p is "claim" or "record").Should().Be(1, file + " has claim or record");
            foreach (var part in new[] { "documents", "claim", "record", "expect" }.Where(p => top.TryGetProperty(p, out _)))
            {
                Declared(top.GetProperty(part)).Should().BeSubsetOf(Declared(root.GetProperty(part).GetProperty("properties")), file + " " + part);
            }

            var claimProperties = Declared(root.GetProperty("expect").GetProperty("properties").GetProperty("claims").GetProperty("items").GetProperty("properties"));
            foreach (var claim in top.GetProperty("expect").TryGetProperty("claims", out var claims) ? claims.EnumerateArray() : Enumerable.Empty<System.Text.Json.JsonElement>())
            {
                Declared(claim).Should().BeSubsetOf(claimProperties, file + " expect.claims");
            }
        }
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
            "recency-leap-day-qualifying-last-day.json: recency.last-day",
            "recency-leap-day-qualifying-last-day.json: recency.leap-day",
            "recency-leap-day-qualifying-expired.json: recency.first-expired-day",
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

        // The scoped boundary pairs: each fixture exercises exactly the area event or setting scope it is named for, and its
        // pair does not (an area cap reached exactly vs one over, a percentage cap at the edge vs just over, redirect vs
        // refuse, inherited vs program-stated settings).
        string[] scoped =
        [
            "record-scoped-area-cap-reached-exactly-sky.json: scoped-college/area-cap-fits/math: AreaAssigned = 2, AreaCapReached = 0",
            "record-scoped-area-cap-one-over-sky.json: scoped-college/area-cap-over/math: AreaAssigned = 1, AreaCapReached = 1",
            "record-scoped-area-percent-at-edge-sky.json: scoped-college/area-percent-fits/gen-ed: AreaAssigned = 2, AreaCapReached = 0",
            "record-scoped-area-percent-over-sky.json: scoped-college/area-percent-over/gen-ed: AreaAssigned = 1, AreaCapReached = 1",
            "record-scoped-area-redirect-sky.json: scoped-college/area-redirect/math-core: AreaRedirected from = 1, AreaSourceExcluded = 0",
            "record-scoped-area-refuse-sky.json: scoped-college/area-refuse/math-core: AreaRedirected from = 0, AreaSourceExcluded = 1",
            "record-scoped-area-inherit-institution-cap-sky.json: scoped-college/area-inherit/electives: AreaAssigned = 1, AreaCapReached = 1",
        ];
        foreach (var line in scoped)
        {
            var parts = line.Split(": ");
            var area = ScenarioRunner.RunFiles([Path.Combine(Folder, parts[0])]).Coverage.Areas.Single(a => a.Id == parts[1]);
            foreach (var expected in parts[2].Split(", "))
            {
                var (id, count) = (expected.Split(" = ")[0], int.Parse(expected.Split(" = ")[1], System.Globalization.CultureInfo.InvariantCulture));
                area.Events.Single(e => e.Id == id).Count.Should().Be(count, line);
            }
        }

        string[] settings =
        [
            "scoped-inherit-evaluator-refused-sky.json: AcceptedEvaluators from institution",
            "scoped-widen-evaluator-sky.json: AcceptedEvaluators from program",
            "scoped-inherit-level-refused-sky.json: AcceptedLevels from institution",
            "scoped-widen-level-sky.json: AcceptedLevels from program",
            "scoped-widen-level-inherits-minimum-tam.json: MinimumScore from institution",
            "scoped-narrow-score-at-minimum-sky.json: MinimumScore from program",
            "scoped-narrow-score-one-below-sky.json: MinimumScore from program",
            "scoped-level-mapping-sky.json: LevelMappings from program",
        ];
        foreach (var line in settings)
        {
            var (file, id) = (line.Split(": ")[0], line.Split(": ")[1]);
            var single = ScenarioRunner.RunFiles([Path.Combine(Folder, file)]);
            single.Coverage.SettingScopes.Single(s => s.Id == id).Count.Should().Be(1, line);
        }

        var residency = report.RecordResults.Where(r => r.Source!.Contains("residency-last", StringComparison.Ordinal)).ToDictionary(r => Path.GetFileName(r.Source)!, r => r.Decision);
        residency["record-scoped-residency-last-met-sky.json"].ResidencyOutstanding.Should().Be(CreditAmount.FromSemesterHours(0));
        residency["record-scoped-residency-last-short-sky.json"].ResidencyOutstanding.Should().Be(CreditAmount.FromSemesterHours(1));

        var western = ScenarioRunner.RunFiles([Path.Combine(Folder, "exam-2330-los-angeles-hugo-western.json")]);
        western.Coverage.DateBranchesNeverExercised.Should().Contain("zone.date-differs", "in the candidate's zone 23:30 stays the same day");
        western.Results[0].Decision.QualifyingDate.Should().Be(new LocalDate(2013, 5, 31));
        var leap = report.Results.Single(r => r.Scenario.Source!.EndsWith("recency-leap-day-qualifying-last-day.json", StringComparison.Ordinal)).Decision;
        leap.QualifyingDate.Should().Be(new LocalDate(2016, 2, 29));
        leap.Trace.Single(t => t.RuleId == "institution.recency").Note.Should().StartWith("recent until 2021-02-28");
        report.Results.Single(r => r.Scenario.Source!.EndsWith("hugo-lakeshore.json", StringComparison.Ordinal)).Decision.QualifyingDate.Should().Be(new LocalDate(2013, 6, 1));
    }
}
