namespace CreditRules.Tests.Domain.Records;

public sealed class RecordPolicyTests
{
    [Fact]
    public void Constructor_RequirementPriorityWithoutList_Throws()
    {
        var act = () => new RecordPolicy("record", allocationOrder: AllocationOrder.RequirementPriority);

        act.Should().Throw<ArgumentException>().WithParameterName("requirementPriority")
            .WithMessage("Record policy 'record' allocates by requirement priority but lists no requirement. (Parameter 'requirementPriority')");
    }

    [Fact]
    public void Constructor_CourseMappedTwice_Throws()
    {
        var act = () => new RecordPolicy("record", equivalences: [new("calc", "MAC2311"), new("calc", "MAC2312")]);

        act.Should().Throw<ArgumentException>().WithParameterName("equivalences")
            .WithMessage("Record policy 'record' maps course 'calc' twice. (Parameter 'equivalences')");
    }

    [Fact]
    public void PrecedenceChain_OneKey_Throws()
    {
        var act = () => new PrecedenceChain("math", ["MAC2311"]);

        act.Should().Throw<ArgumentException>().WithParameterName("keysFromLowest")
            .WithMessage("Precedence chain 'math' needs at least two keys; got 1. (Parameter 'keysFromLowest')");
    }
}
