using System.Buffers;
using System.Collections.Concurrent;
using CreditRules.Domain;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>
/// A catalog and a policy set compiled for one as-of date: everything that does not depend on the learner (course,
/// session and recommendation lookups, the version in effect, accepted-level masks per policy and program override,
/// converted and rounded credits, recency thresholds, open sessions) is computed once (per course and policy version, on
/// first use, so compiling stays cheap), so deciding a claim is a walk
/// over the learner's facts. Decides claims outcome-only (<see cref="Summarize(CreditClaim)"/>, allocating nothing) or
/// explained (<see cref="Explain(CreditClaim)"/>), and in bulk.
/// </summary>
/// <remarks>
/// <para>The outcome-only path mirrors the rules of <see cref="EligibilityEvaluator"/>; its summary always equals
/// <see cref="DecisionSummary.FromDecision(Decision)"/> of the explained decision (a parity test over a generated
/// population keeps them equal). Invalid claims (unknown ids, scores on another scale than a minimum) are handed to the
/// explained path, which throws the precise exception. A plan compiled from an evaluator with host rules
/// (<see cref="EligibilityEvaluator.HostRules"/>) summarises explained decisions instead, since host rules are opaque code.</para>
/// <para>The outcome-only path does not record decisions in <c>CreditRulesDiagnostics</c>; explained decisions do.</para>
/// <para>Immutable and thread-safe: one plan can serve many threads.</para>
/// </remarks>
public sealed partial class EvaluationPlan
{
    private readonly EligibilityEvaluator _evaluator;
    private readonly Dictionary<string, int> _courses;
    private readonly Dictionary<string, SessionRef> _sessions;
    private readonly Dictionary<string, InstitutionPlan> _institutions;
    private readonly ConcurrentDictionary<DateTimeZone, ZoneTable> _zones = new(ReferenceEqualityComparer.Instance);
    private readonly Func<DateTimeZone, ZoneTable> _tableFor;

    private readonly bool _fastPath;

    private EvaluationPlan(EligibilityEvaluator evaluator, LocalDate asOf)
    {
        var catalog = evaluator.Catalog;
        var policies = evaluator.Policies;
        Catalog = catalog;
        Policies = policies;
        AsOf = asOf;
        _evaluator = evaluator;

        // Host rules are opaque code: the outcome-only walk cannot mirror them, so such plans summarise explained decisions.
        _fastPath = evaluator.HostRules.Count == 0;
        _tableFor = zone => _zones.GetOrAdd(zone, static z => new ZoneTable(z));
        var courseIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < catalog.Courses.Count; i++)
        {
            courseIndex.Add(catalog.Courses[i].Id, i);
        }

