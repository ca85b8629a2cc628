namespace CreditRules.Tests.Engine;

public sealed class NextStepTests
{
    [Fact]
    public void Constructor_DefaultCode_ThrowsNamingCode()
    {
        var act = () => new NextStep(default, "Pay.");

        act.Should().Throw<ArgumentException>().WithParameterName("code")
            .WithMessage("The next-step code must not be default. (Parameter 'code')");
    }

    [Fact]
    public void Constructor_BlankAction_ThrowsNamingAction()
    {
        var act = () => new NextStep(NextStepCode.PayFee, "");

        act.Should().Throw<ArgumentException>().WithParameterName("action")
            .WithMessage("Value must not be empty or white space; got ''. (Parameter 'action')");
    }

    [Fact]
    public void Constructor_KeepsDatesAndCost()
    {
        var step = new NextStep(NextStepCode.RetakeProctoredExam, "Retake.", new LocalDate(2013, 8, 20), new LocalDate(2016, 1, 31), Money.Usd(90));

        step.EarliestDate.Should().Be(new LocalDate(2013, 8, 20));
        step.Deadline.Should().Be(new LocalDate(2016, 1, 31));
        step.Cost.Should().Be(Money.Usd(90));
        step.ToString().Should().Be("RetakeProctoredExam: Retake.");
    }

    [Fact]
    public void Codes_AreUniqueAndDescribed()
    {
        NextStepCode.All.Select(c => c.Value).Should().OnlyHaveUniqueItems();
        NextStepCode.All.Should().OnlyContain(c => !string.IsNullOrWhiteSpace(c.Description));
        default(NextStepCode).ToString().Should().BeEmpty();
    }

    [Fact]
    public void All_EveryBuiltInCode_ListedOnceInDeclarationOrder()
    {
        var declared = typeof(NextStepCode).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(NextStepCode))
            .OrderBy(p => p.MetadataToken)
            .Select(p => (NextStepCode)p.GetValue(null)!)
            .ToList();

        declared.Should().HaveCount(10);
        NextStepCode.All.Should().Equal(declared);
    }
}
