namespace CreditRules.Tests.Domain.Credits;

public sealed class SubjectAreaTests
{
    [Fact]
    public void Constructor_MixedCaseCode_IsTrimmedAndLowered()
    {
        var subject = new SubjectArea(" Mathematics ");

        subject.Code.Should().Be("mathematics");
        subject.Name.Should().Be("mathematics");
        subject.Should().Be(new SubjectArea("MATHEMATICS", "Maths"));
    }

    [Fact]
    public void Constructor_Name_IsKept()
    {
        new SubjectArea("biology", "Biology").Name.Should().Be("Biology");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankCode_ThrowsNamingCode(string given)
    {
        var act = () => new SubjectArea(given);

        act.Should().Throw<ArgumentException>().WithParameterName("code")
            .WithMessage("Value must not be empty or white space; got '" + given + "'. (Parameter 'code')");
    }

    [Fact]
    public void Equals_ByCode()
    {
        (new SubjectArea("biology") == new SubjectArea("Biology", "Life science")).Should().BeTrue();
        (new SubjectArea("biology") != new SubjectArea("chemistry")).Should().BeTrue();
        new SubjectArea("biology").GetHashCode().Should().Be(new SubjectArea("BIOLOGY").GetHashCode());
    }

    [Fact]
    public void Default_HasNoCode()
    {
        default(SubjectArea).Code.Should().BeNull();
        default(SubjectArea).ToString().Should().BeEmpty();
        default(SubjectArea).GetHashCode().Should().Be(0);
    }
}
