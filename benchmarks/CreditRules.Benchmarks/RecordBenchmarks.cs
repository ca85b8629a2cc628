using BenchmarkDotNet.Attributes;
using CreditRules.Domain;
using CreditRules.Engine;

namespace CreditRules.Benchmarks;

/// <summary>
/// Whole-record bulk: each generated learner's record (the claimed course and every other course the learner took) at a
/// policy version with caps and sub-caps, equivalences, a precedence chain, local credits before posting, residency and
/// a posting fee; explained (<see cref="RecordEvaluator.Evaluate"/>, the baseline) against outcome-only
/// (<see cref="RecordEvaluator.Summarize"/>), and the same claims decided alone, outcome-only, for the cost of the record
/// rules. 5,000 records of exactly 3 claims; figures are per claim (OperationsPerInvoke = 15,000).
/// </summary>
[MemoryDiagnoser]
public class RecordBenchmarks
{
    private const int Learners = 5_000;

    private const int ClaimsPerRecord = 3;

    private RecordEvaluationRequest[] _records = [];
    private CreditClaim[] _claims = [];
    private DecisionSummary[] _summaries = [];
    private RecordEvaluator _evaluator = null!;
    private EvaluationPlan _plan = null!;

    [GlobalSetup]
    public void Setup()
    {
        var policies = WithRecordPolicies(BenchmarkWorld.Policies);
        var catalog = BenchmarkWorld.Catalog;
        var courseOf = catalog.Sessions.ToDictionary(s => s.Id, s => s.CourseId, StringComparer.Ordinal);
        var fill = catalog.Courses.Select(c => c.Id).ToArray();

        // Exactly ClaimsPerRecord claims each: the generated claim, the learner's other courses, then other catalog courses.
        _records = [.. PopulationGenerator.Generate(catalog, policies, Learners, seed: 2013).Select(c => new RecordEvaluationRequest(
            c.Learner,
            c.Learner.CourseEnrollments.Select(e => courseOf[e.SessionId]).Prepend(c.CourseId).Concat(fill).Distinct(StringComparer.Ordinal).Take(ClaimsPerRecord),
            c.InstitutionId,
            c.ProgramId,
            BenchmarkWorld.AsOf))];
        _claims = [.. _records.SelectMany(r => r.CourseIds.Select(id => new CreditClaim(r.Learner, id, r.InstitutionId, r.ProgramId)))];
        _summaries = new DecisionSummary[ClaimsPerRecord];
        var evaluator = new EligibilityEvaluator(catalog, policies);
        _evaluator = new RecordEvaluator(evaluator);
        _plan = evaluator.Compile(BenchmarkWorld.AsOf);
        if (_claims.Length != Learners * ClaimsPerRecord)
        {
            throw new InvalidOperationException("Expected " + (Learners * ClaimsPerRecord) + " claims; got " + _claims.Length + ".");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Learners * ClaimsPerRecord)]
    [Row("Whole record explained (`RecordEvaluator.Evaluate`: caps, areas, record rules), per claim", Data = "5,000 generated records of 3 claims")]
    public long RecordExplained()
    {
        long eligible = 0;
        foreach (var record in _records)
        {
            foreach (var award in _evaluator.Evaluate(record).Awards)
            {
                eligible += award.Outcome == DecisionOutcome.Eligible ? 1 : 0;
            }
        }

        return eligible;
    }

    [Benchmark(OperationsPerInvoke = Learners * ClaimsPerRecord)]
    [Row("Whole record outcome-only (`RecordEvaluator.Summarize`), per claim", Data = "5,000 generated records of 3 claims", Target = "0 B")]
    public long RecordOutcomeOnly()
    {
        long eligible = 0;
        foreach (var record in _records)
        {
            _evaluator.Summarize(record, _summaries);
            for (var i = 0; i < record.CourseIds.Count; i++)
            {
                eligible += _summaries[i].Outcome == DecisionOutcome.Eligible ? 1 : 0;
            }
        }

        return eligible;
    }

    [Benchmark(OperationsPerInvoke = Learners * ClaimsPerRecord)]
    [Row("The same claims decided alone, outcome-only (`Summarize`)", Data = "5,000 generated records of 3 claims")]
    public long ClaimsAloneOutcomeOnly()
    {
        long eligible = 0;
        foreach (var claim in _claims)
        {
            eligible += _plan.Summarize(claim).Outcome == DecisionOutcome.Eligible ? 1 : 0;
        }

        return eligible;
    }

    /// <summary>The benchmark world's institutions with record policies on every policy version (illustrative numbers).</summary>
    private static PolicySet WithRecordPolicies(PolicySet policies)
    {
        KeyValuePair<string, string>[] equivalences = [new("algebra", "MATH-101"), new("precalc", "MATH-102"), new("calculus", "MATH-103"), new("statistics", "MATH-103")];
        var record = new RecordPolicy(
            "records",
            caps:
            [
                CreditCap.Absolute("all", CreditAmount.FromSemesterHours(8)),
                CreditCap.Absolute("evaluation", CreditAmount.FromSemesterHours(5), CapScope.Source, source: PriorCreditSource.PriorLearning),
                CreditCap.Percent("upper", 5, CapScope.Level, level: CreditLevel.UpperDivision),
            ],
            allowPartialAwards: true,
            overflowToElectives: true,
            equivalences: equivalences,
            precedence: [new PrecedenceChain("math", ["MATH-101", "MATH-102", "MATH-103"])],
            localCreditsBeforePosting: CreditAmount.FromSemesterHours(6),
            postingFee: new PostingFee(Money.Usd(25), Money.Usd(10), waivedForVeterans: true));
        return new PolicySet(policies.Institutions.Select(institution => new Institution(
            institution.Id,
            institution.Name,
            institution.CreditUnit,
            institution.TimeZone,
            institution.Policies.Select(p => new InstitutionPolicy(p.Id, p.AcceptedEvaluators, p.AcceptedLevels, p.AppliesTo, p.MinimumScore, p.Recency, p.Retakes, p.Evidence, p.QualifyingDateZone, p.Rounding, p.RequireProviderFees, record)),
            institution.Programs.Select(program => new DegreeProgram(program.Id, program.Name, program.Overrides, CreditAmount.FromSemesterHours(60).ConvertTo(institution.CreditUnit), CreditAmount.FromSemesterHours(6).ConvertTo(institution.CreditUnit))))));
    }
}
