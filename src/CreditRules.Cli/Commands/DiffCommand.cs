using System.CommandLine;
using System.Text.Json;
using CreditRules.Cli.Output;
using CreditRules.Documents;
using Spectre.Console;

namespace CreditRules.Cli.Commands;

/// <summary><c>creditrules diff</c>: the reason-level diff between a learner's record decision and a what-if.</summary>
internal static class DiffCommand
{
    public static Command Create(IAnsiConsole console, TextWriter stdout, TextWriter stderr) => RecordScenario.CreateCommand(
        "diff",
        "Compare a learner's record decision with a what-if (another program, institution, as-of date or hypothetical facts): outcome and credit changes per course and in total, reasons that appeared or disappeared, and the input change that caused each.",
        console,
        stdout,
        stderr,
        (evaluator, baseline, whatIf, json) =>
        {
            var diff = evaluator.Diff(baseline, whatIf);
            if (json)
            {
                stdout.WriteLine(JsonSerializer.Serialize(DecisionDiffJson.From(diff), CliJsonContext.Default.DecisionDiffJson));
                return 0;
            }

            RecordRenderer.Render(console, diff);
            return 0;
        });
}
