using System.CommandLine;
using System.Text.Json;
using CreditRules.Cli.Output;
using CreditRules.Documents;
using CreditRules.Domain;
using CreditRules.Engine;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace CreditRules.Cli.Commands;

/// <summary><c>creditrules evaluate</c>: loads a catalog, a policy set and learners (the bundled samples by default), decides every claim and prints each decision.</summary>
internal static class EvaluateCommand
{
    public static Command Create(IAnsiConsole console, TextWriter stdout, TextWriter stderr)
    {
        var catalogOption = new Option<string>("--catalog") { Description = "The catalog document (JSON). Default: the bundled samples/catalog.json.", DefaultValueFactory = _ => SampleDocuments.Catalog };
        var policiesOption = new Option<string>("--policies") { Description = "The institution policy document (JSON). Default: the bundled samples/policies.json.", DefaultValueFactory = _ => SampleDocuments.Policies };
        var learnersOption = new Option<string>("--learners") { Description = "The learner document (JSON); each learner names the claims to decide. Default: the bundled samples/learners.json.", DefaultValueFactory = _ => SampleDocuments.Learners };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The date to decide as of (ISO yyyy-MM-dd, from 1900-01-01 to 2999-12-31). Facts dated later are ignored. Default: the learner document's asOf (the samples: 2014-06-30).",
        };
        var asKnownOn = new Option<string?>("--as-known-on")
        {
            Description = "Decide with only the facts recorded by this date (ISO yyyy-MM-dd, read in each institution's zone): a result, refund or correction recorded later is ignored, "
                + "so the decision is the one that could have been made then. A fact is recorded on its own date unless it gives a later recordedAt. Default: every fact on record.",
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print machine-readable decisions (JSON) instead of tables: an array of per-claim decisions (each the record-aware decision, the same outcome as in the record), or with --records an object { decisions, records }. "
                + "Each decision embeds its decision record under \"record\" (facts used, their digest, data and engine versions): save the output and check it later with 'replay'. "
                + "Each decision also names the settings applied with the scope that supplied each (\"settings\": InstitutionPolicy, Program or ProgramOverride), how the policy version was selected (\"policySelection\": CatalogYear, EnrollmentDate or AsOfDate) and the requirement area its credit lands in (\"area\"); the tables show the same.",
        };
        var records = new Option<bool>("--records")
        {
            Description = "Also show the record-level decision (caps, allocation order, residency, posting fee) of every learner+institution+program group. Without it the tables show only groups where record-level rules matter (several claims or prior credit) and --json prints only the per-claim array. "
                + "Either way each claim has one outcome: the per-claim decisions are always decided within the learner's whole record.",
        };
        var command = new Command("evaluate", "Decide every claim of the learner document within the learner's whole record (caps, duplicates, precedence and local-credit holds apply) and explain each decision: outcome, credits, reasons and next steps. "
            + "Documents are UTF-8 JSON of at most 16 MiB with dates from 1900-01-01 to 2999-12-31; a document that does not load prints its errors on standard error (at most 100, then a count) and exits 1; a file that cannot be read exits 2.")
        {
            catalogOption,
            policiesOption,
            learnersOption,
            asOf,
            asKnownOn,
            json,
            records,
        };
        command.SetAction(parse =>
        {
            LocalDate? requested = null;
            if (parse.GetValue(asOf) is { } text)
            {
                var parsed = LocalDatePattern.Iso.Parse(text);
                if (!parsed.Success)
                {
                    return CliErrors.Fail(stderr, $"--as-of: '{text}' is not a valid ISO date (yyyy-MM-dd): {parsed.Exception.Message}");
                }

                if (!SupportedDates.Contains(parsed.Value))
                {
                    stderr.WriteLine("--as-of: '" + text + "' is outside the supported range of dates, " + SupportedDates.Description + ".");
                    return 2;
                }

                requested = parsed.Value;
            }

            LocalDate? knownOn = null;
            if (parse.GetValue(asKnownOn) is { } knownText)
            {
                if (!Bulk.BulkData.TryParseDate(stderr, "--as-known-on", knownText, SampleDocuments.FallbackAsOf, out var parsedKnown))
                {
                    return 2;
                }

                knownOn = parsedKnown;
            }

            // Every document loads completely or nothing is evaluated.
            var catalogFile = parse.GetValue(catalogOption)!;
            var policiesFile = parse.GetValue(policiesOption)!;
            var learnersFile = parse.GetValue(learnersOption)!;
            // Both are loaded (and reported) before stopping, so one run shows the errors of both files.
            var catalogLoaded = DocumentLoader.TryLoad(stderr, catalogFile, CatalogDocument.LoadFile, out var catalog);
            var policiesLoaded = DocumentLoader.TryLoad(stderr, policiesFile, PolicyDocument.LoadFile, out var policies);
            if (!catalogLoaded || !policiesLoaded || catalog is null || policies is null)
            {
                return DocumentLoader.ExitCode(catalogFile, policiesFile);
            }

            if (!DocumentLoader.TryLoad(stderr, learnersFile, path => LearnerDocument.LoadFile(path, catalog, policies), out var learners))
            {
                return DocumentLoader.ExitCode(learnersFile);
            }

            var date = requested ?? learners.AsOf ?? SampleDocuments.FallbackAsOf;
            var evaluator = new EligibilityEvaluator(catalog, policies);
            var recordEvaluator = new RecordEvaluator(evaluator);

            // One decision per claim, the record-aware one: every claim is decided within its learner's whole record at
            // its institution and program (caps, duplicates, precedence and holds applied), never alone.
            var allRecords = parse.GetValue(records);
            var recordDecisions = RecordGroups(learners, date, all: true).Select(r => recordEvaluator.Evaluate(r.WithAsKnownOn(knownOn))).ToArray();
            var byGroup = recordDecisions.ToDictionary(r => (r.LearnerId, r.InstitutionId, r.ProgramId));
            var decisions = learners.Claims
                .Select(c => (Claim: c, Award: byGroup[(c.LearnerId, c.InstitutionId, c.ProgramId)].GetAwardOrNull(c.CourseId)!))
                .Select(x => (x.Claim, x.Award, Decision: x.Award.RecordAwareDecision))
                .ToArray();
            var groups = recordDecisions.Where(r => allRecords || r.Awards.Count > 1 || r.Request.Learner.PriorCredits.Count > 0).ToArray();
            if (parse.GetValue(json))
            {
                // The decision records: the data version is the hash of the two documents' bytes (what the hosting package reports).
                var dataVersion = DecisionRecords.DataVersionOf(File.ReadAllBytes(catalogFile), File.ReadAllBytes(policiesFile));
                var perClaim = decisions
                    .Select(d => DecisionJson.From(d.Decision) with
                    {
                        Area = AreaJson.From(d.Award),
                        Record = DecisionRecords.Create(d.Decision, learners.GetLearnerOrNull(d.Claim.LearnerId)!, dataVersion, byGroup[(d.Claim.LearnerId, d.Claim.InstitutionId, d.Claim.ProgramId)].Request.CourseIds),
                    })
                    .ToArray();
                if (allRecords)
                {
                    var recordJson = groups.Select(RecordDecisionJson.From).ToArray();
                    stdout.WriteLine(JsonSerializer.Serialize(new EvaluationJson(perClaim, recordJson), CliJsonContext.Default.EvaluationJson));
                }
                else
                {
                    stdout.WriteLine(JsonSerializer.Serialize<IReadOnlyList<DecisionJson>>(perClaim, CliJsonContext.Default.IReadOnlyListDecisionJson));
                }

                return 0;
            }

            foreach (var (claim, award, decision) in decisions)
            {
                DecisionRenderer.Render(console, decision, claim.Story, award);
            }

            if (groups.Length > 0)
            {
                console.Write(new Rule("[bold]Record-level decisions[/]").LeftJustified());
                foreach (var group in groups)
                {
                    RecordRenderer.Render(console, group, "Record");
                }
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

    /// <summary>
    /// Groups the claims by learner, institution and program (in document order) into record requests; unless
    /// <paramref name="all"/>, only groups with several claims or a learner with prior credit.
    /// </summary>
    public static IReadOnlyList<RecordEvaluationRequest> RecordGroups(LearnerSet learners, LocalDate asOf, bool all) =>
        learners.Claims
            .GroupBy(c => (c.LearnerId, c.InstitutionId, c.ProgramId))
            .Select(g => (Learner: learners.GetLearnerOrNull(g.Key.LearnerId)!, Group: g))
            .Where(x => all || x.Group.Count() > 1 || x.Learner.PriorCredits.Count > 0)
            .Select(x => new RecordEvaluationRequest(x.Learner, x.Group.Select(c => c.CourseId).Distinct(StringComparer.Ordinal), x.Group.Key.InstitutionId, x.Group.Key.ProgramId, asOf))
            .ToArray();
}
