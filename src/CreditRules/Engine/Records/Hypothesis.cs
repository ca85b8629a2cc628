using CreditRules.Domain;
using CreditRules.Engine.Rules;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>
/// A fact assumed for a what-if evaluation, such as "the proctored exam is passed with 80 on 2014-07-01". The learner's
/// record is never changed: the evaluator adds the fact to a copy, marks the decision hypothetical and names the fact in
/// a <see cref="ReasonCode.HypotheticalFact"/> reason.
/// </summary>
/// <remarks>Two hypotheses are equal when their descriptions are equal.</remarks>
public sealed class Hypothesis : IEquatable<Hypothesis>
{
    private Hypothesis(HypothesisKind kind, string description, LocalDate date, string? courseId = null, Score? score = null, FeeKind? feeKind = null, PriorCredit? priorCredit = null, string? institutionId = null, string? programId = null, CatalogYear? catalogYear = null)
    {
        Kind = kind;
        Description = description;
        Date = date;
        CourseId = courseId;
        Score = score;
        FeeKind = feeKind;
        PriorCredit = priorCredit;
        InstitutionId = institutionId;
        ProgramId = programId;
        CatalogYear = catalogYear;
    }

    /// <summary>Gets what is assumed.</summary>
    public HypothesisKind Kind { get; }

    /// <summary>Gets the fact for people, such as <c>exam for penn-calculus passed with 80 (percent) on 2014-07-01</c>.</summary>
    public string Description { get; }

    /// <summary>Gets the date of the assumed fact.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the course, for <see cref="HypothesisKind.ExamPassed"/> and <see cref="HypothesisKind.FeePaid"/>; otherwise <see langword="null"/>.</summary>
    public string? CourseId { get; }

    /// <summary>Gets the score, for <see cref="HypothesisKind.ExamPassed"/>; otherwise <see langword="null"/>.</summary>
    public Score? Score { get; }

    /// <summary>Gets the fee, for <see cref="HypothesisKind.FeePaid"/>; otherwise <see langword="null"/>.</summary>
    public FeeKind? FeeKind { get; }

    /// <summary>Gets the prior credit, for <see cref="HypothesisKind.PriorCreditAdded"/>; otherwise <see langword="null"/>.</summary>
    public PriorCredit? PriorCredit { get; }

    /// <summary>Gets the institution, for <see cref="HypothesisKind.EnrolledInProgram"/>; otherwise <see langword="null"/>.</summary>
    public string? InstitutionId { get; }

    /// <summary>Gets the program, for <see cref="HypothesisKind.EnrolledInProgram"/>; otherwise <see langword="null"/>.</summary>
    public string? ProgramId { get; }

    /// <summary>
    /// Gets the catalog year the assumed enrolment binds the learner to, for <see cref="HypothesisKind.EnrolledInProgram"/>
    /// when one is stated (<see cref="EnrolledInProgram(string, string, LocalDate, CatalogYear)"/>); otherwise
    /// <see langword="null"/>.
    /// </summary>
    public CatalogYear? CatalogYear { get; }

    /// <summary>Assumes the proctored exam of a course is passed.</summary>
    /// <param name="courseId">The course.</param>
    /// <param name="score">The score.</param>
    /// <param name="passedOn">The date, in the institution's zone; the attempt is placed at noon of that day.</param>
    /// <returns>The hypothesis.</returns>
    /// <exception cref="ArgumentException"><paramref name="courseId"/> is blank or <paramref name="score"/> has no scale.</exception>
    public static Hypothesis ExamPassed(string courseId, Score score, LocalDate passedOn)
    {
        Preconditions.NotBlank(courseId);
        if (score.Scale is null)
        {
            throw new ArgumentException("The hypothetical score has no scale.", nameof(score));
        }

        return new(HypothesisKind.ExamPassed, "exam for " + courseId + " passed with " + score + " on " + Texts.Format(passedOn), passedOn, courseId, score: score);
    }

    /// <summary>Assumes a learner-side fee of a course is paid; fees not on record are unaffected.</summary>
    /// <param name="courseId">The course.</param>
    /// <param name="kind">The fee.</param>
    /// <param name="paidOn">The date it is paid.</param>
    /// <returns>The hypothesis.</returns>
    /// <exception cref="ArgumentException"><paramref name="courseId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static Hypothesis FeePaid(string courseId, FeeKind kind, LocalDate paidOn)
    {
        Preconditions.NotBlank(courseId);
        Preconditions.Defined(kind);
        return new(HypothesisKind.FeePaid, kind + " fee for " + courseId + " paid on " + Texts.Format(paidOn), paidOn, courseId, feeKind: kind);
    }

    /// <summary>Assumes the learner holds one more prior credit.</summary>
    /// <param name="credit">The prior credit; its id must not repeat one on record.</param>
    /// <returns>The hypothesis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="credit"/> is null.</exception>
    public static Hypothesis PriorCreditAdded(PriorCredit credit)
    {
        Preconditions.NotNull(credit);
        return new(
            HypothesisKind.PriorCreditAdded,
            "prior credit " + credit.Id + " (" + credit.Source + ", " + credit.Amount + ", " + credit.Level + (credit.IsPosted ? ", posted" : string.Empty) + (credit.InResidence ? ", in residence" : string.Empty) + ") earned on " + Texts.Format(credit.Date),
            credit.Date,
            priorCredit: credit);
    }

