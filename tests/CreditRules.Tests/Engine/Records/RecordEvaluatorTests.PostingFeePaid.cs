using static CreditRules.Tests.Engine.Records.RecordFixture;

namespace CreditRules.Tests.Engine.Records;

public sealed partial class RecordEvaluatorTests
{
    /// <summary>kim: 4 SH local credit (5 SH required), so Genetics (3 SH) is held and its posting fee (USD 380) falls due when it posts.</summary>
    private static LearnerRecord HeldLearner(params PostingFeePayment[] payments)
    {
        var learner = Learner("kim", [Local("l1", 4)], false, ("genetics", May20, 80));
        return new LearnerRecord(learner.LearnerId, learner.IsVeteran, learner.ProgramEnrollments, learner.CourseEnrollments, learner.Completions, learner.IdentityVerifications, learner.ExamAttempts, learner.Fees, learner.Evidence, learner.PriorCredits, postingFeePayments: payments);
    }

    [Fact]
    public void Evaluate_PostingFeePaidOnTheAsOfDate_SettlesTheFeeAndDropsThePayStep()
    {
        var decision = Evaluate(PostingRules(5), HeldLearner(new PostingFeePayment("inst", AsOf)), "genetics");

        decision.PostingFeeDue.Should().Be(Money.Usd(0));
        decision.Reasons.Select(r => r.Code).Should().NotContain(ReasonCode.PostingFeeDue);
        decision.Reasons.Should().ContainSingle(r => r.Code == ReasonCode.PostingFeePaid).Which.Message.Should().Be("Posting fee of USD 380.00 paid on 2014-06-30.");
        var award = decision.GetAwardOrNull("genetics")!;
        award.Outcome.Should().Be(DecisionOutcome.Incomplete);   // still held until local credit is earned
        award.NextSteps.Select(s => s.Code).Should().Equal(NextStepCode.EarnLocalCredits);
    }

    [Fact]
    public void Evaluate_PostingFeePaidTheDayAfterTheAsOfDate_DoesNotCount()
    {
        var decision = Evaluate(PostingRules(5), HeldLearner(new PostingFeePayment("inst", AsOf.PlusDays(1))), "genetics");

        decision.PostingFeeDue.Should().Be(Money.Usd(380));
        decision.Reasons.Select(r => r.Code).Should().Equal(ReasonCode.PostingFeeDue);
        decision.GetAwardOrNull("genetics")!.NextSteps.Select(s => s.Code).Should().Equal(NextStepCode.EarnLocalCredits, NextStepCode.PayFee);
    }

    [Fact]
    public void Evaluate_PostingFeePaidAtAnotherInstitution_DoesNotCount()
    {
        var decision = Evaluate(PostingRules(5), HeldLearner(new PostingFeePayment("elsewhere", AsOf.PlusDays(-30))), "genetics");

        decision.PostingFeeDue.Should().Be(Money.Usd(380));
        decision.Reasons.Select(r => r.Code).Should().Equal(ReasonCode.PostingFeeDue);
    }

    public static TheoryData<int, bool> PaymentRecordedBoundaries => new()
    {
        { 0, true },    // recorded at 23:30 New York on the as-known-on date: known
        { 1, false },   // recorded the next day: not known yet
    };

    [Theory]
    [MemberData(nameof(PaymentRecordedBoundaries))]
    public void Evaluate_AsKnownOn_CountsAPaymentOnlyOnceRecorded(int daysAfterKnownOn, bool counts)
    {
        var knownOn = new LocalDate(2014, 6, 1);
        var recordedAt = knownOn.PlusDays(daysAfterKnownOn).At(new LocalTime(23, 30)).InZoneStrictly(NewYork).ToInstant();
        var learner = HeldLearner(new PostingFeePayment("inst", new LocalDate(2014, 5, 1), recordedAt));

        var decision = Evaluator(Institution(PostingRules(5))).Evaluate(new RecordEvaluationRequest(learner, ["genetics"], "inst", "prog", AsOf).WithAsKnownOn(knownOn));

        decision.PostingFeeDue.Should().Be(counts ? Money.Usd(0) : Money.Usd(380));
        decision.Reasons.Select(r => r.Code).Should().Equal(counts ? ReasonCode.PostingFeePaid : ReasonCode.PostingFeeDue);
    }

    [Fact]
    public void Summarize_PostingFeePaid_AgreesWithTheExplainedRecord()
    {
        var evaluator = Evaluator(Institution(PostingRules(5)));
        var request = new RecordEvaluationRequest(HeldLearner(new PostingFeePayment("inst", AsOf)), ["genetics"], "inst", "prog", AsOf);
        var summaries = new DecisionSummary[1];

        var summary = evaluator.Summarize(request, summaries);

        summary.Should().Be(RecordSummary.FromDecision(evaluator.Evaluate(request)));
        summary.PostingFeeDue.Should().Be(Money.Usd(0));
    }
}
