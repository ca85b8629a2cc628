using CreditRules.Tests.Fixtures;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Engine;

/// <summary><see cref="Decision.DateBranches"/>: each rule records the date branches it takes, as it decides them.</summary>
public sealed class DecisionDateBranchesTests
{
    private static string[] Ids(Decision decision) => [.. decision.DateBranches.Select(b => b.Id)];

    [Fact]
    public void Evaluate_PassedInsideItsVersion_RecordsPolicyZoneAndVersionBranches()
    {
        var decision = new ScenarioBuilder().Evaluate();

        Ids(decision).Should().Equal("policy.by-as-of-date", "zone.evaluator", "version.within");
        // Every branch is one its rule declares in the registry (the same instance), so coverage vocabularies hold it.
        decision.DateBranches.Should().OnlyContain(b => EligibilityEvaluator.BuiltInRules.Any(r => r.DateBranches.Contains(b)));
    }

    [Theory]
    [InlineData("2013-05-20", "version.first-day")]
    [InlineData("2013-06-30", "version.last-day")]
    [InlineData("2013-05-19", "version.before-first")]
    [InlineData("2013-07-01", "version.after-last")]
    public void Evaluate_QualifyingDateAtAVersionBoundary_RecordsTheBoundary(string examDate, string branch)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(examDate).Value;
        var decision = new ScenarioBuilder
        {
            // One version, 2013-05-20 to 2013-06-30, both included; the exam at 10:00 New York is on its date there.
            Versions = [Version(1, new LocalDate(2013, 5, 20), new LocalDate(2013, 6, 30), Line(3))],
            Exams = [Passed(80, At(date.Year, date.Month, date.Day, 10, 0))],
        }.Evaluate();

        Ids(decision).Where(id => id.StartsWith("version.", StringComparison.Ordinal)).Should().Equal(branch);
    }

    [Theory]
    [InlineData(2019, 5, 20, "recency.last-day")]
    [InlineData(2019, 5, 21, "recency.first-expired-day")]
    [InlineData(2019, 5, 19, "recency.within")]
    [InlineData(2019, 6, 1, "recency.expired")]
    public void Evaluate_RecencyAnchorAroundTheLastRecentDay_RecordsWhereItFell(int year, int month, int day, string branch)
    {
        var decision = new ScenarioBuilder
        {
            Versions = [Version(1, new LocalDate(2013, 2, 1), new LocalDate(2030, 1, 31), Line(3))],
            Recency = new RecencyWindow(Period.FromYears(6), RecencyAnchor.AsOfDate),
            AsOf = new LocalDate(year, month, day),
        }.Evaluate();

        // Passed on 2013-05-20: six years later, 2019-05-20, is the last recent day; the window holds 2016-02-29.
        Ids(decision).Where(id => id.StartsWith("recency.", StringComparison.Ordinal)).Should().Equal(branch, "recency.leap-day");
    }

    [Fact]
    public void Evaluate_RetakeOnTheFirstAllowedDay_RecordsTheRetakeBranch()
    {
        var decision = new ScenarioBuilder
        {
            Retakes = new RetakePolicy(Period.FromDays(14), 3),
            Exams = [Failed(40, At(2013, 5, 6, 10, 0)), Passed(80, At(2013, 5, 20, 10, 0))],
        }.Evaluate();
        var tooSoon = new ScenarioBuilder
        {
            Retakes = new RetakePolicy(Period.FromDays(14), 3),
            Exams = [Failed(40, At(2013, 5, 7, 10, 0)), Passed(80, At(2013, 5, 20, 10, 0))],
        }.Evaluate();

        Ids(decision).Should().Contain("retake.first-allowed-day").And.NotContain("retake.too-soon");
        Ids(tooSoon).Should().Contain("retake.too-soon").And.NotContain(["retake.first-allowed-day", "retake.after-wait"]);
    }
}
