using CreditRules.Domain;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>
/// The explained answer to a <see cref="RecordEvaluationRequest"/>: an award per claimed course, record totals (credit
/// granted, posted prior credit, caps, residency outstanding, posting fee), record-level reasons and the allocation trace.
/// </summary>
/// <remarks>Immutable. The same facts, given in any order, give an equal decision.</remarks>
public sealed class RecordDecision
{
    internal RecordDecision(
        RecordEvaluationRequest request,
        string? policyVersion,
        string? recordPolicyId,
        CreditUnit unit,
        IReadOnlyList<CourseAward> awards,
        CreditAmount postedPriorCredit,
        IReadOnlyList<CapUsage> caps,
        CreditAmount? residencyOutstanding,
        Money? postingFeeDue,
        IReadOnlyList<Reason> reasons,
        IReadOnlyList<RuleTraceEntry> trace)
    {
        Request = request;
        PolicyVersion = policyVersion;
        RecordPolicyId = recordPolicyId;
        CreditUnit = unit;
        Awards = awards;
        PostedPriorCredit = postedPriorCredit;
        Caps = caps;
        ResidencyOutstanding = residencyOutstanding;
        PostingFeeDue = postingFeeDue;
        Reasons = reasons;
        Trace = trace;
        var total = CreditAmount.Zero(unit);
        foreach (var award in awards)
        {
            total = total.Plus(award.CreditsGranted);
        }

        CreditsGranted = total;
    }

    /// <summary>Gets the request decided.</summary>
    public RecordEvaluationRequest Request { get; }

    /// <summary>Gets the learner id.</summary>
    public string LearnerId => Request.Learner.LearnerId;

    /// <summary>Gets the institution id.</summary>
    public string InstitutionId => Request.InstitutionId;

    /// <summary>Gets the program id.</summary>
    public string ProgramId => Request.ProgramId;

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf => Request.AsOf;

    /// <summary>Gets the facts assumed (empty unless this is a what-if).</summary>
    public IReadOnlyList<Hypothesis> Hypotheses => Request.Hypotheses;

    /// <summary>Gets a value indicating whether the decision rests on hypothetical facts.</summary>
    public bool IsHypothetical => Request.IsHypothetical;

    /// <summary>Gets the institution policy version used, or <see langword="null"/> when none applied.</summary>
    public string? PolicyVersion { get; }

    /// <summary>Gets the record policy used, or <see langword="null"/> when the policy has none.</summary>
    public string? RecordPolicyId { get; }

    /// <summary>Gets the institution's credit unit, in which every amount is given.</summary>
    public CreditUnit CreditUnit { get; }

    /// <summary>Gets the awards, in allocation order; courses that took no part follow, by course id.</summary>
    public IReadOnlyList<CourseAward> Awards { get; }

    /// <summary>Gets the credit granted now, over all courses.</summary>
    public CreditAmount CreditsGranted { get; }

    /// <summary>Gets the posted external prior credit (not earned in residence), dated on or before the as-of date.</summary>
    public CreditAmount PostedPriorCredit { get; }

    /// <summary>Gets the use of each cap.</summary>
    public IReadOnlyList<CapUsage> Caps { get; }

    /// <summary>Gets the smallest remaining room over the caps of all external credit, or <see langword="null"/> when there is none.</summary>
    public CreditAmount? CapRemaining =>
        Caps.Where(c => c.Cap.Scope == CapScope.All).Select(c => (CreditAmount?)c.Remaining).Aggregate((CreditAmount?)null, (min, r) => min is null || r < min ? r : min);

    /// <summary>Gets the residency credit the program still needs (zero when met), or <see langword="null"/> when it sets none.</summary>
    public CreditAmount? ResidencyOutstanding { get; }

    /// <summary>Gets the posting fee due (zero when waived or nothing is granted), or <see langword="null"/> when the policy charges none.</summary>
    public Money? PostingFeeDue { get; }

    /// <summary>Gets the record-level reasons: hypotheses, posted credit over caps, residency and the posting fee.</summary>
    public IReadOnlyList<Reason> Reasons { get; }

    /// <summary>Gets the record-level rule trace: inputs, duplicates, precedence, allocation order and each cap step.</summary>
    public IReadOnlyList<RuleTraceEntry> Trace { get; }

    /// <summary>Gets the award for <paramref name="courseId"/>, or <see langword="null"/>.</summary>
    /// <param name="courseId">The course id.</param>
    /// <returns>The award, or <see langword="null"/>.</returns>
    public CourseAward? GetAwardOrNull(string courseId) => Awards.FirstOrDefault(a => string.Equals(a.CourseId, courseId, StringComparison.Ordinal));

    /// <summary>Determines whether a record-level reason with <paramref name="code"/> is present.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool HasReason(ReasonCode code) => Reasons.Any(r => r.Code == code);

    /// <inheritdoc/>
    public override string ToString() => LearnerId + " @ " + InstitutionId + "/" + ProgramId + " as of " + Rules.Texts.Format(AsOf) + ": " + CreditsGranted + (IsHypothetical ? " (hypothetical)" : string.Empty);
}