        // Plain dictionaries: frozen ones read a little faster but cost far more to build, and a plan must be cheap to compile.
        _courses = courseIndex;
        _sessions = catalog.Sessions.ToDictionary(s => s.Id, s => new SessionRef(courseIndex[s.CourseId], s.VerifiedTrackDeadline), StringComparer.Ordinal);
        _institutions = policies.Institutions.ToDictionary(i => i.Id, i => new InstitutionPlan(catalog, i, asOf, _tableFor), StringComparer.Ordinal);
    }

    /// <summary>Gets the catalog.</summary>
    public Catalog Catalog { get; }

    /// <summary>Gets the policy set.</summary>
    public PolicySet Policies { get; }

    /// <summary>Gets the as-of date every claim is decided for.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Compiles a catalog and a policy set for an as-of date.</summary>
    /// <param name="catalog">The courses and their recommendations.</param>
    /// <param name="policies">The institutions and their policies.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidPolicyException">A program has more than 64 overrides.</exception>
    public static EvaluationPlan Compile(Catalog catalog, PolicySet policies, LocalDate asOf) =>
        new(new EligibilityEvaluator(Preconditions.NotNull(catalog), Preconditions.NotNull(policies)), asOf);

    /// <summary>Compiles an evaluator's catalog, policies and host rules for an as-of date.</summary>
    internal static EvaluationPlan Compile(EligibilityEvaluator evaluator, LocalDate asOf) => new(evaluator, asOf);

    /// <summary>Decides a claim with every reason, next step and trace entry: the same as <see cref="EligibilityEvaluator.Evaluate(EvaluationRequest)"/> as of <see cref="AsOf"/>.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    /// <exception cref="UnknownReferenceException">The claim or the learner's record names a course, session, institution or program that is not loaded.</exception>
    /// <exception cref="InvalidPolicyException">A minimum score uses another scale than the exam.</exception>
    public Decision Explain(CreditClaim claim) => _evaluator.Evaluate(Preconditions.NotNull(claim).ToRequest(AsOf));

    /// <summary>Decides a claim outcome-only: outcome, granted credits and reason codes, allocating nothing for a valid claim.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The summary; equal to <see cref="DecisionSummary.FromDecision(Decision)"/> of <see cref="Explain(CreditClaim)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    /// <exception cref="UnknownReferenceException">The claim or the learner's record names a course, session, institution or program that is not loaded.</exception>
    /// <exception cref="InvalidPolicyException">A minimum score uses another scale than the exam.</exception>
    public DecisionSummary Summarize(CreditClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return TrySummarizeFast(claim, out var summary) ? summary : DecisionSummary.FromDecision(Explain(claim));
    }

    /// <summary>The outcome-only walk. Returns false, leaving the claim to the explained path, when the claim is invalid.</summary>
    internal bool TrySummarizeFast(CreditClaim claim, out DecisionSummary summary)
    {
        summary = default;
        if (!_fastPath
            || !_courses.TryGetValue(claim.CourseId, out var courseIndex)
            || !_institutions.TryGetValue(claim.InstitutionId, out var institution)
            || institution.FindProgram(claim.ProgramId) is not { } program)
        {
            return false;
        }

        var learner = claim.Learner;
        if (!ReferencesAreKnown(learner))
        {
            return false;
        }

        var asOf = AsOf;
        ProgramEnrollment? enrollment = null;
        var programEnrollments = learner.ProgramEnrollments;
        for (var i = 0; i < programEnrollments.Count; i++)
        {
            var e = programEnrollments[i];
            if (string.Equals(e.InstitutionId, institution.Id, StringComparison.Ordinal)
                && string.Equals(e.ProgramId, program.Id, StringComparison.Ordinal)
                && e.EnrolledOn <= asOf
                && (enrollment is null || e.EnrolledOn >= enrollment.EnrolledOn))
            {
                enrollment = e;
            }
        }

        var selectionDate = enrollment?.EnrolledOn ?? asOf;
        var slot = institution.PolicySlot(selectionDate);
        var policy = slot == 0 ? null : institution.Policies[slot - 1];
        var route = institution.Route(slot, courseIndex);
        var zone = route.Zone;
        var reasons = route.SourceReasons;
        var blocked = route.SourceBlocked;
        var outstanding = false;

        // learner.verified-track
        var joinedLate = false;
        var onTrack = false;
        var courseEnrollments = learner.CourseEnrollments;
        for (var i = 0; i < courseEnrollments.Count; i++)
        {
            var e = courseEnrollments[i];
            var session = _sessions[e.SessionId];
            if (session.CourseIndex != courseIndex || e.Track != EnrollmentTrack.Verified || zone.DateOf(e.JoinedAt) > asOf)
            {
                continue;
            }

            if (e.JoinedAt <= session.Deadline)
            {
                onTrack = true;
                break;
            }

            joinedLate = true;
        }

        if (!onTrack)
        {
            if (route.HasOpenSession)
            {
                reasons |= ReasonBits.NotOnVerifiedTrack;
                outstanding = true;
            }
            else
            {
                reasons |= joinedLate ? ReasonBits.VerifiedTrackJoinedLate : ReasonBits.VerifiedTrackClosed;
                blocked = true;
            }
        }

        // learner.completion
        var completed = false;
        var completions = learner.Completions;
        for (var i = 0; i < completions.Count; i++)
        {
            var c = completions[i];
            if (c.Status == CompletionStatus.Completed && c.RecordedOn <= asOf && _sessions[c.SessionId].CourseIndex == courseIndex)
            {
                completed = true;
                break;
            }
        }

        if (!completed)
        {
            reasons |= ReasonBits.CourseNotCompleted;
            outstanding = true;
        }

        // learner.identity
        IdentityVerification? latest = null;
        var verifications = learner.IdentityVerifications;
        for (var i = 0; i < verifications.Count; i++)
        {
            var v = verifications[i];
            if (zone.DateOf(v.RecordedAt) <= asOf && (latest is null || v.RecordedAt >= latest.RecordedAt))
            {
                latest = v;
            }
        }

        if (latest is { Status: VerificationStatus.Verified })
        {
            if (latest.FallbackMethod is not null)
            {
                reasons |= ReasonBits.IdentityVerifiedByFallback;
            }
        }
        else
        {
            reasons |= latest is { Status: VerificationStatus.Pending } ? ReasonBits.IdentityVerificationPending : ReasonBits.IdentityNotVerified;
            outstanding = true;
        }

        // learner.exam
        if (!Exam(claim.CourseId, learner, route, policy, ref reasons, ref blocked, ref outstanding, out var qualifyingDate, out var qualifyingScore))
        {
            return false;
        }

        // recommendation.version
        var versionIndex = -1;
        if (route.Recommendation is not null)
        {
            if (qualifyingDate is { } date)
            {
                versionIndex = route.VersionAt(date);
                if (versionIndex < 0)
                {
                    reasons |= ReasonBits.RecommendationNotInEffect;
                    blocked = true;
                }
            }
            else
            {
                versionIndex = route.CurrentVersion;
                if (versionIndex < 0)
                {
                    reasons |= ReasonBits.RecommendationExpired;
                    blocked = true;
                }
            }
        }

        // learner.fees
        if (policy is { RequireFees: true })
        {
            var fees = learner.Fees;
            for (var i = 0; i < fees.Count; i++)
            {
                var fee = fees[i];
                if (!string.Equals(fee.CourseId, claim.CourseId, StringComparison.Ordinal))
                {
                    continue;
                }

                var status = fee.StatusDate is { } statusDate && statusDate > asOf ? FeeStatus.Unpaid : fee.Status;
                switch (status)
                {
                    case FeeStatus.Paid:
                        break;
                    case FeeStatus.Waived:
                        reasons |= ReasonBits.FeeWaived;
                        break;
                    case FeeStatus.Refunded:
                    case FeeStatus.PartiallyRefunded:
                        reasons |= ReasonBits.FeeRefunded;
                        blocked = true;
                        break;
                    default:
                        reasons |= ReasonBits.FeeUnpaid;
                        outstanding = true;
                        break;
                }
            }
        }

        // learner.evidence
        if (policy is { RequiresEvidence: true })
        {
            var held = false;
            var evidence = learner.Evidence;
            for (var i = 0; i < evidence.Count; i++)
            {
                var d = evidence[i];
                if (d.IssuedOn <= asOf
                    && (d.CourseId is null || string.Equals(d.CourseId, claim.CourseId, StringComparison.Ordinal))
                    && (policy.EvidenceKinds & (1 << (int)d.Kind)) != 0
                    && (!policy.EvidenceOfficial || d.IsOfficial)
                    && (!policy.EvidenceVerified || d.IsVerified))
                {
                    held = true;
                    break;
                }
            }

            if (!held)
            {
                reasons |= ReasonBits.EvidenceMissing;
                outstanding = true;
            }
        }

        // program.override: restrictions collected before a refusal still apply to the later rules.
        ulong restrictions = 0;
        if (route.EvaluatorId is { } evaluatorId)
        {
            var overrides = program.Overrides;
            for (var i = 0; i < overrides.Length; i++)
            {
                if (!overrides[i].AppliesFor(selectionDate, evaluatorId))
                {
                    continue;
                }

                if (overrides[i].IsRefusal)
                {
                    reasons |= ReasonBits.ProgramRefusesCredit;
                    blocked = true;
                    break;
                }

                restrictions |= 1UL << i;
            }
        }

        // institution.level, credits.conversion (per version and accepted-level mask, precomputed)
        var levelOutcome = default(LevelOutcome);
        var hasLevelOutcome = false;
        if (versionIndex >= 0 && policy is not null)
        {
            var mask = policy.LevelMask;
            for (var bits = restrictions; bits != 0; bits &= bits - 1)
            {
                mask &= program.Overrides[System.Numerics.BitOperations.TrailingZeroCount(bits)].LevelMask;
            }

            levelOutcome = route.Versions[versionIndex].ByLevelMask[mask & 15];
            hasLevelOutcome = true;
            reasons |= levelOutcome.Reasons & ~(ReasonBits.CreditsConverted | ReasonBits.CreditsRounded);
            blocked |= levelOutcome.Blocking;
        }

        // institution.minimum-score
        if (qualifyingScore is { } score)
        {
            Score? binding = null;
            if (policy?.MinimumScore is { } institutionMinimum)
            {
                if (!score.IsComparableTo(institutionMinimum))
                {
                    return false;
                }

                binding = institutionMinimum;
            }

            for (var bits = restrictions; bits != 0; bits &= bits - 1)
            {
                if (program.Overrides[System.Numerics.BitOperations.TrailingZeroCount(bits)].MinimumScore is { } programMinimum)
                {
                    if (!score.IsComparableTo(programMinimum))
                    {
                        return false;
                    }

                    if (binding is null || programMinimum > binding.Value)
                    {
                        binding = programMinimum;
                    }
                }
            }

            if (binding is { } minimum && score < minimum)
            {
                reasons |= ReasonBits.ScoreBelowMinimum;
                blocked = true;
            }
        }

        // institution.recency
        if (policy?.Recency is { } maxAge && qualifyingDate is { } qualified)
        {
            var expired = policy.RecencyFromEnrollment && enrollment is not null
                ? enrollment.EnrolledOn > qualified.Plus(maxAge)
                : qualified < policy.RecencyThreshold;
            if (expired)
            {
                reasons |= ReasonBits.RecencyExpired;
                blocked = true;
            }
        }

        // credits.conversion
        var granted = CreditAmount.Zero(institution.Unit);
        if (versionIndex >= 0)
        {
            if (hasLevelOutcome)
            {
                granted = levelOutcome.Granted;
                reasons |= levelOutcome.Reasons & (ReasonBits.CreditsConverted | ReasonBits.CreditsRounded);
            }

            for (var bits = restrictions; bits != 0; bits &= bits - 1)
            {
                if (program.Overrides[System.Numerics.BitOperations.TrailingZeroCount(bits)].MaxCredits is { } limit && granted > limit)
                {
                    granted = limit;
                    reasons |= ReasonBits.ProgramLimitsCredit;
                }
            }

            if (!granted.IsZero && !blocked && !outstanding)
            {
                reasons |= ReasonBits.NotResidenceCredit;
            }
        }

        var outcome = blocked ? DecisionOutcome.NotEligible : outstanding ? DecisionOutcome.Incomplete : DecisionOutcome.Eligible;
        summary = new DecisionSummary(outcome, outcome == DecisionOutcome.Eligible ? granted : CreditAmount.Zero(institution.Unit), ReasonMask.FromBits(reasons));
        return true;
    }

    /// <summary>The exam rule: counted attempts in order of their start, retake waits, attempt limits, the first pass.</summary>
    private bool Exam(string courseId, LearnerRecord learner, RoutePlan route, PolicyPlan? policy, ref ulong reasons, ref bool blocked, ref bool outstanding, out LocalDate? qualifyingDate, out Score? qualifyingScore)
    {
        qualifyingDate = null;
        qualifyingScore = null;
        var attempts = learner.ExamAttempts;
        var candidate = route.ZoneSource == QualifyingDateZone.Candidate;
        int[]? rented = null;
        var count = 0;
        Span<int> order = attempts.Count <= 16 ? stackalloc int[16] : (rented = ArrayPool<int>.Shared.Rent(attempts.Count));
        Span<LocalDate> dates = attempts.Count <= 16 ? stackalloc LocalDate[16] : new LocalDate[attempts.Count];
        try
        {
            for (var i = 0; i < attempts.Count; i++)
            {
                var a = attempts[i];
                if (!string.Equals(a.CourseId, courseId, StringComparison.Ordinal))
                {
                    continue;
                }

                var date = DateOfAttempt(a, route.Zone, candidate);
                if (date > AsOf)
                {
                    continue;
                }

                // Stable insertion by start instant, as OrderBy.
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

            var wait = policy?.RetakeWait;
            var max = policy?.MaxAttempts;
            var previous = -1;
            var counted = 0;
            var invalidated = 0;
            var pending = false;
            var violation = false;
            var exhausted = false;
            for (var k = 0; k < count; k++)
            {
                var attempt = attempts[order[k]];
                var date = dates[k];
                if (attempt.Integrity == IntegrityReview.Invalidated && attempt.Invalidation == InvalidationKind.IntegrityViolation)
                {
                    reasons |= ReasonBits.ExamIntegrityViolation;
                    blocked = true;
                    violation = true;
                    continue;
                }

                if (attempt.Integrity == IntegrityReview.Invalidated || attempt.IdCheck == IdCheckResult.Failed)
                {
                    reasons |= ReasonBits.ExamInvalidatedAdministrative;
                    invalidated++;
                    continue;
                }

                if (previous >= 0 && wait is not null && date < dates[previous].Plus(wait))
                {
                    reasons |= ReasonBits.ExamRetakeTooSoon;
                    continue;
                }

                if (max is { } limit && counted >= limit)
                {
                    exhausted = true;
                    break;
                }

                counted++;
                if (attempt.Outcome == ExamOutcome.Pending || attempt.Integrity is IntegrityReview.Pending or IntegrityReview.Flagged)
                {
                    pending = true;
                    break;
                }

                if (attempt.Outcome == ExamOutcome.Passed)
                {
                    var score = attempt.Score!.Value;
                    var versionIndex = route.Recommendation is null ? -1 : route.VersionAt(date);
                    if (versionIndex >= 0 && route.Versions[versionIndex].MinimumPassingScore is { } minimum)
                    {
                        if (!score.IsComparableTo(minimum))
                        {
                            return false;
                        }

                        if (score < minimum)
                        {
                            reasons |= ReasonBits.ExamScoreBelowPassingScore;
                            previous = k;
                            continue;
                        }
                    }

                    qualifyingDate = date;
                    qualifyingScore = score;
                    return true;
                }

                previous = k;
            }

            if (violation)
            {
                return true;
            }

            if (pending)
            {
                reasons |= ReasonBits.ExamResultPending;
                outstanding = true;
            }
            else if (exhausted || (max is { } limit && counted >= limit && counted > 0))
            {
                reasons |= ReasonBits.ExamAttemptsExhausted;
                blocked = true;
            }
            else if (counted == 0 && invalidated > 0)
            {
                reasons |= ReasonBits.ExamRetakeRequired;
                outstanding = true;
            }
            else
            {
                reasons |= counted == 0 ? ReasonBits.ExamNotTaken : ReasonBits.ExamFailed;
                outstanding = true;
            }

            return true;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    private LocalDate DateOfAttempt(ExamAttempt attempt, ZoneTable zone, bool candidate)
    {
        if (!candidate)
        {
            return zone.DateOf(attempt.StartedAt);
        }

        var table = ReferenceEquals(attempt.CandidateZone, zone.Zone) ? zone : _tableFor(attempt.CandidateZone);
        return table.DateOf(attempt.StartedAt);
    }

    /// <summary>The explained path throws for these; the outcome-only path hands them over.</summary>
    private bool ReferencesAreKnown(LearnerRecord learner)
    {
        for (var i = 0; i < learner.CourseEnrollments.Count; i++)
        {
            if (!_sessions.ContainsKey(learner.CourseEnrollments[i].SessionId))
            {
                return false;
            }
        }

        for (var i = 0; i < learner.Completions.Count; i++)
        {
            if (!_sessions.ContainsKey(learner.Completions[i].SessionId))
            {
                return false;
            }
        }

        for (var i = 0; i < learner.ExamAttempts.Count; i++)
        {
            if (!_courses.ContainsKey(learner.ExamAttempts[i].CourseId))
            {
                return false;
            }
        }

        for (var i = 0; i < learner.Fees.Count; i++)
        {
            if (!_courses.ContainsKey(learner.Fees[i].CourseId))
            {
                return false;
            }
        }

        return true;
    }
}
