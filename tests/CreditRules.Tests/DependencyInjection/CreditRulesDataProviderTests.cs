using CreditRules.DependencyInjection;
using CreditRules.Tests.Support;
using NodaTime.Testing;

namespace CreditRules.Tests.DependencyInjection;

public sealed class CreditRulesDataProviderTests
{
    private static readonly IClock Clock = new FakeClock(Instant.FromUtc(2014, 6, 30, 12, 0));

    private static CreditRulesData Data(string version) => new(HostSamples.Catalog, HostSamples.Policies, version);

    [Fact]
    public void Reload_SourceHasNewVersion_SwapsAndLaterDecisionsNameIt()
    {
        var version = 1;
        var provider = new CreditRulesDataProvider(new DelegateCreditRulesDataSource(() => Data("v" + version)), Clock, []);
        var before = provider.Evaluator;

        version = 2;
        var loaded = provider.Reload(TestContext.Current.CancellationToken);

        loaded.Should().Be("v2");
        provider.DataVersion.Should().Be("v2");
        provider.Evaluator.Evaluate(HostSamples.AdaRequest()).DataVersion.Should().Be("v2");
        before.Evaluate(HostSamples.AdaRequest()).DataVersion.Should().Be("v1");
    }

    [Fact]
    public async Task Swap_DuringAnEvaluation_InFlightEvaluationFinishesOnItsVersion()
    {
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var gate = new GateRule(entered, release);
        var provider = new CreditRulesDataProvider(new InMemoryCreditRulesDataSource(Data("v1")), Clock, [gate]);
        var evaluator = new CreditRulesEvaluator(provider, new CreditRulesOptions().Validate(), Clock);

        var inFlight = Task.Run(() => evaluator.Evaluate(HostSamples.AdaRequest()), TestContext.Current.CancellationToken);
        entered.Wait(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken).Should().BeTrue("the evaluation must reach the host rule");
        provider.Swap(Data("v2"));
        gate.Open = true;
        release.Set();

        (await inFlight).DataVersion.Should().Be("v1");
        evaluator.Evaluate(HostSamples.AdaRequest()).DataVersion.Should().Be("v2");
        evaluator.DataVersion.Should().Be("v2");
    }

    [Fact]
    public void Reload_SourceThrows_KeepsTheCurrentSnapshot()
    {
        var fail = false;
        var provider = new CreditRulesDataProvider(new DelegateCreditRulesDataSource(() => fail ? throw new IOException("disk gone") : Data("v1")), Clock, []);
        fail = true;

        var act = () => provider.Reload();

        act.Should().Throw<IOException>().WithMessage("disk gone");
        provider.DataVersion.Should().Be("v1");
    }

