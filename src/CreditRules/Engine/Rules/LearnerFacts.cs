using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// The compact, immutable form of one learner's record as one <see cref="RulePlan"/> reads it, built once when the record
/// is first decided against the plan: every fact list as an array (no <see cref="IReadOnlyList{T}"/> dispatch on the hot
/// path), and every fact's course id or session id interned to the plan's course index (an int compare per fact instead
/// of a string compare or a dictionary lookup). Building it checks the learner's references, so that check runs once per
/// record, not once per claim.
/// </summary>
/// <remarks>
/// The domain <see cref="LearnerRecord"/> stays the public shape; this is only how the rules read it. The facts live in a
/// <see cref="FactArena"/>: this record's own (a single record's first decision) or one shared by a whole population
/// (<see cref="PreparedClaims"/>), where every record's facts lie next to the previous record's, so a walk over many
/// claims reads memory in order. Each list is a slice (start and length) of the arena's arrays. Immutable once built and
/// thread-safe; valid only for the plan that built it (<see cref="Plan"/>).
/// </remarks>
internal sealed class LearnerFacts
{
    private readonly FactArena _arena;
    private readonly int _enrollments;
    private readonly int _enrollmentCount;
    private readonly int _completions;
    private readonly int _completionCount;
    private readonly int _attempts;
    private readonly int _attemptCount;
    private readonly int _fees;
    private readonly int _feeCount;
    private readonly int _verifications;
    private readonly int _verificationCount;
    private readonly int _evidence;
    private readonly int _evidenceCount;

