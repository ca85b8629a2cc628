namespace CreditRules.Reports;

/// <summary>A reason code that appeared or disappeared between baseline and proposal, with how many it affects.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReasonShift
{
    /// <summary>Initializes a shift.</summary>
    /// <param name="code">The reason code.</param>
    /// <param name="description">What the code means: the engine's message template.</param>
    /// <param name="claims">The claims it appeared on (or disappeared from).</param>
    /// <param name="learners">The learners those claims belong to.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="description"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="claims"/> or <paramref name="learners"/> is negative, or <paramref name="learners"/> exceeds <paramref name="claims"/>.</exception>
    public ReasonShift(string code, string description, long claims, long learners)
    {
        Code = Check.NotBlank(code, nameof(code));
        Description = Check.NotBlank(description, nameof(description));
        Claims = Check.NotNegative(claims, nameof(claims));
        Learners = Check.NotNegative(learners, nameof(learners));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(learners, claims);
    }

    /// <summary>Gets the reason code.</summary>
    public string Code { get; }

    /// <summary>Gets what the code means.</summary>
    public string Description { get; }

    /// <summary>Gets the number of claims affected.</summary>
    public long Claims { get; }

    /// <summary>Gets the number of learners affected.</summary>
    /// <remarks>A learner counts once per consecutive run of their claims in the input, which is once when each learner's
    /// claims are consecutive, as they are when read from a learner line.</remarks>
    public long Learners { get; }
}
