using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Domain;

/// <summary>A document the learner can show an institution, such as an official ACE transcript.</summary>
public sealed class EvidenceDocument
{
    /// <summary>Initialises an evidence document.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <param name="issuedOn">The issue date.</param>
    /// <param name="isOfficial">Whether it was sent officially (issuer to institution).</param>
    /// <param name="isVerified">Whether its authenticity was verified (Credly marks imported images unverified).</param>
    /// <param name="courseId">The course it covers, or <see langword="null"/> for a transcript covering all the learner's courses.</param>
    /// <param name="recordedAt">When this fact was recorded, if later than its issue date (a fact that arrived late); <see langword="null"/>: recorded on its issue date. Read only by as-known-on decisions (<see cref="LearnerRecord.AsKnownOn"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date or instant lies outside <see cref="SupportedDates"/>.</exception>
    public EvidenceDocument(EvidenceKind kind, LocalDate issuedOn, bool isOfficial, bool isVerified, string? courseId = null, Instant? recordedAt = null)
    {
        Kind = Preconditions.Defined(kind);
        IssuedOn = SupportedDates.Check(issuedOn, nameof(issuedOn));
        IsOfficial = isOfficial;
        IsVerified = isVerified;
        CourseId = string.IsNullOrWhiteSpace(courseId) ? null : courseId;
        RecordedAt = recordedAt is { } at ? SupportedDates.Check(at, nameof(recordedAt)) : null;
    }

    /// <summary>Gets the kind.</summary>
    public EvidenceKind Kind { get; }

    /// <summary>Gets the issue date.</summary>
    public LocalDate IssuedOn { get; }

    /// <summary>Gets a value indicating whether it was sent officially.</summary>
    public bool IsOfficial { get; }

    /// <summary>Gets a value indicating whether its authenticity was verified.</summary>
    public bool IsVerified { get; }

    /// <summary>Gets the course it covers, or <see langword="null"/> for all the learner's courses.</summary>
    public string? CourseId { get; }

    /// <summary>Gets when this fact was recorded, if later than its own date; <see langword="null"/>: recorded on its issue date.</summary>
    public Instant? RecordedAt { get; }
}
