using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CreditRules.Benchmarks.Baselines;
using CreditRules.Engine;

namespace CreditRules.Benchmarks;

/// <summary>
/// Deciding a population of 20,000 generated claims over the benchmark world, per claim (OperationsPerInvoke), one thread
/// unless the name says otherwise. Group "single thread": Microsoft RulesEngine 6.0.1 with the same rules as a JSON
/// workflow over facts flattened in setup (the baseline) and flattened per claim, the hand-written rules, CreditRules
/// outcome-only (one call per claim; the span bulk API; and with the learner's compact form built per claim, as a first
/// decision of each record pays), and explained. Group "parallel": the same bulk API on 2 threads against 1 thread.
/// Group "record level": whole learner records (every course with an exam attempt, caps and record rules), per learner.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class BatchBenchmarks
{
    private const int Claims = 20_000;

    /// <summary>Whole-learner records decided in the record-level row: the first learners of the population.</summary>
    private const int Records = 2_000;

    private CreditClaim[] _claims = [];
    private ClaimFacts[] _facts = [];
    private DecisionSummary[] _results = [];
    private EvaluationPlan _plan = null!;
    private HandWrittenRules _hand = null!;
    private RulesEngine.RulesEngine _rulesEngine = null!;
    private RecordEvaluator _records = null!;
    private RecordEvaluationRequest[] _recordRequests = [];
    private PreparedClaims _prepared = null!;

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

        // The prepared population (issue 12): built once, untimed, like RulesEngine's flattened facts; it must agree with Summarize claim by claim.
        _prepared = _plan.Prepare(_claims);
        _plan.Summarize(_prepared, _results);
        for (var i = 0; i < Claims; i++)
        {
            if (_results[i] != _plan.Summarize(_claims[i]))
            {
                throw new InvalidOperationException("The prepared population disagrees with Summarize on claim " + i + ": " + _results[i] + " vs " + _plan.Summarize(_claims[i]) + ".");
            }
        }

        // A whole record per learner: every course the learner has an exam attempt for, and the course claimed.
        _records = new RecordEvaluator(new EligibilityEvaluator(BenchmarkWorld.Catalog, BenchmarkWorld.Policies));
        _recordRequests = [.. _claims.Take(Records).Select(c => new RecordEvaluationRequest(
            c.Learner, c.Learner.ExamAttempts.Select(a => a.CourseId).Append(c.CourseId).Distinct(StringComparer.Ordinal), c.InstitutionId, c.ProgramId, BenchmarkWorld.AsOf))];
    }

    private const string Single = "single thread";
    private const string Threads = "parallel";
    private const string Record = "record level";

    [Benchmark(OperationsPerInvoke = Claims)]
    [BenchmarkCategory(Single)]
    [Row("Hand-written C# over the same domain objects", Data = "20,000 generated claims (seed 2013), in memory")]
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
    [BenchmarkCategory(Single)]
    [Row("CreditRules outcome-only (`Summarize`), per claim", Data = "20,000 generated claims (seed 2013), in memory", Target = "≤ 60 ns, ≥ 50x faster than RulesEngine, 0 B")]
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
    [BenchmarkCategory(Single)]
    [Row("CreditRules outcome-only, span bulk API (`Evaluate`)", Data = "20,000 generated claims (seed 2013), in memory")]
    public long OutcomeOnlySpan() => _plan.Evaluate(_claims, _results).DecisionCount;

    /// <summary>Outcome-only over the prepared population (<see cref="EvaluationPlan.Prepare"/>, built in setup like RulesEngine's flattened facts): shared contiguous fact arrays.</summary>
    [Row("CreditRules outcome-only over a prepared population (`Prepare` untimed, `Summarize(PreparedClaims, Span)`), per claim", Data = "20,000 generated claims (seed 2013), in memory, prepared in setup", Target = "≤ 60 ns, ≥ 50x faster than RulesEngine, 0 B")]
    [Benchmark(OperationsPerInvoke = Claims)]
    [BenchmarkCategory(Single)]
    public int OutcomeOnlyPrepared()
    {
        _plan.Summarize(_prepared, _results);
        return _results.Length;
    }

    /// <summary>The same, preparing the population inside the timed call (resolving every claim and laying out every learner's facts).</summary>
    [Row("the same, preparing the population inside the timed call", Data = "20,000 generated claims (seed 2013), in memory")]
    [Benchmark(OperationsPerInvoke = Claims)]
    [BenchmarkCategory(Single)]
    public int OutcomeOnlyPreparedWithPreparation()
    {
        _plan.Summarize(_plan.Prepare(_claims), _results);
        return _results.Length;
    }

    /// <summary>Outcome-only on claims never decided before: each builds its learner's compact form (and checks its references) first.</summary>
    [Benchmark(OperationsPerInvoke = Claims)]
    [BenchmarkCategory(Single)]
    [Row("outcome-only, each claim's first decision (builds the learner's compact form)", Data = "20,000 generated claims (seed 2013), in memory")]
    public int OutcomeOnlyFirstDecision()
    {
        var eligible = 0;
        foreach (var claim in _claims)
        {
            var fresh = new CreditClaim(claim.Learner, claim.CourseId, claim.InstitutionId, claim.ProgramId);
            eligible += _plan.Summarize(fresh).Outcome == DecisionOutcome.Eligible ? 1 : 0;
        }

        return eligible;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Claims)]
    [BenchmarkCategory(Threads)]
    [Row("CreditRules span bulk API (`EvaluateParallel`), 1 thread", Data = "20,000 generated claims (seed 2013), in memory")]
    public long ParallelOneThread() => _plan.EvaluateParallel(_claims, _results, 1).DecisionCount;

    [Benchmark(OperationsPerInvoke = Claims)]
    [BenchmarkCategory(Threads)]
    [Row("CreditRules span bulk API (`EvaluateParallel`), 2 threads", Threads = 2, Data = "20,000 generated claims (seed 2013), in memory", Target = "≥ 1.8x, 0 B")]
    public long ParallelTwoThreads() => _plan.EvaluateParallel(_claims, _results, 2).DecisionCount;

    [Benchmark(OperationsPerInvoke = Claims)]
    [BenchmarkCategory(Single)]
    [Row("CreditRules explained (`Explain`)", Data = "20,000 generated claims (seed 2013), in memory", Target = "≤ 10x time of OutcomeOnly")]
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
    [BenchmarkCategory(Single)]
    [Row("Microsoft RulesEngine 6.0.1 default, flattening the facts timed", Data = "20,000 generated claims (seed 2013), in memory")]
    public int RulesEngineWithFlattening()
    {
        var eligible = 0;
        foreach (var claim in _claims)
        {
            eligible += RulesEngineSetup.Decide(_rulesEngine, RulesEngineSetup.FactsFrom(claim, BenchmarkWorld.AsOf)) == DecisionOutcome.Eligible ? 1 : 0;
        }

        return eligible;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Claims)]
    [BenchmarkCategory(Single)]
    [Row("Microsoft RulesEngine 6.0.1 default, facts flattened untimed", Data = "20,000 generated claims (seed 2013), in memory")]
    public int RulesEngine()
    {
        var eligible = 0;
        foreach (var facts in _facts)
        {
            eligible += RulesEngineSetup.Decide(_rulesEngine, facts) == DecisionOutcome.Eligible ? 1 : 0;
        }

        return eligible;
    }

    /// <summary>Record level, per learner (not per claim): the whole record (caps, duplicates, residency, posting fee) explained.</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    [BenchmarkCategory(Record)]
    [Row("Record level per learner, explained (`RecordEvaluator`: every course with an exam attempt, caps, record rules)", Data = "first 2,000 learners of the same population", Target = "reported per learner")]
    public int RecordLevelPerLearner()
    {
        var awards = 0;
        foreach (var request in _recordRequests)
        {
            awards += _records.Evaluate(request).Awards.Count;
        }

        return awards;
    }
}
