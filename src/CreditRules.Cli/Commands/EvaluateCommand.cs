using System.CommandLine;
using System.Text.Json;
using CreditRules.Cli.Output;
using CreditRules.Documents;
using CreditRules.Engine;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace CreditRules.Cli.Commands;

/// <summary><c>creditrules evaluate</c>: loads a catalog, a policy set and learners (the bundled samples by default), decides every claim and prints each decision.</summary>
internal static class EvaluateCommand
{
    public static Command Create(IAnsiConsole console, TextWriter stdout)
    {
        var catalogOption = new Option<string>("--catalog") { Description = "The catalog document (JSON). Default: the bundled samples/catalog.json.", DefaultValueFactory = _ => SampleDocuments.Catalog };
        var policiesOption = new Option<string>("--policies") { Description = "The institution policy document (JSON). Default: the bundled samples/policies.json.", DefaultValueFactory = _ => SampleDocuments.Policies };
        var learnersOption = new Option<string>("--learners") { Description = "The learner document (JSON); each learner names the claims to decide. Default: the bundled samples/learners.json.", DefaultValueFactory = _ => SampleDocuments.Learners };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The date to decide as of (ISO yyyy-MM-dd). Facts dated later are ignored. Default: the learner document's asOf (the samples: 2014-06-30).",
        };
        var json = new Option<bool>("--json") { Description = "Print machine-readable decisions (JSON) instead of tables." };
        var command = new Command("evaluate", "Decide every claim of the learner document and explain each decision: outcome, credits, reasons and next steps.")
        {
            catalogOption,
            policiesOption,
            learnersOption,
            asOf,
            json,
        };
        command.SetAction(parse =>
        {
            LocalDate? requested = null;
            if (parse.GetValue(asOf) is { } text)
            {
                var parsed = LocalDatePattern.Iso.Parse(text);
                if (!parsed.Success)
                {
                    console.MarkupLine($"[red]--as-of: '{Markup.Escape(text)}' is not a valid ISO date (yyyy-MM-dd): {Markup.Escape(parsed.Exception.Message)}[/]");
                    return 2;
                }

                requested = parsed.Value;
            }

            // Every document loads completely or nothing is evaluated.
            var catalogFile = parse.GetValue(catalogOption)!;
            var policiesFile = parse.GetValue(policiesOption)!;
            var learnersFile = parse.GetValue(learnersOption)!;
            // Both are loaded (and reported) before stopping, so one run shows the errors of both files.
            var catalogLoaded = DocumentLoader.TryLoad(stdout, catalogFile, CatalogDocument.LoadFile, out var catalog);
            var policiesLoaded = DocumentLoader.TryLoad(stdout, policiesFile, PolicyDocument.LoadFile, out var policies);
            if (!catalogLoaded || !policiesLoaded || catalog is null || policies is null)
            {
                return 1;
            }

            if (!DocumentLoader.TryLoad(stdout, learnersFile, path => LearnerDocument.LoadFile(path, catalog, policies), out var learners))
            {
                return 1;
            }

            var date = requested ?? learners.AsOf ?? SampleDocuments.FallbackAsOf;
            var evaluator = new EligibilityEvaluator(catalog, policies);
            var decisions = learners.Claims
                .Select(c => (Claim: c, Decision: evaluator.Evaluate(new EvaluationRequest(learners.GetLearnerOrNull(c.LearnerId)!, c.CourseId, c.InstitutionId, c.ProgramId, date))))
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
            console.MarkupLine("[grey]Sample data is illustrative: the 2013 courses' credit amounts, dates, scores and fees are not public (see the notes in each sample document).[/]");
            return 0;
        });
        return command;
    }
}
