namespace CreditRules.Engine;

/// <summary>One line of a decision's rule trace: which rule ran, what it concluded and a note on the facts it used.</summary>
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
        Note = note ?? string.Empty;
    }

    /// <summary>Gets the rule id.</summary>
    public string RuleId { get; }

    /// <summary>Gets what the rule concluded.</summary>
    public RuleOutcome Outcome { get; }

    /// <summary>Gets the note.</summary>
    public string Note { get; }

    /// <inheritdoc/>
    public override string ToString() => RuleId + ": " + Outcome + (Note.Length == 0 ? string.Empty : " (" + Note + ")");
}
