using CreditRules.Domain;
using CreditRules.Engine;
using NodaTime.Text;
using Spectre.Console;

namespace CreditRules.Cli.Output;

/// <summary>Renders decisions for a person to read.</summary>
internal static class DecisionRenderer
{
    public static void Render(IAnsiConsole console, Decision decision, string? story, CourseAward? award = null)
    {
        var color = decision.Outcome switch
        {
            DecisionOutcome.Eligible => "green",
            DecisionOutcome.NotEligible => "red",
            _ => "yellow",
        };
        console.Write(new Rule($"[bold]{Markup.Escape(decision.LearnerId)}[/] · {Markup.Escape(decision.CourseId)} → {Markup.Escape(decision.InstitutionId)}/{Markup.Escape(decision.ProgramId)}").LeftJustified());
        if (story is not null)
        {
            console.MarkupLine($"[grey]{Markup.Escape(story)}[/]");
        }

        console.MarkupLine($"[bold {color}]{decision.Outcome}[/]  granted [bold]{Markup.Escape(decision.CreditsGranted.ToString())}[/] of {Markup.Escape(decision.CreditsRecommended.ToString())} recommended (rounding {Markup.Escape(decision.Rounding.ToString())})");
        if (NoCreditNote(decision.Outcome, decision.CreditsGranted, award?.AllReasons ?? decision.Reasons) is { } note)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(note)}[/]");
        }

        var qualifying = decision.QualifyingDate is { } q
            ? LocalDatePattern.Iso.Format(q) + " in " + decision.QualifyingZone.Id + " (" + decision.QualifyingZoneSource + " zone)"
            : "not yet";
        var known = decision.AsKnownOn is { } k ? " as known on " + LocalDatePattern.Iso.Format(k) : string.Empty;
        console.MarkupLine($"as of {LocalDatePattern.Iso.Format(decision.AsOf)}{known} · policy {Markup.Escape(decision.PolicyVersion ?? "(none)")} · exhibit {Markup.Escape(decision.ExhibitId ?? "(none)")} v{decision.RecommendationVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} · qualifying date {Markup.Escape(qualifying)}");

        if (decision.PolicySelection != default)
        {
            console.MarkupLine($"policy selected: {Markup.Escape(decision.PolicySelection.ToString())}");
        }

        Settings(console, decision, award);

        if (decision.Reasons.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Severity").AddColumn("Code").AddColumn("Rule").AddColumn("Reason");
            foreach (var reason in decision.Reasons)
            {
                var severityColor = reason.Severity switch
                {
                    ReasonSeverity.Blocking => "red",
                    ReasonSeverity.Outstanding => "yellow",
                    ReasonSeverity.Limiting => "blue",
                    _ => "grey",
                };
                table.AddRow($"[{severityColor}]{reason.Severity}[/]", Markup.Escape(reason.Code.Value), Markup.Escape(reason.RuleId), Markup.Escape(reason.Message));
            }

            console.Write(table);
        }

        if (decision.NextSteps.Count > 0)
        {
            console.MarkupLine("[bold]Next steps[/]");
            foreach (var step in decision.NextSteps)
            {
                // The action is a sentence that ends with its own full stop; when, cost and code follow it as one grey note.
                var parts = new List<string>(4);
                if (step.EarliestDate is { } e)
                {
                    parts.Add("from " + LocalDatePattern.Iso.Format(e));
                }

                if (step.Deadline is { } d)
                {
                    parts.Add("by " + LocalDatePattern.Iso.Format(d));
                }

                if (step.Cost is { } c)
                {
                    parts.Add("costs " + c);
                }

                parts.Add(step.Code.Value);
                console.MarkupLine($"  • {Markup.Escape(step.Action)} [grey]({Markup.Escape(string.Join(" · ", parts))})[/]");
            }
        }

        console.WriteLine();
    }

    /// <summary>The settings the rules applied, each with the scope that supplied it, and the requirement area the credit lands in.</summary>
    private static void Settings(IAnsiConsole console, Decision decision, CourseAward? award)
    {
        if (decision.Settings.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Setting").AddColumn("Value").AddColumn("Scope");
            foreach (var setting in decision.Settings)
            {
                table.AddRow(Markup.Escape(setting.Setting.ToString()), Markup.Escape(SettingValue(setting)), Markup.Escape(Scope(setting)));
            }

            console.Write(table);
        }

        if (award is not null)
        {
            var area = award.AreaId is { } id
                ? id + (award.AreaScopeText is { } scope ? " (area setting from " + scope + ")" : " (no area setting: only its size bounds it)")
                : "(none: the program lists no requirement area for this course)";
            console.MarkupLine($"area: {Markup.Escape(area)}");
        }
    }

    /// <summary>The scope that supplied a setting, with its id: institution policy, program settings or a program override (<see cref="SettingSource.ScopeText"/>).</summary>
    public static string Scope(SettingSource setting) => setting.ScopeText;

    /// <summary>
    /// Says so when an eligible outcome grants no credit: by the outcome precedence (<see cref="DecisionOutcome"/>) only a Blocking
    /// reason refuses, so a Limiting one (a cap reached, rounding) can reduce the credit to zero and the outcome stays
    /// Eligible. Names the Limiting reasons that did it; null for any other outcome or credit.
    /// </summary>
    public static string? NoCreditNote(DecisionOutcome outcome, CreditAmount granted, IEnumerable<Reason> reasons)
    {
        if (outcome != DecisionOutcome.Eligible || !granted.IsZero)
        {
            return null;
        }

        var limiting = reasons.Where(r => r.Severity == ReasonSeverity.Limiting).Select(r => r.Code.Value).Distinct().ToArray();
        return "Eligible with no credit granted: " + (limiting.Length == 0 ? "nothing is left to grant" : "limited to zero by " + string.Join(", ", limiting))
            + " (a Limiting reason reduces credit, it never refuses).";
    }

    /// <summary>The value as the JSON form writes it (invariant text).</summary>
    public static string SettingValue(SettingSource setting) => CreditRules.Documents.SettingJson.From(setting).Value;
}
