using CreditRules.Documents;
using CreditRules.Tests.Fixtures;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Engine;

/// <summary>
/// <see cref="PolicyVersionSelection"/> at an institution that selects policy versions by catalog year
/// (<see cref="PolicySelectionBasis.CatalogYear"/>): the version in effect on the first day of the enrolment's catalog year.
/// </summary>
public sealed class PolicyVersionSelectionCatalogYearTests
{
    private static readonly LocalDate AsOf = new(2014, 6, 30);

    /// <summary>"v2012" up to <paramref name="newStarts"/> minus a day, "v2013" from <paramref name="newStarts"/>.</summary>
    private static Institution Versions(LocalDate newStarts, PolicySelectionBasis basis = PolicySelectionBasis.CatalogYear, AnnualDate? yearStart = null) => new(
        InstitutionId,
        InstitutionName,
        CreditUnit.SemesterHour,
        NewYork,
        [
            new InstitutionPolicy("v2012", [EvaluatorId], [CreditLevel.LowerDivision], appliesTo: new DateRange(new LocalDate(2012, 7, 1), newStarts.PlusDays(-1))),
            new InstitutionPolicy("v2013", [EvaluatorId], [CreditLevel.LowerDivision], appliesTo: new DateRange(newStarts, new LocalDate(2020, 6, 30))),
        ],
        [new DegreeProgram(ProgramId, "Program")],
        basis,
        yearStart);

    private static LearnerRecord Enrolled(LocalDate on, string? catalogYear) =>
        new(LearnerId, programEnrollments: [new ProgramEnrollment(InstitutionId, ProgramId, on, catalogYear: catalogYear is null ? null : CatalogYear.Parse(catalogYear))]);

