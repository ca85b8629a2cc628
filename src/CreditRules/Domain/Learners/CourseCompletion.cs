using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Domain;

/// <summary>How a learner's run of a course session ended, or that it is still in progress.</summary>
public sealed class CourseCompletion
{
    /// <summary>Initialises a completion fact.</summary>
    /// <param name="sessionId">The course session.</param>
    /// <param name="status">The status.</param>
    /// <param name="recordedOn">The date the status was recorded (a completion date for <see cref="CompletionStatus.Completed"/>).</param>
    /// <param name="grade">The course grade, if reported.</param>
    /// <param name="recordedAt">When this fact was recorded, if later than <paramref name="recordedOn"/> (a fact that arrived late); <see langword="null"/>: recorded on <paramref name="recordedOn"/>. Read only by as-known-on decisions (<see cref="LearnerRecord.AsKnownOn"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date or instant lies outside <see cref="SupportedDates"/>.</exception>
    public CourseCompletion(string sessionId, CompletionStatus status, LocalDate recordedOn, Score? grade = null, Instant? recordedAt = null)
    {
        SessionId = Preconditions.NotBlank(sessionId);
        Status = Preconditions.Defined(status);
        RecordedOn = SupportedDates.Check(recordedOn, nameof(recordedOn));
        Grade = grade;
        RecordedAt = recordedAt is { } at ? SupportedDates.Check(at, nameof(recordedAt)) : null;
    }

    /// <summary>Gets the session id.</summary>
    public string SessionId { get; }

    /// <summary>Gets the status.</summary>
    public CompletionStatus Status { get; }

    /// <summary>Gets the date the status was recorded.</summary>
    public LocalDate RecordedOn { get; }

    /// <summary>Gets the course grade, or <see langword="null"/>.</summary>
    public Score? Grade { get; }

    /// <summary>Gets when this fact was recorded, if later than its own date; <see langword="null"/>: recorded on <see cref="RecordedOn"/>.</summary>
    public Instant? RecordedAt { get; }
}