    /// <summary>Assumes the learner enrols in a program on a date, which selects the institution's policy version.</summary>
    /// <param name="institutionId">The institution.</param>
    /// <param name="programId">The program.</param>
    /// <param name="enrolledOn">The enrolment date.</param>
    /// <returns>The hypothesis.</returns>
    /// <remarks>
    /// The assumed enrolment replaces the learner's enrolments on record in that institution's program (what-if: "had I
    /// enrolled on this date"), so it is the one the policy version selection and a recency window anchored on the
    /// enrolment date read, even when the record holds a later one. It states no catalog year; to assume one, use
    /// <see cref="EnrolledInProgram(string, string, LocalDate, CatalogYear)"/>.
    /// </remarks>
    /// <exception cref="ArgumentException">An id is blank.</exception>
    public static Hypothesis EnrolledInProgram(string institutionId, string programId, LocalDate enrolledOn) =>
        Enrolled(institutionId, programId, enrolledOn, null);

    /// <summary>
    /// Assumes the learner enrols in a program on a date under a catalog year, which selects the policy version at an
    /// institution that selects by catalog year (<see cref="PolicySelectionBasis.CatalogYear"/>); elsewhere the
    /// enrolment date selects it and the catalog year is not read.
    /// </summary>
    /// <param name="institutionId">The institution.</param>
    /// <param name="programId">The program.</param>
    /// <param name="enrolledOn">The enrolment date.</param>
    /// <param name="catalogYear">The catalog year the enrolment binds the learner to, such as <c>2013-2014</c>.</param>
    /// <returns>The hypothesis, described as <c>enrolled in acl/bs-business on 2014-01-13 under catalog year 2012-2013</c>.</returns>
    /// <remarks>Replaces the learner's enrolments on record in that program, as <see cref="EnrolledInProgram(string, string, LocalDate)"/> does.</remarks>
    /// <exception cref="ArgumentException">An id is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="catalogYear"/> is <see langword="default"/> (start year 0), not a catalog year.</exception>
    public static Hypothesis EnrolledInProgram(string institutionId, string programId, LocalDate enrolledOn, CatalogYear catalogYear) =>
        catalogYear.StartYear is >= Domain.CatalogYear.MinStartYear and <= Domain.CatalogYear.MaxStartYear
            ? Enrolled(institutionId, programId, enrolledOn, catalogYear)
            : throw new ArgumentOutOfRangeException(nameof(catalogYear), catalogYear.StartYear, "default(CatalogYear) is not a catalog year; make one with CatalogYear.FromStartYear or CatalogYear.Parse.");

    private static Hypothesis Enrolled(string institutionId, string programId, LocalDate enrolledOn, CatalogYear? catalogYear)
    {
        Preconditions.NotBlank(institutionId);
        Preconditions.NotBlank(programId);
        return new(
            HypothesisKind.EnrolledInProgram,
            "enrolled in " + institutionId + "/" + programId + " on " + Texts.Format(enrolledOn) + (catalogYear is { } year ? " under catalog year " + year : string.Empty),
            enrolledOn,
            institutionId: institutionId,
            programId: programId,
            catalogYear: catalogYear);
    }

    /// <summary>Returns a copy of <paramref name="learner"/> holding the assumed facts.</summary>
    internal static LearnerRecord Apply(LearnerRecord learner, IReadOnlyList<Hypothesis> hypotheses, DateTimeZone zone)
    {
        if (hypotheses.Count == 0)
        {
            return learner;
        }

        var programs = learner.ProgramEnrollments.ToList();
        var attempts = learner.ExamAttempts.ToList();
        var fees = learner.Fees.ToList();
        var prior = learner.PriorCredits.ToList();
        foreach (var hypothesis in hypotheses)
        {
            switch (hypothesis.Kind)
            {
                case HypothesisKind.ExamPassed:
                    var noon = hypothesis.Date.At(new LocalTime(12, 0)).InZoneLeniently(zone).ToInstant();
                    attempts.Add(new ExamAttempt(hypothesis.CourseId!, noon, zone, ExamOutcome.Passed, hypothesis.Score));
                    break;
                case HypothesisKind.FeePaid:
                    for (var i = 0; i < fees.Count; i++)
                    {
                        if (fees[i].Kind == hypothesis.FeeKind && string.Equals(fees[i].CourseId, hypothesis.CourseId, StringComparison.Ordinal))
                        {
                            fees[i] = new FeeObligation(fees[i].CourseId, fees[i].Kind, fees[i].Amount, FeeStatus.Paid, hypothesis.Date);
                        }
                    }

                    break;
                case HypothesisKind.PriorCreditAdded:
                    prior.Add(hypothesis.PriorCredit!);
                    break;
                default:
                    programs.RemoveAll(e => string.Equals(e.InstitutionId, hypothesis.InstitutionId, StringComparison.Ordinal) && string.Equals(e.ProgramId, hypothesis.ProgramId, StringComparison.Ordinal));
                    programs.Add(new ProgramEnrollment(hypothesis.InstitutionId!, hypothesis.ProgramId!, hypothesis.Date, catalogYear: hypothesis.CatalogYear));
                    break;
            }
        }

        return new LearnerRecord(
            learner.LearnerId,
            learner.IsVeteran,
            programs,
            learner.CourseEnrollments,
            learner.Completions,
            learner.IdentityVerifications,
            attempts,
            fees,
            learner.Evidence,
            prior,
            learner.Emails,
            learner.Exceptions,
            learner.PostingFeePayments);
    }

    /// <inheritdoc/>
    public bool Equals(Hypothesis? other) => other is not null && string.Equals(Description, other.Description, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Hypothesis);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Description);

    /// <inheritdoc/>
    public override string ToString() => Description;
}
