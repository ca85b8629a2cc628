namespace CreditRules.Engine;

/// <summary>A reason that appeared, disappeared or changed between two decisions, with the input changes that caused it.</summary>
public sealed class ReasonChange
{
    internal ReasonChange(ReasonChangeKind kind, string? courseId, Reason? before, Reason? after, IReadOnlyList<InputChange> causedBy)
    {
        Kind = kind;
        CourseId = courseId;
        Before = before;
        After = after;
        CausedBy = causedBy;
    }

    /// <summary>Gets how the reason differs.</summary>
    public ReasonChangeKind Kind { get; }

    /// <summary>Gets the course, or <see langword="null"/> for a record-level reason.</summary>
    public string? CourseId { get; }

    /// <summary>Gets the reason before, or <see langword="null"/> when it appeared.</summary>
    public Reason? Before { get; }

    /// <summary>Gets the reason after, or <see langword="null"/> when it disappeared.</summary>
    public Reason? After { get; }

    /// <summary>Gets the reason's code.</summary>
    public ReasonCode Code => (After ?? Before)!.Code;

    /// <summary>Gets the rule that produced it.</summary>
    public string RuleId => (After ?? Before)!.RuleId;

    /// <summary>Gets the input changes that caused it (see <see cref="DecisionDiff"/> for how they are attributed).</summary>
    public IReadOnlyList<InputChange> CausedBy { get; }

    /// <inheritdoc/>
    public override string ToString() => Kind + " " + Code + " [" + RuleId + "]" + (CourseId is null ? string.Empty : " on " + CourseId) + ": " + (After ?? Before)!.Message;
}
