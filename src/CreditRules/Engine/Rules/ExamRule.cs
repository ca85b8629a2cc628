using System.Runtime.CompilerServices;
using CreditRules.Domain;
using NodaTime;

namespace CreditRules.Engine.Rules;

/// <summary>
/// The learner passed the proctored exam: at or above the evaluator's minimum for the version in effect on the attempt's
/// date, with retakes no sooner than the policy's wait (a calendar period) and within its attempt limit. Pending results
/// are outstanding; an administrative invalidation (ID mismatch) does not count and a retake cures it; an integrity
/// violation blocks. The first passing attempt fixes the qualifying date.
/// </summary>
internal readonly struct ExamRule : IBuiltInClaimRule
{
    public const string Id = "learner.exam";

    private const string Summary = "The learner passed the proctored exam: at or above the evaluator's minimum for the version in effect on the attempt's date, with retakes no sooner than the policy's wait (a calendar period) and within its attempt limit. Pending results are outstanding; an administrative invalidation (ID mismatch) does not count and a retake cures it; an integrity violation blocks. The first passing attempt fixes the qualifying date.";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures, Branches = Branches };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleBranch RetakeTooSoon = new("retake.too-soon", "a retake before the minimum wait ended");
    private static readonly RuleBranch RetakeFirstAllowedDay = new("retake.first-allowed-day", "a retake on the first day the minimum wait allows");
    private static readonly RuleBranch RetakeAfterWait = new("retake.after-wait", "a retake after the first allowed day");
    private static readonly RuleBranch ZoneEvaluator = new("zone.evaluator", "qualifying date read in the evaluator's reference zone");
    private static readonly RuleBranch ZoneInstitution = new("zone.institution", "qualifying date read in the institution's zone");
    private static readonly RuleBranch ZoneCandidate = new("zone.candidate", "qualifying date read in the candidate's zone");
    private static readonly RuleBranch ZoneDateDiffers = new("zone.date-differs", "the exam's date in the qualifying zone differs from the candidate's local date");

    /// <summary>The date branches this rule distinguishes (raised where it decides them), for test kits' coverage.</summary>
    private static readonly RuleBranch[] Branches = [RetakeTooSoon, RetakeFirstAllowedDay, RetakeAfterWait, ZoneEvaluator, ZoneInstitution, ZoneCandidate, ZoneDateDiffers];

    private static readonly RuleCode ExamIntegrityViolation = Codes.Add(ReasonCode.ExamIntegrityViolation, Cure.NotWithinReach);
    private static readonly RuleCode ExamInvalidatedAdministrative = Codes.Add(ReasonCode.ExamInvalidatedAdministrative);
    private static readonly RuleCode ExamRetakeTooSoon = Codes.Add(ReasonCode.ExamRetakeTooSoon);
    private static readonly RuleCode ExamScoreBelowPassingScore = Codes.Add(ReasonCode.ExamScoreBelowPassingScore);
    private static readonly RuleCode ExamResultPending = Codes.Add(ReasonCode.ExamResultPending, new Cure(SmallestChangeKind.AwaitReview, NextStepCode.AwaitExamReview));
    private static readonly RuleCode ExamAttemptsExhausted = Codes.Add(ReasonCode.ExamAttemptsExhausted, Cure.NotWithinReach);
    private static readonly RuleCode ExamRetakeRequired = Codes.Add(ReasonCode.ExamRetakeRequired, new Cure(SmallestChangeKind.Other));
    private static readonly RuleCode ExamNotTaken = Codes.Add(ReasonCode.ExamNotTaken, new Cure(SmallestChangeKind.PassExam, NextStepCode.TakeProctoredExam));
    private static readonly RuleCode ExamFailed = Codes.Add(ReasonCode.ExamFailed, new Cure(SmallestChangeKind.PassExam, NextStepCode.RetakeProctoredExam));

    public static void Decide<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        var attempts = state.Facts.Attempts;
        var facts = state.Facts.AttemptFacts;
        var course = state.CourseIndex;
        var substitute = state.Exceptions.Length == 0 ? -1 : Substitute(in state, facts, out course);
        if (sink.Explains)
        {
            ExplainAttempts(ref state, ref sink, attempts, facts, course);
        }

        if (substitute >= 0)
        {
            // The exception rule states it (ExceptionApplied); the walk below traces the substitute's attempts.
            state.UseSubstitute(substitute);
        }

        Walk(ref state, ref sink, attempts, facts, course);
    }

    /// <summary>
    /// The substitute-course exception whose course's attempts are decided instead of the claimed course's: one in scope,
    /// when no attempt of the learner's own at the claimed course dated by the as-of date passed and one at the substitute
    /// did; -1 (and the claimed course) otherwise.
    /// </summary>
    private static int Substitute(in ClaimState state, ReadOnlySpan<AttemptFact> courses, out int course)
    {
        course = state.CourseIndex;
        var found = -1;
        var foundCourse = -1;
        var foundRecord = -1;
        for (var i = 0; i < courses.Length; i++)
        {
            ref readonly var attempt = ref courses[i];
            if (attempt.Outcome != ExamOutcome.Passed || attempt.Integrity == IntegrityReview.Invalidated || state.DateOfAttempt(in attempt) > state.AsOf)
            {
                continue;
            }

            if (courses[i].Course == state.CourseIndex)
            {
                return -1;
            }

            // The first such attempt in record order (the compact record holds them in order of their start).
            if ((found < 0 || attempt.Record < foundRecord) && state.SubstituteFor(courses[i].Course) is var e and >= 0)
            {
                foundRecord = attempt.Record;
                found = e;
                foundCourse = courses[i].Course;
            }
        }

        if (found >= 0)
        {
            course = foundCourse;
        }

        return found;
    }

    private static void Walk<TSink>(ref ClaimState state, ref TSink sink, ReadOnlySpan<ExamAttempt> attempts, ReadOnlySpan<AttemptFact> facts, int course)
        where TSink : struct, IReasonSink
    {
        var retakes = state.Policy?.Retakes;
        LocalDate? previous = null;

        // Positions and version indexes, not copies of attempts and scores: no reference-carrying struct lives in this
        // frame, so the walk zeroes almost nothing per claim. The best score and the threshold are arguments of the
        // explanation alone, tracked only when the sink explains.
        var pending = -1;
        var pendingDate = default(LocalDate);
        var best = -1;
        var threshold = -1;
        var counted = 0;
        var invalidated = 0;
        var violation = false;
        var exhausted = false;
        for (var k = 0; k < facts.Length; k++)
        {
            ref readonly var fact = ref facts[k];
            if (fact.Course != course || !state.AttemptDatedByAsOf(in fact, out var date))
            {
                continue;
            }

            // The domain attempt is read only where it is kept or explained (pending, qualifying, a wrong scale), not per attempt.
            if (fact.Integrity == IntegrityReview.Invalidated && fact.Invalidation == InvalidationKind.IntegrityViolation)
            {
                RaiseIntegrityViolation(ref state, ref sink, date);
                violation = true;
                continue;
            }

            if (fact.Integrity == IntegrityReview.Invalidated || fact.IdCheck == IdCheckResult.Failed)
            {
                RaiseInvalidatedAdministrative(ref state, ref sink, date, fact.IdCheck);
                invalidated++;
                continue;
            }

            if (previous is { } previousDate && retakes?.MinimumWait is { } wait)
            {
                var earliest = previousDate.Plus(wait);
                if (date < earliest)
                {
                    RaiseRetakeTooSoon(ref state, ref sink, date, earliest, wait, previousDate);
                    continue;
                }

                if (sink.Explains)
                {
                    sink.Branch(date == earliest ? RetakeFirstAllowedDay : RetakeAfterWait);
                }
            }

            if (retakes?.MaxAttempts is { } max && counted >= max)
            {
                exhausted = true;
                break;
            }

            counted++;
            if (fact.Outcome == ExamOutcome.Pending || fact.Integrity is IntegrityReview.Pending or IntegrityReview.Flagged)
            {
                pending = k;
                pendingDate = date;
                break;
            }

            var versionIndex = state.Route.VersionAt(date);
            if (sink.Explains)
            {
                best = Best(facts, best, k);
            }

            if (fact.Outcome == ExamOutcome.Passed)
            {
                if (versionIndex >= 0 && BelowMinimum(in state, attempts, facts, k, versionIndex))
                {
                    threshold = versionIndex;
                    RaiseScoreBelowPassingScore(ref state, ref sink, date, attempts[k], state.Route.Versions[versionIndex].Version);
                }
                else
                {
                    Qualify(ref state, ref sink, attempts, facts, k, date, counted);
                    return;
                }
            }
            else if (threshold < 0 && versionIndex >= 0 && state.Route.Versions[versionIndex].Version.MinimumPassingScore is not null)
            {
                threshold = versionIndex;
            }

            previous = date;
        }

        if (violation)
        {
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.Failed, "integrity violation");
            }

            return;
        }

        if (pending >= 0)
        {
            RaisePending(ref state, ref sink, pendingDate, attempts[pending]);
            return;
        }

        if (exhausted || (retakes?.MaxAttempts is { } limit && counted >= limit && counted > 0))
        {
            RaiseAttemptsExhausted(ref state, ref sink, retakes!.MaxAttempts!.Value);
            return;
        }

        LocalDate? earliestRetake = previous is { } last && retakes?.MinimumWait is { } minimumWait && last.Plus(minimumWait) is var e && e > state.AsOf ? e : null;
        if (counted == 0 && invalidated > 0)
        {
            RaiseRetakeRequired(ref state, ref sink, invalidated);
            return;
        }

        if (counted == 0)
        {
            RaiseNotTaken(ref state, ref sink, earliestRetake);
            return;
        }

        RaiseFailed(ref state, ref sink, attempts, best, threshold, counted, earliestRetake, retakes);
    }

    /// <summary>The position of the better-scored attempt of <paramref name="best"/> (-1: none yet) and <paramref name="attempt"/>: a score on another scale than the best so far does not replace it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Best(ReadOnlySpan<AttemptFact> facts, int best, int attempt)
    {
        var score = facts[attempt].Score;
        return best < 0 || (facts[best].Score.IsComparableTo(score) && score > facts[best].Score) ? attempt : best;
    }

    /// <summary>
    /// Whether a passed attempt's score is below the minimum passing score of the version in effect on its date (a score on
    /// another scale than the minimum throws, naming the attempt); out of line, so the walk's frame holds no score.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool BelowMinimum(in ClaimState state, ReadOnlySpan<ExamAttempt> attempts, ReadOnlySpan<AttemptFact> facts, int attempt, int versionIndex)
    {
        if (state.Route.Versions[versionIndex].Version.MinimumPassingScore is not { } min)
        {
            return false;
        }

        var score = facts[attempt].Score;
        if (!score.IsComparableTo(min) || score < min)
        {
            EnsureComparable(attempts[attempt], min, state.Route.Recommendation, state.Learner);
            return true;
        }

        return false;
    }

    /// <summary>Fixes the qualifying attempt, its score and date (the first passing attempt).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Qualify<TSink>(ref ClaimState state, ref TSink sink, ReadOnlySpan<ExamAttempt> attempts, ReadOnlySpan<AttemptFact> facts, int k, LocalDate date, int counted)
        where TSink : struct, IReasonSink
    {
        var attempt = attempts[k];
        var score = facts[k].Score;
        state.QualifyingAttempt = attempt;
        state.QualifyingScore = score;
        state.QualifyingDate = date;
        if (sink.Explains)
        {
            ExplainPassed(ref state, ref sink, attempt, date, score, counted);
        }
    }

    private static string Awaiting(ExamAttempt pending) =>
        pending.Outcome == ExamOutcome.Pending ? "its result" : pending.Integrity == IntegrityReview.Flagged ? "a decision on a proctor's flag" : "its integrity review";

    private static void EnsureComparable(ExamAttempt attempt, Score minimum, CreditRecommendation? recommendation, LearnerRecord learner)
    {
        var score = attempt.Score!.Value;
        if (!score.IsComparableTo(minimum))
        {
            throw WrongScale(attempt, learner, "exhibit '" + recommendation?.ExhibitId + "' sets its minimum passing score " + minimum + " on " + minimum.Scale);
        }
    }

    /// <summary>The error for an exam attempt scored on another scale than a minimum it must meet: it names the learner's attempt.</summary>
    internal static InvalidLearnerDataException WrongScale(ExamAttempt attempt, LearnerRecord learner, string minimum)
    {
        var index = -1;
        for (var i = 0; i < learner.ExamAttempts.Count && index < 0; i++)
        {
            index = ReferenceEquals(learner.ExamAttempts[i], attempt) ? i : -1;
        }

        var score = attempt.Score!.Value;
        return new InvalidLearnerDataException(
            (index < 0 ? "ExamAttempts[?]" : "ExamAttempts[" + Texts.Format(index) + "]") + ".Score",
            score.ToString(),
            "learner '" + learner.LearnerId + "' has an exam attempt for course '" + attempt.CourseId + "' scored on " + score.Scale + ", but " + minimum
                + "; record the attempt's score on that scale.");
    }
    // Cold blocks of the walk, out of line: the first decision compiles only the one it takes (issue 12, cold start).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainAttempts<TSink>(ref ClaimState state, ref TSink sink, ReadOnlySpan<ExamAttempt> attempts, ReadOnlySpan<AttemptFact> facts, int course)
        where TSink : struct, IReasonSink
    {
        // The attempts at this course dated by the as-of date, in order of their start (the compact record holds them so).
        for (var i = 0; i < facts.Length; i++)
        {
            if (facts[i].Course == course && state.AttemptDatedByAsOf(in facts[i], out var date))
            {
                sink.Attempt(attempts[i], date);
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseIntegrityViolation<TSink>(ref ClaimState state, ref TSink sink, LocalDate date)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, ExamIntegrityViolation, Id, date, static d => [("AttemptDate", Texts.Format(d))]);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseInvalidatedAdministrative<TSink>(ref ClaimState state, ref TSink sink, LocalDate date, IdCheckResult idCheck)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, ExamInvalidatedAdministrative, Id, (date, IdCheck: idCheck), static a => [("AttemptDate", Texts.Format(a.date)), ("Detail", a.IdCheck == IdCheckResult.Failed ? "ID check failed" : "administrative invalidation")]);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseRetakeTooSoon<TSink>(ref ClaimState state, ref TSink sink, LocalDate date, LocalDate earliest, Period wait, LocalDate previousDate)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, ExamRetakeTooSoon, Id, (date, earliest, wait, previousDate), static a => [("AttemptDate", Texts.Format(a.date)), ("EarliestRetake", Texts.Format(a.earliest)), ("Wait", a.wait.ToString()), ("PreviousDate", Texts.Format(a.previousDate))]);
        if (sink.Explains)
        {
            sink.Branch(RetakeTooSoon);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseScoreBelowPassingScore<TSink>(ref ClaimState state, ref TSink sink, LocalDate date, ExamAttempt attempt, RecommendationVersion version)
        where TSink : struct, IReasonSink
    {
        var score = attempt.Score!.Value;
        var min = version.MinimumPassingScore!.Value;
        var versionNumber = version.Number;
        state.Raise(ref sink, ExamScoreBelowPassingScore, Id, (date, score, min, versionNumber), static a => [("AttemptDate", Texts.Format(a.date)), ("Score", a.score.ToString()), ("PassingScore", a.min.ToString()), ("Version", Texts.Format(a.versionNumber))]);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainPassed<TSink>(ref ClaimState state, ref TSink sink, ExamAttempt attempt, LocalDate date, Score score, int counted)
        where TSink : struct, IReasonSink
    {
        // The zone the qualifying date was read in, and whether the candidate's own calendar says another day.
        sink.Branch(state.Route.ZoneSource switch
        {
            QualifyingDateZone.Evaluator => ZoneEvaluator,
            QualifyingDateZone.Candidate => ZoneCandidate,
            _ => ZoneInstitution,
        });
        if (attempt.DateIn(attempt.CandidateZone) != date)
        {
            sink.Branch(ZoneDateDiffers);
        }

        sink.Trace(Id, RuleOutcome.Passed, (date, score, counted), static a => "passed on " + Texts.Format(a.date) + " with " + a.score + " (attempt " + Texts.Format(a.counted) + ")");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaisePending<TSink>(ref ClaimState state, ref TSink sink, LocalDate pendingDate, ExamAttempt pending)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, ExamResultPending, Id, (pendingDate, pending), static a => [("AttemptDate", Texts.Format(a.pendingDate)), ("Awaiting", Awaiting(a.pending))]);
        if (sink.Explains)
        {
            ExplainPending(ref sink, pendingDate, pending);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseAttemptsExhausted<TSink>(ref ClaimState state, ref TSink sink, int maxAttempts)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, ExamAttemptsExhausted, Id, maxAttempts, static m => [("MaxAttempts", Texts.Format(m))]);
        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Failed, "attempts exhausted");
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseRetakeRequired<TSink>(ref ClaimState state, ref TSink sink, int invalidated)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, ExamRetakeRequired, Id, invalidated, static n => [("Invalidated", Texts.Format(n))]);
        if (sink.Explains)
        {
            ExplainRetakeRequired(ref state, ref sink);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseNotTaken<TSink>(ref ClaimState state, ref TSink sink, LocalDate? earliestRetake)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, ExamNotTaken, Id, state.Course.Id, static id => [("CourseId", id)]);
        if (sink.Explains)
        {
            ExplainNotTaken(ref state, ref sink, earliestRetake);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseFailed<TSink>(ref ClaimState state, ref TSink sink, ReadOnlySpan<ExamAttempt> attempts, int bestAttempt, int thresholdVersion, int counted, LocalDate? earliestRetake, RetakePolicy? retakes)
        where TSink : struct, IReasonSink
    {
        var best = bestAttempt < 0 ? null : attempts[bestAttempt].Score;
        var threshold = thresholdVersion < 0 ? null : state.Route.Versions[thresholdVersion].Version.MinimumPassingScore;
        state.Raise(ref sink, ExamFailed, Id, (best, threshold, counted), static a => [new ReasonArg("BestScore", a.best?.ToString() ?? "(none)", a.best), new ReasonArg("PassingScore", a.threshold?.ToString() ?? "set by the exam provider", a.threshold), ("AttemptsUsed", Texts.Format(a.counted))]);
        if (sink.Explains)
        {
            ExplainFailed(ref state, ref sink, counted, earliestRetake, retakes);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainPending<TSink>(ref TSink sink, LocalDate pendingDate, ExamAttempt pending)
        where TSink : struct, IReasonSink
    {
        sink.Step(NextStep.Deferred(NextStepCode.AwaitExamReview, DeferredValue<string>.Of((pendingDate, pending), static a => "Wait for the exam taken on " + Texts.Format(a.pendingDate) + ": it is awaiting " + Awaiting(a.pending) + ".")));
        sink.Trace(Id, RuleOutcome.Failed, pending, static p => "pending: " + Awaiting(p));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainRetakeRequired<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        StepPassExam(ref state, ref sink, retake: true, earliestDate: null);
        sink.Trace(Id, RuleOutcome.Failed, "every attempt was invalidated for administrative reasons");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainNotTaken<TSink>(ref ClaimState state, ref TSink sink, LocalDate? earliestRetake)
        where TSink : struct, IReasonSink
    {
        StepPassExam(ref state, ref sink, retake: false, earliestDate: earliestRetake);
        sink.Trace(Id, RuleOutcome.Failed, "no counted attempt");
    }

    /// <summary>
    /// The step to pass the course's proctored exam, for the first time (<see cref="NextStepCode.TakeProctoredExam"/>) or
    /// after every attempt was invalidated (<see cref="NextStepCode.RetakeProctoredExam"/>): due by the last day the route's
    /// current recommendation version is valid, costing the proctored exam fee on record (explained path only).
    /// </summary>
    private static void StepPassExam<TSink>(ref ClaimState state, ref TSink sink, bool retake, LocalDate? earliestDate)
        where TSink : struct, IReasonSink
    {
        var deadline = state.RouteDeadline;
        sink.Step(NextStep.Deferred(
            retake ? NextStepCode.RetakeProctoredExam : NextStepCode.TakeProctoredExam,
            DeferredValue<string>.Of((state.Course.Title, deadline, retake), static a => PassExamAction(a.retake, a.Title, a.deadline)),
            earliestDate: earliestDate,
            deadline: deadline,
            cost: state.FeeAmount(FeeKind.ProctoredExam)));
    }

    /// <summary>
    /// The action of the step to pass the course's proctored exam (<see cref="StepPassExam"/>): "Pass the proctored exam
    /// for {title} by {deadline}, the last day the recommendation version is valid.", or "Retake the proctored exam for
    /// {title} and pass it by {deadline}, …"; without a deadline the sentence ends after the title.
    /// </summary>
    private static string PassExamAction(bool retake, string title, LocalDate? deadline) =>
        (retake ? "Retake" : "Pass") + " the proctored exam for " + title
        + (deadline is { } d ? (retake ? " and pass it" : string.Empty) + " by " + Texts.Format(d) + ", the last day the recommendation version is valid." : ".");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainFailed<TSink>(ref ClaimState state, ref TSink sink, int counted, LocalDate? earliestRetake, RetakePolicy? retakes)
        where TSink : struct, IReasonSink
    {
        var deadline = state.RouteDeadline;
        sink.Step(NextStep.Deferred(
            NextStepCode.RetakeProctoredExam,
            DeferredValue<string>.Of((earliestRetake, deadline, left: retakes?.MaxAttempts - counted), static a => "Retake the proctored exam" + (a.earliestRetake is { } er ? " on or after " + Texts.Format(er) : string.Empty)
                + (a.deadline is { } dl ? " and pass it by " + Texts.Format(dl) : string.Empty)
                + (a.left is { } m ? " (" + Texts.Format(m) + " attempt(s) left)." : ".")),
            earliestDate: earliestRetake,
            deadline: deadline,
            cost: state.FeeAmount(FeeKind.ProctoredExam)));
        sink.Trace(Id, RuleOutcome.Failed, counted, static n => Texts.Format(n) + " attempt(s) without a pass");
    }
}
