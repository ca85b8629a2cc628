using NodaTime;

namespace CreditRules.Domain;

/// <summary>When a failed proctored exam may be retaken: a minimum wait (a calendar period: 3 months is not 90 days) and an attempt limit.</summary>
public sealed class RetakePolicy
{
    /// <summary>Initialises a retake policy.</summary>
    /// <param name="minimumWait">The wait between the date of one attempt and the earliest date of the next, or <see langword="null"/> for none.</param>
    /// <param name="maxAttempts">The most attempts that count, or <see langword="null"/> for no limit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumWait"/> is not positive or has a time part, or <paramref name="maxAttempts"/> is less than 1.</exception>
    public RetakePolicy(Period? minimumWait, int? maxAttempts)
    {
        if (minimumWait is not null && (minimumWait.HasTimeComponent || !RecencyWindow.IsPositive(minimumWait)))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumWait), minimumWait.ToString(), "The retake wait must be a positive period of whole days, weeks, months or years.");
        }

        if (maxAttempts is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxAttempts), maxAttempts, "The attempt limit must be 1 or more.");
        }

        MinimumWait = minimumWait;
        MaxAttempts = maxAttempts;
    }

    /// <summary>Gets the minimum wait, or <see langword="null"/>.</summary>
    public Period? MinimumWait { get; }

    /// <summary>Gets the attempt limit, or <see langword="null"/>.</summary>
    public int? MaxAttempts { get; }

    /// <summary>Returns e.g. "minimum wait P1M, at most 3 attempt(s)" (invariant; "no minimum wait", "unlimited attempts" when unset).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        (MinimumWait is { } wait ? "minimum wait " + wait : "no minimum wait") + ", "
        + (MaxAttempts is { } max ? "at most " + max.ToString(System.Globalization.CultureInfo.InvariantCulture) + " attempt(s)" : "unlimited attempts");
}
