using System.CommandLine;
using CreditRules.Cli.Output;
using CreditRules.Domain;
using Spectre.Console;

namespace CreditRules.Cli.Commands;

/// <summary><c>creditrules diff</c>: the reason-level diff between a sample learner's record decision and a what-if.</summary>
internal static class DiffCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var scenario = new RecordScenario();
        var command = new Command("diff", "Compare a sample learner's record decision with a what-if (another program, institution, as-of date or hypothetical facts): outcome and credit changes per course and in total, reasons that appeared or disappeared, and the input change that caused each.");
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
                RecordRenderer.Render(console, evaluator.Diff(baseline, whatIf));
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
