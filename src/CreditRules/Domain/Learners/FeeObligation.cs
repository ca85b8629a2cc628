using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Domain;

/// <summary>A learner-side fee for a course (verified track, proctored exam), and its state.</summary>
public sealed class FeeObligation
{
    /// <summary>Initialises a fee obligation.</summary>
    /// <param name="courseId">The course the fee belongs to.</param>
    /// <param name="kind">What the fee pays for.</param>
    /// <param name="amount">The amount due.</param>
    /// <param name="status">The state.</param>
    /// <param name="statusDate">The date the state took effect; required for every state but <see cref="FeeStatus.Unpaid"/>.</param>
    /// <param name="waiverReason">Why the fee was waived; required exactly when <paramref name="status"/> is <see cref="FeeStatus.Waived"/>.</param>
    /// <param name="recordedAt">When this state was recorded, if later than <paramref name="statusDate"/> (a refund entered weeks after it took effect); <see langword="null"/>: recorded on the status date (an unpaid fee: always known).</param>
    /// <param name="id">An id for this fact, unique among the learner's fees, so a later fact can supersede it; or <see langword="null"/>.</param>
    /// <param name="supersedes">The id of an earlier fee fact this one replaces (the same fee, later paid, refunded or corrected), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A required field is missing, a field does not fit the status, <paramref name="id"/> or <paramref name="supersedes"/> is blank, or the fee supersedes itself.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date or instant lies outside <see cref="SupportedDates"/>.</exception>
    public FeeObligation(string courseId, FeeKind kind, Money amount, FeeStatus status, LocalDate? statusDate = null, string? waiverReason = null, Instant? recordedAt = null, string? id = null, string? supersedes = null)
    {
        (RecordedAt, Id, Supersedes) = Corrections.Check(recordedAt, id, supersedes);
        CourseId = Preconditions.NotBlank(courseId);
        Kind = Preconditions.Defined(kind);
        if (amount.Currency is null)
        {
            throw new ArgumentException("The fee amount has no currency.", nameof(amount));
        }

        Amount = amount;
        Status = Preconditions.Defined(status);
        if (status != FeeStatus.Unpaid && statusDate is null)
        {
            throw new ArgumentException("A " + status + " fee needs the date its status took effect.", nameof(statusDate));
        }

        if ((status == FeeStatus.Waived) == string.IsNullOrWhiteSpace(waiverReason))
        {
            throw new ArgumentException(
                status == FeeStatus.Waived ? "A waived fee needs a waiver reason." : "Only a waived fee has a waiver reason; status is " + status + ", got '" + waiverReason + "'.",
                nameof(waiverReason));
        }

        StatusDate = SupportedDates.Check(statusDate, nameof(statusDate));
        WaiverReason = waiverReason;
    }

    /// <summary>Gets the course id.</summary>
    public string CourseId { get; }

    /// <summary>Gets what the fee pays for.</summary>
    public FeeKind Kind { get; }

    /// <summary>Gets the amount due.</summary>
    public Money Amount { get; }

    /// <summary>Gets the state.</summary>
    public FeeStatus Status { get; }

    /// <summary>Gets the date the state took effect, or <see langword="null"/> when unpaid.</summary>
    public LocalDate? StatusDate { get; }

    /// <summary>Gets the waiver reason, or <see langword="null"/>.</summary>
    public string? WaiverReason { get; }

    /// <summary>Gets when this state was recorded, or <see langword="null"/> when it was recorded on <see cref="StatusDate"/> (the default: the fact's own date).</summary>
    /// <remarks>Read only by an as-known-on decision (<see cref="LearnerRecord.AsKnownOn"/>).</remarks>
    public Instant? RecordedAt { get; }

    /// <summary>Gets this fact's id, or <see langword="null"/>.</summary>
    public string? Id { get; }

    /// <summary>Gets the id of the fee fact this one replaces, or <see langword="null"/>.</summary>
    /// <remarks>Once this fact is known, the superseded one is ignored; before, the superseded one stands.</remarks>
    public string? Supersedes { get; }
}
