using CreditRules.Domain;
using CreditRules.Internal;

namespace CreditRules.Engine;

/// <summary>Audits a learner's exceptions: which ones no longer change any decision (for <c>creditrules lint</c>).</summary>
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
    /// <returns>The exceptions that change nothing, in the learner's order. Cap adjustments (record-level) are not judged.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<ExceptionGrant> FindIneffective(EligibilityEvaluator evaluator, LearnerRecord learner, IEnumerable<EvaluationRequest> requests)
    {
        Preconditions.NotNull(evaluator);
        Preconditions.NotNull(learner);
        var claims = Preconditions.NotNull(requests).ToArray();
        var result = new List<ExceptionGrant>();
        foreach (var exception in learner.Exceptions.Where(e => e.Kind != ExceptionKind.AdjustCap))
        {
            var without = new LearnerRecord(
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

    private static bool Same(Decision with, Decision without) =>
        with.Outcome == without.Outcome
        && with.CreditsGranted == without.CreditsGranted
        && with.Reasons.Where(r => r.Code != ReasonCode.ExceptionApplied).Select(r => (r.Code, r.Severity)).SequenceEqual(without.Reasons.Where(r => r.Code != ReasonCode.ExceptionApplied).Select(r => (r.Code, r.Severity)));
}
