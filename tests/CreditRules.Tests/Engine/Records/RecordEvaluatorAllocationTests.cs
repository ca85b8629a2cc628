using CreditRules.Tests.Engine.Batch;

namespace CreditRules.Tests.Engine.Records;

[Collection(nameof(AllocationCollection))]
public sealed class RecordEvaluatorAllocationTests
{
    private static readonly LocalDate[] AsOfDates = [new(2013, 12, 1), new(2014, 6, 30), new(2015, 6, 30), new(2016, 2, 1)];

    [Fact]
    public void Summarize_WarmedWholeRecords_AllocatesNothing()
    {
        // Whole records as the property test builds them (every allocation order, caps and sub-caps, equivalences,
        // precedence chains, holds, residency, posting fees), decided outcome-only.
        var courseOf = BatchWorld.Catalog.Sessions.ToDictionary(s => s.Id, s => s.CourseId, StringComparer.Ordinal);
        var records = PopulationGenerator.Generate(BatchWorld.Catalog, RecordWorld.Policies, 2_000, seed: 2013)
            .Select((c, n) => new RecordEvaluationRequest(
                c.Learner,
                c.Learner.CourseEnrollments.Select(e => courseOf[e.SessionId]).Append(c.CourseId).Distinct(StringComparer.Ordinal),
                c.InstitutionId,
                c.ProgramId,
                AsOfDates[n % AsOfDates.Length]))
            .ToArray();
        var evaluator = new RecordEvaluator(new EligibilityEvaluator(BatchWorld.Catalog, RecordWorld.Policies));
        var summaries = new DecisionSummary[8];
        var eligible = Decide(evaluator, records, summaries);

        // Measured rounds over the same records (rounds a GC paused are measured again: see RoundsAllocateNothing): a
        // per-record or per-claim allocation would show in each.
        Batch.EvaluationPlanAllocationTests.RoundsAllocateNothing(() => eligible += Decide(evaluator, records, summaries));

        eligible.Should().BePositive();
        records.Sum(r => r.CourseIds.Count).Should().BeGreaterThan(records.Length, "records hold several claims");
    }

    private static int Decide(RecordEvaluator evaluator, RecordEvaluationRequest[] records, DecisionSummary[] summaries)
    {
        var eligible = 0;
        foreach (var record in records)
        {
            evaluator.Summarize(record, summaries);
            for (var i = 0; i < record.CourseIds.Count; i++)
            {
                eligible += summaries[i].Outcome == DecisionOutcome.Eligible ? 1 : 0;
            }
        }

        return eligible;
    }
}
