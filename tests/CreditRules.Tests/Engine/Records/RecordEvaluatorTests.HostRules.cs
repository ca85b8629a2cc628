using static CreditRules.Tests.Engine.Records.RecordFixture;

namespace CreditRules.Tests.Engine.Records;

/// <summary>Host record rules (<see cref="IRecordRule"/>): run after the built-in record rules on the explained and the outcome-only path alike.</summary>
public sealed partial class RecordEvaluatorTests
{
    private static readonly ReasonCode OneBiologyCourse = ReasonCode.Custom("HostOneBiologyCourse", "host", ReasonSeverity.Blocking, "Only one biology course counts; {CourseId} is refused, {Kept} is kept.");

    private static readonly LearnerRecord TwoBiologyCourses = Learner("kim", ("biology", new LocalDate(2013, 5, 20), 80), ("genetics", new LocalDate(2013, 5, 21), 80), ("algebra", new LocalDate(2013, 5, 22), 80));

    [Fact]
    public void Evaluate_HostRecordRule_RefusesTheClaimItNamesWithItsReasonAndTrace()
    {
        var evaluator = new RecordEvaluator(new EligibilityEvaluator(RecordFixture.Catalog, new PolicySet([Institution(Cap(45))])), [new OneBiologyCourseRule()]);

        var decision = evaluator.Evaluate(new RecordEvaluationRequest(TwoBiologyCourses, ["algebra", "biology", "genetics"], "inst", "prog", AsOf));

        decision.GetAwardOrNull("biology")!.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.GetAwardOrNull("algebra")!.Outcome.Should().Be(DecisionOutcome.Eligible);
        var genetics = decision.GetAwardOrNull("genetics")!;
        genetics.Outcome.Should().Be(DecisionOutcome.NotEligible);
        genetics.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(0));
        genetics.Decision.Outcome.Should().Be(DecisionOutcome.Eligible, "alone, before record rules, the course is eligible");
        genetics.RecordAwareDecision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        var reason = genetics.Single(OneBiologyCourse);
        reason.RuleId.Should().Be("host.one-biology-course");
        reason.Message.Should().Be("Only one biology course counts; genetics is refused, biology is kept.");
        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(7));
        decision.Trace.Should().ContainSingle(t => t.RuleId == "host.one-biology-course").Which.Note.Should().Be("2 biology course(s) eligible");
    }

    [Fact]
    public void Summarize_HostRecordRule_DecidesOutcomeOnlyAsTheExplainedPathDoes()
    {
        var rule = new OneBiologyCourseRule();
        var evaluator = new RecordEvaluator(new EligibilityEvaluator(RecordFixture.Catalog, new PolicySet([Institution(Cap(45))])), [rule]);
        var request = new RecordEvaluationRequest(TwoBiologyCourses, ["algebra", "biology", "genetics"], "inst", "prog", AsOf);
        var summaries = new DecisionSummary[3];

        var summary = evaluator.Summarize(request, summaries);

        summaries.Select(s => s.Outcome).Should().Equal(DecisionOutcome.Eligible, DecisionOutcome.Eligible, DecisionOutcome.NotEligible);   // algebra, biology, genetics
        summary.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(7));
        rule.Calls.Should().Be(1, "the host rule ran on the outcome-only path");
        var explained = evaluator.Evaluate(request);
        summaries.Should().Equal(request.CourseIds.Select(id => DecisionSummary.FromAward(explained.GetAwardOrNull(id)!)));
        summary.Should().Be(RecordSummary.FromDecision(explained));
    }

    [Fact]
    public void Summarize_SpanShorterThanTheClaims_ThrowsNamingBothCounts()
    {
        var evaluator = Evaluator(Institution(Cap(45)));
        var request = new RecordEvaluationRequest(TwoBiologyCourses, ["algebra", "biology"], "inst", "prog", AsOf);

        var act = () => evaluator.Summarize(request, new DecisionSummary[1]);

        act.Should().Throw<ArgumentException>().WithParameterName("claims")
            .WithMessage("claims holds 1 summaries; the request claims 2 course(s). (Parameter 'claims')");
    }

    [Theory]
    [InlineData("record.cap", "hostRules[0].Id 'record.cap' is the id of a built-in rule or of one of the evaluator's rules. (Parameter 'hostRules')")]
    [InlineData("institution.level", "hostRules[0].Id 'institution.level' is the id of a built-in rule or of one of the evaluator's rules. (Parameter 'hostRules')")]
    [InlineData(" ", "hostRules[0].Id must not be empty or white space; got ' '. (Parameter 'hostRules')")]
    public void Constructor_HostRuleWithReservedOrBlankId_ThrowsNamingTheRule(string id, string message)
    {
        var act = () => new RecordEvaluator(new EligibilityEvaluator(RecordFixture.Catalog, new PolicySet([Institution(null)])), [new NamedRule(id)]);

        act.Should().Throw<ArgumentException>().WithMessage(message);
    }

    [Fact]
    public void Evaluate_HostRecordRuleThrows_NamesTheRuleAndTheLearner()
    {
        var evaluator = new RecordEvaluator(new EligibilityEvaluator(RecordFixture.Catalog, new PolicySet([Institution(null)])), [new NamedRule("host.broken")]);

        var act = () => evaluator.Evaluate(new RecordEvaluationRequest(TwoBiologyCourses, ["algebra"], "inst", "prog", AsOf));

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("Host record rule 'host.broken' threw NotSupportedException deciding the record of learner 'kim' at 'inst/prog': broken on purpose")
            .WithInnerException<NotSupportedException>();
    }

    /// <summary>Keeps the first eligible biology course (biology, genetics) in course order and refuses the others; reads outcomes only.</summary>
    private sealed class OneBiologyCourseRule : IRecordRule
    {
        private int _calls;

        public int Calls => _calls;

        public string Id => "host.one-biology-course";

        public void Apply(RecordRuleContext context)
        {
            Interlocked.Increment(ref _calls);
            var biology = context.Claims.Where(c => c.CourseId is "biology" or "genetics" && c.Outcome == DecisionOutcome.Eligible).ToArray();
            foreach (var later in biology.Skip(1))
            {
                context.AddReason(later.CourseId, OneBiologyCourse, new KeyValuePair<string, string>("CourseId", later.CourseId), new KeyValuePair<string, string>("Kept", biology[0].CourseId));
            }

            context.SetNote(biology.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " biology course(s) eligible");
        }
    }

    private sealed class NamedRule(string id) : IRecordRule
    {
        public string Id => id;

        public void Apply(RecordRuleContext context) => throw new NotSupportedException("broken on purpose");
    }
}
