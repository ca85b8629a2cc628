using CreditRules.Engine;
using CreditRules.Internal;

namespace CreditRules.Documents;

/// <summary>The JSON form of a <see cref="RecordDecision"/> (<c>#/$defs/RecordDecision</c> in <c>schemas/decision.schema.json</c>),
/// as <c>creditrules evaluate --json --records</c> and <c>whatif --json</c> print it.</summary>
/// <param name="LearnerId">The learner.</param>
/// <param name="InstitutionId">The institution.</param>
/// <param name="ProgramId">The degree program.</param>
/// <param name="AsOf">The as-of date, ISO.</param>
/// <param name="Title">A caption such as <c>On record</c> or <c>What-if</c>, or <see langword="null"/>.</param>
/// <param name="PolicyVersion">The institution policy version, or <see langword="null"/>.</param>
/// <param name="RecordPolicyId">The record policy applied, or <see langword="null"/>.</param>
/// <param name="Hypothetical">Whether the decision is a what-if.</param>
/// <param name="Hypotheses">The what-if's assumptions, for people.</param>
/// <param name="CreditsGranted">The credits granted across the record.</param>
/// <param name="PostedPriorCredit">The prior credit already posted.</param>
/// <param name="CapRemaining">What the tightest cap still allows, or <see langword="null"/>.</param>
/// <param name="ResidencyOutstanding">The residency credit still to earn, or <see langword="null"/>.</param>
/// <param name="PostingFeeDue">The posting fee due, or <see langword="null"/>.</param>
/// <param name="Caps">Each cap's use.</param>
/// <param name="Awards">Each course claimed.</param>
/// <param name="Reasons">The record-level reasons.</param>
/// <param name="Trace">What each record rule did.</param>
public sealed record RecordDecisionJson(
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
    /// <summary>Maps a record decision without a title.</summary>
    /// <param name="decision">The record decision.</param>
    /// <returns>The JSON form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public static RecordDecisionJson From(RecordDecision decision) => From(decision, null);

    /// <summary>Maps a record decision with a caption.</summary>
    /// <param name="decision">The record decision.</param>
    /// <param name="title">The caption, or <see langword="null"/>.</param>
    /// <returns>The JSON form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public static RecordDecisionJson From(RecordDecision decision, string? title)
    {
        var d = Preconditions.NotNull(decision);
        return new(
            d.LearnerId,
            d.InstitutionId,
            d.ProgramId,
            DecisionJson.Iso(d.AsOf),
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
            d.Caps.Select(CapJson.From).ToArray(),
            d.Awards.Select(AwardJson.From).ToArray(),
            ReasonJson.FromAll(d.Reasons),
            d.Trace.Select(TraceJson.From).ToArray());
    }
}

/// <summary>The JSON form of a <see cref="CapUsage"/>: one credit cap and how much of it the record uses.</summary>
/// <param name="Id">The cap's id.</param>
/// <param name="Description">The cap, for people.</param>
/// <param name="Scope">What the cap counts.</param>
/// <param name="Limit">The cap.</param>
/// <param name="Posted">Prior credit counted against it.</param>
/// <param name="Granted">Credit granted by this decision counted against it.</param>
/// <param name="Remaining">What it still allows.</param>
public sealed record CapJson(string Id, string Description, string Scope, CreditJson Limit, CreditJson Posted, CreditJson Granted, CreditJson Remaining)
{
    /// <summary>Maps a cap's use.</summary>
    /// <param name="usage">The cap's use.</param>
    /// <returns>The JSON form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="usage"/> is null.</exception>
    public static CapJson From(CapUsage usage)
    {
        var c = Preconditions.NotNull(usage);
        return new(c.Cap.Id, c.Cap.ToString(), c.Cap.Scope.ToString(), CreditJson.From(c.Limit), CreditJson.From(c.Posted), CreditJson.From(c.Granted), CreditJson.From(c.Remaining));
    }
}

/// <summary>The JSON form of a <see cref="CourseAward"/>: one course of a record decision, its single-course outcome and its outcome once record-level rules apply.</summary>
/// <param name="CourseId">The course.</param>
/// <param name="Outcome">The outcome once record-level rules apply.</param>
/// <param name="CourseOutcome">The single-course decision's outcome.</param>
/// <param name="AllocationRank">The course's place in the allocation order, or <see langword="null"/>.</param>
/// <param name="EquivalenceKey">The key that makes courses duplicates of each other, or <see langword="null"/>.</param>
/// <param name="Elective">Whether the credit is granted as elective credit.</param>
/// <param name="CreditsRecommended">The credits the single-course decision recommends.</param>
/// <param name="CreditsAllocated">The credits allocated under the caps.</param>
/// <param name="CreditsGranted">The credits granted.</param>
/// <param name="CourseReasons">The single-course decision's reasons.</param>
/// <param name="RecordReasons">The reasons record-level rules added for this course.</param>
/// <param name="NextSteps">What the learner can do next.</param>
/// <param name="SmallestChanges">The smallest changes that would grant more.</param>
public sealed record AwardJson(
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
    /// <summary>Maps a course award.</summary>
    /// <param name="award">The award.</param>
    /// <returns>The JSON form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="award"/> is null.</exception>
    public static AwardJson From(CourseAward award)
    {
        var a = Preconditions.NotNull(award);
        return new(
            a.CourseId,
            a.Outcome.ToString(),
            a.Decision.Outcome.ToString(),
            a.AllocationRank,
            a.EquivalenceKey,
            a.IsElective,
            CreditJson.From(a.Decision.CreditsRecommended),
            CreditJson.From(a.CreditsAllocated),
            CreditJson.From(a.CreditsGranted),
            ReasonJson.FromAll(a.Decision.Reasons),
            ReasonJson.FromAll(a.Reasons),
            a.NextSteps.Select(NextStepJson.From).ToArray(),
            a.SmallestChanges.Select(s => new SmallestChangeJson(s.Kind.ToString(), s.Reason.Value, s.Message)).ToArray());
    }
}

/// <summary>The JSON form of a <see cref="SmallestChange"/>.</summary>
/// <param name="Kind">The kind of change.</param>
/// <param name="Reason">The reason code the change would clear.</param>
/// <param name="Message">The change, for people.</param>
public sealed record SmallestChangeJson(string Kind, string Reason, string Message);
