using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Domain;

/// <summary>A learner's enrolment in one course session, on a track, at an instant.</summary>
public sealed class CourseEnrollment
{
    /// <summary>Initialises an enrolment.</summary>
    /// <param name="sessionId">The course session.</param>
    /// <param name="track">The track joined.</param>
    /// <param name="joinedAt">When the learner joined this track (for the verified track, compared with the session's deadline).</param>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="track"/> is undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date or instant lies outside <see cref="SupportedDates"/>.</exception>
    public CourseEnrollment(string sessionId, EnrollmentTrack track, Instant joinedAt)
    {
        SessionId = Preconditions.NotBlank(sessionId);
        Track = Preconditions.Defined(track);
        JoinedAt = SupportedDates.Check(joinedAt, nameof(joinedAt));
    }

    /// <summary>Gets the session id.</summary>
    public string SessionId { get; }

    /// <summary>Gets the track.</summary>
    public EnrollmentTrack Track { get; }

    /// <summary>Gets the instant the learner joined the track.</summary>
    public Instant JoinedAt { get; }
}
