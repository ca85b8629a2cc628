using System.CommandLine;
using System.Text.Json;
using CreditRules.Cli.Output;
using CreditRules.Domain;
using Spectre.Console;

namespace CreditRules.Cli.Commands;

/// <summary><c>creditrules diff</c>: the reason-level diff between a learner's record decision and a what-if.</summary>
internal static class DiffCommand
{
    public static Command Create(IAnsiConsole console, TextWriter stdout)
    {
        var scenario = new RecordScenario();
        var command = new Command("diff", "Compare a learner's record decision with a what-if (another program, institution, as-of date or hypothetical facts): outcome and credit changes per course and in total, reasons that appeared or disappeared, and the input change that caused each.");
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
                var diff = evaluator.Diff(baseline, whatIf);
                if (parse.GetValue(scenario.Json))
                {
                    stdout.WriteLine(JsonSerializer.Serialize(DiffJson.From(diff), CliJsonContext.Default.DiffJson));
                    return 0;
                }

                RecordRenderer.Render(console, diff);
            }
            catch (ArgumentException e) when (e is UnknownReferenceException or InvalidPolicyException)
            {
                console.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
                return 2;
            }

            return 0;
        });
        return command;
    }
}
