using CreditRules.Documents;

namespace CreditRules.Tests.Documents;

/// <summary>
/// Each linter check has a failing fixture (Lint/*-fails.json) that yields exactly one diagnostic, and a passing one that
/// yields none. Policy fixtures are linted together with the valid catalog, so catalog-aware checks run.
/// </summary>
public sealed class PolicyLinterTests
{
    // fixture, code, severity, path, line, column, message
    public static TheoryData<string, LintCode, LintSeverity, string, int, int, string> Failing => new()
    {
        { "cap-below-smallest-award-fails", LintCode.CapBelowSmallestAward, LintSeverity.Warning, "$.institutions[0].programs[1].overrides[0].maxCreditsPerCourse", 82, 38, "Override 'nursing-limit' caps credit per course at 2.5 SH, below the smallest award in the catalog (3 SH), so it cuts every award." },
        { "cap-zero-fails", LintCode.CapBelowSmallestAward, LintSeverity.Error, "$.institutions[0].programs[1].overrides[0].maxCreditsPerCourse", 82, 38, "Override 'nursing-limit' caps credit per course at 0 SH, so every award becomes zero; use kind Refuse to refuse credit." },
        { "contradictory-overrides-fails", LintCode.ContradictoryOverrides, LintSeverity.Error, "$.institutions[0].programs[1].overrides[1].kind", 86, 23, "Overrides 'nursing-limit' and 'nursing-refuse' of program 'asn-nursing' apply to some of the same enrolment dates and evaluators, but one refuses the credit and the other restricts it; give them disjoint windows or evaluators." },
        { "evaluator-never-accepted-fails", LintCode.EvaluatorNeverAccepted, LintSeverity.Warning, "$.institutions[0].programs[1].overrides[0].evaluatorIds[0]", 84, 17, "Override 'nursing-limit' targets evaluator 'nccrs', which no policy version of 'eastern-state' accepts; that part of the override never matters." },
        { "evaluator-not-in-catalog-fails", LintCode.EvaluatorNeverAccepted, LintSeverity.Warning, "$.institutions[0].policies[0].acceptedEvaluators[1]", 19, 13, "Policy version 'eastern-2012' accepts evaluator 'nccrs', which the catalog does not define; no recommendation can use it." },
        { "level-never-accepted-fails", LintCode.LevelNeverAccepted, LintSeverity.Warning, "$.institutions[0].programs[1].overrides[0].acceptedLevels[1]", 85, 17, "Override 'nursing-limit' accepts Graduate, which no policy version of 'eastern-state' accepts; an override only narrows, so nothing is accepted at that level." },
        { "minimum-score-above-scale-fails", LintCode.MinimumScoreAboveScaleMaximum, LintSeverity.Error, "$.institutions[0].policies[1].minimumScore.value", 39, 22, "ScoreOutOfScale: The score 101 lies outside the percent[0..100] scale." },
        { "override-never-applies-fails", LintCode.OverrideNeverApplies, LintSeverity.Error, "$.institutions[0].programs[1].overrides[0].appliesTo", 78, 28, "Override 'nursing-limit' applies to enrolments 1990-01-01..1999-12-31, but no policy version of 'eastern-state' covers any of those dates (eastern-2012: 2000-01-01..2012-09-30, eastern-2013: 2012-10-01..2099-12-31), so it can never apply." },
        { "restrictions-differ-fails", LintCode.ContradictoryOverrides, LintSeverity.Warning, "$.institutions[0].programs[1].overrides[1]", 84, 13, "Overrides 'nursing-limit' and 'nursing-limit-2013' of program 'asn-nursing' apply to some of the same enrolment dates and evaluators and restrict the same thing differently; the engine applies both, so the tighter one wins." },
        { "version-gap-fails", LintCode.RecommendationVersionGap, LintSeverity.Warning, "$.recommendations[0].versions[1].validity.start", 86, 22, "Exhibit 'ACE-0001' has no version from 2016-02-01 to 2016-02-29: version 1 ends on 2016-01-31 and version 2 starts on 2016-03-01; exams passed in the gap earn no credit." },
        { "area-cap-larger-fails", LintCode.AreaCapLargerThanArea, LintSeverity.Warning, "$.institutions[0].policies[0].recordPolicy.programs[0].areaLimits[0].hours", 43, 30, "Area 'gen-ed' of program 'aa-general' is 36 SH, yet its setting (Program scope) caps credit by evaluation there at 37 SH; the cap changes nothing." },
        { "area-exclusion-fails", LintCode.AreaExclusionEmptiesArea, LintSeverity.Warning, "$.institutions[0].policies[0].recordPolicy.programs[0].areaLimits[0].excludedSources", 50, 40, "Area 'core' of program 'aa-general' excludes credit by evaluation (PriorLearning) and redirects none of it: every course it names is refused (AreaSourceExcluded). Add redirectTo to count it elsewhere, if that is the policy." },
        { "area-redirect-into-exclusion-fails", LintCode.AreaExclusionEmptiesArea, LintSeverity.Error, "$.institutions[0].policies[0].recordPolicy.areaLimits[0].excludedSources", 59, 36, "Area 'electives' of program 'aa-general' excludes credit by evaluation (PriorLearning), yet other areas redirect their excluded or overflowing credit to it; none of that credit can land." },
        { "area-never-reached-fails", LintCode.AreaNeverReached, LintSeverity.Warning, "$.institutions[0].policies[0].recordPolicy.programs[0].areas[1]", 39, 19, "No course of the catalog can land in area 'arts' of program 'aa-general': none of its courses (ART1000) or subjects (underwater-basket-weaving) is a catalog course, an equivalence key of one, or a recommendation subject, and no area redirects to it." },
        { "program-cap-unchanged-fails", LintCode.ProgramSettingChangesNothing, LintSeverity.Warning, "$.institutions[0].policies[0].recordPolicy.programs[0].caps[0]", 55, 19, "Program 'aa-general' states cap 'external-45' equal to the institution's (45 SH of all external credit); the setting changes nothing, so leave it out to inherit." },
        { "program-cap-contradicts-fails", LintCode.SettingContradictedAcrossScopes, LintSeverity.Error, "$.institutions[0].policies[0].recordPolicy.programs[0].caps[0]", 55, 19, "Program 'aa-general' states cap 'external-45' as 15 SH of Exam credit, but the institution's record policy 'eastern-record' has cap 'external-45' as 45 SH of all external credit; a program cap replaces the institution's of the same id, so the institution's limit would not apply to this program. Give the program's cap its own id to add it, or keep the scope to change the limit." },
        { "program-setting-unchanged-fails", LintCode.ProgramSettingChangesNothing, LintSeverity.Warning, "$.institutions[0].policies[0].recordPolicy.programs[0].overflowToElectives", 54, 40, "Program 'aa-general' states overflowToElectives equal to record policy 'eastern-record'; the setting changes nothing, so leave it out to inherit." },
        { "version-overlap-fails", LintCode.DocumentError, LintSeverity.Error, "$.recommendations[0].versions[1].validity.start", 86, 22, "OverlappingVersions: Version 2 starts on 2016-01-31, inside version 1 (2013-02-01..2016-01-31); versions of one exhibit must not overlap." },
    };

