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
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date or instant lies outside <see cref="SupportedDates"/>.</exception>
    public CourseCompletion(string sessionId, CompletionStatus status, LocalDate recordedOn, Score? grade = null)
    {
        SessionId = Preconditions.NotBlank(sessionId);
        Status = Preconditions.Defined(status);
        RecordedOn = SupportedDates.Check(recordedOn, nameof(recordedOn));
        Grade = grade;
    }

    /// <summary>Gets the session id.</summary>
    public string SessionId { get; }

    /// <summary>Gets the status.</summary>
    public CompletionStatus Status { get; }

    /// <summary>Gets the date the status was recorded.</summary>
    public LocalDate RecordedOn { get; }

    /// <summary>Gets the course grade, or <see langword="null"/>.</summary>
    public Score? Grade { get; }
}
