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

    [Fact]
    public void WithKind_AndWithSettings_KeepEachOther()
    {
        var settings = new ProgramSettings(minimumScore: Score.Percent(80));
        var program = new DegreeProgram("prog", "Program", totalCredits: CreditAmount.FromSemesterHours(60));

        var both = program.WithKind(DegreeProgramKind.Associate).WithSettings(settings);
        var reversed = program.WithSettings(settings).WithKind(DegreeProgramKind.Associate);

        (both.Kind, both.Settings, both.TotalCredits).Should().Be((DegreeProgramKind.Associate, settings, CreditAmount.FromSemesterHours(60)));
        (reversed.Kind, reversed.Settings).Should().Be((DegreeProgramKind.Associate, settings));
        program.Kind.Should().BeNull("a program states no kind by default, and the original is unchanged");
        both.WithKind(null).Kind.Should().BeNull();
    }

    [Fact]
    public void WithKind_UndefinedValue_ThrowsNamingKind()
    {
        var act = () => new DegreeProgram("prog", "Program").WithKind((DegreeProgramKind)99);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
    }
}
