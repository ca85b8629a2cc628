namespace CreditRules.Tests.Engine.Batch;

public sealed class BulkEvaluationTests
{
    private static readonly CreditClaim[] Claims = BatchWorld.Population(20_000, seed: 99);

    /// <summary>Reports synchronously, unlike <see cref="Progress{T}"/>, so a test sees every report.</summary>
    private sealed class Recorder(Action<BulkProgress>? onReport = null) : IProgress<BulkProgress>
    {
        public List<BulkProgress> Reports { get; } = [];

        public void Report(BulkProgress value)
        {
            lock (Reports)
            {
                Reports.Add(value);
            }

            onReport?.Invoke(value);
        }
    }

    private static CreditClaim[] WithBadInputs()
    {
        var claims = Claims[..10].ToArray();
        claims[3] = null!;
        claims[6] = new CreditClaim(new LearnerRecord("ghost", courseEnrollments: [new CourseEnrollment("nope-2013s", EnrollmentTrack.Verified, Instant.FromUtc(2013, 3, 1, 0, 0))]), "precalc", "eastern", "aa-general");
        claims[8] = new CreditClaim(new LearnerRecord("lost"), "precalc", "atlantis", "aa-general");
        return claims;
    }

    [Fact]
    public void Evaluate_SpanWithBadInputsInTheMiddle_YieldsErrorEntriesAndCarriesOn()
    {
        var claims = WithBadInputs();
        var results = new DecisionSummary[claims.Length];

        var run = BatchWorld.Plan.Evaluate(claims, results, cancellationToken: TestContext.Current.CancellationToken);

        run.InputCount.Should().Be(10);
        run.OutputCount.Should().Be(10);
        run.DecisionCount.Should().Be(7);
        run.IsCancelled.Should().BeFalse();
        run.Errors.Select(e => e.ToString()).Should().Equal(
            "#3 (unknown learner) claims[3]: InvalidInput: The claim is null.",
            "#6 ghost Learner 'ghost' CourseEnrollments[0].SessionId = 'nope-2013s': UnknownReference: Learner 'ghost' CourseEnrollments[0].SessionId: no course session has the id 'nope-2013s'. (Parameter 'Learner 'ghost' CourseEnrollments[0].SessionId')",
            "#8 lost InstitutionId = 'atlantis': UnknownReference: InstitutionId: no institution has the id 'atlantis'. (Parameter 'InstitutionId')");
        results.Select((r, i) => r.IsDecided ? -1 : i).Where(i => i >= 0).Should().Equal(3, 6, 8);
        results[9].Should().Be(BatchWorld.Plan.Summarize(claims[9]));
    }

    [Fact]
    public void Evaluate_Enumerable_YieldsOneEntryPerInputInOrder()
    {
        var claims = WithBadInputs();

        var entries = BatchWorld.Plan.Evaluate(claims).ToArray();

        entries.Select(e => e.Position).Should().Equal(Enumerable.Range(0, 10).Select(i => (long)i));
        entries.Select(e => e.IsError).Should().Equal(false, false, false, true, false, false, true, false, true, false);
        entries[6].Error!.Path.Should().Be("Learner 'ghost' CourseEnrollments[0].SessionId");
        entries[6].Error!.AttemptedValue.Should().Be("nope-2013s");
        entries[6].LearnerId.Should().Be("ghost");
        entries[0].Summary.Should().Be(BatchWorld.Plan.Summarize(claims[0]));
    }

    [Fact]
    public async Task EvaluateAsync_Stream_EqualsEnumerableRun()
    {
        var claims = WithBadInputs();

        var entries = new List<BulkEntry>();
        await foreach (var entry in BatchWorld.Plan.EvaluateAsync(ToAsync(claims), TestContext.Current.CancellationToken))
        {
            entries.Add(entry);
        }

        entries.Select(e => (e.Position, e.LearnerId, e.Summary, e.Error?.ToString()))
            .Should().Equal(BatchWorld.Plan.Evaluate(claims).Select(e => (e.Position, e.LearnerId, e.Summary, e.Error?.ToString())));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void EvaluateParallel_AnyDegree_EqualsSequentialRun(int degree)
    {
        var sequential = new DecisionSummary[Claims.Length];
        var parallel = new DecisionSummary[Claims.Length];
        var expected = BatchWorld.Plan.Evaluate(Claims, sequential, cancellationToken: TestContext.Current.CancellationToken);

        var run = BatchWorld.Plan.EvaluateParallel(Claims, parallel, degree, cancellationToken: TestContext.Current.CancellationToken);

        parallel.Should().Equal(sequential);
        run.InputCount.Should().Be(expected.InputCount).And.Be(Claims.Length);
        run.OutputCount.Should().Be(Claims.Length);
        run.DecisionCount.Should().Be(expected.DecisionCount);
    }

    [Fact]
    public void EvaluateParallel_CancelledAfterFirstBlock_ReturnsTheFinishedPrefix()
    {
        using var cancellation = new CancellationTokenSource();
        var results = new DecisionSummary[Claims.Length];
        var progress = new Recorder(_ => cancellation.Cancel());

        var run = BatchWorld.Plan.EvaluateParallel(Claims, results, 2, progress, cancellation.Token);

        run.IsCancelled.Should().BeTrue();
        run.InputCount.Should().BeInRange(EvaluationPlan.BlockSize, EvaluationPlan.BlockSize * 2).And.BeLessThan(Claims.Length);
        (run.InputCount % EvaluationPlan.BlockSize).Should().Be(0, "whole blocks finish");
        run.OutputCount.Should().Be(run.InputCount);
        var prefix = (int)run.InputCount;
        results[..prefix].Should().Equal(Claims[..prefix].Select(BatchWorld.Plan.Summarize));
        results[prefix..].Should().OnlyContain(r => !r.IsDecided);
    }

    [Fact]
    public void Evaluate_SpanAlreadyCancelled_TakesNothingIn()
    {
        var results = new DecisionSummary[100];

        var run = BatchWorld.Plan.Evaluate(Claims.AsSpan(0, 100), results, cancellationToken: new CancellationToken(canceled: true));

        run.IsCancelled.Should().BeTrue();
        run.InputCount.Should().Be(0);
        run.Offered.Should().Be(100);
        run.ToString().Should().Be("0 in, 0 decisions + 0 errors out (cancelled; 100 offered)");
    }

    [Fact]
    public void Evaluate_Span_ReportsProgressEndingAtTheTotal()
    {
        var progress = new Recorder();

        BatchWorld.Plan.Evaluate(Claims, new DecisionSummary[Claims.Length], progress, TestContext.Current.CancellationToken);

        progress.Reports.Select(p => p.Processed).Should().BeInAscendingOrder();
        progress.Reports[^1].Should().Be(new BulkProgress(Claims.Length, Claims.Length, 0));
    }

    [Fact]
    public void Evaluate_ResultsTooShort_ThrowsNamingBothLengths()
    {
        var act = () => BatchWorld.Plan.Evaluate(Claims.AsSpan(0, 3), new DecisionSummary[2]);

        act.Should().Throw<ArgumentException>().WithParameterName("results")
            .WithMessage("The results span holds 2 entries; it needs one per claim (3). (Parameter 'results')");
    }

    private static async IAsyncEnumerable<CreditClaim> ToAsync(IEnumerable<CreditClaim> claims)
    {
        foreach (var claim in claims)
        {
            await Task.Yield();
            yield return claim;
        }
    }
}
