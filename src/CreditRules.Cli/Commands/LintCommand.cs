using System.CommandLine;
using System.Globalization;
using CreditRules.Documents;
using Spectre.Console;

namespace CreditRules.Cli.Commands;

/// <summary><c>creditrules lint &lt;files...&gt;</c>: static, time-aware checks of catalog, policy and learner documents.</summary>
internal static class LintCommand
{
    public static Command Create(IAnsiConsole console, TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "The documents to check (catalog, policies, learners; the kind is read from $schema). Default: the bundled samples.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("lint", "Check documents without evaluating anything: load errors, gaps between recommendation versions, overrides that can never apply or contradict each other, caps below the smallest award, minimum scores above their scale, levels and evaluators referenced but never accepted. Documents are read as evaluate reads them: UTF-8 only, at most 16 MiB (whatever the file), at most 100 errors each. Exits 1 when any error is found, 2 when a file cannot be read.")
        {
            files,
        };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files) is { Length: > 0 } given ? given : [SampleDocuments.Catalog, SampleDocuments.Policies, SampleDocuments.Learners];
            var problems = paths.Select(InputFile.Problem).OfType<string>().ToArray();
            foreach (var problem in problems)
            {
                stderr.WriteLine(problem);
            }

            if (problems.Length > 0)
            {
                return 2;
            }

            // The loaders' reading path: the same size limit for any file, and UTF-8 only.
            IReadOnlyList<LintDiagnostic> diagnostics;
            try
            {
                diagnostics = PolicyLinter.LintFiles(paths);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine("lint: a file cannot be read: " + InputFile.OneLine(ex.Message));
                return 2;
            }

            foreach (var diagnostic in diagnostics)
            {
                stdout.WriteLine(diagnostic.ToString());
            }

            var errors = diagnostics.Count(d => d.Severity == LintSeverity.Error);
            var warnings = diagnostics.Count - errors;
            console.MarkupLine((errors > 0 ? "[red]" : "[green]")
                + Markup.Escape(paths.Length.ToString(CultureInfo.InvariantCulture) + " document(s): " + errors.ToString(CultureInfo.InvariantCulture) + " error(s), " + warnings.ToString(CultureInfo.InvariantCulture) + " warning(s).")
                + "[/]");
            return errors > 0 ? 1 : 0;
        });
        return command;
    }
}
