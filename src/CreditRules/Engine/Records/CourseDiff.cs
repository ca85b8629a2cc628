using CreditRules.Domain;

namespace CreditRules.Engine;

/// <summary>How one course's award differs between two record decisions: outcome, credit and reasons.</summary>
public sealed class CourseDiff
{
    internal CourseDiff(string courseId, CourseAward? before, CourseAward? after, CreditUnit unit, IReadOnlyList<ReasonChange> reasonChanges)
    {
        CourseId = courseId;
        OutcomeBefore = before?.Outcome;
        OutcomeAfter = after?.Outcome;
        CreditsBefore = before?.CreditsGranted.ConvertTo(unit) ?? CreditAmount.Zero(unit);
        CreditsAfter = after?.CreditsGranted.ConvertTo(unit) ?? CreditAmount.Zero(unit);
        ReasonChanges = reasonChanges;
    }

    /// <summary>Gets the course id.</summary>
    public string CourseId { get; }

    /// <summary>Gets the outcome before, or <see langword="null"/> when the course was not claimed.</summary>
    public DecisionOutcome? OutcomeBefore { get; }

    /// <summary>Gets the outcome after, or <see langword="null"/> when the course is no longer claimed.</summary>
    public DecisionOutcome? OutcomeAfter { get; }

    /// <summary>Gets a value indicating whether the outcome changed.</summary>
    public bool OutcomeChanged => OutcomeBefore != OutcomeAfter;

    /// <summary>Gets the credit granted before, in the earlier decision's unit.</summary>
    public CreditAmount CreditsBefore { get; }

    /// <summary>Gets the credit granted after, converted exactly to the earlier decision's unit.</summary>
    public CreditAmount CreditsAfter { get; }

    /// <summary>Gets the signed change in credit, such as <c>+3 SH</c>, <c>-1 1/3 SH</c> or <c>0 SH</c>.</summary>
    public string CreditDelta => DecisionDiff.Delta(CreditsBefore, CreditsAfter);

    /// <summary>Gets the reasons that appeared, disappeared or changed for this course.</summary>
    public IReadOnlyList<ReasonChange> ReasonChanges { get; }

    /// <summary>Gets a value indicating whether anything about the course changed.</summary>
    public bool HasChanges => OutcomeChanged || CreditsBefore != CreditsAfter || ReasonChanges.Count > 0;

    /// <inheritdoc/>
    public override string ToString() => CourseId + ": " + (OutcomeBefore?.ToString() ?? "(not claimed)") + " → " + (OutcomeAfter?.ToString() ?? "(not claimed)") + ", " + CreditDelta;
}