    public static TheoryData<int, int, LocalDate, string> Boundaries => new()
    {
        { 7, 1, new LocalDate(2013, 7, 1), "v2013" },   // catalog year 2013-2014 starts 2013-07-01, the first day of v2013: v2013
        { 7, 1, new LocalDate(2013, 7, 2), "v2012" },   // v2013 starts a day after the catalog year does: its first day is still v2012's
        { 6, 30, new LocalDate(2013, 7, 1), "v2012" },  // catalog years start 30 June: 2013-06-30, the last day of v2012 (inclusive)
        { 7, 2, new LocalDate(2013, 7, 2), "v2013" },   // both start on 2 July: v2013
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void Select_CatalogYearStartAtAVersionBoundary_VersionInEffectOnItsFirstDay(int month, int day, LocalDate newStarts, string expected)
    {
        // Enrolled in January 2014, inside v2013 whatever its start: only the catalog year's first day decides.
        var selection = PolicyVersionSelection.Select(Versions(newStarts, yearStart: new AnnualDate(month, day)), Enrolled(new LocalDate(2014, 1, 15), "2013-2014"), ProgramId, AsOf);

        selection.ByCatalogYear.Should().BeTrue();
        selection.CatalogYear.Should().Be(CatalogYear.FromStartYear(2013));
        selection.SelectionDate.Should().Be(new LocalDate(2013, month, day));
        selection.Policy!.Id.Should().Be(expected);
    }

    [Fact]
    public void Select_CatalogYearEarlierThanTheEnrolment_CatalogYearWinsOverTheEnrolmentDate()
    {
        var institution = Versions(new LocalDate(2013, 7, 1));
        var learner = Enrolled(new LocalDate(2013, 9, 1), "2012-2013");

        var selection = PolicyVersionSelection.Select(institution, learner, ProgramId, AsOf);

        selection.Policy!.Id.Should().Be("v2012");
        selection.ByEnrollment.Should().BeTrue();
        selection.ToString().Should().Be("v2012 by catalog year 2012-2013 (starting 2012-07-01)");
        institution.GetPolicyOrNull(new LocalDate(2013, 9, 1), CatalogYear.FromStartYear(2012))!.Id.Should().Be("v2012");
        institution.GetPolicyOrNull(new LocalDate(2013, 9, 1))!.Id.Should().Be("v2013");
    }

    [Fact]
    public void Select_HypotheticalEnrolmentUnderACatalogYear_ReplacesTheOneOnRecord()
    {
        var institution = Versions(new LocalDate(2013, 7, 1));
        var learner = Enrolled(new LocalDate(2014, 1, 15), "2013-2014");
        var hypothesis = Hypothesis.EnrolledInProgram(InstitutionId, ProgramId, new LocalDate(2013, 9, 1), CatalogYear.FromStartYear(2012));

        var assumed = Hypothesis.Apply(learner, [hypothesis], NewYork);

        hypothesis.ToString().Should().Be("enrolled in " + InstitutionId + "/" + ProgramId + " on 2013-09-01 under catalog year 2012-2013");
        hypothesis.CatalogYear.Should().Be(CatalogYear.FromStartYear(2012));
        assumed.ProgramEnrollments.Should().ContainSingle().Which.CatalogYear.Should().Be(CatalogYear.FromStartYear(2012));
        PolicyVersionSelection.Select(institution, learner, ProgramId, AsOf).Policy!.Id.Should().Be("v2013");
        PolicyVersionSelection.Select(institution, assumed, ProgramId, AsOf).ToString().Should().Be("v2012 by catalog year 2012-2013 (starting 2012-07-01)");
    }

    [Fact]
    public void EnrolledInProgram_DefaultCatalogYear_ThrowsNamingIt()
    {
        var act = () => Hypothesis.EnrolledInProgram(InstitutionId, ProgramId, new LocalDate(2013, 9, 1), default(CatalogYear));

        act.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Be("default(CatalogYear) is not a catalog year; make one with CatalogYear.FromStartYear or CatalogYear.Parse. (Parameter 'catalogYear')\nActual value was 0.");
    }

    [Fact]
    public void Select_HypotheticalEnrolmentEarlierThanTheOneOnRecord_ItsDateSelects()
    {
        // Without replacing, the later enrolment on record would still be the latest on or before the as-of date.
        var institution = Versions(new LocalDate(2013, 7, 1), PolicySelectionBasis.EnrollmentDate);
        var learner = Enrolled(new LocalDate(2014, 1, 15), null);

        var assumed = Hypothesis.Apply(learner, [Hypothesis.EnrolledInProgram(InstitutionId, ProgramId, new LocalDate(2013, 6, 30))], NewYork);

        Hypothesis.EnrolledInProgram(InstitutionId, ProgramId, new LocalDate(2013, 6, 30)).CatalogYear.Should().BeNull();
        PolicyVersionSelection.Select(institution, assumed, ProgramId, AsOf).ToString().Should().Be("v2012 by enrolment on 2013-06-30");
    }

    [Fact]
    public void Select_InstitutionSelectsByEnrolmentDate_CatalogYearIgnored()
    {
        var selection = PolicyVersionSelection.Select(Versions(new LocalDate(2013, 7, 1), PolicySelectionBasis.EnrollmentDate), Enrolled(new LocalDate(2013, 9, 1), "2012-2013"), ProgramId, AsOf);

        selection.ByCatalogYear.Should().BeFalse();
        selection.CatalogYear.Should().BeNull();
        selection.Policy!.Id.Should().Be("v2013");
        selection.ToString().Should().Be("v2013 by enrolment on 2013-09-01");
    }

    [Fact]
    public void Select_EnrolmentStatesNoCatalogYear_EnrolmentDateSelects()
    {
        var selection = PolicyVersionSelection.Select(Versions(new LocalDate(2013, 7, 1)), Enrolled(new LocalDate(2013, 6, 30), null), ProgramId, AsOf);

        selection.ByCatalogYear.Should().BeFalse();
        selection.Policy!.Id.Should().Be("v2012");
        selection.ToString().Should().Be("v2012 by enrolment on 2013-06-30");
    }

    [Fact]
    public void Select_SameVersionByCatalogYearOrByDate_NotEqual()
    {
        var byYear = PolicyVersionSelection.Select(Versions(new LocalDate(2013, 7, 1)), Enrolled(new LocalDate(2013, 7, 1), "2013-2014"), ProgramId, AsOf);
        var byDate = PolicyVersionSelection.Select(Versions(new LocalDate(2013, 7, 1), PolicySelectionBasis.EnrollmentDate), Enrolled(new LocalDate(2013, 7, 1), "2013-2014"), ProgramId, AsOf);

        byYear.SelectionDate.Should().Be(byDate.SelectionDate);
        byYear.Policy!.Id.Should().Be(byDate.Policy!.Id);
        (byYear == byDate).Should().BeFalse();
    }

    [Fact]
    public void Evaluate_SelectedByCatalogYear_DecisionNamesItInBranchesAndJson()
    {
        var builder = new ScenarioBuilder();
        var evaluator = new EligibilityEvaluator(builder.BuildCatalog(), new PolicySet([Versions(new LocalDate(2013, 7, 1))]));

        var decision = evaluator.Evaluate(new EvaluationRequest(WithFacts(builder, Enrolled(new LocalDate(2014, 1, 15), "2012-2013")), CourseId, InstitutionId, ProgramId, AsOf));

        decision.PolicyVersion.Should().Be("v2012");
        decision.PolicySelection.CatalogYear.Should().Be(CatalogYear.FromStartYear(2012));
        decision.DateBranches.Select(b => b.Id).Should().Contain("policy.by-catalog-year").And.NotContain("policy.by-enrolment-date");
        DecisionJson.From(decision).PolicySelection.Should().Be(new PolicySelectionJson("CatalogYear", "2012-07-01", "v2012", "2014-01-15", "2012-2013"));
    }

    [Fact]
    public void Evaluate_NoVersionForTheCatalogYear_NotEligibleNamingTheCatalogYear()
    {
        var builder = new ScenarioBuilder();
        var evaluator = new EligibilityEvaluator(builder.BuildCatalog(), new PolicySet([Versions(new LocalDate(2013, 7, 1))]));

        // Catalog year 2011-2012 starts 2011-07-01, before v2012 (from 2012-07-01): no version is in effect.
        var decision = evaluator.Evaluate(new EvaluationRequest(WithFacts(builder, Enrolled(new LocalDate(2013, 9, 1), "2011-2012")), CourseId, InstitutionId, ProgramId, AsOf));

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        decision.PolicyVersion.Should().BeNull();
        decision.Reasons.Select(r => r.Code).Should().Contain(ReasonCode.NoPolicyForCatalogYear).And.NotContain(ReasonCode.NoPolicyInEffect);
        decision.Reasons.Single(r => r.Code == ReasonCode.NoPolicyForCatalogYear).Message.Should().Be(
            "Institution inst selects its policy by catalog year and has no policy version in effect on 2011-07-01, the first day of catalog year 2011-2012; the registrar must confirm the learner's catalog year in program prog, or the institution add a policy version covering it.");
        DecisionJson.From(decision).PolicySelection.Should().Be(new PolicySelectionJson("CatalogYear", "2011-07-01", null, "2013-09-01", "2011-2012"));
    }

    [Fact]
    public void Summarize_CatalogYearSelection_OutcomeOnlyPathAgrees()
    {
        var builder = new ScenarioBuilder();
        var evaluator = new EligibilityEvaluator(builder.BuildCatalog(), new PolicySet([Versions(new LocalDate(2013, 7, 1))]));
        foreach (var year in new[] { "2011-2012", "2012-2013", "2013-2014" })
        {
            var request = new EvaluationRequest(WithFacts(builder, Enrolled(new LocalDate(2013, 9, 1), year)), CourseId, InstitutionId, ProgramId, AsOf);

            var decision = evaluator.Evaluate(request);
            var summary = evaluator.Compile(AsOf).Summarize(new CreditClaim(request.Learner, CourseId, InstitutionId, ProgramId));

            summary.Outcome.Should().Be(decision.Outcome, year);
        }
    }

    /// <summary>The scenario's learner facts (a passed exam and paid fees) with <paramref name="enrolled"/>'s program enrolments.</summary>
    private static LearnerRecord WithFacts(ScenarioBuilder builder, LearnerRecord enrolled)
    {
        builder.ProgramEnrollments = [.. enrolled.ProgramEnrollments];
        return builder.BuildLearner();
    }
}
