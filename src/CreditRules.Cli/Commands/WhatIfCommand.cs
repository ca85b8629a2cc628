using System.CommandLine;
using CreditRules.Cli.Output;
using CreditRules.Domain;
using Spectre.Console;

namespace CreditRules.Cli.Commands;

/// <summary><c>creditrules whatif</c>: decides a sample learner's whole record on record and under a what-if, with the smallest changes.</summary>
internal static class WhatIfCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var scenario = new RecordScenario();
        var command = new Command("whatif", "Decide a sample learner's whole record (several courses, prior credit, caps, duplicates, residency, posting fee) on record and under a what-if: another program, institution or as-of date, or hypothetical facts. Shows the smallest change that flips each course.");
        scenario.AddTo(command);
        command.SetAction(parse =>
        {
            if (!scenario.TryBuild(parse, console, out var baseline, out var whatIf))
            {
                return 2;
            }

            try
            {
                var evaluator = RecordScenario.Evaluator();
                RecordRenderer.Render(console, evaluator.Evaluate(baseline), "On record");
                RecordRenderer.Render(console, evaluator.Evaluate(whatIf), "What-if");
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
