namespace CreditRules.Tests.Engine;

public sealed class RuleTraceEntryTests
{
    [Fact]
    public void ToString_WithAndWithoutNote()
    {
        new RuleTraceEntry("learner.fees", RuleOutcome.Passed, "2 fee(s) for the course").ToString().Should().Be("learner.fees: Passed (2 fee(s) for the course)");
        new RuleTraceEntry("learner.fees", RuleOutcome.Skipped, null!).ToString().Should().Be("learner.fees: Skipped");
    }

    [Fact]
    public void Constructor_BlankRule_ThrowsNamingRule()
    {
        var act = () => new RuleTraceEntry(" ", RuleOutcome.Passed, "note");

        act.Should().Throw<ArgumentException>().WithParameterName("ruleId")
            .WithMessage("Value must not be empty or white space; got ' '. (Parameter 'ruleId')");
    }

    [Fact]
    public void Deferred_NoteWrittenOnFirstReadOnly_ThenKept()
    {
        var writes = 0;
        var entry = RuleTraceEntry.Deferred("learner.fees", RuleOutcome.Passed, DeferredValue<string>.Of(2, n =>
        {
            writes++;
            return n + " fee(s) for the course";
        }));

        writes.Should().Be(0);
        entry.ToString().Should().Be("learner.fees: Passed (2 fee(s) for the course)");
        entry.Note.Should().BeSameAs(entry.Note);
        writes.Should().Be(1);
    }
}
