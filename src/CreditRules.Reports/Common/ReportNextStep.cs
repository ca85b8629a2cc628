using CreditRules.Domain;
using CreditRules.Engine;
using NodaTime;

namespace CreditRules.Reports;

/// <summary>One next step as a report shows it: what to do, from when, by when and at what cost.</summary>
/// <remarks>Immutable and thread-safe. Dates are the engine's local dates in the policy's zone, both ends inclusive.</remarks>
public sealed class ReportNextStep
{
    /// <summary>Initializes a next-step row.</summary>
    /// <param name="code">The stable next-step code, e.g. <c>PayFee</c>.</param>
    /// <param name="action">What to do, in plain language.</param>
    /// <param name="earliestDate">The first date it can be done, if any.</param>
    /// <param name="deadline">The last date it can be done, if any.</param>
    /// <param name="cost">What it costs, if anything is known.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="action"/> is null or blank.</exception>
    public ReportNextStep(string code, string action, LocalDate? earliestDate, LocalDate? deadline, Money? cost)
    {
        Code = Check.NotBlank(code, nameof(code));
        Action = Check.NotBlank(action, nameof(action));
        EarliestDate = earliestDate;
        Deadline = deadline;
        Cost = cost;
    }

    /// <summary>Gets the stable next-step code (shown to staff only in the decision letter).</summary>
    public string Code { get; }

    /// <summary>Gets what to do, in plain language.</summary>
    public string Action { get; }

    /// <summary>Gets the first date the step can be taken, or null when it can be taken now.</summary>
    public LocalDate? EarliestDate { get; }

    /// <summary>Gets the last date the step can be taken (inclusive), or null when there is none.</summary>
    public LocalDate? Deadline { get; }

    /// <summary>Gets the cost of the step, or null when it costs nothing known.</summary>
    public Money? Cost { get; }

    internal static ReportNextStep From(NextStep step, Func<string, string> plain) =>
        new(step.Code.Value, plain(step.Action), step.EarliestDate, step.Deadline, step.Cost);
}
