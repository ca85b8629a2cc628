using BenchmarkDotNet.Attributes;
using CreditRules.Domain;
using CreditRules.Engine;
using CreditRules.Engine.Rules;

namespace CreditRules.Benchmarks;

/// <summary>
/// The floor under issue 16's target (<see cref="CreditExplorer.Rank"/> &lt; 1 ms for 2,000 institutions x 5 programs): the
/// parts of the ranked pass that remain even for a design that shares every repeated answer, measured beside the shipped
/// <see cref="CreditExplorer.Rank"/> (the baseline) in the same run, on the same data and learner as
/// <see cref="ExploreBenchmarks"/>, one thread.
/// </summary>
/// <remarks>
/// <para>For this learner the 10,000 programs give far fewer different results than programs. A design that decides each
/// different result once and finds every other program's result for free (no key to compute, no lookup) still has to:
/// decide the claims once per different claim decision (<see cref="ClaimRulesOncePerDifferentDecision"/>), run the record
/// rules once per different result (<see cref="RecordRulesOncePerDifferentResult"/>), compile the learner once
/// (<see cref="CompileLearner"/>) and write and sort one entry per program (<see cref="WriteAndSortEntries"/>). The sum of
/// those four rows is that design's floor; anything above it is the cost of finding which answers repeat.</para>
/// <para>The claim states fed to the record rules were decided by the claim rules in setup, program by program (the
/// capture path of <see cref="RecordPlan"/>'s summary, the one the ranked pass uses to share claims); each call
/// runs the rules again on them: nothing measured here returns a stored answer. <see cref="RecordRulesEveryProgram"/> is
/// the record stage of today's pass for comparison (every program, claims given).</para>
/// </remarks>
[MemoryDiagnoser]
public class ExploreFloorBenchmarks
{
    private CreditExplorer _explorer = null!;
    private RecordPlan _plan = null!;
    private LearnerRecord _learner = null!;
    private string[] _courses = [];
    private ExploreEntry[] _buffer = [];
    private ExploreEntry[] _passOrder = [];
    private int _count;
    private RecordEvaluationRequest _template = null!;
    private CompiledRecord _compiled = null!;
    private int[] _courseIndexes = [];
    private PriorCredit[] _prior = [];
    private Target[] _every = [];
    private Target[] _differentResults = [];
    private (ExploreTarget Target, int Course)[] _differentClaims = [];
    private DecisionSummary[] _claims = [];

    [Params(2_000)]
    public int Institutions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (_, records, explorer) = ExploreBenchmarks.World(Institutions);
        _explorer = explorer;
        _plan = records.Plan;
        _learner = ExploreBenchmarks.Learner();
        _courses = ExploreBenchmarks.Courses();
        _buffer = new ExploreEntry[_explorer.ProgramCount];
        _claims = new DecisionSummary[_courses.Length];

        // The ranked entries, put back into the order the pass writes them (institution by institution, program by program).
        _count = _explorer.Rank(Request(), _buffer);
        var targets = new ExploreTargets(_plan.Claims);
        var position = new int[targets.All.Length];
        for (var t = 0; t < targets.All.Length; t++)
        {
            position[targets.All[t].Order] = t;
        }

        _passOrder = new ExploreEntry[_count];
        foreach (var entry in _buffer.AsSpan(0, _count))
        {
            _passOrder[position[entry.Order]] = entry;
        }

        // The learner compiled as the pass compiles it; each program's claims decided by the claim rules (captured).
        _template = Request().Template;
        _compiled = _plan.CompileForEveryInstitution(_learner);
        _courseIndexes = _courses.Select(_plan.Claims.CourseIndexOfCourse).ToArray();
        _prior = RecordPlan.PriorOnOrBefore(_compiled.Learner, BenchmarkWorld.AsOf);
        _every = new Target[targets.All.Length];
        var results = new HashSet<string>(StringComparer.Ordinal);
        var claimDecisions = new HashSet<string>(StringComparer.Ordinal);
        var differentResults = new List<Target>();
        var differentClaims = new List<(ExploreTarget, int)>();
        for (var t = 0; t < targets.All.Length; t++)
        {
            var target = targets.All[t];
            var selection = PolicyVersionSelection.Select(target.Institution, _compiled.Learner, target.Program.Id, BenchmarkWorld.AsOf);
            var states = new ClaimState[_courses.Length];
            var route = target.RecordRoute(_plan, selection.PolicyIndex);
            var summary = _plan.Summarize(_template, _compiled, _courseIndexes, target.Routes, target.ProgramRoutes, _claims, default, states, _prior, route);
            foreach (var state in states)
            {
                if (state.Reasons.More is not null || state.Restrictions.More is not null || state.ExceptionsUsed.More is not null)
                {
                    throw new InvalidOperationException("A claim state spills its bit sets into an array; it cannot be fed to the record rules twice.");
                }
            }

            var entry = _passOrder[t];
            if (entry.Program != target.Program || entry.Summary != summary)
            {
                throw new InvalidOperationException("The record rules over the captured claims disagree with the ranked pass at " + target.Program.Id + ".");
            }

            _every[t] = new Target(target, states, route);
            var result = string.Join('|', entry.Outcome, entry.Summary.CreditsGranted, entry.Summary.PostedPriorCredit, entry.Summary.ResidencyOutstanding, entry.Summary.PostingFeeDue, entry.Summary.Reasons, entry.Cost, entry.ClaimsOutstanding, entry.StepsOutstanding);
            if (results.Add(result))
            {
                differentResults.Add(_every[t]);
            }

            for (var c = 0; c < states.Length; c++)
            {
                var decision = string.Join('|', c, states[c].Outcome, states[c].CreditsGranted, states[c].GrantedLevel, states[c].Reasons.Low, states[c].Reasons.High);
                if (claimDecisions.Add(decision))
                {
                    differentClaims.Add((target, c));
                }
            }
        }

