namespace CreditRules.Engine;

/// <summary>
/// A stable machine key for a <see cref="Reason"/>, such as <c>RecommendationExpired</c>. Codes are public API:
/// renaming one is a breaking change. Each code keys a message template whose <c>{Name}</c> placeholders are the
/// reason's <see cref="Reason.Arguments"/>.
/// </summary>
/// <remarks><c>default(ReasonCode)</c> has an empty value and names no reason.</remarks>
public readonly struct ReasonCode : IEquatable<ReasonCode>
{
    // 1 + the index in All of a built-in code; 0 for a host code and for default(ReasonCode). A built-in code is made
    // by its own getter, each time it is read (a few field stores), with its bit written beside it: there is no static
    // constructor building all 61 codes (and resolving their 244 strings) when the first one is read, so a cold start
    // compiles only the getters of the codes it reads. ReasonCodeTests checks every bit against the code's place in All.
    private readonly int _bit;

    private ReasonCode(string value, string family, ReasonSeverity severity, string template, int bit)
    {
        Value = value;
        Family = family;
        DefaultSeverity = severity;
        Template = template;
        _bit = bit;
    }

    /// <summary>The learner is not on the identity-verified track of any session of the course.</summary>
    /// <remarks>Template: "Not enrolled on the verified track of {CourseId}; the next session's deadline to join is {Deadline}."</remarks>
    public static ReasonCode NotOnVerifiedTrack => new("NotOnVerifiedTrack", "identity", ReasonSeverity.Outstanding, "Not enrolled on the verified track of {CourseId}; the next session's deadline to join is {Deadline}.", bit: 1);

    /// <summary>The learner is not on the verified track and no session open to joining remains.</summary>
    /// <remarks>Template: "Not enrolled on the verified track of {CourseId} in time; the last join deadline passed on {Deadline} and no later session is open."</remarks>
    public static ReasonCode VerifiedTrackClosed => new("VerifiedTrackClosed", "identity", ReasonSeverity.Blocking, "Not enrolled on the verified track of {CourseId} in time; the last join deadline passed on {Deadline} and no later session is open.", bit: 2);

    /// <summary>The learner joined the verified track after the session's deadline.</summary>
    /// <remarks>Template: "Joined the verified track of session {SessionId} at {JoinedAt}, after its deadline {Deadline}."</remarks>
    public static ReasonCode VerifiedTrackJoinedLate => new("VerifiedTrackJoinedLate", "identity", ReasonSeverity.Blocking, "Joined the verified track of session {SessionId} at {JoinedAt}, after its deadline {Deadline}.", bit: 3);

    /// <summary>The course has not been completed.</summary>
    /// <remarks>Template: "Course {CourseId} is not completed (latest status: {Status})."</remarks>
    public static ReasonCode CourseNotCompleted => new("CourseNotCompleted", "completion", ReasonSeverity.Outstanding, "Course {CourseId} is not completed (latest status: {Status}).", bit: 4);

    /// <summary>The learner's identity has not been verified.</summary>
    /// <remarks>Template: "Identity is not verified (latest status: {Status})."</remarks>
    public static ReasonCode IdentityNotVerified => new("IdentityNotVerified", "identity", ReasonSeverity.Outstanding, "Identity is not verified (latest status: {Status}).", bit: 5);

    /// <summary>The learner's identity verification awaits a decision.</summary>
    /// <remarks>Template: "Identity verification submitted at {RecordedAt} is still pending."</remarks>
    public static ReasonCode IdentityVerificationPending => new("IdentityVerificationPending", "identity", ReasonSeverity.Outstanding, "Identity verification submitted at {RecordedAt} is still pending.", bit: 6);

    /// <summary>The identity was verified by a fallback factor.</summary>
    /// <remarks>Template: "Identity verified by the fallback factor {FallbackMethod} after {Method} did not match."</remarks>
    public static ReasonCode IdentityVerifiedByFallback => new("IdentityVerifiedByFallback", "identity", ReasonSeverity.Informational, "Identity verified by the fallback factor {FallbackMethod} after {Method} did not match.", bit: 7);

    /// <summary>The proctored exam has not been taken.</summary>
    /// <remarks>Template: "The proctored exam for {CourseId} has not been taken."</remarks>
    public static ReasonCode ExamNotTaken => new("ExamNotTaken", "exam", ReasonSeverity.Outstanding, "The proctored exam for {CourseId} has not been taken.", bit: 8);

    /// <summary>No attempt passed the proctored exam; a retake is allowed.</summary>
    /// <remarks>Template: "No passing attempt: best score {BestScore} against the passing score {PassingScore}; {AttemptsUsed} attempt(s) used."</remarks>
    public static ReasonCode ExamFailed => new("ExamFailed", "exam", ReasonSeverity.Outstanding, "No passing attempt: best score {BestScore} against the passing score {PassingScore}; {AttemptsUsed} attempt(s) used.", bit: 9);

    /// <summary>An attempt the exam provider passed scored below the evaluator's minimum passing score.</summary>
    /// <remarks>Template: "Attempt on {AttemptDate} scored {Score}, below the evaluator's minimum passing score {PassingScore} for version {Version}."</remarks>
    public static ReasonCode ExamScoreBelowPassingScore => new("ExamScoreBelowPassingScore", "exam", ReasonSeverity.Informational, "Attempt on {AttemptDate} scored {Score}, below the evaluator's minimum passing score {PassingScore} for version {Version}.", bit: 10);

    /// <summary>Every allowed attempt was used without a pass.</summary>
    /// <remarks>Template: "All {MaxAttempts} allowed attempt(s) were used without a pass."</remarks>
    public static ReasonCode ExamAttemptsExhausted => new("ExamAttemptsExhausted", "exam", ReasonSeverity.Blocking, "All {MaxAttempts} allowed attempt(s) were used without a pass.", bit: 11);

    /// <summary>An attempt was taken before the retake wait ended and does not count.</summary>
    /// <remarks>Template: "Attempt on {AttemptDate} came before the earliest retake date {EarliestRetake} ({Wait} after {PreviousDate}) and does not count."</remarks>
    public static ReasonCode ExamRetakeTooSoon => new("ExamRetakeTooSoon", "exam", ReasonSeverity.Informational, "Attempt on {AttemptDate} came before the earliest retake date {EarliestRetake} ({Wait} after {PreviousDate}) and does not count.", bit: 12);

    /// <summary>The exam result or its integrity review is still pending.</summary>
    /// <remarks>Template: "The attempt on {AttemptDate} is awaiting {Awaiting}."</remarks>
    public static ReasonCode ExamResultPending => new("ExamResultPending", "exam", ReasonSeverity.Outstanding, "The attempt on {AttemptDate} is awaiting {Awaiting}.", bit: 13);

    /// <summary>An attempt was invalidated for an administrative reason, such as an ID mismatch; a retake cures it.</summary>
    /// <remarks>Template: "Attempt on {AttemptDate} was invalidated for an administrative reason ({Detail}); it does not count and may be retaken."</remarks>
    public static ReasonCode ExamInvalidatedAdministrative => new("ExamInvalidatedAdministrative", "exam", ReasonSeverity.Informational, "Attempt on {AttemptDate} was invalidated for an administrative reason ({Detail}); it does not count and may be retaken.", bit: 14);

    /// <summary>No attempt counts because every attempt was invalidated for an administrative reason; a retake cures it.</summary>
    /// <remarks>Template: "No attempt counts: {Invalidated} attempt(s) were invalidated for administrative reasons; the exam must be retaken."</remarks>
    public static ReasonCode ExamRetakeRequired => new("ExamRetakeRequired", "exam", ReasonSeverity.Outstanding, "No attempt counts: {Invalidated} attempt(s) were invalidated for administrative reasons; the exam must be retaken.", bit: 15);

    /// <summary>An attempt was invalidated for an integrity violation.</summary>
    /// <remarks>Template: "Attempt on {AttemptDate} was invalidated for an integrity violation."</remarks>
    public static ReasonCode ExamIntegrityViolation => new("ExamIntegrityViolation", "exam", ReasonSeverity.Blocking, "Attempt on {AttemptDate} was invalidated for an integrity violation.", bit: 16);

    /// <summary>A provider fee is unpaid.</summary>
    /// <remarks>Template: "The {FeeKind} fee of {Amount} is unpaid."</remarks>
    public static ReasonCode FeeUnpaid => new("FeeUnpaid", "fee", ReasonSeverity.Outstanding, "The {FeeKind} fee of {Amount} is unpaid.", bit: 17);

    /// <summary>A provider fee was refunded, so it no longer counts (an anomaly once a certificate is earned).</summary>
    /// <remarks>Template: "The {FeeKind} fee of {Amount} was {Status} on {StatusDate}; a refunded fee does not count."</remarks>
    public static ReasonCode FeeRefunded => new("FeeRefunded", "fee", ReasonSeverity.Blocking, "The {FeeKind} fee of {Amount} was {Status} on {StatusDate}; a refunded fee does not count.", bit: 18);

    /// <summary>A provider fee was waived.</summary>
    /// <remarks>Template: "The {FeeKind} fee of {Amount} was waived: {WaiverReason}."</remarks>
    public static ReasonCode FeeWaived => new("FeeWaived", "fee", ReasonSeverity.Informational, "The {FeeKind} fee of {Amount} was waived: {WaiverReason}.", bit: 19);

    /// <summary>The evidence the effective settings require is missing; names the scope that supplied the requirement (institution policy or program).</summary>
    /// <remarks>Template: "The {Scope} requires {Required}; none is on record."</remarks>
    public static ReasonCode EvidenceMissing => new("EvidenceMissing", "evidence", ReasonSeverity.Outstanding, "The {Scope} requires {Required}; none is on record.", bit: 20);

    /// <summary>The course carries no credit recommendation.</summary>
    /// <remarks>Template: "Course {CourseId} carries no credit recommendation."</remarks>
    public static ReasonCode NoRecommendation => new("NoRecommendation", "version", ReasonSeverity.Blocking, "Course {CourseId} carries no credit recommendation.", bit: 21);

    /// <summary>No version of the institution's policy applies to the learner's enrolment date.</summary>
    /// <remarks>Template: "Institution {InstitutionId} has no policy version for {SelectionDate}."</remarks>
    public static ReasonCode NoPolicyInEffect => new("NoPolicyInEffect", "source", ReasonSeverity.Blocking, "Institution {InstitutionId} has no policy version for {SelectionDate}.", bit: 22);

    /// <summary>The effective settings do not accept the recommending evaluator; names the scope that supplied the accepted evaluators (institution policy or program).</summary>
    /// <remarks>Template: "The {Scope} accepts recommendations from {Accepted}, not from {EvaluatorId}."</remarks>
    public static ReasonCode EvaluatorNotAccepted => new("EvaluatorNotAccepted", "source", ReasonSeverity.Blocking, "The {Scope} accepts recommendations from {Accepted}, not from {EvaluatorId}.", bit: 23);

    /// <summary>No version of the recommendation covers the qualifying date.</summary>
    /// <remarks>Template: "Exhibit {ExhibitId} has no version covering the qualifying date {QualifyingDate}; {Detail}."</remarks>
    public static ReasonCode RecommendationNotInEffect => new("RecommendationNotInEffect", "version", ReasonSeverity.Blocking, "Exhibit {ExhibitId} has no version covering the qualifying date {QualifyingDate}; {Detail}.", bit: 24);

    /// <summary>The recommendation is no longer in effect, so the route can no longer be completed.</summary>
    /// <remarks>Template: "Exhibit {ExhibitId} has no version in effect on or after {AsOf}; the last ended on {EndDate}."</remarks>
    public static ReasonCode RecommendationExpired => new("RecommendationExpired", "version", ReasonSeverity.Blocking, "Exhibit {ExhibitId} has no version in effect on or after {AsOf}; the last ended on {EndDate}.", bit: 25);

    /// <summary>None of the recommendation's levels is accepted.</summary>
    /// <remarks>Template: "None of the levels {Levels} of version {Version} is accepted; accepted: {Accepted}."</remarks>
    public static ReasonCode LevelNotAccepted => new("LevelNotAccepted", "level", ReasonSeverity.Blocking, "None of the levels {Levels} of version {Version} is accepted; accepted: {Accepted}.", bit: 26);

    /// <summary>One line of the recommendation is at a level that is not accepted.</summary>
    /// <remarks>Template: "The line {Line} is not granted: none of its levels is accepted ({Accepted})."</remarks>
    public static ReasonCode LineNotAccepted => new("LineNotAccepted", "level", ReasonSeverity.Limiting, "The line {Line} is not granted: none of its levels is accepted ({Accepted}).", bit: 27);

    /// <summary>An alternative level of a line was used.</summary>
    /// <remarks>Template: "The line {Line} is granted at {Level}, an alternative level."</remarks>
    public static ReasonCode AlternativeLevelUsed => new("AlternativeLevelUsed", "level", ReasonSeverity.Informational, "The line {Line} is granted at {Level}, an alternative level.", bit: 28);

    /// <summary>The qualifying score is below the binding minimum; names the scope that supplied it (institution policy, program or program override).</summary>
    /// <remarks>Template: "Exam score {Score} is {Shortfall} below the {Source} minimum {Minimum}."</remarks>
    public static ReasonCode ScoreBelowMinimum => new("ScoreBelowMinimum", "score", ReasonSeverity.Blocking, "Exam score {Score} is {Shortfall} below the {Source} minimum {Minimum}.", bit: 29);

    /// <summary>The credit is older than the recency window allows.</summary>
    /// <remarks>Template: "Qualified on {QualifyingDate}; credit counts only until {LastDate} ({MaxAge} to the {Anchor} {AnchorDate})."</remarks>
    public static ReasonCode RecencyExpired => new("RecencyExpired", "recency", ReasonSeverity.Blocking, "Qualified on {QualifyingDate}; credit counts only until {LastDate} ({MaxAge} to the {Anchor} {AnchorDate}).", bit: 30);

    /// <summary>The program refuses this credit.</summary>
    /// <remarks>Template: "Program {ProgramId} refuses this credit: {Description}."</remarks>
    public static ReasonCode ProgramRefusesCredit => new("ProgramRefusesCredit", "program", ReasonSeverity.Blocking, "Program {ProgramId} refuses this credit: {Description}.", bit: 31);

    /// <summary>The program limits the credit granted for one course.</summary>
    /// <remarks>Template: "Program {ProgramId} grants at most {Limit} for one course: {Description}."</remarks>
    public static ReasonCode ProgramLimitsCredit => new("ProgramLimitsCredit", "program", ReasonSeverity.Limiting, "Program {ProgramId} grants at most {Limit} for one course: {Description}.", bit: 32);

    /// <summary>Converting or rounding changed the credit.</summary>
    /// <remarks>Template: "{Exact} recorded as {Rounded} under {Rounding}."</remarks>
    public static ReasonCode CreditsRounded => new("CreditsRounded", "conversion", ReasonSeverity.Limiting, "{Exact} recorded as {Rounded} under {Rounding}.", bit: 33);

    /// <summary>The credit was converted to the institution's unit.</summary>
    /// <remarks>Template: "{Recommended} converted to {Converted} (1 QH = 2/3 SH)."</remarks>
    public static ReasonCode CreditsConverted => new("CreditsConverted", "conversion", ReasonSeverity.Informational, "{Recommended} converted to {Converted} (1 QH = 2/3 SH).", bit: 34);

    /// <summary>Evaluator-recommended credit never counts as residence credit.</summary>
    /// <remarks>Template: "Credit by evaluation never counts toward residency."</remarks>
    public static ReasonCode NotResidenceCredit => new("NotResidenceCredit", "residency", ReasonSeverity.Informational, "Credit by evaluation never counts toward residency.", bit: 35);

    /// <summary>A cap leaves too little room for the whole course, and partial awards are not allowed.</summary>
    /// <remarks>Template: "Cap {CapId} ({Cap}) reached: {Remaining} of {Limit} remain, this course needs {Needed}."</remarks>
    public static ReasonCode CapReached => new("CapReached", "cap", ReasonSeverity.Limiting, "Cap {CapId} ({Cap}) reached: {Remaining} of {Limit} remain, this course needs {Needed}.", bit: 36);

    /// <summary>A cap leaves room for only part of the course's credit, and partial awards are allowed.</summary>
    /// <remarks>Template: "Cap {CapId} ({Cap}) leaves {Remaining} of {Limit}; {Granted} of the {Needed} this course carries is granted."</remarks>
    public static ReasonCode CapPartiallyApplied => new("CapPartiallyApplied", "cap", ReasonSeverity.Limiting, "Cap {CapId} ({Cap}) leaves {Remaining} of {Limit}; {Granted} of the {Needed} this course carries is granted.", bit: 37);

    /// <summary>Credit over a source or level cap is granted as elective credit.</summary>
    /// <remarks>Template: "Cap {CapId} ({Cap}) leaves {Remaining}; the course's {Needed} is granted as elective credit."</remarks>
    public static ReasonCode CapOverflowToElectives => new("CapOverflowToElectives", "cap", ReasonSeverity.Informational, "Cap {CapId} ({Cap}) leaves {Remaining}; the course's {Needed} is granted as elective credit.", bit: 38);

    /// <summary>Posted credit alone already exceeds a cap; posted credit is never removed.</summary>
    /// <remarks>Template: "Posted credit of {Posted} already exceeds cap {CapId} ({Limit}); it stays posted and no new credit counts against this cap."</remarks>
    public static ReasonCode PostedCreditExceedsCap => new("PostedCreditExceedsCap", "cap", ReasonSeverity.Informational, "Posted credit of {Posted} already exceeds cap {CapId} ({Limit}); it stays posted and no new credit counts against this cap.", bit: 39);

    /// <summary>Prior credit already covers the same local course.</summary>
    /// <remarks>Template: "Prior credit {PriorCreditId} ({Grade}) already covers {EquivalenceKey}, the local equivalent of {CourseId}."</remarks>
    public static ReasonCode DuplicateOfPriorCredit => new("DuplicateOfPriorCredit", "duplicate", ReasonSeverity.Blocking, "Prior credit {PriorCreditId} ({Grade}) already covers {EquivalenceKey}, the local equivalent of {CourseId}.", bit: 40);

    /// <summary>Prior credit for the same local course has a grade below the one that blocks duplication.</summary>
    /// <remarks>Template: "Prior credit {PriorCreditId} for {EquivalenceKey} has grade {Grade}, below {Minimum}; it does not block {CourseId}."</remarks>
    public static ReasonCode DuplicateBelowBlockingGrade => new("DuplicateBelowBlockingGrade", "duplicate", ReasonSeverity.Informational, "Prior credit {PriorCreditId} for {EquivalenceKey} has grade {Grade}, below {Minimum}; it does not block {CourseId}.", bit: 41);

    /// <summary>Two claimed courses map to the same local course; the one first in allocation order is kept.</summary>
    /// <remarks>Template: "{CourseId} and {KeptCourseId} both map to {EquivalenceKey}; {KeptCourseId} is kept ({Order} order)."</remarks>
    public static ReasonCode DuplicateWithinRequest => new("DuplicateWithinRequest", "duplicate", ReasonSeverity.Blocking, "{CourseId} and {KeptCourseId} both map to {EquivalenceKey}; {KeptCourseId} is kept ({Order} order).", bit: 42);

    /// <summary>Credit for a lower course is refused after credit for a more advanced one.</summary>
    /// <remarks>Template: "{CourseId} ({EquivalenceKey}) is less advanced than {AdvancedKey}, credited by {AdvancedBy} on {AdvancedDate}; chain {ChainId}: {Chain}."</remarks>
    public static ReasonCode LowerAfterAdvanced => new("LowerAfterAdvanced", "precedence", ReasonSeverity.Blocking, "{CourseId} ({EquivalenceKey}) is less advanced than {AdvancedKey}, credited by {AdvancedBy} on {AdvancedDate}; chain {ChainId}: {Chain}.", bit: 43);

    /// <summary>Residency credit the program still needs; credit by evaluation never counts toward it.</summary>
    /// <remarks>Template: "Program {ProgramId} requires {Required} in residence; {Earned} earned, {Outstanding} outstanding. Credit by evaluation never counts toward residency."</remarks>
    public static ReasonCode ResidencyOutstanding => new("ResidencyOutstanding", "residency", ReasonSeverity.Informational, "Program {ProgramId} requires {Required} in residence; {Earned} earned, {Outstanding} outstanding. Credit by evaluation never counts toward residency.", bit: 44);

    /// <summary>Credit is posted only after enough credit is earned at the institution.</summary>
    /// <remarks>Template: "Credit is posted only after {Required} earned at the institution; {Earned} earned, {Missing} to go."</remarks>
    public static ReasonCode LocalCreditsRequired => new("LocalCreditsRequired", "posting", ReasonSeverity.Outstanding, "Credit is posted only after {Required} earned at the institution; {Earned} earned, {Missing} to go.", bit: 45);

    /// <summary>The institution's posting fee for the credit granted.</summary>
    /// <remarks>Template: "Posting fee due: {Amount} ({OneTime} once + {PerCredit} per credit for {Credits})."</remarks>
    public static ReasonCode PostingFeeDue => new("PostingFeeDue", "posting", ReasonSeverity.Informational, "Posting fee due: {Amount} ({OneTime} once + {PerCredit} per credit for {Credits}).", bit: 46);

    /// <summary>The institution's posting fee is waived.</summary>
    /// <remarks>Template: "Posting fee of {Amount} waived: {WaiverReason}."</remarks>
    public static ReasonCode PostingFeeWaived => new("PostingFeeWaived", "posting", ReasonSeverity.Informational, "Posting fee of {Amount} waived: {WaiverReason}.", bit: 47);

    /// <summary>The decision assumes a fact that is not on record.</summary>
    /// <remarks>Template: "Hypothetical: {Fact}."</remarks>
    public static ReasonCode HypotheticalFact => new("HypotheticalFact", "what-if", ReasonSeverity.Informational, "Hypothetical: {Fact}.", bit: 48);

    /// <summary>The record policy's limit on credit by exam in one academic year leaves this course less than it carries.</summary>
    /// <remarks>Template: "At most {Limit} by exam in the academic year from {YearStart}; {Counted} already counted, so {Granted} of the {Needed} this course carries is granted."</remarks>
    public static ReasonCode ExamCreditYearLimitReached => new("ExamCreditYearLimitReached", "cap", ReasonSeverity.Limiting, "At most {Limit} by exam in the academic year from {YearStart}; {Counted} already counted, so {Granted} of the {Needed} this course carries is granted.", bit: 49);

    /// <summary>An exception approved for the learner changed the decision; the reason names it, who approved it and when.</summary>
    /// <remarks>Template: "{Outcome} by exception {Reference} ({Effect}), approved by {ApprovedBy} on {ApprovedOn}: {Reason}."</remarks>
    public static ReasonCode ExceptionApplied => new("ExceptionApplied", "exception", ReasonSeverity.Informational, "{Outcome} by exception {Reference} ({Effect}), approved by {ApprovedBy} on {ApprovedOn}: {Reason}.", bit: 50);

    /// <summary>The credit granted lands in a requirement area of the program; names the area and the scope that supplied the area's setting.</summary>
    /// <remarks>Template: "{Granted} counts in requirement area {AreaId}, {Used} of the {Limit} it takes by evaluation used after this course (area setting from {Scope})."</remarks>
    public static ReasonCode AreaAssigned => new("AreaAssigned", "area", ReasonSeverity.Informational, "{Granted} counts in requirement area {AreaId}, {Used} of the {Limit} it takes by evaluation used after this course (area setting from {Scope}).", bit: 51);

    /// <summary>Credit excluded from, or over the cap of, its requirement area is redirected to another area instead of being refused.</summary>
    /// <remarks>Template: "{Granted} redirected from requirement area {FromAreaId} to {AreaId}: {Cause} (area setting from {Scope})."</remarks>
    public static ReasonCode AreaRedirected => new("AreaRedirected", "area", ReasonSeverity.Informational, "{Granted} redirected from requirement area {FromAreaId} to {AreaId}: {Cause} (area setting from {Scope}).", bit: 52);

    /// <summary>A requirement area's cap on credit by evaluation leaves this course less than it carries, and nothing redirects the rest.</summary>
    /// <remarks>Template: "Requirement area {AreaId} takes at most {Limit} by evaluation (area setting from {Scope}); {Remaining} left, so {Granted} of the {Needed} this course carries is granted."</remarks>
    public static ReasonCode AreaCapReached => new("AreaCapReached", "area", ReasonSeverity.Limiting, "Requirement area {AreaId} takes at most {Limit} by evaluation (area setting from {Scope}); {Remaining} left, so {Granted} of the {Needed} this course carries is granted.", bit: 53);

    /// <summary>The course's requirement area excludes its source (credit by evaluation) and nothing takes it instead (the area redirects none, or only to an area that excludes it too): refused.</summary>
    /// <remarks>Template: "Requirement area {AreaId} takes no {Source} credit (area setting from {Scope}), and {Redirect}."; {Redirect} is "that setting redirects none of it to another area" or "requirement area {id}, where that setting redirects it, takes none either".</remarks>
    public static ReasonCode AreaSourceExcluded => new("AreaSourceExcluded", "area", ReasonSeverity.Blocking, "Requirement area {AreaId} takes no {Source} credit (area setting from {Scope}), and {Redirect}.", bit: 54);

    /// <summary>The program's residency over the end of the record ("N of the last M credits") is not met yet, counting this evaluation's credit as the newest.</summary>
    /// <remarks>Template: "Program {ProgramId} requires {Required} of the last {Window} in residence; of the last {Window} on record (credit by evaluation granted now counted as the newest), {Earned} were earned in residence, so {Outstanding} more must be."</remarks>
    public static ReasonCode ResidencyLastCreditsOutstanding => new("ResidencyLastCreditsOutstanding", "residency", ReasonSeverity.Informational, "Program {ProgramId} requires {Required} of the last {Window} in residence; of the last {Window} on record (credit by evaluation granted now counted as the newest), {Earned} were earned in residence, so {Outstanding} more must be.", bit: 55);

    /// <summary>A provider fee was refunded and the policy counts a refunded fee as unpaid: the claim waits for the fee to be paid again.</summary>
    /// <remarks>Template: "The {FeeKind} fee of {Amount} was {Status} on {StatusDate}; the {Scope} counts a refunded fee as unpaid, so it must be paid again."</remarks>
    public static ReasonCode FeeRefundedPayAgain => new("FeeRefundedPayAgain", "fee", ReasonSeverity.Outstanding, "The {FeeKind} fee of {Amount} was {Status} on {StatusDate}; the {Scope} counts a refunded fee as unpaid, so it must be paid again.", bit: 56);

    /// <summary>The policy refuses credit for courses from the course's provider, by provider id or provider kind; names the scope that supplied the refusal.</summary>
    /// <remarks>Template: "Courses from {ProviderId} ({ProviderKind}) get no credit: the {Scope} refuses {Refused}."</remarks>
    public static ReasonCode ProviderRefused => new("ProviderRefused", "source", ReasonSeverity.Blocking, "Courses from {ProviderId} ({ProviderKind}) get no credit: the {Scope} refuses {Refused}.", bit: 57);

    /// <summary>Credit in a subject the recency window names is older than the window allows, measured from the window's start (exam date or course completion) to its anchor.</summary>
    /// <remarks>Template: "Credit in {Subject} counts for {MaxAge} from the {Start} {StartDate}, until {LastDate}; the {Anchor} is {AnchorDate}."</remarks>
    public static ReasonCode SubjectRecencyExpired => new("SubjectRecencyExpired", "recency", ReasonSeverity.Blocking, "Credit in {Subject} counts for {MaxAge} from the {Start} {StartDate}, until {LastDate}; the {Anchor} is {AnchorDate}.", bit: 58);

    /// <summary>A line's level is counted as another level by a level mapping of the effective settings (institution policy or program).</summary>
    /// <remarks>Template: "The line {Line} is counted at {To}: the {Scope} maps {From} to {To}."</remarks>
    public static ReasonCode LevelMapped => new("LevelMapped", "level", ReasonSeverity.Informational, "The line {Line} is counted at {To}: the {Scope} maps {From} to {To}.", bit: 59);

    /// <summary>The learner paid the institution's posting fee on or before the as-of date (a recorded <see cref="Domain.PostingFeePayment"/>): nothing is due and there is no step to pay it.</summary>
    /// <remarks>Template: "Posting fee of {Amount} paid on {PaidOn}."</remarks>
    public static ReasonCode PostingFeePaid => new("PostingFeePaid", "posting", ReasonSeverity.Informational, "Posting fee of {Amount} paid on {PaidOn}.", bit: 60);

    /// <summary>The institution selects policy versions by catalog year, and no version is in effect on the first day of the learner's catalog year.</summary>
    /// <remarks>Template: "Institution {InstitutionId} selects its policy by catalog year and has no policy version in effect on {SelectionDate}, the first day of catalog year {CatalogYear}; the registrar must confirm the learner's catalog year in program {ProgramId}, or the institution add a policy version covering it."</remarks>
    public static ReasonCode NoPolicyForCatalogYear => new("NoPolicyForCatalogYear", "source", ReasonSeverity.Blocking, "Institution {InstitutionId} selects its policy by catalog year and has no policy version in effect on {SelectionDate}, the first day of catalog year {CatalogYear}; the registrar must confirm the learner's catalog year in program {ProgramId}, or the institution add a policy version covering it.", bit: 61);

    /// <summary>Gets every code the engine can produce, in declaration order.</summary>
    /// <remarks>A code's index in this list is its bit in a <see cref="ReasonMask"/>.</remarks>
    public static IReadOnlyList<ReasonCode> All => BuiltIn.All;

    /// <summary>Gets the stable key.</summary>
    public string Value { get; }

    /// <summary>Gets the family, such as <c>exam</c> or <c>fee</c>.</summary>
    public string Family { get; }

    /// <summary>Gets the severity the engine usually gives this code.</summary>
    public ReasonSeverity DefaultSeverity { get; }

    /// <summary>Gets the message template, with <c>{Name}</c> placeholders.</summary>
    public string Template { get; }

    /// <summary>Creates a host-defined code for reasons produced by an <see cref="IEligibilityRule"/>.</summary>
    /// <param name="value">The stable key, such as <c>NotAdmittedToProgram</c>; it must not be the key of a built-in code.</param>
    /// <param name="family">The family, such as <c>admission</c>.</param>
    /// <param name="severity">The severity reasons with this code usually carry.</param>
    /// <param name="template">The message template, with <c>{Name}</c> placeholders filled from the reason's arguments.</param>
    /// <returns>The code.</returns>
    /// <remarks>Host codes are not listed in <see cref="All"/> and <see cref="FromValueOrNull"/> does not find them: the
    /// host owns them, documents them and keeps them stable. Two codes are equal when their keys are equal.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/>, <paramref name="family"/> or <paramref name="template"/>
    /// is blank, or <paramref name="value"/> is the key of a built-in code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined severity.</exception>
    public static ReasonCode Custom(string value, string family, ReasonSeverity severity, string template)
    {
        Internal.Preconditions.NotBlank(value);
        Internal.Preconditions.NotBlank(family);
        Internal.Preconditions.NotBlank(template);
        Internal.Preconditions.Defined(severity);
        if (FromValueOrNull(value) is not null)
        {
            throw new ArgumentException("'" + value + "' is the key of a built-in reason code; a host code needs its own key.", nameof(value));
        }

        return new ReasonCode(value, family, severity, template, bit: 0);
    }

    /// <summary>Gets the code with the key <paramref name="value"/>, or <see langword="null"/> when no code has it.</summary>
    /// <param name="value">The key, such as <c>FeeUnpaid</c>.</param>
    /// <returns>The code, or <see langword="null"/>.</returns>
    public static ReasonCode? FromValueOrNull(string value)
    {
        foreach (var code in BuiltIn.List)
        {
            if (string.Equals(code.Value, value, StringComparison.Ordinal))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>Gets the index of a built-in code in <see cref="All"/> (its bit in a <see cref="ReasonMask"/>), or -1 for a host code and <c>default</c>.</summary>
    internal int Index => _bit - 1;

    /// <inheritdoc/>
    public bool Equals(ReasonCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReasonCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the keys match.</returns>
    public static bool operator ==(ReasonCode left, ReasonCode right) => left.Equals(right);

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the keys differ.</returns>
    public static bool operator !=(ReasonCode left, ReasonCode right) => !left.Equals(right);

    /// <summary>Returns the key.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>
    /// The list of every built-in code, built the first time <see cref="All"/> or <see cref="FromValueOrNull"/> is read rather
    /// than when the first code is: a first decision reads a few codes and never the list (fewer methods for the JIT on a cold start).
    /// </summary>
    private static class BuiltIn
    {
        public static readonly ReasonCode[] List =
        [
            NotOnVerifiedTrack,
            VerifiedTrackClosed,
            VerifiedTrackJoinedLate,
            CourseNotCompleted,
            IdentityNotVerified,
            IdentityVerificationPending,
            IdentityVerifiedByFallback,
            ExamNotTaken,
            ExamFailed,
            ExamScoreBelowPassingScore,
            ExamAttemptsExhausted,
            ExamRetakeTooSoon,
            ExamResultPending,
            ExamInvalidatedAdministrative,
            ExamRetakeRequired,
            ExamIntegrityViolation,
            FeeUnpaid,
            FeeRefunded,
            FeeWaived,
            EvidenceMissing,
            NoRecommendation,
            NoPolicyInEffect,
            EvaluatorNotAccepted,
            RecommendationNotInEffect,
            RecommendationExpired,
            LevelNotAccepted,
            LineNotAccepted,
            AlternativeLevelUsed,
            ScoreBelowMinimum,
            RecencyExpired,
            ProgramRefusesCredit,
            ProgramLimitsCredit,
            CreditsRounded,
            CreditsConverted,
            NotResidenceCredit,
            CapReached,
            CapPartiallyApplied,
            CapOverflowToElectives,
            PostedCreditExceedsCap,
            DuplicateOfPriorCredit,
            DuplicateBelowBlockingGrade,
            DuplicateWithinRequest,
            LowerAfterAdvanced,
            ResidencyOutstanding,
            LocalCreditsRequired,
            PostingFeeDue,
            PostingFeeWaived,
            HypotheticalFact,
            ExamCreditYearLimitReached,
            ExceptionApplied,
            AreaAssigned,
            AreaRedirected,
            AreaCapReached,
            AreaSourceExcluded,
            ResidencyLastCreditsOutstanding,
            FeeRefundedPayAgain,
            ProviderRefused,
            SubjectRecencyExpired,
            LevelMapped,
            PostingFeePaid,
            NoPolicyForCatalogYear,
        ];

        public static readonly IReadOnlyList<ReasonCode> All = Array.AsReadOnly(List);
    }
}