    private LearnerFacts(RulePlan plan, LearnerRecord learner, FactArena arena, ZoneTable? dated)
    {
        Plan = plan;
        Learner = learner;
        DatedZone = dated;
        _arena = arena;
        Exceptions = learner.Exceptions.Count == 0 ? [] : [.. learner.Exceptions];
        SubstituteCourses = Exceptions.Length == 0 ? [] : new int[Exceptions.Length];
        for (var i = 0; i < Exceptions.Length; i++)
        {
            SubstituteCourses[i] = Exceptions[i].SubstituteCourseId is { } substitute ? plan.CourseIndexOfCourse(substitute) : -1;
            if (Exceptions[i].SubstituteCourseId is { } unknown && SubstituteCourses[i] < 0)
            {
                throw new UnknownReferenceException("Learner '" + learner.LearnerId + "' Exceptions[" + Texts.Format(i) + "].SubstituteCourseId", unknown, "course");
            }
        }

        var enrollments = learner.CourseEnrollments;
        _enrollments = FactArena.Take(ref arena.EnrollmentsUsed, _enrollmentCount = enrollments.Count);
        for (var i = 0; i < enrollments.Count; i++)
        {
            var enrollment = enrollments[i];
            var course = plan.CourseIndexOf(enrollment.SessionId);
            if (course < 0)
            {
                throw Unknown(learner, "CourseEnrollments", i, enrollment.SessionId, "course session");
            }

            var session = plan.Catalog.GetSessionOrNull(enrollment.SessionId)!;
            arena.Enrollments[_enrollments + i] = enrollment;
            arena.EnrollmentFacts[_enrollments + i] = new EnrollmentFact(course, enrollment.Track == EnrollmentTrack.Verified, enrollment.JoinedAt.ToUnixTimeTicks(), enrollment.JoinedAt <= session.VerifiedTrackDeadline);
        }

        var completions = learner.Completions;
        _completions = FactArena.Take(ref arena.CompletionsUsed, _completionCount = completions.Count);
        for (var i = 0; i < completions.Count; i++)
        {
            var course = plan.CourseIndexOf(completions[i].SessionId);
            if (course < 0)
            {
                throw Unknown(learner, "Completions", i, completions[i].SessionId, "course session");
            }

            arena.Completions[_completions + i] = completions[i];
            arena.CompletionFacts[_completions + i] = new CompletionFact(course, completions[i].Status, completions[i].RecordedOn);
        }

        var attempts = learner.ExamAttempts;
        _attempts = FactArena.Take(ref arena.AttemptsUsed, _attemptCount = attempts.Count);
        for (var i = 0; i < attempts.Count; i++)
        {
            var attempt = attempts[i];
            var course = plan.CourseIndexOfCourse(attempt.CourseId);
            if (course < 0)
            {
                throw Unknown(learner, "ExamAttempts", i, attempt.CourseId, "course");
            }

            // Stored in order of their start, ties in record order (a stable insertion sort, once per record): the exam
            // rule walks the slice as it lies, with no sorting per claim.
            var ticks = attempt.StartedAt.ToUnixTimeTicks();
            var j = _attempts + i;
            while (j > _attempts && arena.AttemptFacts[j - 1].StartedAt > ticks)
            {
                arena.Attempts[j] = arena.Attempts[j - 1];
                arena.AttemptFacts[j] = arena.AttemptFacts[j - 1];
                j--;
            }

            arena.Attempts[j] = attempt;
            arena.AttemptFacts[j] = new AttemptFact(
                course, ticks, plan.ZoneTable(attempt.CandidateZone).DateOf(attempt.StartedAt), dated?.DateOf(attempt.StartedAt) ?? default, attempt.Outcome, attempt.Integrity, attempt.Invalidation, attempt.IdCheck, attempt.Score, i);
        }

        var fees = learner.Fees;
        _fees = FactArena.Take(ref arena.FeesUsed, _feeCount = fees.Count);
        for (var i = 0; i < fees.Count; i++)
        {
            var fee = fees[i];
            var course = plan.CourseIndexOfCourse(fee.CourseId);
            if (course < 0)
            {
                throw Unknown(learner, "Fees", i, fee.CourseId, "course");
            }

            arena.Fees[_fees + i] = fee;
            arena.FeeFacts[_fees + i] = new FeeFact(course, fee.Kind, fee.Status, fee.StatusDate);
        }

        var verifications = learner.IdentityVerifications;
        _verifications = FactArena.Take(ref arena.VerificationsUsed, _verificationCount = verifications.Count);
        for (var i = 0; i < verifications.Count; i++)
        {
            var verification = verifications[i];
            arena.Verifications[_verifications + i] = verification;
            arena.VerificationFacts[_verifications + i] = new VerificationFact(verification.RecordedAt.ToUnixTimeTicks(), verification.Status, verification.FallbackMethod is not null);
        }

        var evidence = learner.Evidence;
        _evidence = FactArena.Take(ref arena.EvidenceUsed, _evidenceCount = evidence.Count);
        for (var i = 0; i < evidence.Count; i++)
        {
            var document = evidence[i];
            var course = document.CourseId is { } courseId ? plan.CourseIndexOfCourse(courseId) is var index and >= 0 ? index : -2 : -1;
            arena.Evidence[_evidence + i] = document;
            arena.EvidenceFacts[_evidence + i] = new EvidenceFact(course, document.Kind, document.IsOfficial, document.IsVerified, document.IssuedOn);
        }
    }

    /// <summary>The plan whose course indexes the interned ids are.</summary>
    public RulePlan Plan { get; }

    /// <summary>The record this form was built from (explanations, error messages and policy selection read it).</summary>
    public LearnerRecord Learner { get; }

    /// <summary>
    /// The zone every attempt was dated in when the record was built (<see cref="AttemptFact.ZoneDate"/>): the zone of the
    /// route the record was built for (the institution's, or the evaluator's reference zone under an evaluator-zone policy),
    /// so a claim whose route reads dates in it reads each attempt's date instead of converting its instant; null when none was.
    /// </summary>
    public ZoneTable? DatedZone { get; }

    /// <summary>The learner's exceptions, as an array (the exception rule filters them by scope per claim).</summary>
    public ExceptionGrant[] Exceptions { get; }

    /// <summary>The course index of each exception's substitute course (<see cref="ExceptionKind.SubstituteCourse"/>), by position in <see cref="Exceptions"/>; -1 for other kinds.</summary>
    public int[] SubstituteCourses { get; }

    /// <summary>The learner's course enrolments, in record order (explanations read them).</summary>
    public ReadOnlySpan<CourseEnrollment> Enrollments => new(_arena.Enrollments, _enrollments, _enrollmentCount);

