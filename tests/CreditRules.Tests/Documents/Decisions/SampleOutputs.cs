using CreditRules.Documents;

namespace CreditRules.Tests.Documents.Decisions;

/// <summary>Every kind of output the bundled samples produce: each claim's decision, each record decision, a what-if diff per record, and an impact report.</summary>
internal static class SampleOutputs
{
    private static readonly Lazy<Outputs> Cached = new(Build);

    public static Outputs Value => Cached.Value;

    private static Outputs Build()
    {
        var catalog = CatalogDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "catalog.json")).Value;
        var policies = PolicyDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "policies.json")).Value;
        var learners = LearnerDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "learners.json"), catalog, policies).Value;
        var asOf = learners.AsOf!.Value;
        var evaluator = new EligibilityEvaluator(catalog, policies);
        var decisions = learners.Claims
            .Select(c => evaluator.Evaluate(new EvaluationRequest(learners.GetLearnerOrNull(c.LearnerId)!, c.CourseId, c.InstitutionId, c.ProgramId, asOf)))
            .ToArray();
        var records = new RecordEvaluator(evaluator);
        var requests = learners.Claims
            .GroupBy(c => (c.LearnerId, c.InstitutionId, c.ProgramId))
            .Select(g => new RecordEvaluationRequest(learners.GetLearnerOrNull(g.Key.LearnerId)!, g.Select(c => c.CourseId).Distinct(StringComparer.Ordinal), g.Key.InstitutionId, g.Key.ProgramId, asOf))
            .ToArray();
        var recordDecisions = requests.Select(records.Evaluate).ToArray();
        var diffs = requests
            .Select(r => DecisionDiff.Compare(records.Evaluate(r), records.Evaluate(r.WithAsOf(asOf.PlusYears(2)))))
            .ToArray();
        var claims = learners.Claims.Select(c => new CreditClaim(learners.GetLearnerOrNull(c.LearnerId)!, c.CourseId, c.InstitutionId, c.ProgramId)).ToArray();
        var impact = PopulationImpact.Compare(EvaluationPlan.Compile(catalog, policies, asOf), EvaluationPlan.Compile(catalog, policies, asOf.PlusYears(2)), claims);
        return new Outputs(decisions, recordDecisions, diffs, impact);
    }

    internal sealed record Outputs(IReadOnlyList<Decision> Decisions, IReadOnlyList<RecordDecision> Records, IReadOnlyList<DecisionDiff> Diffs, ImpactReport Impact);
}
