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

            if (!diagnostics.Any(d => d.Severity == LintSeverity.Error))
            {
                diagnostics = [.. diagnostics, .. ExceptionDiagnostics(paths)];
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

    /// <summary>
    /// When a catalog, a policy document and learner documents are linted together: each learner exception that changes no
    /// decision of the learner's claims on the document's as-of date (ExceptionChangesNothing, a warning); a cap adjustment
    /// is judged on the learner's whole records (the claims at each institution and program decided together).
    /// </summary>
    private static IEnumerable<LintDiagnostic> ExceptionDiagnostics(string[] paths)
    {
        var catalog = paths.Select(p => CatalogDocument.LoadFile(p)).FirstOrDefault(r => r.IsSuccess)?.Value;
        var policies = paths.Select(p => PolicyDocument.LoadFile(p)).FirstOrDefault(r => r.IsSuccess)?.Value;
        if (catalog is null || policies is null)
        {
            yield break;
        }

        var evaluator = new CreditRules.Engine.EligibilityEvaluator(catalog, policies);
        CreditRules.Engine.RecordEvaluator? recordEvaluator = null;
        foreach (var path in paths)
        {
            var loaded = LearnerDocument.LoadFile(path, catalog, policies);
            if (!loaded.IsSuccess)
            {
                continue;
            }

            var set = loaded.Value;
            var asOf = set.AsOf ?? SampleDocuments.FallbackAsOf;
            for (var i = 0; i < set.Learners.Count; i++)
            {
                var learner = set.Learners[i];
                if (learner.Exceptions.Count == 0)
                {
                    continue;
                }

                var claims = set.Claims.Where(c => c.LearnerId == learner.LearnerId).ToArray();
                var requests = claims.Select(c => new CreditRules.Engine.EvaluationRequest(learner, c.CourseId, c.InstitutionId, c.ProgramId, asOf));
                var records = claims.GroupBy(c => (c.InstitutionId, c.ProgramId))
                    .Select(g => new CreditRules.Engine.RecordEvaluationRequest(learner, g.Select(c => c.CourseId).Distinct(StringComparer.Ordinal), g.Key.InstitutionId, g.Key.ProgramId, asOf));
                var ineffective = CreditRules.Engine.ExceptionAudit.FindIneffective(evaluator, learner, requests)
                    .Concat(CreditRules.Engine.ExceptionAudit.FindIneffectiveCapAdjustments(recordEvaluator ??= new CreditRules.Engine.RecordEvaluator(evaluator), learner, records));
                foreach (var exception in ineffective.OrderBy(e => learner.Exceptions.ToList().IndexOf(e)))
                {
                    var index = learner.Exceptions.ToList().IndexOf(exception);
                    yield return new LintDiagnostic(
                        LintCode.ExceptionChangesNothing,
                        LintSeverity.Warning,
                        path,
                        "$.learners[" + i.ToString(CultureInfo.InvariantCulture) + "].exceptions[" + index.ToString(CultureInfo.InvariantCulture) + "]",
                        "Exception " + exception.Reference + " (" + exception.Describe() + ") of learner '" + learner.LearnerId + "' changes no decision of the learner's claims as of "
                            + NodaTime.Text.LocalDatePattern.Iso.Format(asOf) + ": deciding without it gives the same outcome, credits and reasons" + (exception.Kind == CreditRules.Domain.ExceptionKind.AdjustCap ? " of every record" : string.Empty) + "; it may be obsolete.");
                }
            }
        }
    }
}
