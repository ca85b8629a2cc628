using CreditRules.Tests.Fixtures;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Engine;

public sealed class PolicyVersionSelectionTests
{
    private static readonly LocalDate AsOf = new(2014, 6, 30);

    private static Institution TwoVersions() => new(
        InstitutionId,
        InstitutionName,
        CreditUnit.SemesterHour,
        DateTimeZoneProviders.Tzdb["America/New_York"],
        [
            new InstitutionPolicy("old", ["ace"], [CreditLevel.LowerDivision], appliesTo: new DateRange(new LocalDate(2010, 1, 1), new LocalDate(2013, 12, 31))),
            new InstitutionPolicy("new", ["ace"], [CreditLevel.LowerDivision], appliesTo: new DateRange(new LocalDate(2014, 1, 1), new LocalDate(2020, 12, 31))),
        ],
        [new DegreeProgram(ProgramId, "Program")]);

    private static LearnerRecord Enrolled(params LocalDate[] dates) =>
        new("l1", programEnrollments: dates.Select(d => new ProgramEnrollment(InstitutionId, ProgramId, d)));

    [Fact]
    public void Select_NoEnrolment_AsOfDateSelects()
    {
        var selection = PolicyVersionSelection.Select(TwoVersions(), Enrolled(), ProgramId, AsOf);

        selection.ByEnrollment.Should().BeFalse();
        selection.SelectionDate.Should().Be(AsOf);
        selection.Policy!.Id.Should().Be("new");
        selection.ToString().Should().Be("new by as-of date 2014-06-30");
    }

    [Fact]
    public void Select_EnrolledOnTheLastDayOfTheOldVersion_OldVersionInclusive()
    {
        var selection = PolicyVersionSelection.Select(TwoVersions(), Enrolled(new LocalDate(2013, 12, 31)), ProgramId, AsOf);

        selection.ByEnrollment.Should().BeTrue();
        selection.Policy!.Id.Should().Be("old");
        selection.ToString().Should().Be("old by enrolment on 2013-12-31");
    }

    [Fact]
    public void Select_EnrolmentOnTheAsOfDate_Counts_DayAfter_Ignored()
    {
        PolicyVersionSelection.Select(TwoVersions(), Enrolled(AsOf), ProgramId, AsOf).SelectionDate.Should().Be(AsOf);
        var later = PolicyVersionSelection.Select(TwoVersions(), Enrolled(new LocalDate(2013, 5, 1), AsOf.PlusDays(1)), ProgramId, AsOf);

        later.SelectionDate.Should().Be(new LocalDate(2013, 5, 1));
        later.Policy!.Id.Should().Be("old");
    }

    [Fact]
    public void Select_SeveralEnrolments_LatestOnOrBeforeAsOfSelects()
    {
        var selection = PolicyVersionSelection.Select(TwoVersions(), Enrolled(new LocalDate(2014, 2, 1), new LocalDate(2013, 5, 1)), ProgramId, AsOf);

        selection.SelectionDate.Should().Be(new LocalDate(2014, 2, 1));
        selection.Policy!.Id.Should().Be("new");
    }

    [Fact]
    public void Select_NoVersionCoversTheDate_NoPolicy()
    {
        var selection = PolicyVersionSelection.Select(TwoVersions(), Enrolled(new LocalDate(2009, 12, 31)), ProgramId, AsOf);

        selection.Policy.Should().BeNull();
        selection.ToString().Should().Be("no policy by enrolment on 2009-12-31");
    }

    [Fact]
    public void ForEveryProgram_NoEnrolmentAtTheInstitutionOnOrBeforeAsOf_IsWhatSelectGivesEveryProgram()
    {
        // An enrolment the day after the as-of date, and one at another institution, select nothing: every program shares one selection.
        var learner = new LearnerRecord("l1", programEnrollments: [new ProgramEnrollment(InstitutionId, ProgramId, AsOf.PlusDays(1)), new ProgramEnrollment("elsewhere", ProgramId, new LocalDate(2013, 5, 1))]);
        var institution = TwoVersions();

        var shared = PolicyVersionSelection.ForEveryProgram(institution, learner, AsOf);

        shared.Should().NotBeNull();
        shared!.Value.Should().Be(PolicyVersionSelection.Select(institution, learner, ProgramId, AsOf));
        shared.Value.Should().Be(PolicyVersionSelection.Select(institution, learner, "another-program", AsOf));
        shared.Value.ToString().Should().Be("new by as-of date 2014-06-30");
    }

    [Fact]
    public void ForEveryProgram_EnrolmentAtTheInstitutionOnTheAsOfDate_IsNull()
    {
        // That enrolment selects for its own program only (Select_EnrolmentOnTheAsOfDate_Counts_DayAfter_Ignored): no shared selection.
        PolicyVersionSelection.ForEveryProgram(TwoVersions(), Enrolled(AsOf), AsOf).Should().BeNull();
        PolicyVersionSelection.ForEveryProgram(TwoVersions(), Enrolled(new LocalDate(2013, 5, 1)), AsOf).Should().BeNull();
    }

    [Fact]
    public void Evaluate_DecisionCarriesTheSelection()
    {
        var builder = new ScenarioBuilder { ProgramEnrollments = [new ProgramEnrollment(InstitutionId, ProgramId, new LocalDate(2014, 3, 1))] };

        var decision = builder.Evaluate();

        decision.PolicySelection.ByEnrollment.Should().BeTrue();
        decision.PolicySelection.SelectionDate.Should().Be(new LocalDate(2014, 3, 1));
        decision.PolicySelection.Policy!.Id.Should().Be(decision.PolicyVersion);
    }
}