    [Fact]
    public void Reload_TokenCancelledWhileLoading_ThrowsAndKeepsTheCurrentSnapshot()
    {
        using var cancellation = new CancellationTokenSource();
        var loads = 0;
        var provider = new CreditRulesDataProvider(new DelegateCreditRulesDataSource(() =>
        {
            if (++loads > 1)
            {
                cancellation.Cancel();
            }

            return Data("v" + loads);
        }), Clock, []);

        var act = () => provider.Reload(cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
        loads.Should().Be(2);
        provider.DataVersion.Should().Be("v1");
    }

    [Fact]
    public void Reload_TokenAlreadyCancelled_ThrowsWithoutLoading()
    {
        var loads = 0;
        var provider = new CreditRulesDataProvider(new DelegateCreditRulesDataSource(() => Data("v" + ++loads)), Clock, []);

        var act = () => provider.Reload(new CancellationToken(canceled: true));

        act.Should().Throw<OperationCanceledException>();
        loads.Should().Be(1);
        provider.DataVersion.Should().Be("v1");
    }

    [Fact]
    public void EvaluateBatch_TokenCancelledMidBatch_StopsWithOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        var counter = new CancelAfterRule(cancellation, after: 10);
        var provider = new CreditRulesDataProvider(new InMemoryCreditRulesDataSource(Data("v1")), Clock, [counter]);
        var evaluator = new CreditRulesEvaluator(provider, new CreditRulesOptions { MaxDegreeOfParallelism = 1 }.Validate(), Clock);
        var requests = HostSamples.Population(1000, seed: 3);

        var act = () => evaluator.EvaluateBatch(requests, cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
        counter.Count.Should().BeGreaterThanOrEqualTo(10).And.BeLessThan(requests.Count, "no request starts once the token is cancelled");
    }

    [Fact]
    public void EvaluateBatchEntries_TokenCancelledMidBatch_StopsWithOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        var counter = new CancelAfterRule(cancellation, after: 10);
        var provider = new CreditRulesDataProvider(new InMemoryCreditRulesDataSource(Data("v1")), Clock, [counter]);
        var evaluator = new CreditRulesEvaluator(provider, new CreditRulesOptions { MaxDegreeOfParallelism = 1 }.Validate(), Clock);
        var requests = HostSamples.Population(1000, seed: 3);

        var act = () => evaluator.EvaluateBatchEntries(requests, cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
        counter.Count.Should().BeGreaterThanOrEqualTo(10).And.BeLessThan(requests.Count, "no request starts once the token is cancelled");
    }

    [Fact]
    public void EvaluateBatch_TokenNotCancelled_DecidesEveryRequest()
    {
        using var cancellation = new CancellationTokenSource();
        var provider = new CreditRulesDataProvider(new InMemoryCreditRulesDataSource(Data("v1")), Clock, []);
        var evaluator = new CreditRulesEvaluator(provider, new CreditRulesOptions { MaxDegreeOfParallelism = 2 }.Validate(), Clock);
        var requests = HostSamples.Population(200, seed: 3);

        evaluator.EvaluateBatch(requests, cancellation.Token).Select(HostSamples.Fingerprint)
            .Should().Equal(requests.Select(r => HostSamples.Fingerprint(evaluator.Evaluate(r))));
    }

    [Fact]
    public void Constructor_DelegateReturnsNull_ThrowsNamingTheProblem()
    {
        var act = () => new CreditRulesDataProvider(new DelegateCreditRulesDataSource(() => null!), Clock, []);

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("The CreditRules data loader returned null; it must return a CreditRulesData snapshot.");
    }

    [Fact]
    public void Reload_ManyConcurrentReloadsAndEvaluations_EveryDecisionNamesALoadedVersion()
    {
        var counter = 0;
        var provider = new CreditRulesDataProvider(new DelegateCreditRulesDataSource(() => Data("v" + Interlocked.Increment(ref counter))), Clock, []);
        var evaluator = new CreditRulesEvaluator(provider, new CreditRulesOptions().Validate(), Clock);

        var versions = new string?[400];
        Parallel.For(0, versions.Length, i =>
        {
            if (i % 4 == 0)
            {
                provider.Reload();
            }

            versions[i] = evaluator.Evaluate(HostSamples.AdaRequest()).DataVersion;
        });

        var loaded = Enumerable.Range(1, counter).Select(n => "v" + n).ToHashSet();
        versions.Should().OnlyContain(v => v != null && loaded.Contains(v));
        provider.DataVersion.Should().Be("v" + counter);
    }

    /// <summary>Holds the first evaluation inside the host rule until the test has swapped the data.</summary>
    /// <summary>Counts the evaluations it sees and cancels <paramref name="cancellation"/> at the <paramref name="after"/>-th.</summary>
    private sealed class CancelAfterRule(CancellationTokenSource cancellation, int after) : IEligibilityRule
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public string Id => "host.cancel-after";

        public void Apply(RuleContext context)
        {
            if (Interlocked.Increment(ref _count) == after)
            {
                cancellation.Cancel();
            }
        }
    }

    private sealed class GateRule(ManualResetEventSlim entered, ManualResetEventSlim release) : IEligibilityRule
    {
        public volatile bool Open;

        public string Id => "host.gate";

        public void Apply(RuleContext context)
        {
            if (Open)
            {
                return;
            }

            entered.Set();
            release.Wait(TimeSpan.FromSeconds(30));
        }
    }
}
