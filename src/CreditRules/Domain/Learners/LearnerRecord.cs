using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Domain;

/// <summary>Everything known about one learner that the engine may use: enrolments, completions, identity, exams, fees and evidence.</summary>
/// <remarks>
/// <para>Facts are kept as given; the engine ignores those dated after the as-of date of an evaluation, and facts
/// superseded by a correction (an exam attempt or fee whose <c>Supersedes</c> names another's <c>Id</c>).</para>
/// <para><b>When facts were recorded.</b> Each fact is known from its own date (an enrolment's, a completion's
/// <c>RecordedOn</c>, an exam's start, a fee's status date, evidence's issue date, prior credit's date), unless an exam
/// attempt or fee states a later <c>RecordedAt</c>. <see cref="AsKnownOn"/> keeps only the facts known by a date, so
/// a decision can be made with what was on record then.</para>
/// </remarks>
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
    /// <param name="exceptions">Exceptions approved for the learner (petitions granted), with unique references.</param>
    /// <param name="postingFeePayments">Posting fees the learner has paid (<see cref="PostingFeePayment"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="learnerId"/> is blank, a list holds null, prior credit ids or exception references repeat, an email is blank or lacks an <c>@</c>,
    /// an exam attempt or fee id repeats, or a <c>Supersedes</c> names no fact of its list.</exception>
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
        IEnumerable<string>? emails = null,
        IEnumerable<ExceptionGrant>? exceptions = null,
        IEnumerable<PostingFeePayment>? postingFeePayments = null)
    {
        PostingFeePayments = Preconditions.CopyList(postingFeePayments ?? [], nameof(postingFeePayments));
        Exceptions = Preconditions.CopyList(exceptions ?? [], nameof(exceptions));
        Preconditions.EnsureUniqueIds(Exceptions, e => e.Reference, nameof(exceptions));
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
        Corrections.CheckReferences(ExamAttempts, a => a.Id, a => a.Supersedes, nameof(examAttempts));
        Corrections.CheckReferences(Fees, f => f.Id, f => f.Supersedes, nameof(fees));
        HasCorrections = ExamAttempts.Any(a => a.Supersedes is not null) || Fees.Any(f => f.Supersedes is not null);
    }

    private LearnerRecord(LearnerRecord source, Func<Instant, bool> instant, Func<LocalDate, bool> known, IEnumerable<ProgramEnrollment> programEnrollments, IEnumerable<CourseEnrollment> courseEnrollments, IEnumerable<CourseCompletion> completions,
        IEnumerable<IdentityVerification> identityVerifications, IEnumerable<ExamAttempt> examAttempts, IEnumerable<FeeObligation> fees, IEnumerable<EvidenceDocument> evidence, IEnumerable<PriorCredit> priorCredits)
    {
        LearnerId = source.LearnerId;
        IsVeteran = source.IsVeteran;
        Emails = source.Emails;
        Exceptions = [.. source.Exceptions.Where(e => known(e.ApprovedOn))];
        ProgramEnrollments = [.. programEnrollments];
        CourseEnrollments = [.. courseEnrollments];
        Completions = [.. completions];
        IdentityVerifications = [.. identityVerifications];
        ExamAttempts = [.. examAttempts];
        Fees = [.. fees];
        Evidence = [.. evidence];
        PriorCredits = [.. priorCredits];
        PostingFeePayments = [.. source.PostingFeePayments.Where(p => p.RecordedAt is { } at ? instant(at) : known(p.PaidOn))];
    }

    /// <summary>
    /// A record from fresh arrays of facts that the JSON Lines reader has already checked as the public constructor checks
    /// them (no null item, prior-credit ids unique) and that carry no correction, exception or posting-fee payment (the
    /// reader leaves a line with any to the document reader): the arrays are kept as they are, without the public
    /// constructor's copies, id checks and closures, which the first line read would compile and every line would pay for.
    /// </summary>
    internal LearnerRecord(string learnerId, bool isVeteran, ProgramEnrollment[] programEnrollments, CourseEnrollment[] courseEnrollments, CourseCompletion[] completions,
        IdentityVerification[] identityVerifications, ExamAttempt[] examAttempts, FeeObligation[] fees, EvidenceDocument[] evidence, PriorCredit[] priorCredits, IEnumerable<string>? emails)
    {
        LearnerId = Preconditions.NotBlank(learnerId);
        IsVeteran = isVeteran;
        PostingFeePayments = Array.AsReadOnly(Array.Empty<PostingFeePayment>());
        Exceptions = Array.AsReadOnly(Array.Empty<ExceptionGrant>());
        PriorCredits = Array.AsReadOnly(priorCredits);
        ProgramEnrollments = Array.AsReadOnly(programEnrollments);
        CourseEnrollments = Array.AsReadOnly(courseEnrollments);
        Completions = Array.AsReadOnly(completions);
        IdentityVerifications = Array.AsReadOnly(identityVerifications);
        ExamAttempts = Array.AsReadOnly(examAttempts);
        Fees = Array.AsReadOnly(fees);
        Evidence = Array.AsReadOnly(evidence);
        Emails = emails is null ? [] : CopyEmails(emails);
    }

    /// <summary>Gets a value indicating whether a fact supersedes another (so <see cref="Standing"/> differs from this record).</summary>
    internal bool HasCorrections { get; }

    /// <summary>Gets the facts that stand today: every fact but those superseded by a correction (this record itself when there is no correction).</summary>
    internal LearnerRecord Standing => HasCorrections ? _standing ??= Filter(static _ => true, static _ => true, static _ => true) : this;

    private LearnerRecord? _standing;

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

    /// <summary>Gets the exceptions approved for the learner (in an as-known-on view, only those approved by then).</summary>
    public IReadOnlyList<ExceptionGrant> Exceptions { get; }

    /// <summary>Gets the posting fees the learner has paid.</summary>
    public IReadOnlyList<PostingFeePayment> PostingFeePayments { get; }

    /// <summary>The limit of a record-level cap for this learner: the limit an <see cref="ExceptionKind.AdjustCap"/> exception
    /// in effect sets (<see cref="CapAdjustmentOrNull"/>), else <paramref name="limit"/>. The one hook the record
    /// rules call where a cap's limit is computed.</summary>
    internal CreditAmount AdjustedCapLimit(string capId, string institutionId, string programId, LocalDate asOf, CreditAmount limit) =>
        CapAdjustmentOrNull(capId, institutionId, programId, asOf) is { } exception ? exception.Credits!.Value.ConvertTo(limit.Unit) : limit;

    /// <summary>The <see cref="ExceptionKind.AdjustCap"/> exception that sets a record-level cap's limit for this learner: in
    /// scope and in effect on the as-of date (the last one given, when several match), or <see langword="null"/>.</summary>
    internal ExceptionGrant? CapAdjustmentOrNull(string capId, string institutionId, string programId, LocalDate asOf)
    {
        ExceptionGrant? result = null;
        for (var i = 0; i < Exceptions.Count; i++)
        {
            var exception = Exceptions[i];
            if (exception.Kind == ExceptionKind.AdjustCap && string.Equals(exception.CapId, capId, StringComparison.Ordinal)
                && exception.Effective.Contains(asOf)
                && (exception.InstitutionId is null || string.Equals(exception.InstitutionId, institutionId, StringComparison.Ordinal))
                && (exception.ProgramId is null || string.Equals(exception.ProgramId, programId, StringComparison.Ordinal)))
            {
                result = exception;
            }
        }

        return result;
    }

    /// <summary>Gets the learner's email addresses, as given (trimmed), without duplicates.</summary>
    /// <remarks>Credentials name their recipient by email (an Open Badges <c>IdentityObject</c>); an importer matches them
    /// against this list, ignoring case.</remarks>
    public IReadOnlyList<string> Emails { get; }

    /// <summary>Gets the learner as known on a date: only the facts recorded by the end of <paramref name="date"/> in
    /// <paramref name="zone"/>, and of those, the ones no correction known by then supersedes.</summary>
    /// <param name="date">The as-known-on date, inclusive: a fact recorded at any time that day counts.</param>
    /// <param name="zone">The zone the date is read in; an instant is known on the date it falls on there (the engine uses the institution's zone).</param>
    /// <returns>A learner record holding those facts (emails and veteran status are kept: they are not dated).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <remarks>A fact is recorded on its own date unless it says otherwise: an exam attempt or fee may carry a later
    /// <c>RecordedAt</c> (a result released after review, a refund entered later, a corrected score), and so may a program
    /// enrolment, a completion, an evidence document or prior credit (entered after the fact); a fee without a
    /// status date (unpaid) is always known. With a date on or after every fact's recording date this gives the same
    /// facts the engine uses without an as-known-on date.</remarks>
    public LearnerRecord AsKnownOn(LocalDate date, DateTimeZone zone)
    {
        Preconditions.NotNull(zone);
        return Filter(
            instant => Corrections.OnOrBefore(instant, date, zone),
            day => day <= date,
            fee => fee.RecordedAt is { } at ? Corrections.OnOrBefore(at, date, zone) : fee.StatusDate is not { } status || status <= date);
    }

    private LearnerRecord Filter(Func<NodaTime.Instant, bool> instant, Func<NodaTime.LocalDate, bool> day, Func<FeeObligation, bool> fee) => new(
        this,
        instant,
        day,
        ProgramEnrollments.Where(e => e.RecordedAt is { } at ? instant(at) : day(e.EnrolledOn)),
        CourseEnrollments.Where(e => instant(e.JoinedAt)),
        Completions.Where(c => c.RecordedAt is { } at ? instant(at) : day(c.RecordedOn)),
        IdentityVerifications.Where(v => instant(v.RecordedAt)),
        Corrections.Standing(ExamAttempts, a => instant(a.KnownFrom), a => a.Id, a => a.Supersedes),
        Corrections.Standing(Fees, fee, f => f.Id, f => f.Supersedes),
        Evidence.Where(e => e.RecordedAt is { } at ? instant(at) : day(e.IssuedOn)),
        PriorCredits.Where(p => p.RecordedAt is { } at ? instant(at) : day(p.Date)));

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
