namespace CreditRules.Engine;

/// <summary>How a reason differs between two decisions.</summary>
public enum ReasonChangeKind
{
    /// <summary>The reason (code and rule) is new.</summary>
    Appeared = 0,

    /// <summary>The reason (code and rule) is gone.</summary>
    Disappeared = 1,

    /// <summary>The same code and rule, with a different message (other facts, such as a date or an amount).</summary>
    Changed = 2,
}
