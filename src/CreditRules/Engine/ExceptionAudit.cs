using CreditRules.Domain;
using CreditRules.Internal;

namespace CreditRules.Engine;

/// <summary>Audits a learner's exceptions: which ones no longer change any decision, claim-level or record-level (for <c>creditrules lint</c>).</summary>
/// <remarks>Thread-safe: it only evaluates.</remarks>
public static class ExceptionAudit
{
    /// <summary>
    /// Finds the learner's claim-level exceptions (waive rule, extend deadline, force accept) that change nothing: for every
    /// request in the exception's scope and in effect, deciding without the exception gives the same outcome, credits and
    /// reasons (codes and severities); an exception no request is in scope of changes nothing either.
    /// </summary>
    /// <param name="evaluator">The evaluator.</param>
    /// <param name="learner">The learner.</param>
    /// <param name="requests">The learner's claims to decide (each request's learner is replaced by <paramref name="learner"/>).</param>
    /// <returns>The exceptions that change nothing, in the learner's order. Cap adjustments (record-level) are judged by <see cref="FindIneffectiveCapAdjustments"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<ExceptionGrant> FindIneffective(EligibilityEvaluator evaluator, LearnerRecord learner, IEnumerable<EvaluationRequest> requests)
    {
        Preconditions.NotNull(evaluator);
        Preconditions.NotNull(learner);
        var claims = Preconditions.NotNull(requests).ToArray();
        var result = new List<ExceptionGrant>();
        foreach (var exception in learner.Exceptions.Where(e => e.Kind != ExceptionKind.AdjustCap))
        {
            var without = Without(learner, exception);
            var changes = claims
                .Where(r => exception.AppliesTo(r.CourseId, r.InstitutionId, r.ProgramId, r.AsOf))
                .Any(r => !Same(
                    evaluator.Evaluate(new EvaluationRequest(learner, r.CourseId, r.InstitutionId, r.ProgramId, r.AsOf, r.AsKnownOn)),
                    evaluator.Evaluate(new EvaluationRequest(without, r.CourseId, r.InstitutionId, r.ProgramId, r.AsOf, r.AsKnownOn))));
            if (!changes)
            {
                result.Add(exception);
            }
        }

        return result;
    }

    /// <summary>
    /// Finds the learner's cap adjustments (<see cref="ExceptionKind.AdjustCap"/>, record-level) that change nothing: for
    /// every whole-record request at an institution and program in the exception's scope, on an as-of date it is in effect,
    /// deciding without it gives the same awards (outcome, credits granted and reasons, codes and severities) and the same
    /// record-level reasons; an adjustment no request is in scope of changes nothing either.
    /// </summary>
    /// <param name="evaluator">The record evaluator.</param>
    /// <param name="learner">The learner.</param>
    /// <param name="requests">The learner's whole-record requests (each request's learner is replaced by <paramref name="learner"/>; its as-known-on date is kept).</param>
    /// <returns>The cap adjustments that change nothing, in the learner's order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<ExceptionGrant> FindIneffectiveCapAdjustments(RecordEvaluator evaluator, LearnerRecord learner, IEnumerable<RecordEvaluationRequest> requests)
    {
        Preconditions.NotNull(evaluator);
        Preconditions.NotNull(learner);
        var records = Preconditions.NotNull(requests).ToArray();
        var result = new List<ExceptionGrant>();
        foreach (var exception in learner.Exceptions.Where(e => e.Kind == ExceptionKind.AdjustCap))
        {
            var without = Without(learner, exception);
            var changes = records
                .Where(r => exception.Effective.Contains(r.AsOf)
                    && (exception.InstitutionId is null || string.Equals(exception.InstitutionId, r.InstitutionId, StringComparison.Ordinal))
                    && (exception.ProgramId is null || string.Equals(exception.ProgramId, r.ProgramId, StringComparison.Ordinal)))
                .Any(r => !Same(
                    evaluator.Evaluate(new RecordEvaluationRequest(learner, r.CourseIds, r.InstitutionId, r.ProgramId, r.AsOf, r.Hypotheses).WithAsKnownOn(r.AsKnownOn)),
                    evaluator.Evaluate(new RecordEvaluationRequest(without, r.CourseIds, r.InstitutionId, r.ProgramId, r.AsOf, r.Hypotheses).WithAsKnownOn(r.AsKnownOn))));
            if (!changes)
            {
                result.Add(exception);
            }
        }

        return result;
    }

    private static LearnerRecord Without(LearnerRecord learner, ExceptionGrant exception) => new(
        learner.LearnerId,
        learner.IsVeteran,
        learner.ProgramEnrollments,
        learner.CourseEnrollments,
        learner.Completions,
        learner.IdentityVerifications,
        learner.ExamAttempts,
        learner.Fees,
        learner.Evidence,
        learner.PriorCredits,
        learner.Emails,
        learner.Exceptions.Where(e => !ReferenceEquals(e, exception)));

    private static bool Same(RecordDecision with, RecordDecision without) =>
        with.Awards.Count == without.Awards.Count
        && with.Awards.Zip(without.Awards).All(p => p.First.Outcome == p.Second.Outcome && p.First.CreditsGranted == p.Second.CreditsGranted && SameReasons(p.First.Reasons, p.Second.Reasons))
        && SameReasons(with.Reasons, without.Reasons);

    private static bool SameReasons(IEnumerable<Reason> with, IEnumerable<Reason> without) =>
        with.Where(r => r.Code != ReasonCode.ExceptionApplied).Select(r => (r.Code, r.Severity)).SequenceEqual(without.Where(r => r.Code != ReasonCode.ExceptionApplied).Select(r => (r.Code, r.Severity)));

    private static bool Same(Decision with, Decision without) =>
        with.Outcome == without.Outcome
        && with.CreditsGranted == without.CreditsGranted
        && SameReasons(with.Reasons, without.Reasons);
}
