using BenchmarkDotNet.Attributes;
using CreditRules.Benchmarks.Baselines;
using CreditRules.Engine;

namespace CreditRules.Benchmarks;

/// <summary>
/// Deciding a population of claims over the benchmark world, per claim (OperationsPerInvoke): the hand-written rules
/// (baseline), CreditRules outcome-only (one call per claim, and the span bulk API), explained, parallel, and Microsoft
/// RulesEngine 6.0.1 with the same rules as a JSON workflow, over facts flattened in setup (untimed) and flattened per
/// claim (timed).
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private const int Claims = 20_000;

    private CreditClaim[] _claims = [];
    private ClaimFacts[] _facts = [];
    private DecisionSummary[] _results = [];
    private EvaluationPlan _plan = null!;
    private HandWrittenRules _hand = null!;
    private RulesEngine.RulesEngine _rulesEngine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _claims = BenchmarkWorld.Population(Claims, seed: 2013);
        _results = new DecisionSummary[Claims];
        _plan = EvaluationPlan.Compile(BenchmarkWorld.Catalog, BenchmarkWorld.Policies, BenchmarkWorld.AsOf);
        _hand = new HandWrittenRules(BenchmarkWorld.AsOf);
        var disagreements = HandWrittenRules.Disagreements(_plan, _hand, _claims);
        if (disagreements != 0)
        {
            throw new InvalidOperationException("The hand-written baseline disagrees with the engine on " + disagreements + " claims; it would not be the same rule set.");
        }

        _rulesEngine = RulesEngineSetup.CreateEngine();
        _facts = [.. _claims.Select(c => RulesEngineSetup.FactsFrom(c, BenchmarkWorld.AsOf))];
        var agree = _facts.Where((f, i) => RulesEngineSetup.Decide(_rulesEngine, f) == _plan.Summarize(_claims[i]).Outcome).Count();
        Console.WriteLine($"// RulesEngine outcome agrees with CreditRules on {agree} of {Claims} claims");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Claims)]
    public int HandWritten()
    {
        var eligible = 0;
        foreach (var claim in _claims)
        {
            eligible += _hand.Decide(claim).Outcome == DecisionOutcome.Eligible ? 1 : 0;
        }

        return eligible;
    }

    [Benchmark(OperationsPerInvoke = Claims)]
    public int OutcomeOnly()
    {
        var eligible = 0;
        foreach (var claim in _claims)
        {
            eligible += _plan.Summarize(claim).Outcome == DecisionOutcome.Eligible ? 1 : 0;
        }

        return eligible;
    }

    [Benchmark(OperationsPerInvoke = Claims)]
    public long OutcomeOnlySpan() => _plan.Evaluate(_claims, _results).DecisionCount;

    [Benchmark(OperationsPerInvoke = Claims)]
    public long Parallel() => _plan.EvaluateParallel(_claims, _results, Environment.ProcessorCount).DecisionCount;

    [Benchmark(OperationsPerInvoke = Claims)]
    public int Explained()
    {
        var reasons = 0;
        foreach (var claim in _claims)
        {
            reasons += _plan.Explain(claim).Reasons.Count;
        }

        return reasons;
    }

    [Benchmark(OperationsPerInvoke = Claims)]
    public int RulesEngineWithFlattening()
    {
        var eligible = 0;
        foreach (var claim in _claims)
        {
            eligible += RulesEngineSetup.Decide(_rulesEngine, RulesEngineSetup.FactsFrom(claim, BenchmarkWorld.AsOf)) == DecisionOutcome.Eligible ? 1 : 0;
        }

        return eligible;
    }

    [Benchmark(OperationsPerInvoke = Claims)]
    public int RulesEngine()
    {
        var eligible = 0;
        foreach (var facts in _facts)
        {
            eligible += RulesEngineSetup.Decide(_rulesEngine, facts) == DecisionOutcome.Eligible ? 1 : 0;
        }

        return eligible;
    }
}
