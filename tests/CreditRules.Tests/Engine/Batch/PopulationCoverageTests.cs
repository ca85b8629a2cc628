using CreditRules.Documents;
using CreditRules.Engine.Rules;
using CreditRules.Tests.Engine.Records;

namespace CreditRules.Tests.Engine.Batch;

/// <summary>
/// The generated population exercises every rule: over the sample documents (record policies: caps, equivalences,
/// precedence, local credits, posting fees), the batch world (an exhibit expired before the as-of date) and the record
/// world (the batch world with record policies, among them a limit on exam credit per academic year), its learners
/// raise every reason code the rule registry declares, claim by claim and over whole records, so a new rule is part of the
/// generator's coverage the day it is registered.
/// </summary>
public sealed class PopulationCoverageTests
{
    private static readonly LocalDate AsOf = new(2014, 6, 30);

    [Fact]
    public void Generate_SampleDocumentsBatchAndRecordWorlds_RaiseEveryRegisteredReasonCode()
    {
        var catalog = CatalogDocument.LoadFile(Path.Combine(AppContext.BaseDirectory, "samples", "catalog.json")).Value;
        var policies = PolicyDocument.LoadFile(Path.Combine(AppContext.BaseDirectory, "samples", "policies.json")).Value;

        var raised = Raised(catalog, policies).Concat(Raised(BatchWorld.Catalog, BatchWorld.Policies)).Concat(Raised(BatchWorld.Catalog, RecordWorld.Policies)).Concat(Raised(BatchWorld.Catalog, BatchWorld.ClaimScoped)).ToHashSet();

        string.Join(", ", RuleRegistry.Codes.Where(c => !raised.Contains(c)).Select(c => c.Value)).Should().BeEmpty("the generated population must raise every code some registered rule declares");
    }

    private static HashSet<ReasonCode> Raised(Catalog catalog, PolicySet policies)
    {
        var evaluator = new EligibilityEvaluator(catalog, policies);
        var records = new RecordEvaluator(evaluator);
        var raised = new HashSet<ReasonCode>();
        var n = 0;
        foreach (var claim in PopulationGenerator.Generate(catalog, policies, 6_000, seed: 2013))
        {
            raised.UnionWith(evaluator.Evaluate(claim.ToRequest(AsOf)).Reasons.Select(r => r.Code));

            // The whole record: every course the learner has facts for; every 50th learner also asked "what if" they enrolled on the as-of date.
            var courses = claim.Learner.Completions.Select(c => catalog.GetSessionOrNull(c.SessionId)!.CourseId).Prepend(claim.CourseId).Distinct().ToArray();
            Hypothesis[] whatIf = n++ % 50 == 0 ? [Hypothesis.EnrolledInProgram(claim.InstitutionId, claim.ProgramId, AsOf)] : [];
            var record = records.Evaluate(new RecordEvaluationRequest(claim.Learner, courses, claim.InstitutionId, claim.ProgramId, AsOf, whatIf));
            raised.UnionWith(record.Reasons.Select(r => r.Code));
            raised.UnionWith(record.Awards.SelectMany(c => c.AllReasons).Select(r => r.Code));
        }

        return raised;
    }
}
