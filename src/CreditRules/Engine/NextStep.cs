using CreditRules.Domain;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>A concrete action that would move an Incomplete decision forward: what to do, from when, by when, and what it costs.</summary>
public sealed class NextStep
{
    /// <summary>Initialises a next step.</summary>
    /// <param name="code">The code.</param>
    /// <param name="action">What to do, for people.</param>
    /// <param name="earliestDate">The first date on which doing it counts (e.g. after a retake wait), or <see langword="null"/>.</param>
    /// <param name="deadline">The last date on which doing it still counts (e.g. the end of the recommendation version), inclusive, or <see langword="null"/>.</param>
    /// <param name="cost">What it costs, or <see langword="null"/> when free or unknown.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is default or <paramref name="action"/> is blank.</exception>
    public NextStep(NextStepCode code, string action, LocalDate? earliestDate = null, LocalDate? deadline = null, Money? cost = null)
    {
        if (code.Value is null)
        {
            throw new ArgumentException("The next-step code must not be default.", nameof(code));
        }

        Code = code;
        _action = Preconditions.NotBlank(action);
        EarliestDate = earliestDate;
        Deadline = deadline;
        Cost = cost;
    }

    /// <summary>A built-in rule's next step whose action is written from <paramref name="action"/> when first read (most
    /// explained decisions are not incomplete, and their next steps are never shown).</summary>
    internal static NextStep Deferred(NextStepCode code, DeferredValue<string> action, LocalDate? earliestDate = null, LocalDate? deadline = null, Money? cost = null) =>
        new(code, action, earliestDate, deadline, cost);

    private NextStep(NextStepCode code, DeferredValue<string> action, LocalDate? earliestDate, LocalDate? deadline, Money? cost)
    {
        Code = code;
        _deferred = action;
        EarliestDate = earliestDate;
        Deadline = deadline;
        Cost = cost;
    }

    private readonly DeferredValue<string>? _deferred;
    private string? _action;

    /// <summary>Gets the code.</summary>
    public NextStepCode Code { get; }

    /// <summary>Gets what to do.</summary>
    // Two threads reading a deferred action at once both write the same text; either string is kept.
    public string Action => _action ??= _deferred!.Build();

    /// <summary>Gets the first date on which doing it counts, or <see langword="null"/>.</summary>
    public LocalDate? EarliestDate { get; }

    /// <summary>Gets the last date on which doing it still counts (inclusive), or <see langword="null"/>.</summary>
    public LocalDate? Deadline { get; }

    /// <summary>Gets the cost, or <see langword="null"/>.</summary>
    public Money? Cost { get; }

    /// <inheritdoc/>
    public override string ToString() => Code + ": " + Action;
}
