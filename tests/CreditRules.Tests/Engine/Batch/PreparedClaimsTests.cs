namespace CreditRules.Tests.Engine.Batch;

public sealed class PreparedClaimsTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]   // the claim-scoped settings: provider refusal, a subject recency window from completion, refunded fees outstanding
    [InlineData(false, true)]   // as known on a date: each record's facts filtered at its institution
    public void Summarize_GeneratedPopulation_EqualsSummarizeOfEachClaim(bool claimScoped, bool asKnownOn)
    {
        var claims = BatchWorld.Population(3_000, seed: 11);
        var policies = claimScoped ? BatchWorld.ClaimScoped : BatchWorld.Policies;
        var plan = asKnownOn
            ? EvaluationPlan.Compile(BatchWorld.Catalog, policies, BatchWorld.AsOf, BatchWorld.AsOf.PlusDays(-200))
            : EvaluationPlan.Compile(BatchWorld.Catalog, policies, BatchWorld.AsOf);
        var results = new DecisionSummary[claims.Length];

        var prepared = plan.Prepare(claims);
        plan.Summarize(prepared, results);

        prepared.Count.Should().Be(claims.Length);
        prepared.Plan.Should().BeSameAs(plan);
        var outcomes = new HashSet<DecisionOutcome>();
        for (var i = 0; i < claims.Length; i++)
        {
            prepared[i].Should().BeSameAs(claims[i]);
            results[i].Should().Be(plan.Summarize(claims[i]), "claim " + i + " (" + claims[i] + ")");
            outcomes.Add(results[i].Outcome);
        }

        outcomes.Should().BeEquivalentTo([DecisionOutcome.Eligible, DecisionOutcome.Incomplete, DecisionOutcome.NotEligible]);
    }

    [Fact]
    public void Summarize_GeneratedPopulation_EqualsTheExplainedDecisions()
    {
        var claims = BatchWorld.Population(500, seed: 5);
        var results = new DecisionSummary[claims.Length];

        BatchWorld.Plan.Summarize(BatchWorld.Plan.Prepare(claims), results);

        for (var i = 0; i < claims.Length; i++)
        {
            results[i].Should().Be(DecisionSummary.FromDecision(BatchWorld.Plan.Explain(claims[i])), "claim " + i + " (" + claims[i] + ")");
        }
    }

    [Fact]
    public void Summarize_NeighbouringClaimsOfOneLearner_ShareTheRecordAndEachGetsItsOwnDecision()
    {
        var learner = BatchWorld.Population(40, seed: 3).Select(c => c.Learner).First(l => l.ExamAttempts.Count > 0 && l.Fees.Count > 0);
        CreditClaim[] claims = [.. new[] { "precalc", "genetics", "calculus", "statistics" }.Select(course => new CreditClaim(learner, course, "eastern", "aa-general"))];
        var results = new DecisionSummary[claims.Length];

        BatchWorld.Plan.Summarize(BatchWorld.Plan.Prepare(claims), results);

        results.Should().Equal(claims.Select(BatchWorld.Plan.Summarize));
    }

    [Fact]
    public void Prepare_Claims_EnumeratesThemAsGivenAndRefusesAnIndexOutsideNamingIt()
    {
        var claims = BatchWorld.Population(3, seed: 5);
        var prepared = BatchWorld.Plan.Prepare(claims);

        prepared.Should().Equal(claims, (a, b) => ReferenceEquals(a, b));
        var act = () => prepared[3];
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index")
            .WithMessage("A prepared set of 3 claims has no claim at index 3.*Actual value was 3.");
        var negative = () => prepared[-1];
        negative.Should().Throw<ArgumentOutOfRangeException>().WithMessage("A prepared set of 3 claims has no claim at index -1.*");
    }

    [Fact]
    public void Prepare_Empty_DecidesNothing()
    {
        var prepared = BatchWorld.Plan.Prepare([]);

        prepared.Count.Should().Be(0);
        var act = () => BatchWorld.Plan.Summarize(prepared, Span<DecisionSummary>.Empty);
        act.Should().NotThrow();
    }

    [Fact]
    public void Prepare_UnknownSessionInRecord_ThrowsNamingTheFactAndValue()
    {
        var ghost = new CreditClaim(new LearnerRecord("ghost", courseEnrollments: [new CourseEnrollment("nope-2013s", EnrollmentTrack.Verified, Instant.FromUtc(2013, 3, 1, 0, 0))]), "precalc", "eastern", "aa-general");
        CreditClaim[] claims = [.. BatchWorld.Population(3, seed: 1), ghost];

        var act = () => BatchWorld.Plan.Prepare(claims);

        act.Should().Throw<UnknownReferenceException>()
            .WithMessage("Learner 'ghost' CourseEnrollments[0].SessionId: no course session has the id 'nope-2013s'. (Parameter 'Learner 'ghost' CourseEnrollments[0].SessionId')");
    }

    [Fact]
    public void Prepare_UnknownInstitution_ThrowsNamingTheFieldAndValue()
    {
        CreditClaim[] claims = [new CreditClaim(new LearnerRecord("lost"), "precalc", "atlantis", "aa-general")];

        var act = () => BatchWorld.Plan.Prepare(claims);

        act.Should().Throw<UnknownReferenceException>().WithParameterName("InstitutionId")
            .WithMessage("InstitutionId: no institution has the id 'atlantis'. (Parameter 'InstitutionId')");
    }

    [Fact]
    public void Prepare_UnknownCourse_ThrowsNamingTheFieldAndValue()
    {
        CreditClaim[] claims = [new CreditClaim(new LearnerRecord("L1"), "nope", "eastern", "aa-general")];

        var act = () => BatchWorld.Plan.Prepare(claims);

        act.Should().Throw<UnknownReferenceException>().WithParameterName("CourseId")
            .WithMessage("CourseId: no course has the id 'nope'. (Parameter 'CourseId')");
    }

    [Fact]
    public void Prepare_NullClaim_ThrowsNamingItsIndex()
    {
        CreditClaim[] claims = [.. BatchWorld.Population(1, seed: 1), null!];

        var act = () => BatchWorld.Plan.Prepare(claims);

        act.Should().Throw<ArgumentException>().WithParameterName("claims").WithMessage("claims[1] is null. (Parameter 'claims')");
    }

    [Fact]
    public void Summarize_ClaimsPreparedByAnotherPlan_Throws()
    {
        var other = EvaluationPlan.Compile(BatchWorld.Catalog, BatchWorld.Policies, BatchWorld.AsOf);
        var prepared = other.Prepare(BatchWorld.Population(2, seed: 1));

        var act = () => BatchWorld.Plan.Summarize(prepared, new DecisionSummary[2]);

        act.Should().Throw<ArgumentException>().WithParameterName("claims")
            .WithMessage("The claims were prepared by another evaluation plan; prepare them with this one (EvaluationPlan.Prepare). (Parameter 'claims')");
    }

    [Fact]
    public void Summarize_ResultsShorterThanClaims_Throws()
    {
        var prepared = BatchWorld.Plan.Prepare(BatchWorld.Population(3, seed: 1));

        var act = () => BatchWorld.Plan.Summarize(prepared, new DecisionSummary[2]);

        act.Should().Throw<ArgumentException>().WithParameterName("results")
            .WithMessage("The results span holds 2 entries; it needs one per claim (3). (Parameter 'results')");
    }

    [Fact]
    public void Summarize_Null_ThrowsArgumentNull()
    {
        var act = () => BatchWorld.Plan.Summarize(null!, new DecisionSummary[1]);

        act.Should().Throw<ArgumentNullException>().WithParameterName("claims");
    }
}
