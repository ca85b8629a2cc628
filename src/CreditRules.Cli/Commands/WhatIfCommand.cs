using System.CommandLine;
using System.Text.Json;
using CreditRules.Cli.Output;
using CreditRules.Domain;
using Spectre.Console;

namespace CreditRules.Cli.Commands;

/// <summary><c>creditrules whatif</c>: decides a learner's whole record on record and under a what-if, with the smallest changes.</summary>
internal static class WhatIfCommand
{
    public static Command Create(IAnsiConsole console, TextWriter stdout)
    {
        var scenario = new RecordScenario();
        var command = new Command("whatif", "Decide a learner's whole record (several courses, prior credit, caps, duplicates, residency, posting fee) on record and under a what-if: another program, institution or as-of date, or hypothetical facts. Shows the smallest change that flips each course.");
        scenario.AddTo(command);
        command.SetAction(parse =>
        {
            var built = scenario.TryBuild(parse, console, stdout, out var evaluator, out var baseline, out var whatIf);
            if (built != 0 || evaluator is null)
            {
                return built;
            }

            try
            {
                var onRecord = evaluator.Evaluate(baseline);
                var hypothetical = evaluator.Evaluate(whatIf);
                if (parse.GetValue(scenario.Json))
                {
                    stdout.WriteLine(JsonSerializer.Serialize(new WhatIfJson(RecordJson.From(onRecord, "On record"), RecordJson.From(hypothetical, "What-if")), CliJsonContext.Default.WhatIfJson));
                    return 0;
                }

                RecordRenderer.Render(console, onRecord, "On record");
                RecordRenderer.Render(console, hypothetical, "What-if");
            }
            catch (ArgumentException e) when (e is UnknownReferenceException or InvalidPolicyException)
            {
                console.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
                return 2;
            }

            console.MarkupLine("[grey]Sample data is illustrative: credit amounts, dates, scores and fees are invented.[/]");
            return 0;
        });
        return command;
    }
}
