using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Domain;

/// <summary>One run of a course: its dates, the deadline for joining the identity-verified track, and an optional credit-exam window.</summary>
public sealed class CourseSession
{
    /// <summary>Initialises a session.</summary>
    /// <param name="id">A stable id, such as <c>uci-precalculus-2013-01</c>.</param>
    /// <param name="courseId">The course this session runs.</param>
    /// <param name="dates">First and last day of teaching, inclusive.</param>
    /// <param name="verifiedTrackDeadline">The last instant at which a learner may join the verified track (Coursera stated these with a zone, e.g. "Nov. 9th 12:00 EST"); joining exactly at the deadline counts.</param>
    /// <param name="examWindow">The dates on which the proctored credit exam may be sat, inclusive; <see langword="null"/> when unrestricted.</param>
    /// <exception cref="ArgumentException">An id is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date or instant lies outside <see cref="SupportedDates"/>.</exception>
    public CourseSession(string id, string courseId, DateRange dates, Instant verifiedTrackDeadline, DateRange? examWindow = null)
    {
        Id = Preconditions.NotBlank(id);
        CourseId = Preconditions.NotBlank(courseId);
        Dates = SupportedDates.Check(dates, nameof(dates));
        VerifiedTrackDeadline = SupportedDates.Check(verifiedTrackDeadline, nameof(verifiedTrackDeadline));
        ExamWindow = SupportedDates.Check(examWindow, nameof(examWindow));
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the id of the course.</summary>
    public string CourseId { get; }

    /// <summary>Gets the teaching dates, inclusive.</summary>
    public DateRange Dates { get; }

    /// <summary>Gets the last instant at which joining the verified track counts (inclusive).</summary>
    public Instant VerifiedTrackDeadline { get; }

    /// <summary>Gets the exam window, inclusive, or <see langword="null"/> when unrestricted.</summary>
    public DateRange? ExamWindow { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
