using CreditRules.Tests.Engine.Batch;
using CreditRules.Tests.Engine.Records;
using CreditRules.Tests.Fixtures;
using CsCheck;

namespace CreditRules.Tests.Engine.Rules;

/// <summary>
/// Host claim rules run on the outcome-only path too (<c>HostRuleStep</c> with any sink): for generated learners
/// (<see cref="PopulationGenerator"/> from CsCheck-generated seeds, several as-of dates) decided by an evaluator with
/// the <see cref="ProgramAdmissionRule"/> at a generated severity and a host rule that reads reason codes
/// (<see cref="RuleContext.HasReason"/>), the outcome-only summary equals the summary of the explained decision
/// (outcome, credits, reason codes) on the single-claim path (<see cref="EvaluationPlan.Summarize"/>) and on the
/// whole-record path (<see cref="RecordEvaluator.Summarize"/>).
/// </summary>
public sealed class HostRuleStepPropertyTests
{
    private static readonly ReasonCode NoCreditWhileUnpaidOrUnadmitted = ReasonCode.Custom(
        "HostNoCreditWhileUnpaidOrUnadmitted", "host", ReasonSeverity.Blocking, "No credit while a fee is unpaid or the learner is not admitted.");

    private static readonly LocalDate[] AsOfDates = [new(2013, 12, 1), new(2014, 6, 30), new(2015, 6, 30), new(2016, 2, 1)];

    private static readonly ReasonSeverity[] Severities = [ReasonSeverity.Informational, ReasonSeverity.Outstanding, ReasonSeverity.Blocking];

    private static readonly Gen<(int Seed, int AsOf, int Severity, bool CodeReader)> Cases =
        Gen.Select(Gen.Int[1, 1_000_000], Gen.Int[0, AsOfDates.Length - 1], Gen.Int[0, Severities.Length - 1], Gen.Bool);

    [Fact]
    public void Summarize_WithHostClaimRules_EqualsSummaryOfExplainedDecision()
    {
        var hostReasons = 0;
        var hostDecided = 0;
        var readerReasons = 0;
        var claims = 0;
        Property.ForAll(Cases, c =>
        {
            var evaluator = Evaluator(c.Severity, c.CodeReader, RecordWorld.Policies);
            var plain = new EligibilityEvaluator(BatchWorld.Catalog, RecordWorld.Policies);
            var plan = evaluator.Compile(AsOfDates[c.AsOf]);
            foreach (var claim in PopulationGenerator.Generate(BatchWorld.Catalog, RecordWorld.Policies, 20, c.Seed))
            {
                var request = claim.ToRequest(plan.AsOf);
                var explained = evaluator.Evaluate(request);
                plan.Summarize(claim).Should().Be(DecisionSummary.FromDecision(explained), "claim " + claim);
                claims++;
                hostReasons += explained.Reasons.Count(r => r.RuleId.StartsWith("host.", StringComparison.Ordinal));
                hostDecided += explained.Outcome != plain.Evaluate(request).Outcome ? 1 : 0;
                readerReasons += explained.Reasons.Count(r => r.Code == NoCreditWhileUnpaidOrUnadmitted);
            }
        }, cases: 50);

        claims.Should().Be(50 * 20);
        hostReasons.Should().BeGreaterThan(50, "the host rules raise reasons for many generated claims");
        hostDecided.Should().BeGreaterThan(20, "the host rules change the outcome of many generated claims");
        readerReasons.Should().BeGreaterThan(20, "HasReason finds the codes raised before the code-reading rule for many generated claims");
    }

    [Fact]
    public void RecordSummarize_WithHostClaimRules_EqualsSummaryOfExplainedRecord()
    {
        var hostReasons = 0;
        var records = 0;
        var summaries = new DecisionSummary[8];
        Property.ForAll(Cases, c =>
        {
            var evaluator = new RecordEvaluator(Evaluator(c.Severity, c.CodeReader, RecordWorld.Policies));
            foreach (var generated in PopulationGenerator.Generate(BatchWorld.Catalog, RecordWorld.Policies, 10, c.Seed))
            {
                var learner = generated.Learner;
                var courseIds = learner.CourseEnrollments.Select(e => CourseOf(e.SessionId)).Append(generated.CourseId).Distinct(StringComparer.Ordinal);
                var request = new RecordEvaluationRequest(learner, courseIds, generated.InstitutionId, generated.ProgramId, AsOfDates[c.AsOf]);

                var explained = evaluator.Evaluate(request);
                var summary = evaluator.Summarize(request, summaries);

                summary.Should().Be(RecordSummary.FromDecision(explained), "the record of " + learner.LearnerId + " as of " + request.AsOf);
                for (var i = 0; i < request.CourseIds.Count; i++)
                {
                    var award = explained.GetAwardOrNull(request.CourseIds[i])!;
                    summaries[i].Should().Be(DecisionSummary.FromAward(award), "claim " + award.CourseId + " of " + learner.LearnerId + " as of " + request.AsOf);
                    hostReasons += award.AllReasons.Count(r => r.RuleId.StartsWith("host.", StringComparison.Ordinal));
                }

                records++;
            }
        }, cases: 50);

        records.Should().Be(50 * 10);
        hostReasons.Should().BeGreaterThan(50, "the host rules raise reasons for many generated claims");
    }

    [Fact]
    public void Reasons_OnOutcomeOnlyPath_ThrowsNamingRuleAndHasReason()
    {
        var evaluator = new EligibilityEvaluator(BatchWorld.Catalog, BatchWorld.Policies, [new ReasonsReader()]);
        var claim = BatchWorld.Population(1, seed: 3)[0];

        var summarize = () => evaluator.Compile(BatchWorld.AsOf).Summarize(claim);

        summarize.Should().Throw<InvalidOperationException>().Which.InnerException!.Message.Should().Be(
            "RuleContext.Reasons is not available to rule 'host.reasons-reader' on the outcome-only path (batch and record summaries), where reasons are not rendered; read RuleContext.HasReason instead.");
        evaluator.Evaluate(claim.ToRequest(BatchWorld.AsOf)).Trace[^1].Note.Should().StartWith("read ");
    }

    private static EligibilityEvaluator Evaluator(int severity, bool codeReader, PolicySet policies) =>
        new(BatchWorld.Catalog, policies, codeReader ? [new ProgramAdmissionRule(Severities[severity]), new CodeReader()] : [new ProgramAdmissionRule(Severities[severity])]);

    private static string CourseOf(string sessionId) => BatchWorld.Catalog.Sessions.First(s => s.Id == sessionId).CourseId;

    /// <summary>Reads codes only: refuses the claim when a fee is unpaid (a built-in code) or the admission rule raised its host code.</summary>
    private sealed class CodeReader : IEligibilityRule
    {
        public string Id => "host.code-reader";

        public void Apply(RuleContext context)
        {
            if (context.HasReason(ReasonCode.FeeUnpaid) || context.HasReason(ProgramAdmissionRule.NotAdmittedToProgram))
            {
                context.AddReason(NoCreditWhileUnpaidOrUnadmitted);
            }
        }
    }

    /// <summary>Reads the rendered reasons, which only the explained path has.</summary>
    private sealed class ReasonsReader : IEligibilityRule
    {
        public string Id => "host.reasons-reader";

        public void Apply(RuleContext context) => context.SetNote("read " + context.Reasons.Count + " reasons");
    }
}
