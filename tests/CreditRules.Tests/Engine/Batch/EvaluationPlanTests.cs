namespace CreditRules.Tests.Engine.Batch;

public sealed class EvaluationPlanTests
{
    private static readonly EligibilityEvaluator Evaluator = new(BatchWorld.Catalog, BatchWorld.Policies);

    private static (Dictionary<DecisionOutcome, int> Outcomes, HashSet<string> Codes) AssertParity(EvaluationPlan plan, CreditClaim[] claims)
    {
        var outcomes = new Dictionary<DecisionOutcome, int>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var mismatches = new List<string>();
        foreach (var claim in claims)
        {
            var decision = Evaluator.Evaluate(claim.ToRequest(plan.AsOf));
            var expected = DecisionSummary.FromDecision(decision);
            var actual = plan.Summarize(claim);
            if (actual != expected && mismatches.Count < 5)
            {
                mismatches.Add(claim + ": fast " + actual + " vs explained " + expected);
            }

            outcomes[decision.Outcome] = outcomes.GetValueOrDefault(decision.Outcome) + 1;
            codes.UnionWith(decision.Reasons.Select(r => r.Code.Value));
        }

        mismatches.Should().BeEmpty();
        return (outcomes, codes);
    }

    [Fact]
    public void Summarize_GeneratedPopulationOf100000_EqualsSummaryOfExplainedDecision()
    {
        var claims = BatchWorld.Population(100_000);

        var (outcomes, codes) = AssertParity(BatchWorld.Plan, claims);

        outcomes.Keys.Should().BeEquivalentTo([DecisionOutcome.Eligible, DecisionOutcome.NotEligible, DecisionOutcome.Incomplete]);
        outcomes.Values.Should().OnlyContain(n => n >= 1_000, "the generator mixes every outcome");
        codes.Should().HaveCountGreaterThanOrEqualTo(28, "the population exercises most reason codes");
    }

    [Theory]
    [InlineData(2013, 4, 1)]    // before most exams: not taken, sessions still open
    [InlineData(2013, 8, 15)]   // in the genetics version gap
    [InlineData(2016, 3, 1)]    // after most versions ended: expired recommendations, recency
    public void Summarize_GeneratedPopulationAtOtherAsOfDates_EqualsSummaryOfExplainedDecision(int year, int month, int day)
    {
        var plan = EvaluationPlan.Compile(BatchWorld.Catalog, BatchWorld.Policies, new LocalDate(year, month, day));

        AssertParity(plan, BatchWorld.Population(10_000, seed: year + month + day));
    }

    [Fact]
    public void Explain_Claim_EqualsEvaluatorDecision()
    {
        var claim = BatchWorld.Population(1, seed: 11)[0];

        var explained = BatchWorld.Plan.Explain(claim);
        var direct = Evaluator.Evaluate(claim.ToRequest(BatchWorld.AsOf));

        explained.Should().BeEquivalentTo(direct, o => o.Excluding(d => d.QualifyingZone));
        explained.QualifyingZone.Should().BeSameAs(direct.QualifyingZone);
    }

    [Fact]
    public void Compile_FromEvaluator_UsesItsCatalogPoliciesAndDate()
    {
        var plan = Evaluator.Compile(BatchWorld.AsOf);

        plan.Catalog.Should().BeSameAs(BatchWorld.Catalog);
        plan.Policies.Should().BeSameAs(BatchWorld.Policies);
        plan.AsOf.Should().Be(BatchWorld.AsOf);
    }

    [Fact]
    public void Summarize_UnknownCourse_ThrowsUnknownReferenceLikeTheExplainedPath()
    {
        var claim = new CreditClaim(new LearnerRecord("L1"), "nope", "eastern", "aa-general");

        var act = () => BatchWorld.Plan.Summarize(claim);

        act.Should().Throw<UnknownReferenceException>().WithParameterName("CourseId")
            .WithMessage("CourseId: no course has the id 'nope'. (Parameter 'CourseId')");
    }

    [Fact]
    public void Compile_NullCatalog_ThrowsArgumentNull()
    {
        var act = () => EvaluationPlan.Compile(null!, BatchWorld.Policies, BatchWorld.AsOf);

        act.Should().Throw<ArgumentNullException>().WithParameterName("catalog");
    }

    [Fact]
    public void Summarize_ScoreOnAnotherScaleThanMinimum_ThrowsNamingTheAttemptLikeTheExplainedPath()
    {
        var clep = new ScoreScale("scaled-20-80", 20, 80);
        var learner = new LearnerRecord(
            "L9",
            examAttempts: [new ExamAttempt("calculus", Instant.FromUtc(2013, 6, 1, 15, 0), DateTimeZone.Utc, ExamOutcome.Passed, new Score(70, clep))]);
        var claim = new CreditClaim(learner, "calculus", "eastern", "aa-general");

        var fast = () => BatchWorld.Plan.Summarize(claim);
        var explained = () => BatchWorld.Plan.Explain(claim);

        fast.Should().Throw<InvalidLearnerDataException>().Which.Message.Should().Be(explained.Should().Throw<InvalidLearnerDataException>().Which.Message);
        fast.Should().Throw<InvalidLearnerDataException>().Which.Path.Should().Be("ExamAttempts[0].Score");
    }

    private sealed class VeteransOnlyRule : IEligibilityRule
    {
        public static readonly ReasonCode NotVeteran = ReasonCode.Custom("NotVeteran", "admission", ReasonSeverity.Blocking, "Only veterans are admitted.");

        public string Id => "host.veterans-only";

        public void Apply(RuleContext context)
        {
            if (!context.Learner.IsVeteran)
            {
                context.AddReason(NotVeteran);
            }
        }
    }

    [Fact]
    public void Summarize_EvaluatorWithHostRule_EqualsSummaryOfItsExplainedDecision()
    {
        var evaluator = new EligibilityEvaluator(BatchWorld.Catalog, BatchWorld.Policies, [new VeteransOnlyRule()]);
        var plan = evaluator.Compile(BatchWorld.AsOf);
        var claims = BatchWorld.Population(2_000, seed: 17);

        var summaries = claims.Select(plan.Summarize).ToArray();

        summaries.Should().Equal(claims.Select(c => DecisionSummary.FromDecision(evaluator.Evaluate(c.ToRequest(BatchWorld.AsOf)))));
        summaries.Where((s, i) => !claims[i].Learner.IsVeteran).Should().OnlyContain(s => s.Outcome == DecisionOutcome.NotEligible);
    }
}
