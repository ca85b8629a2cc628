using CreditRules.Tests.Engine.Records;

namespace CreditRules.Tests.Engine.Batch;

public sealed class PopulationImpactTests
{
    private static readonly CreditClaim[] Claims = BatchWorld.Population(20_000, seed: 5);

    private static Dictionary<(DecisionOutcome, DecisionOutcome), long> Recount(EvaluationPlan baseline, EvaluationPlan proposed) =>
        Claims.GroupBy(c => (baseline.Explain(c).Outcome, proposed.Explain(c).Outcome)).ToDictionary(g => g.Key, g => (long)g.Count());

    [Fact]
    public void Compare_TighterRecency_MovesEligibleToNotEligibleBecauseOfRecency()
    {
        var baseline = BatchWorld.Plan;
        var proposed = EvaluationPlan.Compile(BatchWorld.Catalog, BatchWorld.TighterRecency, BatchWorld.AsOf);

        var report = PopulationImpact.Compare(baseline, proposed, Claims, samplesPerTransition: 3, cancellationToken: TestContext.Current.CancellationToken);

        report.Claims.Should().Be(Claims.Length);
        report.Errors.Should().Be(0);
        report.Transitions.ToDictionary(t => (t.From, t.To), t => t.Count).Should().Equal(Recount(baseline, proposed));
        var lost = report.Transitions.Single(t => t is { From: DecisionOutcome.Eligible, To: DecisionOutcome.NotEligible });
        lost.ReasonsAppeared.Select(p => p.Key).Should().Equal(ReasonCode.RecencyExpired);
        lost.ReasonsAppeared[0].Value.Should().Be(lost.Count);
        lost.SampleLearnerIds.Should().Equal(Claims
            .Where(c => baseline.Summarize(c).Outcome == DecisionOutcome.Eligible && proposed.Summarize(c).Outcome == DecisionOutcome.NotEligible)
            .Take(3).Select(c => c.Learner.LearnerId));
        report.GetCreditsLost(CreditUnit.QuarterHour).Should().BeGreaterThan(CreditAmount.Zero(CreditUnit.QuarterHour));
        report.GetCreditsGained(CreditUnit.QuarterHour).Should().Be(CreditAmount.Zero(CreditUnit.QuarterHour));
        report.GetCreditsLost(CreditUnit.SemesterHour).Should().Be(CreditAmount.Zero(CreditUnit.SemesterHour));
    }

    [Fact]
    public void Compare_LaterAsOfDate_TotalsCreditsGainedAndLostExactly()
    {
        var baseline = BatchWorld.Plan;
        var proposed = EvaluationPlan.Compile(BatchWorld.Catalog, BatchWorld.Policies, new LocalDate(2016, 6, 30));

        var report = PopulationImpact.Compare(baseline, proposed, Claims, cancellationToken: TestContext.Current.CancellationToken);

        report.Transitions.ToDictionary(t => (t.From, t.To), t => t.Count).Should().Equal(Recount(baseline, proposed));
        report.Changed.Should().BePositive();
        foreach (var unit in new[] { CreditUnit.SemesterHour, CreditUnit.QuarterHour })
        {
            var gained = CreditAmount.Zero(unit);
            var lost = CreditAmount.Zero(unit);
            foreach (var claim in Claims)
            {
                var before = baseline.Explain(claim).CreditsGranted;
                var after = proposed.Explain(claim).CreditsGranted;
                if (before.Unit == unit)
                {
                    gained = gained.Plus(after.MinusOrZero(before));
                    lost = lost.Plus(before.MinusOrZero(after));
                }
            }

            report.GetCreditsGained(unit).Should().Be(gained);
            report.GetCreditsLost(unit).Should().Be(lost);
        }
    }

    [Fact]
    public void Compare_NegativeSamples_ThrowsNamingParameter()
    {
        var act = () => PopulationImpact.Compare(BatchWorld.Plan, BatchWorld.Plan, Claims, -1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("samplesPerTransition");
    }

    [Fact]
    public void Compare_TokenCancelledMidPopulation_StopsBeforeTheNextClaim()
    {
        using var cancellation = new CancellationTokenSource();
        var read = 0;
        IEnumerable<CreditClaim> Stream()
        {
            foreach (var claim in Claims)
            {
                read++;
                if (read == 100)
                {
                    cancellation.Cancel();
                }

                yield return claim;
            }
        }

        var act = () => PopulationImpact.Compare(BatchWorld.Plan, BatchWorld.Plan, Stream(), cancellationToken: cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
        read.Should().Be(100, "the claim read when the token was cancelled is the last one read");
    }

    [Fact]
    public void Compare_CapAdjustmentThatChangesTheRecord_CountsItsClaims_OneThatChangesNothingDoesNot()
    {
        static LearnerRecord WithCapAdjustment(LearnerRecord learner) => new(
            learner.LearnerId, learner.IsVeteran, learner.ProgramEnrollments, learner.CourseEnrollments, learner.Completions, learner.IdentityVerifications, learner.ExamAttempts, learner.Fees, learner.Evidence, learner.PriorCredits, learner.Emails,
            [new ExceptionGrant("PET-2014-030", ExceptionKind.AdjustCap, new DateRange(new LocalDate(2014, 6, 1), new LocalDate(2014, 6, 30)), "Registrar", new LocalDate(2014, 6, 2), "transfer agreement", capId: "total-45", credits: CreditAmount.FromSemesterHours(50))]);

        // 43 SH posted + 7 SH claimed = 50 SH: over the cap of 45, within the adjusted 50. 30 + 3 = 33 SH: under both.
        var raised = WithCapAdjustment(RecordFixture.Learner("raised", [RecordFixture.Posted("t1", 43)], false, ("genetics", new LocalDate(2013, 5, 20), 80), ("biology", new LocalDate(2013, 5, 20), 80)));
        var unchanged = WithCapAdjustment(RecordFixture.Learner("unchanged", [RecordFixture.Posted("t1", 30)], false, ("genetics", new LocalDate(2013, 5, 20), 80)));
        CreditClaim[] claims = [new(raised, "genetics", "inst", "prog"), new(raised, "biology", "inst", "prog"), new(unchanged, "genetics", "inst", "prog")];
        var policies = new PolicySet([RecordFixture.Institution(RecordFixture.Cap(45))]);
        var baseline = EvaluationPlan.Compile(RecordFixture.Catalog, policies, RecordFixture.AsOf);
        var proposed = EvaluationPlan.Compile(RecordFixture.Catalog, policies, new LocalDate(2014, 7, 1));

        var report = PopulationImpact.Compare(baseline, proposed, claims, cancellationToken: TestContext.Current.CancellationToken);

        claims.Should().NotContain(c => baseline.Explain(c).HasReason(ReasonCode.ExceptionApplied), "decided alone, no claim meets a cap");
        report.Errors.Should().Be(0);
        report.RestingOnExceptionsBefore.Should().Be(2, "both of the raised learner's claims rest on the adjusted cap; the unchanged learner's claim does not");
        report.RestingOnExceptionsAfter.Should().Be(0, "the day after the adjustment ends it changes nothing");
    }
}
