namespace CreditRules.Tests.Domain.Records;

public sealed class PriorCreditTests
{
    [Fact]
    public void Constructor_ZeroHours_ThrowsNamingFieldAndValue()
    {
        var act = () => new PriorCredit("t1", PriorCreditSource.Transfer, CreditAmount.FromSemesterHours(0), CreditLevel.LowerDivision, new LocalDate(2013, 1, 1));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("amount")
            .WithMessage("Prior credit 't1' must carry more than zero hours. (Parameter 'amount')*Actual value was 0 SH.");
    }

    [Fact]
    public void Constructor_BlankEquivalenceKey_Throws()
    {
        var act = () => new PriorCredit("t1", PriorCreditSource.Exam, CreditAmount.FromSemesterHours(3), CreditLevel.LowerDivision, new LocalDate(2013, 1, 1), equivalenceKey: " ");

        act.Should().Throw<ArgumentException>().WithParameterName("equivalenceKey")
            .WithMessage("Value must not be empty or white space; got ' '. (Parameter 'equivalenceKey')");
    }

    [Fact]
    public void LearnerRecord_PriorCreditIdsRepeat_ThrowsNamingTheId()
    {
        var credit = new PriorCredit("t1", PriorCreditSource.Exam, CreditAmount.FromSemesterHours(3), CreditLevel.LowerDivision, new LocalDate(2013, 1, 1));

        var act = () => new LearnerRecord("kim", priorCredits: [credit, credit]);

        act.Should().Throw<ArgumentException>().WithParameterName("priorCredits")
            .WithMessage("Duplicate id 't1' at priorCredits[1]. (Parameter 'priorCredits')");
    }

    [Fact]
    public void Constructor_LocalCourse_IsInResidenceWhateverTheFlagSays()
    {
        var credit = new PriorCredit("l1", PriorCreditSource.LocalCourse, CreditAmount.FromSemesterHours(3), CreditLevel.LowerDivision, new LocalDate(2013, 1, 1));

        credit.InResidence.Should().BeTrue();
        credit.IsInResidenceAt("east").Should().BeTrue();
    }

    [Fact]
    public void IsInResidenceAt_LocalCourseOfAnotherInstitution_IsFalseThere()
    {
        var credit = new PriorCredit("l1", PriorCreditSource.LocalCourse, CreditAmount.FromSemesterHours(3), CreditLevel.LowerDivision, new LocalDate(2013, 1, 1), isPosted: true, institutionId: "east");

        (credit.IsInResidenceAt("west"), credit.IsPostedAt("west")).Should().Be((false, false));
        (credit.IsInResidenceAt("east"), credit.IsPostedAt("east")).Should().Be((true, true));
    }
}
