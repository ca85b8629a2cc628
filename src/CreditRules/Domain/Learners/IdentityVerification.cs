using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Domain;

/// <summary>The result of verifying a learner's identity (Signature Track), possibly through a fallback factor.</summary>
public sealed class IdentityVerification
{
    /// <summary>Initialises a verification result.</summary>
    /// <param name="method">The primary method.</param>
    /// <param name="status">The status.</param>
    /// <param name="recordedAt">When the status was recorded.</param>
    /// <param name="fallbackMethod">The second factor that verified the learner when the primary did not match, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is undefined.</exception>
    /// <exception cref="ArgumentException"><paramref name="fallbackMethod"/> equals <paramref name="method"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date or instant lies outside <see cref="SupportedDates"/>.</exception>
    public IdentityVerification(IdentityMethod method, VerificationStatus status, Instant recordedAt, IdentityMethod? fallbackMethod = null)
    {
        Method = Preconditions.Defined(method);
        Status = Preconditions.Defined(status);
        RecordedAt = SupportedDates.Check(recordedAt, nameof(recordedAt));
        if (fallbackMethod is { } fallback)
        {
            Preconditions.Defined(fallback, nameof(fallbackMethod));
            if (fallback == method)
            {
                throw new ArgumentException("The fallback method must differ from the primary method " + method + ".", nameof(fallbackMethod));
            }
        }

        FallbackMethod = fallbackMethod;
    }

    /// <summary>Gets the primary method.</summary>
    public IdentityMethod Method { get; }

    /// <summary>Gets the status.</summary>
    public VerificationStatus Status { get; }

    /// <summary>Gets when the status was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <summary>Gets the fallback factor used, or <see langword="null"/>.</summary>
    public IdentityMethod? FallbackMethod { get; }
}