    /// <summary>What the rules read of each enrolment, by position in <see cref="Enrollments"/>: its course index, track, joining instant as ticks, and whether it was joined by its own session's deadline.</summary>
    public ReadOnlySpan<EnrollmentFact> EnrollmentFacts => new(_arena.EnrollmentFacts, _enrollments, _enrollmentCount);

    /// <summary>The learner's completions, in record order (explanations read them).</summary>
    public ReadOnlySpan<CourseCompletion> Completions => new(_arena.Completions, _completions, _completionCount);

    /// <summary>What the rules read of each completion, by position in <see cref="Completions"/>: its course index, status and date.</summary>
    public ReadOnlySpan<CompletionFact> CompletionFacts => new(_arena.CompletionFacts, _completions, _completionCount);

    /// <summary>The learner's exam attempts, in order of their start; attempts that started at the same instant in record order (<see cref="AttemptFact.Record"/> gives each one's position in the record).</summary>
    public ReadOnlySpan<ExamAttempt> Attempts => new(_arena.Attempts, _attempts, _attemptCount);

    /// <summary>What the rules read of each exam attempt to order and date it, by position in <see cref="Attempts"/>.</summary>
    public ReadOnlySpan<AttemptFact> AttemptFacts => new(_arena.AttemptFacts, _attempts, _attemptCount);

    /// <summary>The learner's fee obligations, in record order (explanations read them).</summary>
    public ReadOnlySpan<FeeObligation> Fees => new(_arena.Fees, _fees, _feeCount);

    /// <summary>What the rules read of each fee, by position in <see cref="Fees"/>: its course index, kind, status and status date.</summary>
    public ReadOnlySpan<FeeFact> FeeFacts => new(_arena.FeeFacts, _fees, _feeCount);

    /// <summary>The learner's identity verifications, in record order (explanations read them).</summary>
    public ReadOnlySpan<IdentityVerification> Verifications => new(_arena.Verifications, _verifications, _verificationCount);

    /// <summary>What the rules read of each identity verification, by position in <see cref="Verifications"/>: its instant as ticks, status and whether a fallback factor verified it.</summary>
    public ReadOnlySpan<VerificationFact> VerificationFacts => new(_arena.VerificationFacts, _verifications, _verificationCount);

    /// <summary>The learner's evidence documents, in record order.</summary>
    public ReadOnlySpan<EvidenceDocument> Evidence => new(_arena.Evidence, _evidence, _evidenceCount);

    /// <summary>What the rules read of each evidence document, by position in <see cref="Evidence"/>.</summary>
    public ReadOnlySpan<EvidenceFact> EvidenceFacts => new(_arena.EvidenceFacts, _evidence, _evidenceCount);

    /// <summary>
    /// Builds the compact form of a record for a plan in an arena of its own, checking its references: learner facts that
    /// name sessions or courses must name ones the catalog knows (a typo must not silently become "not enrolled"). Exam
    /// attempts are dated once in <paramref name="dated"/> when given (<see cref="DatedZone"/>).
    /// </summary>
    /// <exception cref="UnknownReferenceException">A fact names a session or course the plan does not know; the message names the fact.</exception>
    public static LearnerFacts Build(RulePlan plan, LearnerRecord learner, ZoneTable? dated) => new(plan, learner, FactArena.For(learner), dated);

    /// <summary>Builds the compact form of a record into a shared arena sized for it (<see cref="FactArena.Add"/>), checking its references as <see cref="Build(RulePlan, LearnerRecord, ZoneTable?)"/>.</summary>
    /// <exception cref="UnknownReferenceException">A fact names a session or course the plan does not know; the message names the fact.</exception>
    public static LearnerFacts Build(RulePlan plan, LearnerRecord learner, FactArena arena, ZoneTable? dated) => new(plan, learner, arena, dated);

    private static UnknownReferenceException Unknown(LearnerRecord learner, string list, int index, string value, string kind) =>
        new("Learner '" + learner.LearnerId + "' " + list + "[" + Texts.Format(index) + "]." + (list is "ExamAttempts" or "Fees" ? "CourseId" : "SessionId"), value, kind);
}

