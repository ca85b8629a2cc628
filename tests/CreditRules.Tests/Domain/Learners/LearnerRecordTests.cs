namespace CreditRules.Tests.Domain.Learners;

public sealed class LearnerRecordTests
{
    [Fact]
    public void Constructor_NullFact_ThrowsNamingListAndIndex()
    {
        var act = () => new LearnerRecord("L1", examAttempts: [null!]);

        act.Should().Throw<ArgumentException>().WithParameterName("examAttempts")
            .WithMessage("Element [0] must not be null. (Parameter 'examAttempts')");
    }

    [Fact]
    public void Constructor_BlankId_ThrowsNamingId()
    {
        var act = () => new LearnerRecord("");

        act.Should().Throw<ArgumentException>().WithParameterName("learnerId")
            .WithMessage("Value must not be empty or white space; got ''. (Parameter 'learnerId')");
    }

    [Fact]
    public void Constructor_NoFacts_HasEmptyLists()
    {
        var learner = new LearnerRecord("L1");

        learner.ExamAttempts.Should().BeEmpty();
        learner.Fees.Should().BeEmpty();
        learner.IsVeteran.Should().BeFalse();
        learner.ToString().Should().Be("L1");
    }

    [Fact]
    public void Constructor_CopiesLists_LaterChangesDoNotLeakIn()
    {
        var fees = new List<FeeObligation> { new("calc", FeeKind.Transcript, Money.Usd(10), FeeStatus.Unpaid) };
        var learner = new LearnerRecord("L1", fees: fees);

        fees.Clear();

        learner.Fees.Should().HaveCount(1);
    }
}
