using System.CommandLine;
using System.Text.Json;
using CreditRules.Cli.Output;
using CreditRules.Documents;
using Spectre.Console;

namespace CreditRules.Cli.Commands;

/// <summary><c>creditrules whatif</c>: decides a learner's whole record on record and under a what-if, with the smallest changes.</summary>
internal static class WhatIfCommand
{
    public static Command Create(IAnsiConsole console, TextWriter stdout, TextWriter stderr) => RecordScenario.CreateCommand(
        "whatif",
        "Decide a learner's whole record (several courses, prior credit, caps, duplicates, residency, posting fee) on record and under a what-if: another program, institution or as-of date, or hypothetical facts. Shows the smallest change that flips each course.",
        console,
        stdout,
        stderr,
        (evaluator, baseline, whatIf, json) =>
        {
            var onRecord = evaluator.Evaluate(baseline);
            var hypothetical = evaluator.Evaluate(whatIf);
            if (json)
            {
                stdout.WriteLine(JsonSerializer.Serialize(new WhatIfJson(RecordDecisionJson.From(onRecord, "On record"), RecordDecisionJson.From(hypothetical, "What-if")), CliJsonContext.Default.WhatIfJson));
                return 0;
            }

            RecordRenderer.Render(console, onRecord, "On record");
            RecordRenderer.Render(console, hypothetical, "What-if");
            console.MarkupLine("[grey]Sample data is illustrative: credit amounts, dates, scores and fees are invented.[/]");
            return 0;
        });
}
