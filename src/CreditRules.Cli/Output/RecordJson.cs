using CreditRules.Domain;
using CreditRules.Engine;
using NodaTime.Text;

namespace CreditRules.Cli.Output;

/// <summary>The machine-readable shape of a record-level decision (<c>evaluate --json --records</c>, <c>whatif --json</c>).</summary>
internal sealed record RecordJson(
    string LearnerId,
    string InstitutionId,
    string ProgramId,
    string AsOf,
    string? Title,
    string? PolicyVersion,
    string? RecordPolicyId,
    bool Hypothetical,
    IReadOnlyList<string> Hypotheses,
    CreditJson CreditsGranted,
    CreditJson PostedPriorCredit,
    CreditJson? CapRemaining,
    CreditJson? ResidencyOutstanding,
    MoneyJson? PostingFeeDue,
    IReadOnlyList<CapJson> Caps,
    IReadOnlyList<AwardJson> Awards,
    IReadOnlyList<ReasonJson> Reasons,
    IReadOnlyList<TraceJson> Trace)
{
    public static RecordJson From(RecordDecision d, string? title = null) => new(
        d.LearnerId,
        d.InstitutionId,
        d.ProgramId,
        LocalDatePattern.Iso.Format(d.AsOf),
        title,
        d.PolicyVersion,
        d.RecordPolicyId,
        d.IsHypothetical,
        d.Hypotheses.Select(h => h.Description).ToArray(),
        CreditJson.From(d.CreditsGranted),
        CreditJson.From(d.PostedPriorCredit),
        d.CapRemaining is { } remaining ? CreditJson.From(remaining) : null,
        d.ResidencyOutstanding is { } residency ? CreditJson.From(residency) : null,
        MoneyJson.From(d.PostingFeeDue),
        d.Caps.Select(c => new CapJson(c.Cap.Id, c.Cap.ToString(), c.Cap.Scope.ToString(), CreditJson.From(c.Limit), CreditJson.From(c.Posted), CreditJson.From(c.Granted), CreditJson.From(c.Remaining))).ToArray(),
        d.Awards.Select(AwardJson.From).ToArray(),
        d.Reasons.Select(ReasonJson.From).ToArray(),
        d.Trace.Select(t => new TraceJson(t.RuleId, t.Outcome.ToString(), t.Note)).ToArray());
}

internal sealed record MoneyJson(decimal Amount, string? Currency, string Text)
{
    public static MoneyJson? From(Money? money) => money is { } m ? new(m.Amount, m.Currency, m.ToString()) : null;
}

internal sealed record CapJson(string Id, string Description, string Scope, CreditJson Limit, CreditJson Posted, CreditJson Granted, CreditJson Remaining);

/// <summary>One course of a record decision: the single-course outcome and the outcome once record-level rules apply.</summary>
internal sealed record AwardJson(
    string CourseId,
    string Outcome,
    string CourseOutcome,
    int? AllocationRank,
    string? EquivalenceKey,
    bool Elective,
    CreditJson CreditsRecommended,
    CreditJson CreditsAllocated,
    CreditJson CreditsGranted,
    IReadOnlyList<ReasonJson> CourseReasons,
    IReadOnlyList<ReasonJson> RecordReasons,
    IReadOnlyList<NextStepJson> NextSteps,
    IReadOnlyList<SmallestChangeJson> SmallestChanges)
{
    public static AwardJson From(CourseAward a) => new(
        a.CourseId,
        a.Outcome.ToString(),
        a.Decision.Outcome.ToString(),
        a.AllocationRank,
        a.EquivalenceKey,
        a.IsElective,
        CreditJson.From(a.Decision.CreditsRecommended),
        CreditJson.From(a.CreditsAllocated),
        CreditJson.From(a.CreditsGranted),
        a.Decision.Reasons.Select(ReasonJson.From).ToArray(),
        a.Reasons.Select(ReasonJson.From).ToArray(),
        a.NextSteps.Select(NextStepJson.From).ToArray(),
        a.SmallestChanges.Select(s => new SmallestChangeJson(s.Kind.ToString(), s.Reason.Value, s.Message)).ToArray());
}

internal sealed record SmallestChangeJson(string Kind, string Reason, string Message);

/// <summary>The machine-readable shape of <c>diff --json</c>.</summary>
internal sealed record DiffJson(
    string LearnerId,
    IReadOnlyList<InputChangeJson> InputChanges,
    CreditJson TotalBefore,
    CreditJson TotalAfter,
    string TotalDelta,
    IReadOnlyList<CourseDiffJson> Courses,
    IReadOnlyList<ReasonChangeJson> RecordReasonChanges,
    RecordJson Before,
    RecordJson After)
{
    public static DiffJson From(DecisionDiff diff) => new(
        diff.Before.LearnerId,
        diff.InputChanges.Select(InputChangeJson.From).ToArray(),
        CreditJson.From(diff.TotalBefore),
        CreditJson.From(diff.TotalAfter),
        diff.TotalDelta,
        diff.Courses.Select(c => new CourseDiffJson(
            c.CourseId,
            c.OutcomeBefore?.ToString(),
            c.OutcomeAfter?.ToString(),
            CreditJson.From(c.CreditsBefore),
            CreditJson.From(c.CreditsAfter),
            c.CreditDelta,
            c.HasChanges,
            c.ReasonChanges.Select(ReasonChangeJson.From).ToArray())).ToArray(),
        diff.RecordReasonChanges.Select(ReasonChangeJson.From).ToArray(),
        RecordJson.From(diff.Before, "On record"),
        RecordJson.From(diff.After, "What-if"));
}

internal sealed record InputChangeJson(string Kind, string? CourseId, string? Before, string? After, string Text)
{
    public static InputChangeJson From(InputChange c) => new(c.Kind.ToString(), c.CourseId, c.Before, c.After, c.ToString());
}

internal sealed record CourseDiffJson(string CourseId, string? OutcomeBefore, string? OutcomeAfter, CreditJson CreditsBefore, CreditJson CreditsAfter, string CreditDelta, bool Changed, IReadOnlyList<ReasonChangeJson> ReasonChanges);

internal sealed record ReasonChangeJson(string Kind, string Code, string RuleId, string? Before, string? After, IReadOnlyList<InputChangeJson> CausedBy)
{
    public static ReasonChangeJson From(ReasonChange c) => new(c.Kind.ToString(), c.Code.Value, c.RuleId, c.Before?.Message, c.After?.Message, c.CausedBy.Select(InputChangeJson.From).ToArray());
}

/// <summary>The shape of <c>whatif --json</c>: the decision on record and the what-if.</summary>
internal sealed record WhatIfJson(RecordJson OnRecord, RecordJson WhatIf);

/// <summary>The shape of <c>evaluate --json --records</c>: the per-claim decisions (as plain <c>--json</c> prints them) and the record-level decisions.</summary>
internal sealed record EvaluationJson(IReadOnlyList<DecisionJson> Decisions, IReadOnlyList<RecordJson> Records);
