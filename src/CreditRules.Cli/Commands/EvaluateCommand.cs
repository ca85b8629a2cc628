using System.CommandLine;
using System.Text.Json;
using CreditRules.Cli.Output;
using CreditRules.Cli.Samples;
using CreditRules.Engine;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace CreditRules.Cli.Commands;

/// <summary><c>creditrules evaluate</c>: decides the bundled sample claims and prints every decision.</summary>
internal static class EvaluateCommand
{
    public static Command Create(IAnsiConsole console, TextWriter stdout)
    {
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The date to decide as of (ISO yyyy-MM-dd). Facts dated later are ignored. Default: " + LocalDatePattern.Iso.Format(BundledSamples.AsOf) + ", the date the samples are written for.",
        };
        var json = new Option<bool>("--json") { Description = "Print machine-readable decisions (JSON) instead of tables." };
        var command = new Command("evaluate", "Decide every bundled sample learner's claim and explain each decision: outcome, credits, reasons and next steps.")
        {
            asOf,
            json,
        };
        command.SetAction(parse =>
        {
            LocalDate date = BundledSamples.AsOf;
            if (parse.GetValue(asOf) is { } text)
            {
                var parsed = LocalDatePattern.Iso.Parse(text);
                if (!parsed.Success)
                {
                    console.MarkupLine($"[red]--as-of: '{Markup.Escape(text)}' is not a valid ISO date (yyyy-MM-dd): {Markup.Escape(parsed.Exception.Message)}[/]");
                    return 2;
                }

                date = parsed.Value;
            }

            var evaluator = new EligibilityEvaluator(BundledSamples.Catalog, BundledSamples.Policies);
            var decisions = BundledSamples.Claims
                .Select(c => (Claim: c, Decision: evaluator.Evaluate(new EvaluationRequest(c.Learner, c.CourseId, c.InstitutionId, c.ProgramId, date))))
                .ToArray();
            if (parse.GetValue(json))
            {
                stdout.WriteLine(JsonSerializer.Serialize<IReadOnlyList<DecisionJson>>(decisions.Select(d => DecisionJson.From(d.Decision)).ToArray(), CliJsonContext.Default.IReadOnlyListDecisionJson));
                return 0;
            }

            foreach (var (claim, decision) in decisions)
            {
                DecisionRenderer.Render(console, decision, claim.Story);
            }

            var summary = new Table().Border(TableBorder.Simple).AddColumn("Outcome").AddColumn(new TableColumn("Decisions").RightAligned());
            foreach (var group in decisions.GroupBy(d => d.Decision.Outcome).OrderBy(g => g.Key))
            {
                summary.AddRow(group.Key.ToString(), group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            console.Write(summary);
            console.MarkupLine("[grey]Sample data is illustrative: the 2013 courses' credit amounts, dates, scores and fees are not public.[/]");
            return 0;
        });
        return command;
    }
}
