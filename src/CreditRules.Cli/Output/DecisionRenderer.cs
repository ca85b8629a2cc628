using CreditRules.Engine;
using NodaTime.Text;
using Spectre.Console;

namespace CreditRules.Cli.Output;

/// <summary>Renders decisions for a person to read.</summary>
internal static class DecisionRenderer
{
    public static void Render(IAnsiConsole console, Decision decision, string? story)
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
        var qualifying = decision.QualifyingDate is { } q
            ? LocalDatePattern.Iso.Format(q) + " in " + decision.QualifyingZone.Id + " (" + decision.QualifyingZoneSource + " zone)"
            : "not yet";
        var known = decision.AsKnownOn is { } k ? " as known on " + LocalDatePattern.Iso.Format(k) : string.Empty;
        console.MarkupLine($"as of {LocalDatePattern.Iso.Format(decision.AsOf)}{known} · policy {Markup.Escape(decision.PolicyVersion ?? "(none)")} · exhibit {Markup.Escape(decision.ExhibitId ?? "(none)")} v{decision.RecommendationVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} · qualifying date {Markup.Escape(qualifying)}");

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
                var when = (step.EarliestDate is { } e ? " from " + LocalDatePattern.Iso.Format(e) : string.Empty)
                    + (step.Deadline is { } d ? " by " + LocalDatePattern.Iso.Format(d) : string.Empty);
                var cost = step.Cost is { } c ? " · costs " + c : string.Empty;
                console.MarkupLine($"  • {Markup.Escape(step.Action)}[grey]{Markup.Escape(when + cost)} ({Markup.Escape(step.Code.Value)})[/]");
            }
        }

        console.WriteLine();
    }
}
