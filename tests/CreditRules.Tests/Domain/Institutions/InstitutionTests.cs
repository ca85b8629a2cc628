using CreditRules.Tests.Fixtures;

namespace CreditRules.Tests.Domain.Institutions;

public sealed class InstitutionTests
{
    private static readonly DegreeProgram Program = new("prog", "Program");

    private static InstitutionPolicy Policy(string id, DateRange? appliesTo) =>
        new(id, ["ace"], [CreditLevel.LowerDivision], appliesTo);

    [Fact]
    public void Constructor_OverlappingPolicyVersions_ThrowsNamingBothPolicies()
    {
        var first = Policy("inst-2012", new DateRange(new LocalDate(2012, 1, 1), new LocalDate(2013, 12, 31)));
        var second = Policy("inst-2014", new DateRange(new LocalDate(2013, 12, 31), new LocalDate(2015, 12, 31)));

        var act = () => new Institution("inst", "Test College", CreditUnit.SemesterHour, ScenarioBuilder.NewYork, [first, second], [Program]);

        act.Should().Throw<InvalidPolicyException>()
            .WithMessage("Institution 'inst', policies[1].AppliesTo: policy 'inst-2014' applies on the same dates as policy 'inst-2012' (2012-01-01..2013-12-31); give each version its own dates. Got '2013-12-31..2015-12-31'. (Parameter 'Institution 'inst', policies[1].AppliesTo')");
    }

    [Fact]
    public void Constructor_UndatedPolicyBesideAnother_ThrowsSayingAlways()
    {
        var undated = Policy("inst-any", null);
        var dated = Policy("inst-2014", new DateRange(new LocalDate(2014, 1, 1), new LocalDate(2015, 12, 31)));

        var act = () => new Institution("inst", "Test College", CreditUnit.SemesterHour, ScenarioBuilder.NewYork, [undated, dated], [Program]);

        act.Should().Throw<InvalidPolicyException>()
            .WithMessage("Institution 'inst', policies[1].AppliesTo: policy 'inst-2014' applies on the same dates as policy 'inst-any' (always); give each version its own dates. Got '2014-01-01..2015-12-31'. (Parameter 'Institution 'inst', policies[1].AppliesTo')");
    }

    [Fact]
    public void Constructor_NoPolicy_ThrowsNamingInstitution()
    {
        var act = () => new Institution("inst", "Test College", CreditUnit.SemesterHour, ScenarioBuilder.NewYork, [], [Program]);

        act.Should().Throw<ArgumentException>().WithParameterName("policies")
            .WithMessage("Institution 'inst' needs at least one policy version. (Parameter 'policies')");
    }

    [Fact]
    public void Constructor_NoProgram_ThrowsNamingInstitution()
    {
        var act = () => new Institution("inst", "Test College", CreditUnit.SemesterHour, ScenarioBuilder.NewYork, [Policy("p", null)], []);

        act.Should().Throw<ArgumentException>().WithParameterName("programs")
            .WithMessage("Institution 'inst' needs at least one degree program. (Parameter 'programs')");
    }

    [Fact]
    public void Constructor_DuplicateProgramId_ThrowsNamingIndex()
    {
        var act = () => new Institution("inst", "Test College", CreditUnit.SemesterHour, ScenarioBuilder.NewYork, [Policy("p", null)], [Program, new DegreeProgram("prog", "Again")]);

        act.Should().Throw<ArgumentException>().WithParameterName("programs")
            .WithMessage("Duplicate id 'prog' at programs[1]. (Parameter 'programs')");
    }

    [Fact]
    public void Constructor_UndefinedUnit_ThrowsNamingUnit()
    {
        var act = () => new Institution("inst", "Test College", (CreditUnit)3, ScenarioBuilder.NewYork, [Policy("p", null)], [Program]);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("creditUnit")
            .WithMessage("Value is not a defined CreditUnit. (Parameter 'creditUnit')*Actual value was 3.");
    }

    public static TheoryData<LocalDate, string?> PolicySelection => new()
    {
        { new LocalDate(2011, 12, 31), null },          // before every version
        { new LocalDate(2012, 1, 1), "inst-2012" },     // first day of the first version
        { new LocalDate(2013, 12, 31), "inst-2012" },   // last day of the first version
        { new LocalDate(2014, 1, 1), "inst-2014" },     // first day of the second version
    };

