using static CreditRules.Tests.Engine.Records.RecordFixture;

namespace CreditRules.Tests.Engine.Records;

public sealed partial class RecordEvaluatorTests
{
    private static PriorCredit LocalCourse(string id, decimal hours) =>
        new(id, PriorCreditSource.LocalCourse, CreditAmount.FromSemesterHours(hours), CreditLevel.LowerDivision, new LocalDate(2013, 12, 15), isPosted: true);

    private static DegreeProgram ResidencyProgram => new("prog", "Associate in Arts", totalCredits: CreditAmount.FromSemesterHours(60), residencyRequired: CreditAmount.FromSemesterHours(15));

    [Fact]
    public void Evaluate_LocalCourse_CountsTowardResidencyAndNeverAgainstTheCap()
    {
        // 7 SH posted transfer + 3 SH claimed reach the 10 SH cap exactly; the 6 SH local course is not external credit.
        var learner = Learner("kim", [Posted("t1", 7), LocalCourse("l1", 6)], false, ("genetics", May20, 80));

        var decision = Evaluator(Institution(Cap(10), program: ResidencyProgram)).Evaluate(new RecordEvaluationRequest(learner, ["genetics"], "inst", "prog", AsOf));

        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
        decision.PostedPriorCredit.Should().Be(CreditAmount.FromSemesterHours(7));
        decision.Caps.Single().Posted.Should().Be(CreditAmount.FromSemesterHours(7));
        decision.ResidencyOutstanding.Should().Be(CreditAmount.FromSemesterHours(9));
        decision.Reasons.Should().ContainSingle(r => r.Code == ReasonCode.ResidencyOutstanding).Which.Message
            .Should().Be("Program prog requires 15 SH in residence; 6 SH earned, 9 SH outstanding. Credit by evaluation never counts toward residency.");
    }

    [Fact]
    public void Evaluate_SameCreditAsPostedTransfer_FillsTheCapInstead()
    {
        // The contrast: the same 6 SH as posted transfer credit count against the cap (7 + 6 = 13 > 10) and not toward residency.
        var learner = Learner("kim", [Posted("t1", 7), Posted("t2", 6)], false, ("genetics", May20, 80));

        var decision = Evaluator(Institution(Cap(10), program: ResidencyProgram)).Evaluate(new RecordEvaluationRequest(learner, ["genetics"], "inst", "prog", AsOf));

        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(0));
        decision.GetAwardOrNull("genetics")!.Reasons.Select(r => r.Code).Should().Contain(ReasonCode.CapReached);
        decision.ResidencyOutstanding.Should().Be(CreditAmount.FromSemesterHours(15));
    }

    [Fact]
    public void Evaluate_LocalCourse_CountsAsLocalCreditBeforePosting()
    {
        var learner = Learner("kim", [LocalCourse("l1", 5)], false, ("genetics", May20, 80));

        var award = Evaluate(PostingRules(5), learner, "genetics").GetAwardOrNull("genetics")!;

        award.Outcome.Should().Be(DecisionOutcome.Eligible);
        award.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
    }
}