/// <summary>
/// The storage of compact learner records (<see cref="LearnerFacts"/>): one array per kind of fact, each record's facts a
/// contiguous slice, records one after another in the order they were built. Sized up front for the records it will hold
/// (<see cref="Add"/>), so no array is ever reallocated and a record's slices stay valid.
/// </summary>
/// <remarks>Written only while records are built (one thread); read-only after, and then thread-safe.</remarks>
internal sealed class FactArena
{
    private int _enrollments;
    private int _completions;
    private int _attempts;
    private int _fees;
    private int _verifications;
    private int _evidence;

    /// <summary>Gets an arena sized exactly for one record.</summary>
    public static FactArena For(LearnerRecord learner)
    {
        var arena = new FactArena();
        arena.Add(learner);
        arena.Allocate();
        return arena;
    }

    /// <summary>Counts a record's facts into the sizes <see cref="Allocate"/> will give (call for every record before building any).</summary>
    public void Add(LearnerRecord learner)
    {
        _enrollments += learner.CourseEnrollments.Count;
        _completions += learner.Completions.Count;
        _attempts += learner.ExamAttempts.Count;
        _fees += learner.Fees.Count;
        _verifications += learner.IdentityVerifications.Count;
        _evidence += learner.Evidence.Count;
    }

    /// <summary>Allocates the arrays for every record counted with <see cref="Add"/>.</summary>
    public void Allocate()
    {
        Enrollments = new CourseEnrollment[_enrollments];
        EnrollmentFacts = new EnrollmentFact[_enrollments];
        Completions = new CourseCompletion[_completions];
        CompletionFacts = new CompletionFact[_completions];
        Attempts = new ExamAttempt[_attempts];
        AttemptFacts = new AttemptFact[_attempts];
        Fees = new FeeObligation[_fees];
        FeeFacts = new FeeFact[_fees];
        Verifications = new IdentityVerification[_verifications];
        VerificationFacts = new VerificationFact[_verifications];
        Evidence = new EvidenceDocument[_evidence];
        EvidenceFacts = new EvidenceFact[_evidence];
    }

    public CourseEnrollment[] Enrollments { get; private set; } = [];

    public EnrollmentFact[] EnrollmentFacts { get; private set; } = [];

    public CourseCompletion[] Completions { get; private set; } = [];

    public CompletionFact[] CompletionFacts { get; private set; } = [];

    public ExamAttempt[] Attempts { get; private set; } = [];

    public AttemptFact[] AttemptFacts { get; private set; } = [];

    public FeeObligation[] Fees { get; private set; } = [];

    public FeeFact[] FeeFacts { get; private set; } = [];

    public IdentityVerification[] Verifications { get; private set; } = [];

    public VerificationFact[] VerificationFacts { get; private set; } = [];

    public EvidenceDocument[] Evidence { get; private set; } = [];

    public EvidenceFact[] EvidenceFacts { get; private set; } = [];

    /// <summary>Slots used so far in each array (a record's slice starts at the value before it is built).</summary>
    public int EnrollmentsUsed;

    /// <inheritdoc cref="EnrollmentsUsed"/>
    public int CompletionsUsed;

    /// <inheritdoc cref="EnrollmentsUsed"/>
    public int AttemptsUsed;

    /// <inheritdoc cref="EnrollmentsUsed"/>
    public int FeesUsed;

    /// <inheritdoc cref="EnrollmentsUsed"/>
    public int VerificationsUsed;

    /// <inheritdoc cref="EnrollmentsUsed"/>
    public int EvidenceUsed;

    /// <summary>Takes <paramref name="count"/> slots of one array: returns the slice's start. A record that was not counted overflows the array and throws.</summary>
    public static int Take(ref int used, int count)
    {
        var start = used;
        used += count;
        return start;
    }
}

/// <summary>
/// What the rules read of one course enrolment, stored inline in an array (no object to reach): the course index of its
/// session, whether it is on the verified track, when it was joined (Unix ticks, compared with the as-of cut-off), and
/// whether it was joined no later than its own session's verified-track deadline (a fact of the record alone, so decided once).
/// </summary>
internal readonly record struct EnrollmentFact(int Course, bool Verified, long JoinedAt, bool OnTime);