    [Theory]
    [MemberData(nameof(PolicySelection))]
    public void GetPolicyOrNull_ByDate_SelectsVersion(LocalDate date, string? expected)
    {
        var institution = new Institution(
            "inst", "Test College", CreditUnit.SemesterHour, ScenarioBuilder.NewYork,
            [
                Policy("inst-2012", new DateRange(new LocalDate(2012, 1, 1), new LocalDate(2013, 12, 31))),
                Policy("inst-2014", new DateRange(new LocalDate(2014, 1, 1), new LocalDate(2016, 12, 31))),
            ],
            [Program]);

        institution.GetPolicyOrNull(date)?.Id.Should().Be(expected);
        (institution.GetPolicyOrNull(date) is null).Should().Be(expected is null);
    }

    [Fact]
    public void GetProgramOrNull_UnknownId_ReturnsNull()
    {
        var institution = new Institution("inst", "Test College", CreditUnit.SemesterHour, ScenarioBuilder.NewYork, [Policy("p", null)], [Program]);

        institution.GetProgramOrNull("prog").Should().BeSameAs(Program);
        institution.GetProgramOrNull("other").Should().BeNull();
        institution.ToString().Should().Be("inst");
    }

    [Fact]
    public void WithState_UspsCode_SetsItAndKeepsEverythingElse()
    {
        var institution = new Institution("inst", "Test College", CreditUnit.QuarterHour, ScenarioBuilder.NewYork, [Policy("inst-any", null)], [Program]);

        var located = institution.WithState("NY");

        (located.State, located.Id, located.Name, located.CreditUnit, located.TimeZone).Should().Be(("NY", "inst", "Test College", CreditUnit.QuarterHour, ScenarioBuilder.NewYork));
        located.Policies.Should().Equal(institution.Policies);
        located.Programs.Should().Equal(institution.Programs);
        institution.State.Should().BeNull("the original is unchanged and states none by default");
        located.WithState(null).State.Should().BeNull();
        institution.WithState("DC").State.Should().Be("DC", "the District of Columbia counts");
        institution.WithState("PR").State.Should().Be("PR", "territories count");
    }

    [Theory]
    [InlineData("ny")]
    [InlineData("XX")]
    [InlineData("NYC")]
    [InlineData("")]
    public void WithState_NotAUspsCode_ThrowsNamingInstitutionAndValue(string state)
    {
        var institution = new Institution("inst", "Test College", CreditUnit.SemesterHour, ScenarioBuilder.NewYork, [Policy("inst-any", null)], [Program]);

        var act = () => institution.WithState(state);

        act.Should().Throw<ArgumentException>().WithParameterName(nameof(state))
            .WithMessage("Institution 'inst' state '" + state + "' is not a two-letter USPS code of a US state, district or territory (such as NY, CA, DC or PR). (Parameter 'state')");
    }

    [Fact]
    public void Constructor_PolicySelectionDefaults_EnrolmentDateAndFirstOfJuly()
    {
        var institution = new Institution("inst", "Test College", CreditUnit.SemesterHour, ScenarioBuilder.NewYork, [Policy("v", null)], [Program]);

        (institution.PolicySelection, institution.CatalogYearStart).Should().Be((PolicySelectionBasis.EnrollmentDate, new AnnualDate(7, 1)));
    }

    [Fact]
    public void Constructor_CatalogYearStartOn29February_Throws()
    {
        var act = () => new Institution("inst", "Test College", CreditUnit.SemesterHour, ScenarioBuilder.NewYork, [Policy("v", null)], [Program], PolicySelectionBasis.CatalogYear, new AnnualDate(2, 29));

        act.Should().Throw<ArgumentException>().WithParameterName("catalogYearStart")
            .WithMessage("Institution 'inst': a catalog year cannot start on 29 February; it does not occur every year. (Parameter 'catalogYearStart')");
    }

    [Fact]
    public void Constructor_UndefinedPolicySelection_Throws()
    {
        var act = () => new Institution("inst", "Test College", CreditUnit.SemesterHour, ScenarioBuilder.NewYork, [Policy("v", null)], [Program], (PolicySelectionBasis)7);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("policySelection");
    }
}
