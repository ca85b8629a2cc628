using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// The qualifying score meets the institution's minimum and every restricting program override's minimum.
/// These can only raise the evaluator's minimum, which the exam rule already applied.
/// </summary>
internal sealed class MinimumScoreRule : IRule
{
    public string Id => "institution.minimum-score";

    public void Apply(EvaluationContext context)
    {
        var policy = context.Policy;
        var minima = new List<(Score Minimum, string Source, string RuleId)>();
        if (policy?.MinimumScore is { } institutionMinimum)
        {
            minima.Add((institutionMinimum, "institution", Id));
        }

        foreach (var restriction in context.Restrictions)
        {
            if (restriction.MinimumScore is { } programMinimum)
            {
                minima.Add((programMinimum, "program", "program.override:" + restriction.Id));
            }
        }

        if (minima.Count == 0)
        {
            context.Record(Id, RuleOutcome.NotApplicable, "no institution or program minimum");
            return;
        }

        if (context.QualifyingAttempt?.Score is not { } score)
        {
            context.Record(Id, RuleOutcome.Skipped, "no qualifying score yet");
            return;
        }

        // The highest applicable minimum decides; report it once.
        (Score Minimum, string Source, string RuleId)? binding = null;
        foreach (var entry in minima)
        {
            if (!score.IsComparableTo(entry.Minimum))
            {
                throw new InvalidPolicyException(
                    "Institution '" + context.Institution.Id + "', " + entry.Source + " minimum score (" + entry.RuleId + ")",
                    entry.Minimum.ToString(),
                    "the exam was scored on " + score.Scale + "; a minimum must use the exam's scale.");
            }

            if (binding is null || entry.Minimum > binding.Value.Minimum)
            {
                binding = entry;
            }
        }

        var (minimum, source, ruleId) = binding!.Value;
        if (score < minimum)
        {
            context.Add(
                ReasonCode.ScoreBelowMinimum,
                ruleId,
                ("Score", EvaluationContext.Format(score.Value)),
                ("Shortfall", EvaluationContext.Format(minimum.Value - score.Value) + " point(s)"),
                ("Source", source),
                ("Minimum", EvaluationContext.Format(minimum.Value)));
            context.Record(Id, RuleOutcome.Failed, score + " < " + minimum);
            return;
        }

        context.Record(Id, RuleOutcome.Passed, score + " >= " + minimum + " (" + source + ")");
    }
}
