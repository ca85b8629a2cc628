namespace CreditRules.Engine;

/// <summary>One input that differs between two record decisions about the same learner, such as the as-of date.</summary>
public sealed class InputChange
{
    internal InputChange(InputChangeKind kind, string? before, string? after, string? courseId = null)
    {
        Kind = kind;
        Before = before;
        After = after;
        CourseId = courseId;
    }

    /// <summary>Gets which input changed.</summary>
    public InputChangeKind Kind { get; }

    /// <summary>Gets the value before, or <see langword="null"/> (a hypothesis added, no policy version).</summary>
    public string? Before { get; }

    /// <summary>Gets the value after, or <see langword="null"/> (a hypothesis removed, no policy version).</summary>
    public string? After { get; }

    /// <summary>Gets the course a hypothesis names, or <see langword="null"/>.</summary>
    public string? CourseId { get; }

    /// <summary>Formats as <c>as-of date 2014-06-30 → 2016-02-15</c> or <c>hypothesis added: exam for … passed …</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        InputChangeKind.AsOf => "as-of date " + Before + " → " + After,
        InputChangeKind.Institution => "institution " + Before + " → " + After,
        InputChangeKind.Program => "program " + Before + " → " + After,
        InputChangeKind.PolicyVersion => "policy version " + (Before ?? "(none)") + " → " + (After ?? "(none)"),
        InputChangeKind.HypothesisAdded => "hypothesis added: " + After,
        InputChangeKind.HypothesisRemoved => "hypothesis removed: " + Before,
        InputChangeKind.Facts => "facts " + Before + " → " + After,
        InputChangeKind.DataVersion => "data version " + Before + " → " + After,
        InputChangeKind.EngineVersion => "engine version " + Before + " → " + After,
        _ => "courses claimed " + Before + " → " + After,
    };
}