/// <summary>What the rules read of one course completion, stored inline: the course index of its session, its status and date.</summary>
internal readonly record struct CompletionFact(int Course, CompletionStatus Status, NodaTime.LocalDate RecordedOn);

/// <summary>What the rules read of one identity verification, stored inline: its instant as Unix ticks (to find the latest by the as-of date), its status, and whether a fallback factor verified it.</summary>
internal readonly record struct VerificationFact(long RecordedAt, VerificationStatus Status, bool ByFallback);

/// <summary>What the rules read of one fee obligation, stored inline: the course index, kind, status and the date the status took effect.</summary>
internal readonly record struct FeeFact(int Course, FeeKind Kind, FeeStatus Status, NodaTime.LocalDate? StatusDate);

/// <summary>
/// What the rules read of one exam attempt to walk it, stored inline in 56 bytes (was 80): its start as Unix ticks, the
/// course index, its date in the candidate's own zone (a fact of the record, read under a candidate-zone policy), its date
/// in the zone the record was dated in (<see cref="LearnerFacts.DatedZone"/>; default when none), its position in the
/// record's list (<see cref="LearnerRecord.ExamAttempts"/>, as the arena holds the attempts in order of their start), its
/// result (outcome, integrity review, invalidation, ID check) as bytes, and its score (default for a pending attempt, the
/// only kind without one), so the walk never reaches the domain attempt to decide.
/// </summary>
internal readonly struct AttemptFact
{
    private readonly byte _outcome;
    private readonly byte _integrity;
    private readonly byte _idCheck;
    private readonly byte _invalidation;

    /// <summary>Stores an attempt's facts; the enumerations are the attempt's own, checked defined when it was built (<see cref="ExamAttempt"/>).</summary>
    public AttemptFact(int course, long startedAt, NodaTime.LocalDate candidateDate, NodaTime.LocalDate zoneDate, ExamOutcome outcome, IntegrityReview integrity, InvalidationKind? invalidation, IdCheckResult idCheck, Score? score, int record)
    {
        StartedAt = startedAt;
        Score = score.GetValueOrDefault();
        Course = course;
        CandidateDate = candidateDate;
        ZoneDate = zoneDate;
        Record = record;
        _outcome = checked((byte)outcome);
        _integrity = checked((byte)integrity);
        _idCheck = checked((byte)idCheck);
        _invalidation = invalidation is { } kind ? checked((byte)(1 + (int)kind)) : (byte)0;
    }

    /// <summary>The start, as Unix ticks (orders the attempts and meets the as-of cut-off).</summary>
    public long StartedAt { get; }

    /// <summary>The course index of the attempt's course.</summary>
    public int Course { get; }

    /// <summary>The date in the candidate's own zone.</summary>
    public NodaTime.LocalDate CandidateDate { get; }

    /// <summary>The date in <see cref="LearnerFacts.DatedZone"/> (default when none).</summary>
    public NodaTime.LocalDate ZoneDate { get; }

    /// <summary>The position in the record's list of attempts.</summary>
    public int Record { get; }

    /// <summary>The score; default (no scale) only for a pending attempt, which carries none (<see cref="ExamAttempt"/>).</summary>
    public Score Score { get; }

    public ExamOutcome Outcome => (ExamOutcome)_outcome;

    public IntegrityReview Integrity => (IntegrityReview)_integrity;

    public IdCheckResult IdCheck => (IdCheckResult)_idCheck;

    public InvalidationKind? Invalidation => _invalidation == 0 ? null : (InvalidationKind)(_invalidation - 1);
}

/// <summary>
/// What the rules read of one evidence document, stored inline: the course index it names (-1 when it names none, -2
/// when it names a course the plan does not know, which no claim matches), its kind, whether it is official and verified,
/// and its issue date.
/// </summary>
internal readonly record struct EvidenceFact(int Course, EvidenceKind Kind, bool IsOfficial, bool IsVerified, NodaTime.LocalDate IssuedOn);
