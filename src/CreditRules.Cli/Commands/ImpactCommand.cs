using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CreditRules.Cli.Bulk;
using CreditRules.Cli.Documents;
using CreditRules.Cli.Output;
using CreditRules.Documents;
using CreditRules.Domain;
using CreditRules.Engine;
using Spectre.Console;

namespace CreditRules.Cli.Commands;

/// <summary><c>creditrules impact</c>: what a proposed policy set, or a later as-of date, changes for a population.</summary>
internal static class ImpactCommand
{
    public static Command Create(IAnsiConsole console, TextWriter stdout, TextWriter stderr)
    {
        var learners = new Argument<string>("learners.jsonl") { Description = "The learner records, one JSON object per line." };
        var baseline = BulkData.PoliciesOption("--baseline", "The policy document in force");
        var proposed = new Option<string?>("--proposed") { Description = "The proposed policy document (default: the baseline's)." };
        var catalogOption = BulkData.CatalogOption();
        var asOf = new Option<string?>("--as-of") { Description = "The baseline as-of date (ISO). Default: the samples' date." };
        var proposedAsOf = new Option<string?>("--proposed-as-of") { Description = "Decide the proposal as of this date instead (ISO)." };
        var shift = new Option<string?>("--as-of-shift") { Description = "Decide the proposal this ISO period after the baseline date, e.g. P1Y." };
        var samples = new Option<int>("--samples") { Description = "Learner ids to list per transition.", DefaultValueFactory = _ => 5 };
        var html = new Option<string?>("--html") { Description = "Also write the committee's report as a self-contained, printable HTML page (transitions and credit charts, reasons ranked by learners, per institution and program, sample learners explained) to this file." };
        var reportJson = new Option<string?>("--report-json") { Description = "Also write the report model as JSON (the numbers the --html page shows) to this file." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON (the library's ImpactJson, schemas/decision.schema.json#/$defs/Impact) instead of a table." };
        var command = new Command("impact", "Compare a baseline with a proposal (other policies, or the same policies at a later date) over a population: claims per outcome transition, the reasons that appeared, credits gained and lost, sample learners.")
        {
            learners,
            baseline,
            proposed,
            asOf,
            proposedAsOf,
            shift,
            samples,
            html,
            reportJson,
            json,
            catalogOption,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(learners)!;
            if (InputFile.Problem(path) is { } problem)
            {
                stderr.WriteLine(problem);
                return 2;
            }

            if (!BulkData.TryLoadCatalog(stderr, parse.GetValue(catalogOption)!, out var catalog)
                || !BulkData.TryLoadPolicies(stderr, parse.GetValue(baseline)!, out var baselinePolicies)
                || !BulkData.TryLoadPolicies(stderr, parse.GetValue(proposed) ?? parse.GetValue(baseline)!, out var proposedPolicies)
                || !BulkData.TryParseDate(stderr, "--as-of", parse.GetValue(asOf), BulkData.DefaultAsOf, out var baselineDate)
                || !BulkData.TryParseDate(stderr, "--proposed-as-of", parse.GetValue(proposedAsOf), baselineDate, out var proposedDate))
            {
                return 2;
            }

            if (parse.GetValue(shift) is { } shiftText)
            {
                if (parse.GetValue(proposedAsOf) is not null)
                {
                    return CliErrors.Fail(stderr, "--as-of-shift and --proposed-as-of both set the proposal's date; give one.");
                }

                if (!BulkData.TryParsePeriod(stderr, "--as-of-shift", shiftText, out var period))
                {
                    return 2;
                }

                proposedDate = baselineDate.Plus(period);
            }

            var count = parse.GetValue(samples);
            if (count < 0)
            {
                return CliErrors.Fail(stderr, $"--samples: {count} is negative; give 0 or more.");
            }

            var before = EvaluationPlan.Compile(catalog, baselinePolicies, baselineDate);
            var after = EvaluationPlan.Compile(catalog, proposedPolicies, proposedDate);
            var malformed = new List<InputError>();
            if (parse.GetValue(html) is not null || parse.GetValue(reportJson) is not null)
            {
                // The page's own pass; --json then prints the library's form from a second pass over the same input.
                ReportFiles.Impact(console, before, after, ReadClaims(path, catalog, malformed), count, malformed, parse.GetValue(html), parse.GetValue(reportJson), quiet: parse.GetValue(json));
                if (!parse.GetValue(json))
                {
                    return 0;
                }

                malformed.Clear();
            }

            var report = PopulationImpact.Compare(before, after, ReadClaims(path, catalog, malformed), count);
            if (parse.GetValue(json))
            {
                var document = new ImpactCommandJson(
                    NodaTime.Text.LocalDatePattern.Iso.Format(baselineDate),
                    NodaTime.Text.LocalDatePattern.Iso.Format(proposedDate),
                    malformed.Count,
                    ImpactJson.From(report),
                    malformed.Take(Math.Max(count, 3)).Select(InputErrorJson.From).ToArray());
                stdout.WriteLine(JsonSerializer.Serialize(document, CliJsonContext.Default.ImpactCommandJson));
                return 0;
            }

            Render(console, report, malformed, baselineDate, proposedDate);
            return 0;
        });
        return command;
    }

    private static IEnumerable<CreditClaim> ReadClaims(string path, Catalog catalog, List<InputError> malformed)
    {
        using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var reader = new JsonLinesReader(input);
        var batch = new LineBatch(4096);
        long position = 0;
        while (reader.ReadBatch(batch))
        {
            for (var i = 0; i < batch.Count; i++, position++)
            {
                if (batch.OversizedLength(i) is var length and > 0)
                {
                    malformed.Add(LearnerLineMapper.Oversized(position, length, reader.MaxLineBytes).Error!);
                    continue;
                }

                if (batch[i].Trim(" \t\r"u8).IsEmpty)
                {
                    continue;
                }

                var read = LearnerLineMapper.Read(batch[i], position, catalog, null);
                if (read.Error is { } error)
                {
                    malformed.Add(error);
                    continue;
                }

                foreach (var claim in read.Claims)
                {
                    yield return claim;
                }
            }
        }
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static void Render(IAnsiConsole console, ImpactReport report, List<InputError> malformed, NodaTime.LocalDate baselineDate, NodaTime.LocalDate proposedDate)
    {
        console.MarkupLine($"Baseline as of {baselineDate:uuuu-MM-dd}; proposal as of {proposedDate:uuuu-MM-dd}.");
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Baseline").AddColumn("Proposal").AddColumn(new TableColumn("Claims").RightAligned()).AddColumn("Reasons that appeared").AddColumn("Sample learners");
        foreach (var t in report.Transitions.OrderBy(t => t.From == t.To).ThenByDescending(t => t.Count))
        {
            table.AddRow(
                t.From.ToString(),
                t.To.ToString(),
                N(t.Count),
                Markup.Escape(string.Join(", ", t.ReasonsAppeared.Take(4).Select(p => p.Key.Value + " " + N(p.Value)))),
                Markup.Escape(string.Join(", ", t.SampleLearnerIds)));
        }

        console.Write(table);
        console.MarkupLine($"Claims {N(report.Claims)}; changed outcome {N(report.Changed)}; errors {N(report.Errors + malformed.Count)} ({N(malformed.Count)} unreadable lines).");
        console.MarkupLine($"Decisions resting on exceptions: {N(report.RestingOnExceptionsBefore)} baseline, {N(report.RestingOnExceptionsAfter)} proposed.");
        foreach (var unit in new[] { CreditUnit.SemesterHour, CreditUnit.QuarterHour })
        {
            console.MarkupLine($"Credits ({unit}): gained {report.GetCreditsGained(unit)}, lost {report.GetCreditsLost(unit)}.");
        }

        var inCommonUnit = ImpactJson.From(report);
        console.MarkupLine($"Credits in semester hours (3 QH = 2 SH): gained {inCommonUnit.CreditsGainedInSemesterHours.Text}, lost {inCommonUnit.CreditsLostInSemesterHours.Text}.");

        foreach (var error in malformed.Concat(report.SampleErrors).Take(3))
        {
            console.MarkupLine("[grey]" + Markup.Escape(error.ToString()) + "[/]");
        }
    }
}
