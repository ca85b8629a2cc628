using static CreditRules.Tests.Engine.Records.RecordFixture;

namespace CreditRules.Tests.Engine.Records;

/// <summary>Record-level exceptions: a cap adjustment that changes the record is stated with its provenance, one that changes nothing is found by the audit.</summary>
public sealed class RecordExceptionTests
{
    private static readonly DateRange Effective = new(new LocalDate(2014, 6, 1), new LocalDate(2014, 6, 30));

    private static LearnerRecord Kim(decimal posted, decimal? adjustedTo, string? institutionId = null)
    {
        var kim = Learner("kim", [Posted("t1", posted)], false, ("genetics", new LocalDate(2013, 5, 20), 80));
        return adjustedTo is not { } limit ? kim : new LearnerRecord(
            kim.LearnerId, kim.IsVeteran, kim.ProgramEnrollments, kim.CourseEnrollments, kim.Completions, kim.IdentityVerifications, kim.ExamAttempts, kim.Fees, kim.Evidence, kim.PriorCredits, kim.Emails,
            [new ExceptionGrant("PET-2014-030", ExceptionKind.AdjustCap, Effective, "Registrar", new LocalDate(2014, 6, 2), "transfer agreement", institutionId: institutionId, capId: "total-45", credits: CreditAmount.FromSemesterHours(limit))]);
    }

    private static RecordDecision Decide(LearnerRecord learner, LocalDate? asOf = null) =>
        Evaluator(Institution(Cap(45))).Evaluate(new RecordEvaluationRequest(learner, ["genetics"], "inst", "prog", asOf ?? AsOf));

    [Fact]
    public void Evaluate_RaisedCapGrantsTheCourse_StatesTheExceptionAtRecordLevel()
    {
        Decide(Kim(43, null)).GetAwardOrNull("genetics")!.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(0));

        var decision = Decide(Kim(43, 50));

        decision.GetAwardOrNull("genetics")!.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
        var reason = decision.Reasons.Should().ContainSingle(r => r.Code == ReasonCode.ExceptionApplied).Subject;
        reason.RuleId.Should().Be("record.exceptions:total-45");
        reason.Severity.Should().Be(ReasonSeverity.Informational);
        reason.Message.Should().Be("3 SH granted under cap total-45 by exception PET-2014-030 (cap total-45 set to 50 SH), approved by Registrar on 2014-06-02: transfer agreement.");
    }

    [Fact]
    public void Evaluate_LoweredCapThatCutsTheCourse_IsStated()
    {
        var decision = Decide(Kim(30, 32));

        decision.GetAwardOrNull("genetics")!.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(0));
        decision.HasReason(ReasonCode.ExceptionApplied).Should().BeTrue();
    }

    [Theory]
    [InlineData(30, 50)] // 33 SH covered: under both limits
    [InlineData(30, 33)] // lowered exactly to what is covered: nothing cut
    public void Evaluate_AdjustmentThatChangesNothing_IsNotStated_AndTheAuditFindsIt(decimal posted, decimal adjustedTo)
    {
        var learner = Kim(posted, adjustedTo);

        Decide(learner).HasReason(ReasonCode.ExceptionApplied).Should().BeFalse();
        var requests = new[] { new RecordEvaluationRequest(learner, ["genetics"], "inst", "prog", AsOf) };
        ExceptionAudit.FindIneffectiveCapAdjustments(Evaluator(Institution(Cap(45))), learner, requests).Select(e => e.Reference).Should().Equal("PET-2014-030");
    }

    [Fact]
    public void FindIneffectiveCapAdjustments_AnAdjustmentThatChangesTheRecord_IsNotReported()
    {
        var learner = Kim(43, 50);
        var requests = new[] { new RecordEvaluationRequest(learner, ["genetics"], "inst", "prog", AsOf) };

        ExceptionAudit.FindIneffectiveCapAdjustments(Evaluator(Institution(Cap(45))), learner, requests).Should().BeEmpty();
        ExceptionAudit.FindIneffectiveCapAdjustments(Evaluator(Institution(Cap(45))), learner, [requests[0].WithAsOf(new LocalDate(2014, 7, 1))])
            .Should().ContainSingle("on a date it is not in effect it changes nothing");
    }

    [Fact]
    public void Evaluate_OutsideItsEffectiveDatesOrScope_TheCapIsItsOwn()
    {
        Decide(Kim(43, 50), new LocalDate(2014, 5, 31)).HasReason(ReasonCode.ExceptionApplied).Should().BeFalse("the day before it takes effect");
        Decide(Kim(43, 50), new LocalDate(2014, 6, 1)).HasReason(ReasonCode.ExceptionApplied).Should().BeTrue("its first day");
        Decide(Kim(43, 50), new LocalDate(2014, 7, 1)).HasReason(ReasonCode.ExceptionApplied).Should().BeFalse("the day after it ends");
        Decide(Kim(43, 50, institutionId: "elsewhere")).HasReason(ReasonCode.ExceptionApplied).Should().BeFalse("scoped to another institution");
    }

    [Fact]
    public void Summarize_WithACapAdjustment_AgreesWithTheExplainedPath()
    {
        var evaluator = Evaluator(Institution(Cap(45)));
        foreach (var learner in new[] { Kim(43, null), Kim(43, 50), Kim(30, 50), Kim(30, 32) })
        {
            var request = new RecordEvaluationRequest(learner, ["genetics"], "inst", "prog", AsOf);
            var claims = new DecisionSummary[1];

            evaluator.Summarize(request, claims).Should().Be(RecordSummary.FromDecision(evaluator.Evaluate(request)));
        }
    }
}