        _differentResults = [.. differentResults];
        _differentClaims = [.. differentClaims];
        Console.WriteLine($"// {Institutions} institutions, {_count} programs: {_differentResults.Length} different results, {_differentClaims.Length} different claim decisions ({_courses.Length} claimed courses)");
    }

    [Benchmark(Baseline = true)]
    [Row("Floor of issue 16: `CreditExplorer.Rank` as shipped (baseline), per call", Data = "one learner (5 claimed courses, 2 prior credits), synthetic institutions x 5 programs")]
    public int Rank() => _explorer.Rank(Request(), _buffer);

    [Benchmark]
    [Row("Floor of issue 16: the record rules at every program, claims given, per call", Data = "the same learner and programs; each program's claim states decided in setup")]
    public decimal RecordRulesEveryProgram() => Records(_every);

    [Benchmark]
    [Row("Floor of issue 16: the record rules once per different result, claims given, per call", Data = "one program per different result of the same learner (see the setup line)")]
    public decimal RecordRulesOncePerDifferentResult() => Records(_differentResults);

    [Benchmark]
    [Row("Floor of issue 16: the claim rules once per different claim decision, per call", Data = "one (program, course) per different claim decision of the same learner")]
    public int ClaimRulesOncePerDifferentDecision()
    {
        var eligible = 0;
        foreach (var (target, course) in _differentClaims)
        {
            var state = new ClaimState(_compiled.Facts, BenchmarkWorld.AsOf, _courseIndexes[course], target.Routes, target.ProgramRoutes, null);
            var sink = default(SummarySink);
            _plan.Claims.Decide(ref state, ref sink);
            eligible += state.Outcome == DecisionOutcome.Eligible ? 1 : 0;
        }

        return eligible;
    }

    [Benchmark]
    [Row("Floor of issue 16: compiling the learner for every institution, per call", Data = "the same learner")]
    public int CompileLearner() => _plan.CompileForEveryInstitution(_learner).Facts.Exceptions.Length + RecordPlan.PriorOnOrBefore(_learner, BenchmarkWorld.AsOf).Length;

    [Benchmark]
    [Row("Floor of issue 16: writing every program's entry and sorting them (`RankKey.Sort`), per call", Data = "the ranked pass's 10,000 entries in the order it writes them")]
    public int WriteAndSortEntries()
    {
        _passOrder.AsSpan().CopyTo(_buffer);
        RankKey.Sort(_buffer.AsSpan(0, _count));
        return _buffer[0].Order;
    }

    [Benchmark]
    [Row("Floor of issue 16: writing every program's entry alone (the copy in the row above), per call", Data = "the ranked pass's 10,000 entries")]
    public int WriteEntries()
    {
        _passOrder.AsSpan().CopyTo(_buffer);
        return _buffer[_count - 1].Order;
    }

    private decimal Records(Target[] targets)
    {
        var total = 0m;
        foreach (var target in targets)
        {
            var summary = _plan.Summarize(_template, _compiled, _courseIndexes, target.Explore.Routes, target.Explore.ProgramRoutes, _claims, target.States, default, _prior, target.Route);
            total += summary.CreditsGranted.ToDecimal();
        }

        return total;
    }

    private ExploreRequest Request() => new(_learner, _courses, BenchmarkWorld.AsOf, explainTop: 0, maxDegreeOfParallelism: 1);

    private sealed record Target(ExploreTarget Explore, ClaimState[] States, RecordRoute Route);
}
