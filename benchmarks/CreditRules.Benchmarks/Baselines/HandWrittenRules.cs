using CreditRules.Domain;
using CreditRules.Engine;
using NodaTime;

namespace CreditRules.Benchmarks.Baselines;

/// <summary>What the hand-written baseline computes per claim: the same facts as a <see cref="DecisionSummary"/>.</summary>
public readonly record struct HandResult(DecisionOutcome Outcome, int GrantedHours, CreditUnit Unit, ulong Reasons);

/// <summary>
/// The physical limit: the rules of <see cref="BenchmarkWorld"/> written by hand in plain C#, as a developer would for
/// exactly these three institutions and five courses (every course has one ACE exhibit with one version, valid
/// 2013-02-01 to 2016-01-31, pass mark 60 %). It reads the learner's facts with NodaTime as usual, and computes outcome,
/// whole granted hours and every reason code, so its output can be checked against the engine claim by claim.
/// </summary>
public sealed class HandWrittenRules
{
    private static readonly ulong NotOnVerifiedTrack = Bit(ReasonCode.NotOnVerifiedTrack);
    private static readonly ulong VerifiedTrackClosed = Bit(ReasonCode.VerifiedTrackClosed);
    private static readonly ulong VerifiedTrackJoinedLate = Bit(ReasonCode.VerifiedTrackJoinedLate);
    private static readonly ulong CourseNotCompleted = Bit(ReasonCode.CourseNotCompleted);
    private static readonly ulong IdentityNotVerified = Bit(ReasonCode.IdentityNotVerified);
    private static readonly ulong IdentityVerificationPending = Bit(ReasonCode.IdentityVerificationPending);
    private static readonly ulong IdentityVerifiedByFallback = Bit(ReasonCode.IdentityVerifiedByFallback);
    private static readonly ulong ExamNotTaken = Bit(ReasonCode.ExamNotTaken);
    private static readonly ulong ExamFailed = Bit(ReasonCode.ExamFailed);
    private static readonly ulong ExamScoreBelowPassingScore = Bit(ReasonCode.ExamScoreBelowPassingScore);
    private static readonly ulong ExamAttemptsExhausted = Bit(ReasonCode.ExamAttemptsExhausted);
    private static readonly ulong ExamRetakeTooSoon = Bit(ReasonCode.ExamRetakeTooSoon);
    private static readonly ulong ExamResultPending = Bit(ReasonCode.ExamResultPending);
    private static readonly ulong ExamInvalidatedAdministrative = Bit(ReasonCode.ExamInvalidatedAdministrative);
    private static readonly ulong ExamRetakeRequired = Bit(ReasonCode.ExamRetakeRequired);
    private static readonly ulong ExamIntegrityViolation = Bit(ReasonCode.ExamIntegrityViolation);
    private static readonly ulong FeeUnpaid = Bit(ReasonCode.FeeUnpaid);
    private static readonly ulong FeeRefunded = Bit(ReasonCode.FeeRefunded);
    private static readonly ulong FeeWaived = Bit(ReasonCode.FeeWaived);
    private static readonly ulong EvidenceMissing = Bit(ReasonCode.EvidenceMissing);
    private static readonly ulong RecommendationNotInEffect = Bit(ReasonCode.RecommendationNotInEffect);
    private static readonly ulong LevelNotAccepted = Bit(ReasonCode.LevelNotAccepted);
    private static readonly ulong LineNotAccepted = Bit(ReasonCode.LineNotAccepted);
    private static readonly ulong AlternativeLevelUsed = Bit(ReasonCode.AlternativeLevelUsed);
    private static readonly ulong ScoreBelowMinimum = Bit(ReasonCode.ScoreBelowMinimum);
    private static readonly ulong RecencyExpired = Bit(ReasonCode.RecencyExpired);
    private static readonly ulong ProgramRefusesCredit = Bit(ReasonCode.ProgramRefusesCredit);
    private static readonly ulong CreditsRounded = Bit(ReasonCode.CreditsRounded);
    private static readonly ulong CreditsConverted = Bit(ReasonCode.CreditsConverted);
    private static readonly ulong NotResidenceCredit = Bit(ReasonCode.NotResidenceCredit);

    private static readonly LocalDate VersionStart = new(2013, 2, 1);
    private static readonly LocalDate VersionEnd = new(2016, 1, 31);

    private readonly Dictionary<string, (string CourseId, Instant Deadline)> _sessions;
    private readonly LocalDate _asOf;
    private readonly bool _openInNewYork;
    private readonly bool _openInLosAngeles;

    public HandWrittenRules(LocalDate asOf)
    {
        _asOf = asOf;
        _sessions = BenchmarkWorld.Catalog.Sessions.ToDictionary(s => s.Id, s => (s.CourseId, s.VerifiedTrackDeadline), StringComparer.Ordinal);
        var lastDeadline = BenchmarkWorld.Catalog.Sessions.Max(s => s.VerifiedTrackDeadline);
        _openInNewYork = lastDeadline.InZone(BenchmarkWorld.NewYork).Date >= asOf;
        _openInLosAngeles = lastDeadline.InZone(BenchmarkWorld.LosAngeles).Date >= asOf;
    }

