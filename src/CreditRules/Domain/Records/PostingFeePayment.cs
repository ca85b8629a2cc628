using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Domain;

/// <summary>
/// A recorded fact that a learner paid an institution's posting fee (<see cref="RecordPolicy.PostingFee"/>) for recording
/// prior-learning credit: once paid on or before the as-of date, the record no longer shows the fee due or a step to pay it.
/// </summary>
/// <remarks>
/// <para>The registrar records the fact when the fee assessed is paid; the engine does not compare amounts. A payment dated
/// after the as-of date does not count (the fee is still due then), and an as-known-on decision ignores a payment recorded
/// after its date (<see cref="RecordedAt"/>, default: the payment date).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class PostingFeePayment
{
    /// <summary>Initialises a posting-fee payment.</summary>
    /// <param name="institutionId">The institution whose posting fee was paid.</param>
    /// <param name="paidOn">The date the fee was paid, in the institution's calendar.</param>
    /// <param name="recordedAt">When this fact was recorded, if later than <paramref name="paidOn"/>; <see langword="null"/>: recorded on <paramref name="paidOn"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="institutionId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date or instant lies outside <see cref="SupportedDates"/>.</exception>
    public PostingFeePayment(string institutionId, LocalDate paidOn, Instant? recordedAt = null)
    {
        InstitutionId = Preconditions.NotBlank(institutionId);
        PaidOn = SupportedDates.Check(paidOn, nameof(paidOn));
        RecordedAt = recordedAt is { } at ? SupportedDates.Check(at, nameof(recordedAt)) : null;
    }

    /// <summary>Gets the institution whose posting fee was paid.</summary>
    public string InstitutionId { get; }

    /// <summary>Gets the date the fee was paid.</summary>
    public LocalDate PaidOn { get; }

    /// <summary>Gets when this fact was recorded, if later than <see cref="PaidOn"/>; <see langword="null"/>: recorded on <see cref="PaidOn"/>.</summary>
    public Instant? RecordedAt { get; }

    /// <summary>Determines whether the payment counts for a decision at <paramref name="institutionId"/> as of <paramref name="asOf"/>, optionally as known on <paramref name="asKnownOn"/>.</summary>
    /// <param name="institutionId">The institution evaluated.</param>
    /// <param name="asOf">The as-of date: a payment after it does not count.</param>
    /// <param name="asKnownOn">The as-known-on date, or <see langword="null"/>: a payment recorded after it (read in <paramref name="zone"/>) does not count.</param>
    /// <param name="zone">The institution's zone.</param>
    /// <returns><see langword="true"/> when it counts.</returns>
    internal bool CountsFor(string institutionId, LocalDate asOf, LocalDate? asKnownOn, DateTimeZone zone) =>
        string.Equals(InstitutionId, institutionId, StringComparison.Ordinal)
        && PaidOn <= asOf
        && (asKnownOn is not { } known || (RecordedAt is { } at ? Corrections.OnOrBefore(at, known, zone) : PaidOn <= known));

    /// <inheritdoc/>
    public override string ToString() => "posting fee paid at " + InstitutionId + " on " + PaidOn.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
