using CreditRules.Tests.Fixtures;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Engine.Rules;

public sealed class ProgramOverrideRuleTests
{
    private static readonly ProgramOverride NoAce = new(
        "nursing-no-ace", OverrideKind.Refuse, "the nursing core accepts no evaluator-recommended credit",
        appliesTo: new DateRange(new LocalDate(2012, 10, 1), new LocalDate(9999, 12, 31)), evaluatorIds: [EvaluatorId]);

    private static ScenarioBuilder EnrolledOn(LocalDate date, params ProgramOverride[] overrides) => new()
    {
        Overrides = [.. overrides],
        ProgramEnrollments = [new ProgramEnrollment(InstitutionId, ProgramId, date)],
    };

    [Fact]
    public void Evaluate_Refuse_Blocks()
    {
        var decision = EnrolledOn(new LocalDate(2012, 10, 1), NoAce).Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        var reason = decision.Single(ReasonCode.ProgramRefusesCredit);
        reason.Severity.Should().Be(ReasonSeverity.Blocking);
        reason.RuleId.Should().Be("program.override:nursing-no-ace");
        reason.Message.Should().Be("Program prog refuses this credit: the nursing core accepts no evaluator-recommended credit.");
    }

    [Fact]
    public void Evaluate_RefuseForEnrolmentsFromLaterDate_DoesNotApplyEarlier()
    {
        var decision = EnrolledOn(new LocalDate(2012, 9, 30), NoAce).Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
    }

    [Fact]
    public void Evaluate_RefuseForAnotherEvaluator_DoesNotApply()
    {
        var nccrsOnly = new ProgramOverride("no-nccrs", OverrideKind.Refuse, "no NCCRS credit", evaluatorIds: ["nccrs"]);

        var decision = new ScenarioBuilder { Overrides = [nccrsOnly] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
    }

    [Fact]
    public void Evaluate_RestrictLevels_BlocksNamingOverride()
    {
        var upperOnly = new ProgramOverride("upper-only", OverrideKind.Restrict, "upper-division credit only", acceptedLevels: [CreditLevel.UpperDivision]);

        var decision = new ScenarioBuilder { Overrides = [upperOnly] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        var reason = decision.Single(ReasonCode.LevelNotAccepted);
        reason.RuleId.Should().Be("program.override:upper-only");
        reason.Message.Should().Be("None of the levels LowerDivision of version 1 is accepted; accepted: UpperDivision.");
    }

    [Fact]
    public void Evaluate_RestrictLevels_CannotWidenInstitutionLevels()
    {
        var vocational = new ProgramOverride("vocational", OverrideKind.Restrict, "vocational credit", acceptedLevels: [CreditLevel.VocationalCertificate, CreditLevel.LowerDivision]);

        var decision = new ScenarioBuilder
        {
            Versions = [Version(1, new LocalDate(2013, 2, 1), new LocalDate(2016, 1, 31), Line(3, CreditLevel.VocationalCertificate))],
            Overrides = [vocational],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        decision.Single(ReasonCode.LevelNotAccepted).Message.Should().Be("None of the levels VocationalCertificate of version 1 is accepted; accepted: LowerDivision.");
    }

    [Fact]
    public void Evaluate_RestrictCreditsPerCourse_LimitingAndCapped()
    {
        var cap = new ProgramOverride("cap-2", OverrideKind.Restrict, "at most 2 SH per course", maxCreditsPerCourse: CreditAmount.FromSemesterHours(2));

        var decision = new ScenarioBuilder { Overrides = [cap] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(2));
        var reason = decision.Single(ReasonCode.ProgramLimitsCredit);
        reason.Severity.Should().Be(ReasonSeverity.Limiting);
        reason.RuleId.Should().Be("program.override:cap-2");
        reason.Message.Should().Be("Program prog grants at most 2 SH for one course: at most 2 SH per course.");
    }

    [Fact]
    public void Evaluate_CreditLimitInQuarterHours_ConvertedBeforeComparing()
    {
        var cap = new ProgramOverride("cap-3qh", OverrideKind.Restrict, "at most 3 QH per course", maxCreditsPerCourse: CreditAmount.FromQuarterHours(3));

        var decision = new ScenarioBuilder { Overrides = [cap] }.Evaluate();

        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(2));
        decision.Single(ReasonCode.ProgramLimitsCredit).GetArgumentOrNull("Limit").Should().Be("2 SH");
    }

    [Fact]
    public void Evaluate_CreditLimitAboveGrant_NoReason()
    {
        var cap = new ProgramOverride("cap-6", OverrideKind.Restrict, "at most 6 SH per course", maxCreditsPerCourse: CreditAmount.FromSemesterHours(6));

        var decision = new ScenarioBuilder { Overrides = [cap] }.Evaluate();

        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
        decision.HasReason(ReasonCode.ProgramLimitsCredit).Should().BeFalse();
    }
}
