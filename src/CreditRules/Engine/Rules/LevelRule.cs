using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// Each line of the version is granted at the highest of its alternative levels that the institution (and any restricting
/// program override) accepts; a line with no accepted level is not granted, and a version with none is refused.
/// </summary>
internal sealed class LevelRule : IRule
{
    public string Id => "institution.level";

    public void Apply(EvaluationContext context)
    {
        var version = context.Version;
        if (version is null || context.Policy is null)
        {
            context.Record(Id, RuleOutcome.Skipped, "no version");
            return;
        }

        var accepted = context.Policy.AcceptedLevels.ToHashSet();
        var restrictedBy = context.Restrictions.Where(r => r.AcceptedLevels is not null).ToArray();
        foreach (var restriction in restrictedBy)
        {
            accepted.IntersectWith(restriction.AcceptedLevels!);
        }

        var acceptedText = accepted.Count == 0 ? "(none)" : string.Join(", ", accepted.Order());
        var outcome = RuleOutcome.Passed;
        var refused = new List<RecommendationLine>();
        foreach (var line in version.Lines)
        {
            CreditLevel? best = null;
            foreach (var level in line.Levels)
            {
                if (accepted.Contains(level) && (best is null || level > best))
                {
                    best = level;
                }
            }

            if (best is { } chosen)
            {
                context.AcceptedLines.Add((line, chosen));
                if (line.Levels.Count > 1 && chosen != line.Levels[0])
                {
                    context.Add(ReasonCode.AlternativeLevelUsed, Id, ("Line", line.ToString()), ("Level", chosen.ToString()));
                }
            }
            else
            {
                refused.Add(line);
            }
        }

        if (context.AcceptedLines.Count == 0)
        {
            var levels = string.Join(", ", version.Lines.SelectMany(l => l.Levels).Distinct().Order());
            var ruleId = restrictedBy.Length > 0 ? "program.override:" + restrictedBy[0].Id : Id;
            context.Add(ReasonCode.LevelNotAccepted, ruleId, ("Levels", levels), ("Version", EvaluationContext.Format(version.Number)), ("Accepted", acceptedText));
            context.Record(Id, RuleOutcome.Failed, "no level accepted");
            return;
        }

        // Refused lines limit the award only when another line is granted; when none is, LevelNotAccepted says it all.
        foreach (var line in refused)
        {
            context.Add(ReasonCode.LineNotAccepted, Id, ("Line", line.ToString()), ("Accepted", acceptedText));
            outcome = RuleOutcome.Limited;
        }

        context.Record(Id, outcome, string.Join("; ", context.AcceptedLines.Select(l => l.Line.Credits + " at " + l.Level)));
    }
}
