using static CreditRules.Tests.Engine.Records.RecordFixture;

namespace CreditRules.Tests.Engine.Records;

public sealed partial class RecordEvaluatorTests
{
    private static readonly PostingFee CentralFee = new(Money.Usd(125), Money.Usd(85), waivedForVeterans: true);

    private static RecordPolicy PostingRules(decimal? localHours = null) => new(
        "record",
        localCreditsBeforePosting: localHours is { } h ? CreditAmount.FromSemesterHours(h) : null,
        postingFee: CentralFee);

    public static TheoryData<decimal, DecisionOutcome> LocalCreditBoundaries => new()
    {
        { 4m, DecisionOutcome.Incomplete },   // one hour short of the 5 SH required
        { 5m, DecisionOutcome.Eligible },     // exactly 5 SH earned at the institution
    };

    [Theory]
    [MemberData(nameof(LocalCreditBoundaries))]
    public void Evaluate_LocalCreditsBeforePosting_HoldsCreditUntilEarned(decimal localHours, DecisionOutcome outcome)
    {
        var learner = Learner("kim", [Local("l1", localHours)], false, ("genetics", May20, 80));

        var award = Evaluate(PostingRules(5), learner, "genetics").GetAwardOrNull("genetics")!;

        award.Outcome.Should().Be(outcome);
        award.CreditsAllocated.Should().Be(CreditAmount.FromSemesterHours(3));
        if (outcome == DecisionOutcome.Incomplete)
        {
            award.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(0));
            award.Single(ReasonCode.LocalCreditsRequired).Message.Should().Be("Credit is posted only after 5 SH earned at the institution; 4 SH earned, 1 SH to go.");
            award.NextSteps.Select(s => s.Action).Should().Equal(
                "Earn 1 SH more at Illustrative College; credit by evaluation is posted only after 5 SH there.",
                "Pay the USD 380.00 posting fee (USD 125.00 once + USD 85.00 per credit for 3 SH) when the held credit posts.");
            award.SmallestChanges.Should().ContainSingle().Which.Message.Should().Be("Earn 1 SH more at the institution: credit is posted only after 5 SH there (4 SH earned).");
        }
        else
        {
            award.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
        }
    }

    [Fact]
    public void Evaluate_PostingFee_IsOneTimePlusPerCredit()
    {
        var learner = Learner("kim", ("genetics", May20, 80), ("calc", new LocalDate(2013, 5, 21), 80));

        var decision = Evaluate(PostingRules(), learner, "genetics", "calc");

        decision.PostingFeeDue.Should().Be(Money.Usd(125 + (85 * 7)));
        decision.Reasons.Should().ContainSingle(r => r.Code == ReasonCode.PostingFeeDue).Which.Message
            .Should().Be("Posting fee due: USD 720.00 (USD 125.00 once + USD 85.00 per credit for 7 SH).");
    }

    [Fact]
    public void Evaluate_PostingFeeOnHeldCredit_IsPricedOnTheCreditThatWillPostAndShownDue()
    {
        var learner = Learner("kim", [Local("l1", 4)], false, ("genetics", May20, 80));

        var decision = Evaluate(PostingRules(5), learner, "genetics");

        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(0));
        decision.PostingFeeDue.Should().Be(Money.Usd(125 + (85 * 3)));
        decision.Reasons.Should().ContainSingle(r => r.Code == ReasonCode.PostingFeeDue).Which.Message
            .Should().Be("Posting fee due: USD 380.00 (USD 125.00 once + USD 85.00 per credit for 3 SH).");
        var step = decision.GetAwardOrNull("genetics")!.NextSteps.Should().ContainSingle(s => s.Code == NextStepCode.PayFee).Subject;
        step.Cost.Should().Be(Money.Usd(380));
    }

    [Fact]
    public void Evaluate_PostingFeeForVeteran_IsWaived()
    {
        var learner = Learner("vic", null, true, ("genetics", May20, 80));

        var decision = Evaluate(PostingRules(), learner, "genetics");

        decision.PostingFeeDue.Should().Be(Money.Usd(0));
        decision.Reasons.Should().ContainSingle(r => r.Code == ReasonCode.PostingFeeWaived).Which.Message.Should().Be("Posting fee of USD 380.00 waived: veteran.");
    }

    [Fact]
    public void Evaluate_NothingGranted_NoPostingFee()
    {
        var learner = Learner("kim", ("genetics", May20, 40));

        var decision = Evaluate(PostingRules(), learner, "genetics");

        decision.PostingFeeDue.Should().Be(Money.Usd(0));
        decision.Reasons.Should().BeEmpty();
    }

    public static TheoryData<decimal, string?> ResidencyBoundaries => new()
    {
        { 6m, "Program prog requires 15 SH in residence; 6 SH earned, 9 SH outstanding. Credit by evaluation never counts toward residency." },
        { 15m, null },   // exactly met
    };

    [Theory]
    [MemberData(nameof(ResidencyBoundaries))]
    public void Evaluate_Residency_ReportsWhatIsOutstandingAndNeverCountsThisCredit(decimal inResidence, string? message)
    {
        var program = new DegreeProgram("prog", "Associate in Arts", totalCredits: CreditAmount.FromSemesterHours(60), residencyRequired: CreditAmount.FromSemesterHours(15));
        var learner = Learner("kim", [Local("l1", inResidence)], false, ("genetics", May20, 80));

        var decision = Evaluator(Institution(null, program: program)).Evaluate(new RecordEvaluationRequest(learner, ["genetics"], "inst", "prog", AsOf));

        decision.ResidencyOutstanding.Should().Be(CreditAmount.FromSemesterHours(15 - inResidence));
        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
        if (message is null)
        {
            decision.Reasons.Should().BeEmpty();
        }
        else
        {
            var reason = decision.Reasons.Should().ContainSingle().Subject;
            reason.Severity.Should().Be(ReasonSeverity.Informational);
            reason.Message.Should().Be(message);
        }
    }

    [Fact]
    public void Evaluate_PriorCreditAfterAsOf_IsIgnored()
    {
        var learner = Learner("kim", [Posted("t1", 45, date: AsOf.PlusDays(1))], false, ("genetics", May20, 80));

        var decision = Evaluate(Cap(45), learner, "genetics");

        decision.PostedPriorCredit.Should().Be(CreditAmount.FromSemesterHours(0));
        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
    }

    [Fact]
    public void Evaluate_UnknownCourse_ThrowsNamingThePath()
    {
        var act = () => Evaluate(null, Learner("kim"), "genetics", "no-such-course");

        act.Should().Throw<UnknownReferenceException>().Which.Path.Should().Be("CourseIds[1]");
    }

    [Fact]
    public void RecordEvaluationRequest_CourseClaimedTwice_ThrowsNamingIt()
    {
        var act = () => new RecordEvaluationRequest(Learner("kim"), ["calc", "calc"], "inst", "prog", AsOf);

        act.Should().Throw<ArgumentException>().WithParameterName("courseIds")
            .WithMessage("Course 'calc' is claimed twice; claim each course once. (Parameter 'courseIds')");
    }
}
