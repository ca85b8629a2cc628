using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>Everything known about one learner that the engine may use: enrolments, completions, identity, exams, fees and evidence.</summary>
/// <remarks>Facts are kept as given; the engine ignores those dated after the as-of date of an evaluation.</remarks>
public sealed class LearnerRecord
{
    /// <summary>Initialises a learner record.</summary>
    /// <param name="learnerId">A stable id.</param>
    /// <param name="isVeteran">Whether the learner is a veteran (some institutions waive fees).</param>
    /// <param name="programEnrollments">Admissions to degree programs.</param>
    /// <param name="courseEnrollments">Enrolments in course sessions.</param>
    /// <param name="completions">Course completion facts.</param>
    /// <param name="identityVerifications">Identity verification results.</param>
    /// <param name="examAttempts">Proctored exam attempts.</param>
    /// <param name="fees">Learner-side fees.</param>
    /// <param name="evidence">Evidence documents.</param>
    /// <param name="priorCredits">Prior credit (transfer, exam, military, prior learning, or earned in residence), with unique ids.</param>
    /// <param name="emails">The learner's email addresses (Credly and Open Badges name recipients by email); duplicates, compared ignoring case, are kept once.</param>
    /// <exception cref="ArgumentException"><paramref name="learnerId"/> is blank, a list holds null, prior credit ids repeat, or an email is blank or lacks an <c>@</c>.</exception>
    public LearnerRecord(
        string learnerId,
        bool isVeteran = false,
        IEnumerable<ProgramEnrollment>? programEnrollments = null,
        IEnumerable<CourseEnrollment>? courseEnrollments = null,
        IEnumerable<CourseCompletion>? completions = null,
        IEnumerable<IdentityVerification>? identityVerifications = null,
        IEnumerable<ExamAttempt>? examAttempts = null,
        IEnumerable<FeeObligation>? fees = null,
        IEnumerable<EvidenceDocument>? evidence = null,
        IEnumerable<PriorCredit>? priorCredits = null,
        IEnumerable<string>? emails = null)
    {
        PriorCredits = Preconditions.CopyList(priorCredits ?? []);
        Preconditions.EnsureUniqueIds(PriorCredits, p => p.Id, nameof(priorCredits));
        LearnerId = Preconditions.NotBlank(learnerId);
        IsVeteran = isVeteran;
        ProgramEnrollments = Preconditions.CopyList(programEnrollments ?? [], nameof(programEnrollments));
        CourseEnrollments = Preconditions.CopyList(courseEnrollments ?? [], nameof(courseEnrollments));
        Completions = Preconditions.CopyList(completions ?? [], nameof(completions));
        IdentityVerifications = Preconditions.CopyList(identityVerifications ?? [], nameof(identityVerifications));
        ExamAttempts = Preconditions.CopyList(examAttempts ?? [], nameof(examAttempts));
        Fees = Preconditions.CopyList(fees ?? [], nameof(fees));
        Evidence = Preconditions.CopyList(evidence ?? [], nameof(evidence));
        Emails = CopyEmails(emails);
    }

    /// <summary>Gets the learner id.</summary>
    public string LearnerId { get; }

    /// <summary>Gets a value indicating whether the learner is a veteran.</summary>
    public bool IsVeteran { get; }

    /// <summary>Gets the program admissions.</summary>
    public IReadOnlyList<ProgramEnrollment> ProgramEnrollments { get; }

    /// <summary>Gets the course-session enrolments.</summary>
    public IReadOnlyList<CourseEnrollment> CourseEnrollments { get; }

    /// <summary>Gets the completion facts.</summary>
    public IReadOnlyList<CourseCompletion> Completions { get; }

    /// <summary>Gets the identity verification results.</summary>
    public IReadOnlyList<IdentityVerification> IdentityVerifications { get; }

    /// <summary>Gets the proctored exam attempts.</summary>
    public IReadOnlyList<ExamAttempt> ExamAttempts { get; }

    /// <summary>Gets the learner-side fees.</summary>
    public IReadOnlyList<FeeObligation> Fees { get; }

    /// <summary>Gets the evidence documents.</summary>
    public IReadOnlyList<EvidenceDocument> Evidence { get; }

    /// <summary>Gets the prior credit.</summary>
    public IReadOnlyList<PriorCredit> PriorCredits { get; }

    /// <summary>Gets the learner's email addresses, as given (trimmed), without duplicates.</summary>
    /// <remarks>Credentials name their recipient by email (an Open Badges <c>IdentityObject</c>); an importer matches them
    /// against this list, ignoring case.</remarks>
    public IReadOnlyList<string> Emails { get; }

    /// <inheritdoc/>
    public override string ToString() => LearnerId;

    private static string[] CopyEmails(IEnumerable<string>? emails)
    {
        var result = new List<string>();
        foreach (var email in emails ?? [])
        {
            var trimmed = email?.Trim();
            if (string.IsNullOrEmpty(trimmed) || trimmed.IndexOf('@', StringComparison.Ordinal) <= 0 || trimmed.EndsWith('@'))
            {
                throw new ArgumentException("An email must have a local part, an '@' and a domain; got '" + email + "'.", nameof(emails));
            }

            if (!result.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
            {
                result.Add(trimmed);
            }
        }

        return [.. result];
    }
}
