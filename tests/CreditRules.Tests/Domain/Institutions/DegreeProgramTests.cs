namespace CreditRules.Tests.Domain.Institutions;

public sealed class DegreeProgramTests
{
    [Fact]
    public void Constructor_NullOverride_ThrowsNamingListAndIndex()
    {
        var act = () => new DegreeProgram("prog", "Program", [null!]);

        act.Should().Throw<ArgumentException>().WithParameterName("overrides")
            .WithMessage("Element [0] must not be null. (Parameter 'overrides')");
    }

    [Fact]
    public void Constructor_DuplicateOverrideId_ThrowsNamingIndex()
    {
        var refuse = new ProgramOverride("no-ace", OverrideKind.Refuse, "no ACE credit");

        var act = () => new DegreeProgram("prog", "Program", [refuse, refuse]);

        act.Should().Throw<ArgumentException>().WithParameterName("overrides")
            .WithMessage("Duplicate id 'no-ace' at overrides[1]. (Parameter 'overrides')");
    }

    [Fact]
    public void Constructor_NoOverrides_HasEmptyList()
    {
        new DegreeProgram("prog", "Program").Overrides.Should().BeEmpty();
    }
}
