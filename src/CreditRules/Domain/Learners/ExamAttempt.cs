using System.Globalization;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Domain;

/// <summary>
/// One sitting of a course's proctored credit exam: when it started (an <see cref="Instant"/> plus the zone the candidate
/// sat in), how it was proctored, the ID check, the integrity review and the result.
/// </summary>
/// <remarks>
/// The calendar date of an attempt depends on the zone chosen to read it: an exam at 23:30 in Los Angeles is the next day
/// in New York. The engine picks the zone from the institution's policy and reports it.
/// </remarks>
public sealed class ExamAttempt
{
    /// <summary>Initialises an attempt.</summary>
    /// <param name="courseId">The course whose credit exam this is.</param>
    /// <param name="startedAt">When the exam started.</param>
    /// <param name="candidateZone">The zone the candidate sat the exam in (ProctorU books in it).</param>
    /// <param name="outcome">The exam provider's result.</param>
    /// <param name="score">The score; required unless <paramref name="outcome"/> is <see cref="ExamOutcome.Pending"/>.</param>
    /// <param name="proctoring">How the attempt was proctored.</param>
    /// <param name="idCheck">The photo-ID check result.</param>
    /// <param name="integrity">The integrity review state.</param>
    /// <param name="invalidation">Why the attempt was invalidated; required exactly when <paramref name="integrity"/> is <see cref="IntegrityReview.Invalidated"/>.</param>
    /// <param name="recordedAt">When the result was recorded, if later than the exam (a result released after review, a corrected score); <see langword="null"/>: recorded when the exam started.</param>
    /// <param name="id">An id for this fact, unique among the learner's attempts, so a later fact can supersede it; or <see langword="null"/>.</param>
    /// <param name="supersedes">The id of an earlier attempt fact this one corrects (a corrected score or review), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="courseId"/> is blank, the score or invalidation does not fit the outcome or review, <paramref name="id"/> or <paramref name="supersedes"/> is blank, or the attempt supersedes itself.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="candidateZone"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date or instant lies outside <see cref="SupportedDates"/>.</exception>
    public ExamAttempt(
        string courseId,
        Instant startedAt,
        DateTimeZone candidateZone,
        ExamOutcome outcome,
        Score? score,
        ProctoringMode proctoring = ProctoringMode.LiveOnline,
        IdCheckResult idCheck = IdCheckResult.Passed,
        IntegrityReview integrity = IntegrityReview.Clean,
        InvalidationKind? invalidation = null,
        Instant? recordedAt = null,
        string? id = null,
        string? supersedes = null)
    {
        CourseId = Preconditions.NotBlank(courseId);
        (RecordedAt, Id, Supersedes) = Corrections.Check(recordedAt, id, supersedes);
        StartedAt = SupportedDates.Check(startedAt, nameof(startedAt));
        CandidateZone = candidateZone ?? throw new ArgumentNullException(nameof(candidateZone), "An exam attempt needs the candidate's time zone to fix its local date.");
        Outcome = Preconditions.Defined(outcome);
        Proctoring = Preconditions.Defined(proctoring);
        IdCheck = Preconditions.Defined(idCheck);
        Integrity = Preconditions.Defined(integrity);
        if (outcome != ExamOutcome.Pending && score is null)
        {
            throw new ArgumentException("A " + outcome + " exam attempt needs a score.", nameof(score));
        }

        if (score is { Scale: null })
        {
            throw new ArgumentException("The score has no scale.", nameof(score));
        }

        if ((integrity == IntegrityReview.Invalidated) != invalidation.HasValue)
        {
            throw new ArgumentException(
                integrity == IntegrityReview.Invalidated
                    ? "An invalidated attempt must say why (Administrative or IntegrityViolation)."
                    : "Only an invalidated attempt has an invalidation kind; integrity is " + integrity + ", got " + invalidation + ".",
                nameof(invalidation));
        }

        if (invalidation is { } kind)
        {
            Preconditions.Defined(kind, nameof(invalidation));
        }

        Score = score;
        Invalidation = invalidation;
    }

    /// <summary>Gets the course id.</summary>
    public string CourseId { get; }

    /// <summary>Gets when the exam started.</summary>
    public Instant StartedAt { get; }

    /// <summary>Gets the candidate's zone.</summary>
    public DateTimeZone CandidateZone { get; }

    /// <summary>Gets the exam provider's result.</summary>
    public ExamOutcome Outcome { get; }

    /// <summary>Gets the score, or <see langword="null"/> while pending.</summary>
    public Score? Score { get; }

    /// <summary>Gets how the attempt was proctored.</summary>
    public ProctoringMode Proctoring { get; }

    /// <summary>Gets the ID check result.</summary>
    public IdCheckResult IdCheck { get; }

    /// <summary>Gets the integrity review state.</summary>
    public IntegrityReview Integrity { get; }

    /// <summary>Gets why the attempt was invalidated, or <see langword="null"/>.</summary>
    public InvalidationKind? Invalidation { get; }

    /// <summary>Gets when the result was recorded, or <see langword="null"/> when it was recorded as the exam started (the default: the fact's own instant).</summary>
    /// <remarks>Read only by an as-known-on decision (<see cref="LearnerRecord.AsKnownOn"/>).</remarks>
    public Instant? RecordedAt { get; }

    /// <summary>Gets this fact's id, or <see langword="null"/>.</summary>
    public string? Id { get; }

    /// <summary>Gets the id of the attempt fact this one corrects, or <see langword="null"/>.</summary>
    /// <remarks>Once this fact is known, the superseded one is ignored; before, the superseded one stands.</remarks>
    public string? Supersedes { get; }

    /// <summary>Gets when this fact became known: <see cref="RecordedAt"/>, else <see cref="StartedAt"/>.</summary>
    public Instant KnownFrom => RecordedAt ?? StartedAt;

    /// <summary>Gets the calendar date of the start in <paramref name="zone"/>.</summary>
    /// <param name="zone">The zone to read the instant in.</param>
    /// <returns>The local date.</returns>
    public LocalDate DateIn(DateTimeZone zone) => StartedAt.InZone(Preconditions.NotNull(zone)).Date;

    /// <inheritdoc/>
    public override string ToString() => CourseId + " @ " + StartedAt.ToString("g", CultureInfo.InvariantCulture) + " (" + CandidateZone.Id + ")";
}
