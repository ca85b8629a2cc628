using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CreditRules.Cli.Bulk;
using CreditRules.Engine;
using Spectre.Console;

namespace CreditRules.Cli.Commands;

/// <summary><c>creditrules bulk</c>: decides every claim of a JSON Lines file, streaming, and summarises the run.</summary>
internal static class BulkCommand
{
    public static Command Create(IAnsiConsole console, TextWriter stdout)
    {
        var learners = new Argument<string>("learners.jsonl") { Description = "The learner records, one JSON object per line (as written by 'generate')." };
        var output = new Option<string?>("--out") { Description = "Write one decision or error per input as JSON Lines to this file." };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON instead of tables." };
        var html = new Option<string?>("--html") { Description = "Also write the summary as a self-contained, printable HTML page (outcomes, reasons, throughput, errors by code with their first line numbers) to this file." };
        var asOf = new Option<string?>("--as-of") { Description = "The date to decide as of (ISO yyyy-MM-dd). Default: the samples' date." };
        var catalogOption = BulkData.CatalogOption();
        var policiesOption = BulkData.PoliciesOption();
        var parallel = new Option<int>("--parallel") { Description = "Threads to decide on (default: one per processor).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("bulk", "Decide every claim in a JSON Lines file, outcome-only and in parallel, with constant memory; then print counts per outcome and reason, throughput and errors.")
        {
            learners,
            output,
            json,
            html,
            asOf,
            parallel,
            catalogOption,
            policiesOption,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(learners)!;
            if (!File.Exists(path))
            {
                console.MarkupLine($"[red]{Markup.Escape(path)}: no such file.[/]");
                return 2;
            }

            if (!BulkData.TryParseDate(console, "--as-of", parse.GetValue(asOf), BulkData.DefaultAsOf, out var date))
            {
                return 2;
            }

            var degree = parse.GetValue(parallel);
            if (degree < 1)
            {
                console.MarkupLine($"[red]--parallel: {degree} is out of range; give 1 or more.[/]");
                return 2;
            }

            if (!BulkData.TryLoadCatalog(stdout, parse.GetValue(catalogOption)!, out var catalog) | !BulkData.TryLoadPolicies(stdout, parse.GetValue(policiesOption)!, out var policies))
            {
                return 2;
            }

            var plan = EvaluationPlan.Compile(catalog!, policies!, date);
            var pipeline = new BulkPipeline(plan, degree);
            var outPath = parse.GetValue(output);
            var stopwatch = Stopwatch.StartNew();
            BulkTotals totals;
            using (var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
            using (var decisions = outPath is null ? null : new FileStream(outPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
            {
                var interactive = console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected && !parse.GetValue(json);
                if (interactive)
                {
                    BulkTotals? result = null;
                    console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                        .Start(context =>
                        {
                            var task = context.AddTask("Deciding " + Path.GetFileName(path), maxValue: Math.Max(1, input.Length));
                            result = pipeline.Run(input, decisions, bytes => task.Value = bytes, CancellationToken.None);
                            task.Value = task.MaxValue;
                        });
                    totals = result!;
                }
                else
                {
                    totals = pipeline.Run(input, decisions, null, CancellationToken.None);
                }
            }

            stopwatch.Stop();
            if (parse.GetValue(html) is { } htmlPath)
            {
                Output.ReportFiles.Write(htmlPath, Reports.ReportHtml.Render(Output.ReportFiles.BulkSummary(totals, Path.GetFileName(path), date, Math.Round(stopwatch.Elapsed.TotalSeconds, 3))));
            }

            if (parse.GetValue(json))
            {
                WriteJson(stdout, totals, stopwatch.Elapsed, date);
            }
            else
            {
                Render(console, totals, stopwatch.Elapsed, outPath);
            }

            return 0;
        });
        return command;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static void Render(IAnsiConsole console, BulkTotals totals, TimeSpan elapsed, string? outPath)
    {
        var outcomes = new Table().Border(TableBorder.Simple).AddColumn("Outcome").AddColumn(new TableColumn("Decisions").RightAligned());
        foreach (var outcome in new[] { DecisionOutcome.Eligible, DecisionOutcome.Incomplete, DecisionOutcome.NotEligible })
        {
            outcomes.AddRow(outcome.ToString(), N(totals.ByOutcome[(int)outcome]));
        }

        console.Write(outcomes);
        var reasons = new Table().Border(TableBorder.Simple).AddColumn("Reason").AddColumn(new TableColumn("Decisions").RightAligned());
        foreach (var (index, count) in totals.ByReason.Select((c, i) => (i, c)).Where(p => p.c > 0).OrderByDescending(p => p.c))
        {
            reasons.AddRow(ReasonCode.All[index].Value, N(count));
        }

        console.Write(reasons);
        if (totals.Errors > 0)
        {
            var errors = new Table().Border(TableBorder.Simple).AddColumn("Error").AddColumn(new TableColumn("Inputs").RightAligned());
            foreach (var (code, count) in totals.ErrorsByCode.OrderByDescending(p => p.Value))
            {
                errors.AddRow(code, N(count));
            }

            console.Write(errors);
            foreach (var error in totals.FirstErrors.Take(3))
            {
                console.MarkupLine("[grey]" + Markup.Escape(error.ToString()) + "[/]");
            }
        }

        var rate = elapsed.TotalSeconds > 0 ? totals.Inputs / elapsed.TotalSeconds : 0;
        console.MarkupLine($"Lines {N(totals.Lines)}; inputs {N(totals.Inputs)}; outputs {N(totals.Outputs)} ({N(totals.Decisions)} decisions, {N(totals.Errors)} errors).");
        console.MarkupLine($"Throughput {rate.ToString("N0", CultureInfo.InvariantCulture)} inputs/s in {elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s.");
        if (outPath is not null)
        {
            console.MarkupLine($"Decisions written to {Markup.Escape(outPath)}.");
        }
    }

    private static void WriteJson(TextWriter stdout, BulkTotals totals, TimeSpan elapsed, NodaTime.LocalDate asOf)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("asOf", NodaTime.Text.LocalDatePattern.Iso.Format(asOf));
            writer.WriteNumber("lines", totals.Lines);
            writer.WriteNumber("inputs", totals.Inputs);
            writer.WriteNumber("outputs", totals.Outputs);
            writer.WriteNumber("decisions", totals.Decisions);
            writer.WriteNumber("errors", totals.Errors);
            writer.WriteStartObject("outcomes");
            foreach (var outcome in Enum.GetValues<DecisionOutcome>())
            {
                writer.WriteNumber(outcome.ToString(), totals.ByOutcome[(int)outcome]);
            }

            writer.WriteEndObject();
            writer.WriteStartObject("reasons");
            for (var i = 0; i < totals.ByReason.Length; i++)
            {
                if (totals.ByReason[i] > 0)
                {
                    writer.WriteNumber(ReasonCode.All[i].Value, totals.ByReason[i]);
                }
            }

            writer.WriteEndObject();
            writer.WriteStartObject("errorsByCode");
            foreach (var (code, count) in totals.ErrorsByCode)
            {
                writer.WriteNumber(code, count);
            }

            writer.WriteEndObject();
            writer.WriteNumber("seconds", Math.Round(elapsed.TotalSeconds, 3));
            writer.WriteEndObject();
        }

        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
