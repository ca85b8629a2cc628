using static CreditRules.Tests.Engine.Records.RecordFixture;

namespace CreditRules.Tests.Engine.Records;

public sealed partial class RecordEvaluatorTests
{
    /// <summary>The institution caps all external credit at 45 SH; program prog states its own 10 SH for the same cap id (Excelsior-style: a nursing program allows far less than the college).</summary>
    private static RecordPolicy ProgramCap(decimal programHours, bool? partial = null) => new(
        "record",
        [CreditCap.Absolute("external", CreditAmount.FromSemesterHours(45))],
        programs: [new ProgramRecordPolicy("prog", caps: [CreditCap.Absolute("external", CreditAmount.FromSemesterHours(programHours))], allowPartialAwards: partial)]);

    public static TheoryData<decimal, string, string?> ProgramCapBoundaries => new()
    {
        { 10m, "3 SH", null },                      // 7 SH posted + 3 SH = 10 SH: the program cap is reached exactly
        { 9m, "0 SH", "CapReached" },               // one over: 2 SH remain, Genetics needs 3 (whole-course awards)
    };

    [Theory]
    [MemberData(nameof(ProgramCapBoundaries))]
    public void Evaluate_ProgramCap_ReplacesTheInstitutionsOfTheSameId(decimal programHours, string granted, string? code)
    {
        var learner = Learner("kim", [Posted("t1", 7)], false, ("genetics", May20, 80));

        var decision = Evaluate(ProgramCap(programHours), learner, "genetics");

        decision.CreditsGranted.ToString().Should().Be(granted);
        decision.Caps.Should().ContainSingle().Which.Limit.Should().Be(CreditAmount.FromSemesterHours(programHours));
        var award = decision.GetAwardOrNull("genetics")!;
        award.Reasons.Select(r => r.Code.Value).Should().Equal(code is null ? [] : [code]);
        var cap = award.RecordAwareDecision.Settings.Should().ContainSingle(s => s.Setting == PolicySetting.Cap).Subject;
        (cap.Scope, cap.ToString()).Should().Be((SettingScope.Program, "Cap external: " + programHours + " SH of all external credit from program prog"));
    }

    [Fact]
    public void Evaluate_ProgramWithoutItsOwnCap_InheritsTheInstitutions()
    {
        var rules = new RecordPolicy("record", [CreditCap.Absolute("external", CreditAmount.FromSemesterHours(9))], programs: [new ProgramRecordPolicy("other", caps: [CreditCap.Absolute("external", CreditAmount.FromSemesterHours(45))])]);
        var learner = Learner("kim", [Posted("t1", 7)], false, ("genetics", May20, 80));

        var decision = Evaluate(rules, learner, "genetics");

        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(0));
        var cap = decision.GetAwardOrNull("genetics")!.RecordAwareDecision.Settings.Single(s => s.Setting == PolicySetting.Cap);
        (cap.Scope, cap.PolicyId).Should().Be((SettingScope.InstitutionPolicy, "inst-2013"));
    }

    [Fact]
    public void Evaluate_ProgramCapWithANewId_AddsToTheInstitutionsCaps()
    {
        var rules = new RecordPolicy("record", [CreditCap.Absolute("external", CreditAmount.FromSemesterHours(45))], programs: [new ProgramRecordPolicy("prog", caps: [CreditCap.Absolute("evaluation-3", CreditAmount.FromSemesterHours(3), CapScope.Source, PriorCreditSource.PriorLearning)])]);
        var learner = Learner("kim", ("genetics", May20, 80), ("calc", new LocalDate(2013, 5, 21), 80));

        var decision = Evaluate(rules, learner, "genetics", "calc");

        decision.Caps.Select(c => c.Cap.Id).Should().Equal("external", "evaluation-3");
        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
        decision.GetAwardOrNull("genetics")!.RecordAwareDecision.Settings.Where(s => s.Setting == PolicySetting.Cap).Select(s => s.Scope)
            .Should().Equal(SettingScope.InstitutionPolicy, SettingScope.Program);
    }

    [Fact]
    public void Evaluate_ProgramAllowsPartialAwards_OverridingTheInstitution()
    {
        var learner = Learner("kim", [Posted("t1", 8)], false, ("genetics", May20, 80));

        var decision = Evaluate(ProgramCap(10, partial: true), learner, "genetics");

        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(2));
        var award = decision.GetAwardOrNull("genetics")!;
        award.Reasons.Select(r => r.Code).Should().Equal(ReasonCode.CapPartiallyApplied);
        award.RecordAwareDecision.Settings.Single(s => s.Setting == PolicySetting.AllowPartialAwards).ToString().Should().Be("AllowPartialAwards True from program prog");
        award.RecordAwareDecision.Settings.Single(s => s.Setting == PolicySetting.OverflowToElectives).ToString().Should().Be("OverflowToElectives False from institution policy inst-2013");
    }

    [Fact]
    public void Summarize_ProgramCap_AgreesWithTheExplainedRecord()
    {
        var evaluator = Evaluator(Institution(ProgramCap(9)));
        var request = new RecordEvaluationRequest(Learner("kim", [Posted("t1", 7)], false, ("genetics", May20, 80)), ["genetics"], "inst", "prog", AsOf);
        var summaries = new DecisionSummary[1];

        var summary = evaluator.Summarize(request, summaries);

        summary.Should().Be(RecordSummary.FromDecision(evaluator.Evaluate(request)));
        summaries[0].CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(0));
    }

    [Fact]
    public void ProgramRecordPolicy_CapIdsRepeat_ThrowsNamingTheId()
    {
        var cap = CreditCap.Absolute("external", CreditAmount.FromSemesterHours(10));

        var act = () => new ProgramRecordPolicy("prog", caps: [cap, cap]);

        act.Should().Throw<ArgumentException>().WithParameterName("caps").WithMessage("Duplicate id 'external' at caps[1]. (Parameter 'caps')");
    }
}
