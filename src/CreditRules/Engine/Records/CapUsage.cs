using CreditRules.Domain;

namespace CreditRules.Engine;

/// <summary>How much of one cap a record decision used: by posted credit, by credit granted now, and what remains.</summary>
public sealed class CapUsage
{
    internal CapUsage(CreditCap cap, CreditAmount limit, CreditAmount posted, CreditAmount granted)
    {
        Cap = cap;
        Limit = limit;
        Posted = posted;
        Granted = granted;
        Remaining = limit.MinusOrZero(posted.Plus(granted));
    }

    /// <summary>Gets the cap.</summary>
    public CreditCap Cap { get; }

    /// <summary>Gets the limit in the institution's unit (a percentage resolved against the program's total).</summary>
    public CreditAmount Limit { get; }

    /// <summary>Gets the posted prior credit counted against the cap; it may exceed <see cref="Limit"/>, and is never removed.</summary>
    public CreditAmount Posted { get; }

    /// <summary>Gets the credit allocated to claimed courses against the cap.</summary>
    public CreditAmount Granted { get; }

    /// <summary>Gets what remains, never below zero.</summary>
    public CreditAmount Remaining { get; }

    /// <inheritdoc/>
    public override string ToString() => Cap.Id + ": " + Posted + " posted + " + Granted + " granted of " + Limit + ", " + Remaining + " remaining";
}
