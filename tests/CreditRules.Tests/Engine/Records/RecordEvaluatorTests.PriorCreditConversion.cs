using static CreditRules.Tests.Engine.Records.RecordFixture;

namespace CreditRules.Tests.Engine.Records;

public sealed partial class RecordEvaluatorTests
{
    /// <summary>A semester-hour institution whose policy rounds converted credit down to whole hours, with a 10 SH cap on external credit.</summary>
    private static Institution FlooringInstitution(PriorCreditConversion conversion) => new(
        "inst",
        "Illustrative College",
        CreditUnit.SemesterHour,
        NewYork,
        [new InstitutionPolicy("inst-2013", ["ace"], [CreditLevel.LowerDivision, CreditLevel.UpperDivision], rounding: RoundingPolicy.FloorTo(1),
            recordPolicy: new RecordPolicy("record", [CreditCap.Absolute("external", CreditAmount.FromSemesterHours(10))], priorCreditConversion: conversion))],
        [new DegreeProgram("prog", "Associate in Arts", totalCredits: CreditAmount.FromSemesterHours(60))]);

    public static TheoryData<PriorCreditConversion, string, string, string?> ConversionAtTheCapEdge => new()
    {
        // 5 SH + 4 QH posted, then Genetics (3 SH) under a 10 SH cap.
        { PriorCreditConversion.PolicyRounding, "7 SH", "3 SH", null },            // 4 QH floored to 2 SH: 7 + 3 = 10, the cap is reached exactly
        { PriorCreditConversion.Exact, "7 2/3 SH", "0 SH", "CapReached" },  // 4 QH = 2 2/3 SH: 7 2/3 + 3 is over the cap by 2/3 SH
    };

    [Theory]
    [MemberData(nameof(ConversionAtTheCapEdge))]
    public void Evaluate_QuarterHourPriorCredit_IsRoundedAsThePolicySaysAtTheCapEdge(PriorCreditConversion conversion, string posted, string granted, string? code)
    {
        var quarter = new PriorCredit("tq", PriorCreditSource.Transfer, CreditAmount.FromQuarterHours(4), CreditLevel.LowerDivision, new LocalDate(2012, 12, 15), isPosted: true);
        var learner = Learner("kim", [Posted("t1", 5), quarter], false, ("genetics", May20, 80));

        var decision = Evaluator(FlooringInstitution(conversion)).Evaluate(new RecordEvaluationRequest(learner, ["genetics"], "inst", "prog", AsOf));

        decision.Caps.Single().Posted.ToString().Should().Be(posted);
        decision.PostedPriorCredit.ToString().Should().Be(posted);
        decision.CreditsGranted.ToString().Should().Be(granted);
        var award = decision.GetAwardOrNull("genetics")!;
        award.Reasons.Select(r => r.Code.Value).Should().Equal(code is null ? [] : [code]);
        award.RecordAwareDecision.Settings.Single(s => s.Setting == PolicySetting.PriorCreditConversion).ToString().Should().Be("PriorCreditConversion " + conversion + " from institution policy inst-2013");
    }

    [Fact]
    public void Evaluate_PolicyRounding_LeavesCreditInTheInstitutionsUnitAlone()
    {
        var learner = Learner("kim", [Posted("t1", 7.5m)], false, ("genetics", May20, 80));

        var decision = Evaluator(FlooringInstitution(PriorCreditConversion.PolicyRounding)).Evaluate(new RecordEvaluationRequest(learner, ["genetics"], "inst", "prog", AsOf));

        decision.Caps.Single().Posted.Should().Be(CreditAmount.FromSemesterHours(7.5m));
        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(0));
    }

    [Fact]
    public void RecordPolicy_UndefinedConversion_Throws()
    {
        var act = () => new RecordPolicy("record", priorCreditConversion: (PriorCreditConversion)7);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("priorCreditConversion");
    }
}
