namespace CreditRules.Engine;

/// <summary>One line of a decision's rule trace: which rule ran, what it concluded and a note on the facts it used.</summary>
/// <remarks>Immutable and thread-safe. A built-in rule's note is written when first read, from the facts the rule
/// decided with; it reads the same whenever it is read.</remarks>
public sealed class RuleTraceEntry
{
    /// <summary>Initialises a trace entry.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="outcome">What the rule concluded.</param>
    /// <param name="note">A short note for people.</param>
    public RuleTraceEntry(string ruleId, RuleOutcome outcome, string note)
    {
        RuleId = Internal.Preconditions.NotBlank(ruleId);
        Outcome = outcome;
        _note = note ?? string.Empty;
    }

    /// <summary>A built-in rule's entry whose note is written from <paramref name="note"/> when first read.</summary>
    internal static RuleTraceEntry Deferred(string ruleId, RuleOutcome outcome, DeferredValue<string> note) => new(ruleId, outcome, note);

    private RuleTraceEntry(string ruleId, RuleOutcome outcome, DeferredValue<string> note)
    {
        RuleId = Internal.Preconditions.NotBlank(ruleId);
        Outcome = outcome;
        _deferred = note;
    }

    private readonly DeferredValue<string>? _deferred;
    private string? _note;

    /// <summary>Gets the rule id.</summary>
    public string RuleId { get; }

    /// <summary>Gets what the rule concluded.</summary>
    public RuleOutcome Outcome { get; }

    /// <summary>Gets the note.</summary>
    // Two threads reading a deferred note at once both write the same text; either string is kept.
    public string Note => _note ??= _deferred!.Build();

    /// <inheritdoc/>
    public override string ToString() => RuleId + ": " + Outcome + (Note.Length == 0 ? string.Empty : " (" + Note + ")");
}