    public static TheoryData<string> Passing => new()
    {
        "version-gap-passes",               // v2 starts the day after v1 ends
        "version-overlap-passes",           // likewise: no shared day
        "override-never-applies-passes",    // the window's last day, 2000-01-01, is the first day of eastern-2012
        "cap-below-smallest-award-passes",  // a cap of 3 SH equals the smallest award
        "minimum-score-above-scale-passes", // 100 is the percent scale's maximum, still reachable
        "level-never-accepted-passes",
        "evaluator-never-accepted-passes",
        "contradictory-overrides-passes",   // the refusal ends 2012-09-30, the day before the limit starts
        "program-cap-passes",               // a program cap narrowing the institution's, one added with a new id, a setting that differs
        "area-passes",                      // caps equal to their areas' sizes, an exclusion that redirects, an area reached only by redirect
    };

    [Theory]
    [MemberData(nameof(Failing))]
    public void Lint_FailingFixture_ReportsTheOneDiagnostic(string fixture, LintCode code, LintSeverity severity, string path, int line, int column, string message)
    {
        var diagnostic = Lint(fixture).Should().ContainSingle().Subject;

        diagnostic.Code.Should().Be(code);
        diagnostic.Severity.Should().Be(severity);
        diagnostic.Path.Should().Be(path);
        diagnostic.Message.Should().Be(message);
        (diagnostic.Line, diagnostic.Column).Should().Be((line, column));
        diagnostic.Source.Should().Be(fixture + ".json");
    }

    [Theory]
    [MemberData(nameof(Passing))]
    public void Lint_PassingFixture_ReportsNothing(string fixture)
    {
        Lint(fixture).Should().BeEmpty();
    }

    [Fact]
    public void LintFiles_Samples_HaveNoErrorAndOnlyTheDeliberateGap()
    {
        var diagnostics = PolicyLinter.LintFiles(new[] { "catalog.json", "policies.json", "learners.json" }.Select(f => Path.Combine(DocumentFiles.SamplesDirectory, f)));

        diagnostics.Should().NotContain(d => d.Severity == LintSeverity.Error);
        diagnostics.Select(d => (d.Code, d.Path)).Should().Equal((LintCode.RecommendationVersionGap, "$.recommendations[6].versions[1].validity.start"));
    }

    [Fact]
    public void Lint_DocumentOfUnknownKind_IsAnError()
    {
        var diagnostic = PolicyLinter.Lint([new KeyValuePair<string, string>("odd.json", "{\"schemaVersion\": 1}")]).Should().ContainSingle().Subject;

        diagnostic.ToString().Should().Be("odd.json: error DocumentError at $: Cannot tell what kind of document this is: give a $schema naming catalog, policies or learners, or a top-level 'recommendations', 'institutions' or 'learners' property.");
    }

    [Fact]
    public void Lint_LearnersWithUnknownSession_ReportsTheLoadErrorAgainstTheCatalog()
    {
        var learners = File.ReadAllText(DocumentFiles.Fixture("valid-learners")).Replace("\"uci-precalculus-2013s\"", "\"uci-precalculus-2099s\"", StringComparison.Ordinal);

        var diagnostics = PolicyLinter.Lint(
        [
            new KeyValuePair<string, string>("catalog.json", File.ReadAllText(DocumentFiles.Fixture("valid-catalog"))),
            new KeyValuePair<string, string>("learners.json", learners),
        ]);

        diagnostics.Select(d => (d.Code, d.Source, d.Path)).Should().Equal(
            (LintCode.DocumentError, "learners.json", "$.learners[0].courseEnrollments[0].sessionId"),
            (LintCode.DocumentError, "learners.json", "$.learners[0].completions[0].sessionId"));
    }

    private static IReadOnlyList<LintDiagnostic> Lint(string fixture)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Documents", "Lint", fixture + ".json");
        var documents = new List<KeyValuePair<string, string>>();
        if (!fixture.StartsWith("version", StringComparison.Ordinal))
        {
            documents.Add(new("valid-catalog.json", File.ReadAllText(DocumentFiles.Fixture("valid-catalog"))));
        }

        documents.Add(new(fixture + ".json", File.ReadAllText(path)));
        return PolicyLinter.Lint(documents);
    }
}
