using CreditRules.Domain;

namespace CreditRules.Engine;

/// <summary>
/// One claimed course within a <see cref="RecordDecision"/>: its single-course <see cref="Decision"/>, the credit the
/// record-level rules (caps, duplicates, precedence, posting) leave it, and the reasons they added.
/// </summary>
public sealed class CourseAward
{
    internal CourseAward(
        Decision decision,
        DecisionOutcome outcome,
        CreditAmount creditsAllocated,
        CreditAmount creditsGranted,
        bool isElective,
        int? allocationRank,
        string? equivalenceKey,
        IReadOnlyList<Reason> reasons,
        IReadOnlyList<NextStep> nextSteps,
        Decision recordAwareDecision,
        string? areaId = null,
        AreaSettingScope? areaSettingScope = null)
    {
        AreaId = areaId;
        AreaSettingScope = areaSettingScope;
        Decision = decision;
        RecordAwareDecision = recordAwareDecision;
        Outcome = outcome;
        CreditsAllocated = creditsAllocated;
        CreditsGranted = creditsGranted;
        IsElective = isElective;
        AllocationRank = allocationRank;
        EquivalenceKey = equivalenceKey;
        Reasons = reasons;
        NextSteps = nextSteps;
        SmallestChanges = SmallestChange.Find(this);
    }

    /// <summary>Gets the course id.</summary>
    public string CourseId => Decision.CourseId;

    /// <summary>Gets the single-course decision, unchanged: the claim decided alone, <em>before record rules</em>.</summary>
    /// <remarks>Not the claim's answer when record rules apply; that is <see cref="RecordAwareDecision"/> (and <see cref="Outcome"/>).</remarks>
    public Decision Decision { get; }

    /// <summary>
    /// Gets the claim's decision within its record, the one answer for the claim: the single-course facts (versions, dates,
    /// zone, credits recommended, trace) with the record-aware <see cref="Outcome"/>, <see cref="CreditsGranted"/>, every
    /// reason (<see cref="AllReasons"/>) and <see cref="NextSteps"/>.
    /// </summary>
    public Decision RecordAwareDecision { get; }

    /// <summary>Gets the outcome once record-level reasons are added: any blocking reason gives NotEligible, else any outstanding reason Incomplete.</summary>
    public DecisionOutcome Outcome { get; }

    /// <summary>Gets the credit the caps leave this course, in the institution's unit (zero when it did not take part in allocation).</summary>
    public CreditAmount CreditsAllocated { get; }

    /// <summary>Gets the credit granted: <see cref="CreditsAllocated"/> when <see cref="Outcome"/> is Eligible, otherwise zero.</summary>
    public CreditAmount CreditsGranted { get; }

    /// <summary>Gets a value indicating whether the credit is granted as elective credit (overflow from a source or level cap).</summary>
    public bool IsElective { get; }

    /// <summary>Gets the course's 1-based place in the allocation order, or <see langword="null"/> when it took no part.</summary>
    public int? AllocationRank { get; }

    /// <summary>Gets the requirement area of the program the granted credit lands in, or <see langword="null"/> when the program lists no area for it (or nothing is granted).</summary>
    /// <remarks>Redirected credit names the area it was redirected to; the <see cref="ReasonCode.AreaRedirected"/> reason names the area it came from.</remarks>
    public string? AreaId { get; }

    /// <summary>Gets which scope supplied the setting of the area in <see cref="AreaId"/>, or <see langword="null"/> when no scope sets it (only its size bounds it) or there is no area.</summary>
    public AreaSettingScope? AreaSettingScope { get; }

    /// <summary>
    /// Gets the words for the scope that supplied the setting of the area the credit lands in, as the area reasons name it:
    /// <c>program aa-general</c> or <c>institution eastern-state</c>; <see langword="null"/> when no scope sets the area
    /// (<see cref="AreaSettingScope"/> is null).
    /// </summary>
    public string? AreaScopeText => AreaSettingScope is null ? null : Rules.SettingScopes.AreaWords(AreaSettingScope, Decision.InstitutionId, Decision.ProgramId);

    /// <summary>Gets the local course the claimed course is equivalent to, or <see langword="null"/>.</summary>
    public string? EquivalenceKey { get; }

    /// <summary>Gets the reasons added at record level (caps, duplicates, precedence, posting).</summary>
    public IReadOnlyList<Reason> Reasons { get; }

    /// <summary>Gets every reason: the single-course decision's, then the record level's.</summary>
    public IEnumerable<Reason> AllReasons => Decision.Reasons.Concat(Reasons);

    /// <summary>Gets the next steps: the single-course decision's when Incomplete, then the record level's.</summary>
    public IReadOnlyList<NextStep> NextSteps { get; }

    /// <summary>Gets the smallest set of changes that would give this course its full credit, derived from the reasons; empty when it already has it.</summary>
    public IReadOnlyList<SmallestChange> SmallestChanges { get; }

    /// <summary>Determines whether a reason with <paramref name="code"/> is present, at course or record level.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool HasReason(ReasonCode code) => AllReasons.Any(r => r.Code == code);

    /// <inheritdoc/>
    public override string ToString() => CourseId + ": " + Outcome + " " + CreditsGranted;
}
