namespace CreditRules.Tests.Domain.Institutions;

public sealed class ProgramOverrideTests
{
    [Fact]
    public void Constructor_RefuseWithLevels_ThrowsNamingOverride()
    {
        var act = () => new ProgramOverride("nursing", OverrideKind.Refuse, "no ACE credit", acceptedLevels: [CreditLevel.UpperDivision]);

        act.Should().Throw<ArgumentException>().WithParameterName("kind")
            .WithMessage("Override 'nursing' refuses credit, so it cannot also restrict levels, scores or credits. (Parameter 'kind')");
    }

    [Fact]
    public void Constructor_RefuseWithCreditLimit_Throws()
    {
        var act = () => new ProgramOverride("nursing", OverrideKind.Refuse, "no ACE credit", maxCreditsPerCourse: CreditAmount.FromSemesterHours(1));

        act.Should().Throw<ArgumentException>().WithParameterName("kind")
            .WithMessage("Override 'nursing' refuses credit, so it cannot also restrict levels, scores or credits. (Parameter 'kind')");
    }

    [Fact]
    public void Constructor_RestrictNothing_ThrowsNamingOverride()
    {
        var act = () => new ProgramOverride("tight", OverrideKind.Restrict, "nothing");

        act.Should().Throw<ArgumentException>().WithParameterName("kind")
            .WithMessage("Override 'tight' restricts nothing: give accepted levels, a minimum score or a credit limit. (Parameter 'kind')");
    }

    [Fact]
    public void Constructor_BlankDescription_ThrowsNamingDescription()
    {
        var act = () => new ProgramOverride("tight", OverrideKind.Restrict, " ", minimumScore: Score.Percent(70));

        act.Should().Throw<ArgumentException>().WithParameterName("description")
            .WithMessage("Value must not be empty or white space; got ' '. (Parameter 'description')");
    }

    public static TheoryData<LocalDate, string, bool> Applicability => new()
    {
        { new LocalDate(2012, 9, 30), "ace", false },   // the day before the override starts
        { new LocalDate(2012, 10, 1), "ace", true },    // enrolled on its first day
        { new LocalDate(2012, 10, 1), "nccrs", false }, // another evaluator
    };

    [Theory]
    [MemberData(nameof(Applicability))]
    public void AppliesFor_DateAndEvaluator(LocalDate enrolledOn, string evaluatorId, bool expected)
    {
        var programOverride = new ProgramOverride(
            "nursing", OverrideKind.Refuse, "no ACE credit for students enrolled on or after 1 Oct 2012",
            appliesTo: new DateRange(new LocalDate(2012, 10, 1), new LocalDate(9999, 12, 31)),
            evaluatorIds: ["ace"]);

        programOverride.AppliesFor(enrolledOn, evaluatorId).Should().Be(expected);
    }

    [Fact]
    public void AppliesFor_NoFilters_AlwaysApplies()
    {
        new ProgramOverride("min", OverrideKind.Restrict, "B or better", minimumScore: Score.Percent(80))
            .AppliesFor(new LocalDate(1990, 1, 1), "anyone").Should().BeTrue();
    }
}
