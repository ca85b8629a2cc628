namespace CreditRules.Reports;

/// <summary>A reason code and how many claims carry it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReasonCount
{
    /// <summary>Initializes a count.</summary>
    /// <param name="code">The reason code.</param>
    /// <param name="description">What the code means, for people.</param>
    /// <param name="claims">The claims that carry it.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="description"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="claims"/> is negative.</exception>
    public ReasonCount(string code, string description, long claims)
    {
        Code = Check.NotBlank(code, nameof(code));
        Description = Check.NotBlank(description, nameof(description));
        Claims = Check.NotNegative(claims, nameof(claims));
    }

    /// <summary>Gets the reason code.</summary>
    public string Code { get; }

    /// <summary>Gets what the code means: the engine's message template.</summary>
    public string Description { get; }

    /// <summary>Gets the number of claims (learner and course pairs) that carry the reason.</summary>
    public long Claims { get; }
}
