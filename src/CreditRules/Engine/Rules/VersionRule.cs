using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// The qualifying date lies within a version of the recommendation (both ends included). Without a qualifying date yet,
/// the version in effect on the as-of date (or the next one) is used for the deadline; when none remains, the route can
/// no longer be completed.
/// </summary>
internal sealed class VersionRule : IRule
{
    public string Id => "recommendation.version";

    public void Apply(EvaluationContext context)
    {
        var recommendation = context.Recommendation;
        if (recommendation is null)
        {
            context.Record(Id, RuleOutcome.Skipped, "no recommendation");
            return;
        }

        if (context.QualifyingDate is { } date)
        {
            var version = recommendation.GetVersionOrNull(date);
            if (version is not null)
            {
                context.Version = version;
                context.Record(Id, RuleOutcome.Passed, "version " + EvaluationContext.Format(version.Number) + " (" + version.Validity + ") covers " + EvaluationContext.Format(date));
                return;
            }

            var before = recommendation.Versions.LastOrDefault(v => v.Validity.End < date);
            var after = recommendation.Versions.FirstOrDefault(v => v.Validity.Start > date);
            var detail = (before, after) switch
            {
                (null, { } next) => "the first version starts on " + EvaluationContext.Format(next.Validity.Start),
                ({ } last, null) => "the last version ended on " + EvaluationContext.Format(last.Validity.End),
                ({ } last, { } next) => "it falls in the gap between version " + EvaluationContext.Format(last.Number) + " (ended " + EvaluationContext.Format(last.Validity.End) + ") and version " + EvaluationContext.Format(next.Number) + " (starts " + EvaluationContext.Format(next.Validity.Start) + ")",
                _ => "no version exists",
            };
            context.Add(ReasonCode.RecommendationNotInEffect, Id, ("ExhibitId", recommendation.ExhibitId), ("QualifyingDate", EvaluationContext.Format(date)), ("Detail", detail));
            context.Record(Id, RuleOutcome.Failed, detail);
            return;
        }

        var current = recommendation.Versions.FirstOrDefault(v => v.Validity.End >= context.AsOf);
        if (current is null)
        {
            var last = recommendation.Versions[^1];
            context.Add(ReasonCode.RecommendationExpired, Id, ("ExhibitId", recommendation.ExhibitId), ("AsOf", EvaluationContext.Format(context.AsOf)), ("EndDate", EvaluationContext.Format(last.Validity.End)));
            context.Record(Id, RuleOutcome.Failed, "no version in effect on or after the as-of date");
            return;
        }

        context.Version = current;
        context.Record(Id, RuleOutcome.Skipped, "no qualifying date yet; version " + EvaluationContext.Format(current.Number) + " valid until " + EvaluationContext.Format(current.Validity.End));
    }
}
