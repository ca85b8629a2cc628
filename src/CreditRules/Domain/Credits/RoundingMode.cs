namespace CreditRules.Domain;

/// <summary>How a <see cref="RoundingPolicy"/> turns an exact amount into a recorded one.</summary>
public enum RoundingMode
{
    /// <summary>No rounding: the exact rational amount is kept.</summary>
    Exact = 0,

    /// <summary>Round down to a multiple of the step (e.g. whole hours).</summary>
    Floor = 1,

    /// <summary>Round to the nearest multiple of the step; halves go up.</summary>
    HalfUp = 2,

    /// <summary>Drop every decimal digit after a number of places (2.666… becomes 2.66).</summary>
    Truncate = 3,
}
