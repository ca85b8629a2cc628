using CreditRules.Domain;
using NodaTime;

namespace CreditRules.Engine.Rules;

/// <summary>
/// The learner passed the proctored exam: at or above the evaluator's minimum for the version in effect on the attempt's
/// date, with retakes no sooner than the policy's wait (a calendar period) and within its attempt limit. Pending results
/// are outstanding; an administrative invalidation (ID mismatch) does not count and a retake cures it; an integrity
/// violation blocks. The first passing attempt fixes the qualifying date.
/// </summary>
internal sealed class ExamRule : IRule
{
    public string Id => "learner.exam";

    public void Apply(EvaluationContext context)
    {
        var attempts = context.Learner.ExamAttempts
            .Where(a => string.Equals(a.CourseId, context.Course.Id, StringComparison.Ordinal) && context.DateOfAttempt(a) <= context.AsOf)
            .OrderBy(a => a.StartedAt)
            .ToArray();

        var retakes = context.Policy?.Retakes;
        ExamAttempt? previous = null;
        ExamAttempt? pending = null;
        Score? best = null;
        Score? threshold = null;
        var counted = 0;
        var invalidated = 0;
        var violation = false;
        var exhausted = false;

        foreach (var attempt in attempts)
        {
            var date = context.DateOfAttempt(attempt);
            if (attempt.Integrity == IntegrityReview.Invalidated && attempt.Invalidation == InvalidationKind.IntegrityViolation)
            {
                context.Add(ReasonCode.ExamIntegrityViolation, Id, ("AttemptDate", EvaluationContext.Format(date)));
                violation = true;
                continue;
            }

            if (attempt.Integrity == IntegrityReview.Invalidated || attempt.IdCheck == IdCheckResult.Failed)
            {
                var detail = attempt.IdCheck == IdCheckResult.Failed ? "ID check failed" : "administrative invalidation";
                context.Add(ReasonCode.ExamInvalidatedAdministrative, Id, ("AttemptDate", EvaluationContext.Format(date)), ("Detail", detail));
                invalidated++;
                continue;
            }

            if (previous is not null && retakes?.MinimumWait is { } wait)
            {
                var previousDate = context.DateOfAttempt(previous);
                var earliest = previousDate.Plus(wait);
                if (date < earliest)
                {
                    context.Add(
                        ReasonCode.ExamRetakeTooSoon,
                        Id,
                        ("AttemptDate", EvaluationContext.Format(date)),
                        ("EarliestRetake", EvaluationContext.Format(earliest)),
                        ("Wait", wait.ToString()),
                        ("PreviousDate", EvaluationContext.Format(previousDate)));
                    continue;
                }
            }

            if (retakes?.MaxAttempts is { } max && counted >= max)
            {
                exhausted = true;
                break;
            }

            counted++;
            if (attempt.Outcome == ExamOutcome.Pending || attempt.Integrity is IntegrityReview.Pending or IntegrityReview.Flagged)
            {
                pending = attempt;
                break;
            }

            var version = context.Recommendation?.GetVersionOrNull(date);
            var minimum = version?.MinimumPassingScore;
            var score = attempt.Score!.Value;
            if (best is null || (best.Value.IsComparableTo(score) && score > best.Value))
            {
                best = score;
            }

            if (attempt.Outcome == ExamOutcome.Passed)
            {
                if (minimum is { } min && (!score.IsComparableTo(min) || score < min))
                {
                    EnsureComparable(score, min, context);
                    threshold = min;
                    context.Add(
                        ReasonCode.ExamScoreBelowPassingScore,
                        Id,
                        ("AttemptDate", EvaluationContext.Format(date)),
                        ("Score", score.ToString()),
                        ("PassingScore", min.ToString()),
                        ("Version", EvaluationContext.Format(version!.Number)));
                }
                else
                {
                    context.QualifyingAttempt = attempt;
                    context.QualifyingDate = date;
                    context.Record(Id, RuleOutcome.Passed, "passed on " + EvaluationContext.Format(date) + " with " + score + " (attempt " + EvaluationContext.Format(counted) + ")");
                    return;
                }
            }
            else
            {
                threshold ??= minimum;
            }

            previous = attempt;
        }

        if (violation)
        {
            context.Record(Id, RuleOutcome.Failed, "integrity violation");
            return;
        }

        if (pending is not null)
        {
            var awaiting = pending.Outcome == ExamOutcome.Pending ? "its result" : pending.Integrity == IntegrityReview.Flagged ? "a decision on a proctor's flag" : "its integrity review";
            context.Add(ReasonCode.ExamResultPending, Id, ("AttemptDate", EvaluationContext.Format(context.DateOfAttempt(pending))), ("Awaiting", awaiting));
            context.Step(new NextStep(NextStepCode.AwaitExamReview, "Wait for the exam taken on " + EvaluationContext.Format(context.DateOfAttempt(pending)) + ": it is awaiting " + awaiting + "."));
            context.Record(Id, RuleOutcome.Failed, "pending: " + awaiting);
            return;
        }

        if (exhausted || (retakes?.MaxAttempts is { } limit && counted >= limit && counted > 0))
        {
            context.Add(ReasonCode.ExamAttemptsExhausted, Id, ("MaxAttempts", EvaluationContext.Format(retakes!.MaxAttempts!.Value)));
            context.Record(Id, RuleOutcome.Failed, "attempts exhausted");
            return;
        }

        var deadline = context.RouteDeadline;
        var cost = context.FeeAmount(FeeKind.ProctoredExam);
        if (counted == 0 && invalidated > 0)
        {
            context.Add(ReasonCode.ExamRetakeRequired, Id, ("Invalidated", EvaluationContext.Format(invalidated)));
            context.Step(new NextStep(
                NextStepCode.RetakeProctoredExam,
                "Retake the proctored exam for " + context.Course.Title + (deadline is { } dl0 ? " and pass it by " + EvaluationContext.Format(dl0) + ", the last day the recommendation version is valid." : "."),
                deadline: deadline,
                cost: cost));
            context.Record(Id, RuleOutcome.Failed, "every attempt was invalidated for administrative reasons");
            return;
        }

        if (counted == 0)
        {
            context.Add(ReasonCode.ExamNotTaken, Id, ("CourseId", context.Course.Id));
            context.Step(new NextStep(
                NextStepCode.TakeProctoredExam,
                "Pass the proctored exam for " + context.Course.Title + (deadline is { } d ? " by " + EvaluationContext.Format(d) + ", the last day the recommendation version is valid." : "."),
                earliestDate: EarliestRetake(context, previous, retakes),
                deadline: deadline,
                cost: cost));
            context.Record(Id, RuleOutcome.Failed, "no counted attempt");
            return;
        }

        context.Add(
            ReasonCode.ExamFailed,
            Id,
            ("BestScore", best?.ToString() ?? "(none)"),
            ("PassingScore", threshold?.ToString() ?? "set by the exam provider"),
            ("AttemptsUsed", EvaluationContext.Format(counted)));
        var earliestRetake = EarliestRetake(context, previous, retakes);
        context.Step(new NextStep(
            NextStepCode.RetakeProctoredExam,
            "Retake the proctored exam" + (earliestRetake is { } e ? " on or after " + EvaluationContext.Format(e) : string.Empty)
                + (deadline is { } dl ? " and pass it by " + EvaluationContext.Format(dl) : string.Empty)
                + (retakes?.MaxAttempts is { } m ? " (" + EvaluationContext.Format(m - counted) + " attempt(s) left)." : "."),
            earliestDate: earliestRetake,
            deadline: deadline,
            cost: cost));
        context.Record(Id, RuleOutcome.Failed, EvaluationContext.Format(counted) + " attempt(s) without a pass");
    }

    private static LocalDate? EarliestRetake(EvaluationContext context, ExamAttempt? previous, RetakePolicy? retakes)
    {
        if (previous is null || retakes?.MinimumWait is not { } wait)
        {
            return null;
        }

        var earliest = context.DateOfAttempt(previous).Plus(wait);
        return earliest > context.AsOf ? earliest : null;
    }

    private static void EnsureComparable(Score score, Score minimum, EvaluationContext context)
    {
        if (!score.IsComparableTo(minimum))
        {
            throw new InvalidPolicyException(
                "Exhibit '" + context.Recommendation?.ExhibitId + "' MinimumPassingScore",
                minimum.ToString(),
                "the exam was scored on " + score.Scale + " but the minimum uses " + minimum.Scale + "; a score can only be compared on its own scale.");
        }
    }
}
