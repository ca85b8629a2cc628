using CreditRules.Tests.Support;

namespace CreditRules.Tests.Engine;

public sealed class HostRuleTests
{
    private static readonly ProgramEnrollment Admitted = new("eastern-state", "aa-general", new LocalDate(2013, 1, 10));

    private static EligibilityEvaluator Evaluator(params IEligibilityRule[] rules) => new(HostSamples.Catalog, HostSamples.Policies, rules);

    private static EvaluationRequest Request(params ProgramEnrollment[] enrollments) =>
        new(HostSamples.CompleteLearner("ada", programEnrollments: enrollments), "uci-precalculus", "eastern-state", "aa-general", HostSamples.AsOf);

    [Fact]
    public void Evaluate_NotAdmittedWithOutstandingRule_IsIncompleteWithHostReasonStepAndTrace()
    {
        var decision = Evaluator(new ProgramAdmissionRule()).Evaluate(Request());

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        decision.CreditsGranted.Should().Be(CreditAmount.Zero(CreditUnit.SemesterHour));
        var reason = decision.Reasons.Should().ContainSingle(r => r.Code == ProgramAdmissionRule.NotAdmittedToProgram).Subject;
        reason.Severity.Should().Be(ReasonSeverity.Outstanding);
        reason.RuleId.Should().Be("host.program-admission");
        reason.PolicyVersion.Should().Be("eastern-2013");
        reason.Message.Should().Be("Learner ada is not admitted to program aa-general of eastern-state.");
        decision.NextSteps.Should().ContainSingle().Which.ToString()
            .Should().Be("ApplyForAdmission: Apply for admission to Associate in Arts at Eastern State College.");
        decision.Trace[^1].ToString().Should().Be("host.program-admission: Failed (no program enrolment on record)");
        decision.Trace.Select(t => t.RuleId).Should().Equal([.. EligibilityEvaluator.BuiltInRuleIds, "host.program-admission"]);
    }

    [Fact]
    public void Evaluate_NotAdmittedWithBlockingRule_IsNotEligible()
    {
        var decision = Evaluator(new ProgramAdmissionRule(ReasonSeverity.Blocking)).Evaluate(Request());

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        decision.NextSteps.Should().BeEmpty();
        decision.Reasons.Should().ContainSingle(r => r.Severity == ReasonSeverity.Blocking).Which.Code.Should().Be(ProgramAdmissionRule.NotAdmittedToProgram);
    }

    [Fact]
    public void Evaluate_Admitted_IsEligibleAndRulePassesInTrace()
    {
        var decision = Evaluator(new ProgramAdmissionRule()).Evaluate(Request(Admitted));

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.CreditsGranted.ToString().Should().Be("3 SH");
        decision.HasReason(ProgramAdmissionRule.NotAdmittedToProgram).Should().BeFalse();
        decision.Trace[^1].ToString().Should().Be("host.program-admission: Passed (admitted on 2013-01-10)");
    }

    [Fact]
    public void Evaluate_WithoutHostRules_MatchesTheBuiltInPipelineOnly()
    {
        var decision = new EligibilityEvaluator(HostSamples.Catalog, HostSamples.Policies).Evaluate(Request());

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.Trace.Select(t => t.RuleId).Should().Equal(EligibilityEvaluator.BuiltInRuleIds);
        decision.DataVersion.Should().BeNull();
    }

    [Fact]
    public void Evaluate_InformationalHostReason_KeepsEligibleAndMarksRuleLimited()
    {
        var note = ReasonCode.Custom("HostNote", "host", ReasonSeverity.Informational, "Checked by {Office}.");
        var decision = Evaluator(new DelegateRule("host.note", c => c.AddReason(note, new KeyValuePair<string, string>("Office", "registrar")))).Evaluate(Request());

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.Reasons[^1].Message.Should().Be("Checked by registrar.");
        decision.Trace[^1].ToString().Should().Be("host.note: Limited (host-defined rule)");
    }

    [Fact]
    public void Evaluate_HostRuleThrows_WrapsNamingRuleAndClaim()
    {
        var evaluator = Evaluator(new DelegateRule("host.broken", _ => throw new InvalidCastException("bad cast")));

        var act = () => evaluator.Evaluate(Request());

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("Host rule 'host.broken' threw InvalidCastException deciding learner 'ada', course 'uci-precalculus' at 'eastern-state/aa-general': bad cast")
            .WithInnerException<InvalidCastException>();
    }

    public static TheoryData<string, string> BadRuleIds => new()
    {
        { " ", "hostRules[0].Id must not be empty or white space; got ' '. (Parameter 'hostRules')" },       // blank
        { "learner.fees", "hostRules[0].Id 'learner.fees' is the id of a built-in rule. (Parameter 'hostRules')" }, // clashes with a built-in id
    };

    [Theory]
    [MemberData(nameof(BadRuleIds))]
    public void Constructor_BadHostRuleId_ThrowsNamingIndexAndValue(string id, string message)
    {
        var act = () => Evaluator(new DelegateRule(id, _ => { }));

        act.Should().Throw<ArgumentException>().WithParameterName("hostRules").Which.Message.Should().Be(message);
    }

    [Fact]
    public void Constructor_RepeatedHostRuleId_ThrowsNamingTheSecond()
    {
        var act = () => Evaluator(new ProgramAdmissionRule(), new ProgramAdmissionRule());

        act.Should().Throw<ArgumentException>().Which.Message
            .Should().Be("hostRules[1].Id 'host.program-admission' is used by an earlier rule. (Parameter 'hostRules')");
    }

    [Fact]
    public void Constructor_NullHostRule_ThrowsNamingIndex()
    {
        var act = () => Evaluator([null!]);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Be("hostRules[0] must not be null. (Parameter 'hostRules')");
    }

    [Fact]
    public void ReasonCodeCustom_BuiltInKey_Throws()
    {
        var act = () => ReasonCode.Custom("FeeUnpaid", "fee", ReasonSeverity.Outstanding, "x");

        act.Should().Throw<ArgumentException>().WithParameterName("value").Which.Message
            .Should().Be("'FeeUnpaid' is the key of a built-in reason code; a host code needs its own key. (Parameter 'value')");
    }

    [Fact]
    public void ReasonCodeCustom_UndefinedSeverity_ThrowsNamingValue()
    {
        var act = () => ReasonCode.Custom("HostCode", "host", (ReasonSeverity)9, "x");

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("severity");
    }

    [Fact]
    public void ReasonCodeCustom_Valid_CarriesItsPartsAndStaysOutOfAll()
    {
        var code = ProgramAdmissionRule.NotAdmittedToProgram;

        (code.Value, code.Family, code.DefaultSeverity).Should().Be(("NotAdmittedToProgram", "admission", ReasonSeverity.Outstanding));
        code.Should().Be(ReasonCode.Custom("NotAdmittedToProgram", "other", ReasonSeverity.Blocking, "other"));
        ReasonCode.All.Should().NotContain(code);
        ReasonCode.FromValueOrNull("NotAdmittedToProgram").Should().BeNull();
    }

    [Fact]
    public void NextStepCodeCustom_BuiltInKey_Throws()
    {
        var act = () => NextStepCode.Custom("PayFee", "Pay.");

        act.Should().Throw<ArgumentException>().WithParameterName("value").Which.Message
            .Should().Be("'PayFee' is the key of a built-in next-step code; a host code needs its own key. (Parameter 'value')");
    }

    private sealed class DelegateRule(string id, Action<RuleContext> apply) : IEligibilityRule
    {
        public string Id => id;

        public void Apply(RuleContext context) => apply(context);
    }
}
