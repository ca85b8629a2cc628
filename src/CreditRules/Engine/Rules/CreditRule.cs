using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// Converts the accepted lines to the institution's unit (exactly: 1 QH = 2/3 SH), applies the policy's rounding to the
/// course total, then any program limit per course.
/// </summary>
internal sealed class CreditRule : IRule
{
    public string Id => "credits.conversion";

    public void Apply(EvaluationContext context)
    {
        var unit = context.Institution.CreditUnit;
        var rounding = context.Policy?.Rounding ?? RoundingPolicy.Exact;
        var version = context.Version;
        context.CreditsRecommended = CreditAmount.Zero(unit);
        context.CreditsGranted = CreditAmount.Zero(unit);
        if (version is null)
        {
            context.Record(Id, RuleOutcome.Skipped, "no version");
            return;
        }

        var recommended = CreditAmount.Zero(unit);
        foreach (var line in version.Lines)
        {
            recommended = recommended.Plus(line.Credits.ConvertTo(unit));
        }

        context.CreditsRecommended = recommended;
        var exact = CreditAmount.Zero(unit);
        foreach (var (line, _) in context.AcceptedLines)
        {
            exact = exact.Plus(line.Credits.ConvertTo(unit));
        }

        var outcome = RuleOutcome.Passed;
        var sourceUnits = version.Lines.Select(l => l.Credits.Unit).Distinct().ToArray();
        if (sourceUnits.Any(u => u != unit) && !exact.IsZero)
        {
            var original = string.Join(" + ", context.AcceptedLines.Select(l => l.Line.Credits.ToString()));
            context.Add(ReasonCode.CreditsConverted, Id, ("Recommended", original), ("Converted", exact.ToString()));
        }

        var granted = exact.ConvertTo(unit, rounding);
        if (granted != exact)
        {
            context.Add(ReasonCode.CreditsRounded, granted < exact ? ReasonSeverity.Limiting : ReasonSeverity.Informational, Id, ("Exact", exact.ToString()), ("Rounded", granted.ToString()), ("Rounding", rounding.ToString()));
            outcome = RuleOutcome.Limited;
        }

        foreach (var restriction in context.Restrictions)
        {
            if (restriction.MaxCreditsPerCourse is { } limit)
            {
                var converted = limit.ConvertTo(unit);
                if (granted > converted)
                {
                    granted = converted;
                    context.Add(ReasonCode.ProgramLimitsCredit, "program.override:" + restriction.Id, ("ProgramId", context.Program.Id), ("Limit", converted.ToString()), ("Description", restriction.Description));
                    outcome = RuleOutcome.Limited;
                }
            }
        }

        context.CreditsGranted = granted;
        // Only credit that will actually be granted is worth the residency note.
        if (!granted.IsZero && !context.IsBlocked && !context.Reasons.Any(r => r.Severity == ReasonSeverity.Outstanding))
        {
            context.Add(ReasonCode.NotResidenceCredit, Id);
        }

        context.Record(Id, outcome, recommended + " recommended; " + granted + " grantable under " + rounding);
    }
}