    private static ulong Bit(ReasonCode code) => ReasonMask.Of(code).Low;

    public HandResult Decide(CreditClaim claim)
    {
        var learner = claim.Learner;
        var course = claim.CourseId;
        var asOf = _asOf;
        var eastern = claim.InstitutionId == "eastern-state";
        var northern = claim.InstitutionId == "northern-quarter";
        var western = !eastern && !northern;
        var zone = western ? BenchmarkWorld.LosAngeles : BenchmarkWorld.NewYork;
        ulong reasons = 0;
        bool blocked = false, outstanding = false;

        // Verified track.
        bool onTrack = false, late = false;
        foreach (var e in learner.CourseEnrollments)
        {
            var session = _sessions[e.SessionId];
            if (session.CourseId != course || e.Track != EnrollmentTrack.Verified || e.JoinedAt.InZone(zone).Date > asOf)
            {
                continue;
            }

            if (e.JoinedAt <= session.Deadline)
            {
                onTrack = true;
                break;
            }

            late = true;
        }

        if (!onTrack)
        {
            if (western ? _openInLosAngeles : _openInNewYork)
            {
                reasons |= NotOnVerifiedTrack;
                outstanding = true;
            }
            else
            {
                reasons |= late ? VerifiedTrackJoinedLate : VerifiedTrackClosed;
                blocked = true;
            }
        }

        // Completion.
        var completed = false;
        foreach (var c in learner.Completions)
        {
            if (c.Status == CompletionStatus.Completed && c.RecordedOn <= asOf && _sessions[c.SessionId].CourseId == course)
            {
                completed = true;
                break;
            }
        }

        if (!completed)
        {
            reasons |= CourseNotCompleted;
            outstanding = true;
        }

        // Identity: the latest verification recorded by the as-of date.
        IdentityVerification? latest = null;
        foreach (var v in learner.IdentityVerifications)
        {
            if (v.RecordedAt.InZone(zone).Date <= asOf && (latest is null || v.RecordedAt >= latest.RecordedAt))
            {
                latest = v;
            }
        }

        if (latest?.Status == VerificationStatus.Verified)
        {
            reasons |= latest.FallbackMethod is null ? 0 : IdentityVerifiedByFallback;
        }
        else
        {
            reasons |= latest?.Status == VerificationStatus.Pending ? IdentityVerificationPending : IdentityNotVerified;
            outstanding = true;
        }

        // Proctored exam: attempts in start order; Northern allows two, three months apart.
        LocalDate? qualified = null;
        decimal qualifyingScore = 0;
        Span<int> order = stackalloc int[16];
        Span<LocalDate> dates = stackalloc LocalDate[16];
        var count = 0;
        var attempts = learner.ExamAttempts;
        for (var i = 0; i < attempts.Count && count < 16; i++)
        {
            var a = attempts[i];
            if (a.CourseId != course)
            {
                continue;
            }

            var date = a.StartedAt.InZone(western ? a.CandidateZone : zone).Date;
            if (date > asOf)
            {
                continue;
            }

            var j = count++;
            while (j > 0 && attempts[order[j - 1]].StartedAt > a.StartedAt)
            {
                order[j] = order[j - 1];
                dates[j] = dates[j - 1];
                j--;
            }

            order[j] = i;
            dates[j] = date;
        }

        int counted = 0, invalidated = 0, previous = -1;
        bool pending = false, violation = false, exhausted = false;
        for (var k = 0; k < count && qualified is null; k++)
        {
            var a = attempts[order[k]];
            if (a.Integrity == IntegrityReview.Invalidated && a.Invalidation == InvalidationKind.IntegrityViolation)
            {
                reasons |= ExamIntegrityViolation;
                blocked = violation = true;
                continue;
            }

            if (a.Integrity == IntegrityReview.Invalidated || a.IdCheck == IdCheckResult.Failed)
            {
                reasons |= ExamInvalidatedAdministrative;
                invalidated++;
                continue;
            }

            if (northern && previous >= 0 && dates[k] < dates[previous].PlusMonths(3))
            {
                reasons |= ExamRetakeTooSoon;
                continue;
            }

            if (northern && counted >= 2)
            {
                exhausted = true;
                break;
            }

            counted++;
            if (a.Outcome == ExamOutcome.Pending || a.Integrity is IntegrityReview.Pending or IntegrityReview.Flagged)
            {
                pending = true;
                break;
            }

            var score = a.Score!.Value.Value;
            if (a.Outcome == ExamOutcome.Passed)
            {
                if (dates[k] >= VersionStart && dates[k] <= VersionEnd && score < 60)
                {
                    reasons |= ExamScoreBelowPassingScore;
                }
                else
                {
                    qualified = dates[k];
                    qualifyingScore = score;
                    break;
                }
            }

            previous = k;
        }

        if (qualified is null && !violation)
        {
            if (pending)
            {
                reasons |= ExamResultPending;
                outstanding = true;
            }
            else if (exhausted || (northern && counted >= 2))
            {
                reasons |= ExamAttemptsExhausted;
                blocked = true;
            }
            else
            {
                reasons |= counted == 0 ? (invalidated > 0 ? ExamRetakeRequired : ExamNotTaken) : ExamFailed;
                outstanding = true;
            }
        }

        // The version: v1 covers the qualifying date, or (not yet qualified) is still in effect on the as-of date.
        var hasVersion = qualified is { } q ? q >= VersionStart && q <= VersionEnd : VersionEnd >= asOf;
        if (qualified is not null && !hasVersion)
        {
            reasons |= RecommendationNotInEffect;
            blocked = true;
        }

        // Provider fees.
        foreach (var f in learner.Fees)
        {
            if (f.CourseId != course)
            {
                continue;
            }

            var status = f.StatusDate is { } d && d > asOf ? FeeStatus.Unpaid : f.Status;
            if (status == FeeStatus.Waived)
            {
                reasons |= FeeWaived;
            }
            else if (status is FeeStatus.Refunded or FeeStatus.PartiallyRefunded)
            {
                reasons |= FeeRefunded;
                blocked = true;
            }
            else if (status == FeeStatus.Unpaid)
            {
                reasons |= FeeUnpaid;
                outstanding = true;
            }
        }

        // Eastern wants an official, verified Credly transcript.
        if (eastern)
        {
            var held = false;
            foreach (var doc in learner.Evidence)
            {
                if (doc.IssuedOn <= asOf && (doc.CourseId is null || doc.CourseId == course) && doc.Kind == EvidenceKind.AceTranscriptCredly && doc.IsOfficial && doc.IsVerified)
                {
                    held = true;
                    break;
                }
            }

            if (!held)
            {
                reasons |= EvidenceMissing;
                outstanding = true;
            }
        }

        if (eastern && claim.ProgramId == "asn-nursing")
        {
            reasons |= ProgramRefusesCredit;
            blocked = true;
        }

        if (northern && qualified is not null && qualifyingScore < 70)
        {
            reasons |= ScoreBelowMinimum;
            blocked = true;
        }

        // Levels and credits (semester hours from the exhibit; Northern counts quarter hours, floored to whole hours).
        var hours = 0;
        if (hasVersion)
        {
            var vocationalOnly = course == "uci-algebra";
            if (western ? course == "duke-bioelectricity" : vocationalOnly)
            {
                reasons |= western ? LineNotAccepted : LevelNotAccepted;
                blocked |= !western;
            }

            if (!western && course == "duke-bioelectricity")
            {
                reasons |= AlternativeLevelUsed;
            }

            var semesterHours = western || !vocationalOnly
                ? course switch { "penn-calculus" => 4, "duke-bioelectricity" => western ? 2 : 3, _ => 3 }
                : 0;
            hours = semesterHours;
            if (northern && semesterHours > 0)
            {
                reasons |= CreditsConverted;
                hours = semesterHours * 3 / 2;
                if (semesterHours % 2 != 0)
                {
                    reasons |= CreditsRounded;
                }
            }

            if (northern && qualified is { } when && when.PlusYears(5) < asOf)
            {
                reasons |= RecencyExpired;
                blocked = true;
            }

            if (hours > 0 && !blocked && !outstanding)
            {
                reasons |= NotResidenceCredit;
            }
        }

        var outcome = blocked ? DecisionOutcome.NotEligible : outstanding ? DecisionOutcome.Incomplete : DecisionOutcome.Eligible;
        return new HandResult(outcome, outcome == DecisionOutcome.Eligible ? hours : 0, northern ? CreditUnit.QuarterHour : CreditUnit.SemesterHour, reasons);
    }

    /// <summary>Counts the claims where the baseline and the engine disagree (outcome, credits or reasons).</summary>
    public static int Disagreements(EvaluationPlan plan, HandWrittenRules baseline, IEnumerable<CreditClaim> claims, List<string>? samples = null)
    {
        var count = 0;
        foreach (var claim in claims)
        {
            var engine = plan.Summarize(claim);
            var hand = baseline.Decide(claim);
            if (engine.Outcome != hand.Outcome || engine.CreditsGranted != CreditAmount.FromHours(hand.GrantedHours, hand.Unit) || engine.Reasons.Low != hand.Reasons)
            {
                count++;
                if (samples is not null && samples.Count < 5)
                {
                    samples.Add(claim + ": engine " + engine + " vs hand " + hand.Outcome + " " + hand.GrantedHours + " " + ReasonMaskText(hand.Reasons));
                }
            }
        }

        return count;
    }

    private static string ReasonMaskText(ulong bits)
    {
        var codes = new List<string>();
        for (var i = 0; i < ReasonCode.All.Count; i++)
        {
            if ((bits & (1UL << i)) != 0)
            {
                codes.Add(ReasonCode.All[i].Value);
            }
        }

        return string.Join(", ", codes);
    }
}
