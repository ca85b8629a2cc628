using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// Chooses the recommendation to evaluate: the course's recommendation from an evaluator the institution accepts.
/// It also fixes the zone that turns exam instants into dates (evaluator, institution or candidate).
/// </summary>
internal sealed class SourceRule : IRule
{
    public string Id => "institution.evaluator";

    public void Apply(EvaluationContext context)
    {
        var recommendations = context.Catalog.GetRecommendations(context.Course.Id);
        if (recommendations.Count == 0)
        {
            context.Add(ReasonCode.NoRecommendation, Id, ("CourseId", context.Course.Id));
            context.Record(Id, RuleOutcome.Failed, "no recommendation");
            return;
        }

        var policy = context.Policy;
        var accepted = policy is null
            ? null
            : recommendations.FirstOrDefault(r => policy.AcceptedEvaluators.Contains(r.EvaluatorId, StringComparer.Ordinal));
        var chosen = accepted ?? recommendations[0];
        context.Recommendation = chosen;
        context.Evaluator = context.Catalog.GetEvaluatorOrNull(chosen.EvaluatorId);
        if (policy is not null)
        {
            context.ZoneSource = policy.QualifyingDateZone;
            context.QualifyingZone = policy.QualifyingDateZone switch
            {
                QualifyingDateZone.Institution => context.Institution.TimeZone,
                QualifyingDateZone.Candidate => context.Institution.TimeZone, // per attempt: see EvaluationContext.DateOfAttempt
                _ => context.Evaluator!.ReferenceZone,
            };
        }

        if (policy is null)
        {
            context.Add(ReasonCode.NoPolicyInEffect, Id, ("InstitutionId", context.Institution.Id), ("SelectionDate", EvaluationContext.Format(context.SelectionDate)));
            context.Record(Id, RuleOutcome.Failed, "no policy version");
            return;
        }

        if (accepted is null)
        {
            context.Add(ReasonCode.EvaluatorNotAccepted, Id, ("Accepted", string.Join(", ", policy.AcceptedEvaluators)), ("EvaluatorId", chosen.EvaluatorId));
            context.Record(Id, RuleOutcome.Failed, chosen.EvaluatorId + " not accepted");
            return;
        }

        context.Record(Id, RuleOutcome.Passed, "exhibit " + chosen.ExhibitId + " by " + chosen.EvaluatorId + "; dates read in " + context.QualifyingZone.Id + " (" + context.ZoneSource + ")");
    }
}
