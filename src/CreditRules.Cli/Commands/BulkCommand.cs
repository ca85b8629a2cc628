using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CreditRules.Cli.Bulk;
using CreditRules.Cli.Output;
using CreditRules.Engine;
using CreditRules.Documents;
using CreditRules.Domain;
using NodaTime.Text;
using Spectre.Console;

namespace CreditRules.Cli.Commands;

/// <summary><c>creditrules bulk</c>: decides every claim of a JSON Lines file, streaming, and summarises the run.</summary>
internal static class BulkCommand
{
    /// <summary>The most threads --parallel takes.</summary>
    public const int MaxParallel = 256;

    /// <summary>The smallest and largest --max-line-bytes.</summary>
    public const int MinLineBytes = 1024;

    public static Command Create(IAnsiConsole console, TextWriter stdout, TextWriter stderr)
    {
        var learners = new Argument<string>("learners.jsonl") { Description = "The learner records, one JSON object per line (as written by 'generate'), UTF-8." };
        var output = new Option<string?>("--out")
        {
            Description = "Write one decision or error per input as JSON Lines to this file (and a warning entry after each line whose learner id appeared before). "
                + "It is written to <out>.partial and renamed to <out> only when the run completes, so an interrupted or failed run leaves an earlier <out> as it was; "
                + "<out>.progress.json records whether the run completed and where to resume.",
        };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON instead of tables." };
        var withRecords = new Option<bool>("--records")
        {
            Description = "With --out, add to every decision line its decision record under \"record\" (reasons, next steps, the learner facts used, their digest, the data and engine versions), "
                + "so 'replay' can check the file later. Each claim is then also decided on the explained path, several times slower than outcome-only. --resume keeps it.",
        };
        var withSettings = new Option<bool>("--settings")
        {
            Description = "With --out, add to every decision line the settings the rules applied, each with the scope that supplied it, under \"settings\" (as 'evaluate --json' writes them), "
                + "e.g. creditrules bulk learners.jsonl --out decisions.jsonl --settings. Each claim is then also decided on the explained path (about 4x slower than outcome-only, as --records). "
                + "A line has no requirement area: bulk decides each claim alone, and areas need the learner's whole record ('evaluate'). --resume keeps it.",
        };
        var html = new Option<string?>("--html") { Description = "Also write the summary as a self-contained, printable HTML page (outcomes, reasons, throughput, errors by code with their first line numbers) to this file." };
        var asOf = new Option<string?>("--as-of") { Description = "The date to decide as of (ISO yyyy-MM-dd, from " + SupportedDates.Description + "). Default: the samples' date." };
        var asKnownOn = new Option<string?>("--as-known-on")
        {
            Description = "Decide with only the facts recorded by this date (ISO yyyy-MM-dd, read in each institution's zone); a fact is recorded on its own date unless it gives a later recordedAt. "
                + "Default: every fact on record. --resume keeps it.",
        };
        var catalogOption = BulkData.CatalogOption();
        var policiesOption = BulkData.PoliciesOption();
        var parallel = new Option<int>("--parallel")
        {
            Description = "Threads to decide on, 1 to " + MaxParallel.ToString(CultureInfo.InvariantCulture) + " (default: one per processor).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var maxLineBytes = new Option<int>("--max-line-bytes")
        {
            Description = "The longest line read, in bytes, " + MinLineBytes.ToString(CultureInfo.InvariantCulture) + " to " + DocumentLimits.MaxDocumentBytes.ToString(CultureInfo.InvariantCulture)
                + " (default 1048576, 1 MiB). A longer line becomes one TooLarge error entry and is read past without being held in memory; memory stays bounded by a few times this limit.",
            DefaultValueFactory = _ => JsonLinesReader.DefaultMaxLineBytes,
        };
        var batchLines = new Option<int>("--batch-lines")
        {
            Description = "Lines per block, 1 to 65536 (default 8192; a block also ends after 1 MiB of lines): a block is decided in parallel, written whole and checkpointed; a smaller block means finer checkpoints and less to redo on --resume.",
            DefaultValueFactory = _ => 8192,
        };
        var partial = new Option<bool>("--partial")
        {
            Description = "On Ctrl-C or SIGTERM, keep the complete prefix in <out> itself (whole lines only) instead of leaving an earlier <out> as it was; the summary says the file is partial. --resume still completes it.",
        };
        var resume = new Option<bool>("--resume")
        {
            Description = "Resume an interrupted run of the same input and --out from its last complete line (read from <out>.progress.json), with the as-of and as-known-on dates, catalog, policies, line limit and --records it was started with. The learner ids of the lines before it are read again, so the output equals an uninterrupted run's, duplicate-id warnings included.",
        };
        var command = new Command("bulk", "Decide every claim in a JSON Lines file, outcome-only and in parallel, with constant memory; then print counts per outcome and reason, throughput and errors. "
            + "Ctrl-C or SIGTERM stops after the block in flight: whole lines are flushed, the summary says where to resume, and the exit code is 130 (SIGINT) or 143 (SIGTERM). "
            + "Exit codes: 0 done, 2 bad option or input file, 130/143 interrupted.")
        {
            learners,
            output,
            withRecords,
            withSettings,
            json,
            html,
            asOf,
            asKnownOn,
            parallel,
            maxLineBytes,
            batchLines,
            partial,
            resume,
            catalogOption,
            policiesOption,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(learners)!;
            var outPath = parse.GetValue(output);
            var catalogPath = parse.GetValue(catalogOption)!;
            var policiesPath = parse.GetValue(policiesOption)!;
            var asOfText = parse.GetValue(asOf);
            var lineLimit = parse.GetValue(maxLineBytes);
            BulkRunState? resumed = null;
            if (parse.GetValue(resume))
            {
                if (outPath is null)
                {
                    return Fail(stderr, "--resume: give the --out of the interrupted run.");
                }

                resumed = BulkRunState.Load(outPath, out var problem);
                if (resumed is null)
                {
                    return Fail(stderr, problem!);
                }

                if (resumed.Completed)
                {
                    return Fail(stderr, "--resume: the run writing " + outPath + " completed; there is nothing to resume.");
                }

                if (!SameFile(resumed.Input, path))
                {
                    return Fail(stderr, "--resume: the interrupted run read " + resumed.Input + ", not " + path + ".");
                }

                (catalogPath, policiesPath, asOfText, lineLimit) = (resumed.Catalog, resumed.Policies, resumed.AsOf, resumed.MaxLineBytes);
                if (parse.GetValue(asKnownOn) is { } givenKnown && !string.Equals(givenKnown, resumed.AsKnownOn, StringComparison.Ordinal))
                {
                    return Fail(stderr, "--resume: the interrupted run decided " + (resumed.AsKnownOn is null ? "without --as-known-on" : "--as-known-on " + resumed.AsKnownOn) + ", not --as-known-on " + givenKnown + "; resume without it.");
                }

                if (parse.GetValue(withRecords) && !resumed.Records)
                {
                    return Fail(stderr, "--resume: the interrupted run wrote its lines without --records; resume without it, or start again with it.");
                }

                if (parse.GetValue(withSettings) && !resumed.Settings)
                {
                    return Fail(stderr, "--resume: the interrupted run wrote its lines without --settings; resume without it, or start again with it.");
                }
            }

            if (InputFile.Problem(path) is { } inputProblem)
            {
                return Fail(stderr, inputProblem);
            }

            if (resumed is not null && new FileInfo(path).Length != resumed.InputLength)
            {
                return Fail(stderr, "--resume: " + path + " is " + BulkRunState.N(new FileInfo(path).Length) + " bytes, not the " + BulkRunState.N(resumed.InputLength) + " bytes the interrupted run read; it changed, so start again without --resume.");
            }

            if (!BulkData.TryParseDate(stderr, "--as-of", asOfText, BulkData.DefaultAsOf, out var date))
            {
                return 2;
            }

            var degree = parse.GetValue(parallel);
            if (degree is < 1 or > MaxParallel)
            {
                return Fail(stderr, "--parallel: " + degree.ToString(CultureInfo.InvariantCulture) + " is out of range; give 1 to " + MaxParallel.ToString(CultureInfo.InvariantCulture) + ".");
            }

            if (lineLimit < MinLineBytes || lineLimit > DocumentLimits.MaxDocumentBytes)
            {
                return Fail(stderr, "--max-line-bytes: " + lineLimit.ToString(CultureInfo.InvariantCulture) + " is out of range; give " + MinLineBytes.ToString(CultureInfo.InvariantCulture)
                    + " to " + DocumentLimits.MaxDocumentBytes.ToString(CultureInfo.InvariantCulture) + ".");
            }

            var blockLines = parse.GetValue(batchLines);
            if (blockLines is < 1 or > 65536)
            {
                return Fail(stderr, "--batch-lines: " + blockLines.ToString(CultureInfo.InvariantCulture) + " is out of range; give 1 to 65536.");
            }

            if (outPath is not null && OutputProblem(outPath, path) is { } outProblem)
            {
                return Fail(stderr, outProblem);
            }

            if (!BulkData.TryLoadCatalog(stderr, catalogPath, out var catalog) | !BulkData.TryLoadPolicies(stderr, policiesPath, out var policies))
            {
                return 2;
            }

            NodaTime.LocalDate? knownOn = null;
            if ((resumed is null ? parse.GetValue(asKnownOn) : resumed.AsKnownOn) is { } knownText)
            {
                if (!BulkData.TryParseDate(stderr, "--as-known-on", knownText, BulkData.DefaultAsOf, out var parsedKnown))
                {
                    return 2;
                }

                knownOn = parsedKnown;
            }

            var plan = EvaluationPlan.Compile(catalog!, policies!, date, knownOn);
            var writeRecords = resumed?.Records ?? parse.GetValue(withRecords);
            var recordDataVersion = outPath is not null && writeRecords
                ? DecisionRecords.DataVersionOf(File.ReadAllBytes(catalogPath), File.ReadAllBytes(policiesPath))
                : null;
            var writeSettings = outPath is not null && (resumed?.Settings ?? parse.GetValue(withSettings));
            var pipeline = new BulkPipeline(plan, degree, blockLines, lineLimit, recordDataVersion, writeSettings);
            using var interruption = new Interruption();
            var stopwatch = Stopwatch.StartNew();
            var start = resumed is null ? new BulkStart(0, 0) : new BulkStart(resumed.NextPosition, resumed.NextInputOffset);
            var state = resumed ?? (outPath is null ? null : new BulkRunState(
                Path.GetFullPath(path), new FileInfo(path).Length, Path.GetFullPath(outPath), BulkRunState.PartialFor(Path.GetFullPath(outPath)), LocalDatePattern.Iso.Format(date),
                Path.GetFullPath(catalogPath), Path.GetFullPath(policiesPath), lineLimit, Completed: false, 0, 0, 0, writeRecords, knownOn is { } k ? LocalDatePattern.Iso.Format(k) : null, writeSettings));
            BulkTotals totals;
            using (var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
            using (var decisions = state is null ? null : OpenPartial(state))
            {
                if (start.InputOffset > 0)
                {
                    input.Seek(start.InputOffset, SeekOrigin.Begin);
                }

                void Checkpoint(BulkTotals t)
                {
                    state = state! with { NextPosition = t.NextPosition, NextInputOffset = t.NextInputOffset, OutputBytes = decisions!.Position };
                    state.Save();
                }

                Action<BulkTotals>? checkpoint = decisions is null ? null : Checkpoint;
                var interactive = console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected && !parse.GetValue(json) && input.CanSeek;
                if (interactive)
                {
                    BulkTotals? result = null;
                    console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                        .Start(context =>
                        {
                            var task = context.AddTask("Deciding " + Path.GetFileName(path), maxValue: Math.Max(1, input.Length));
                            task.Value = start.InputOffset;
                            result = pipeline.Run(input, decisions, start, bytes => task.Value = bytes, checkpoint, interruption.Token);
                            task.Value = task.MaxValue;
                        });
                    totals = result!;
                }
                else
                {
                    totals = pipeline.Run(input, decisions, start, null, checkpoint, interruption.Token);
                }
            }

            stopwatch.Stop();
            var kept = Finish(state, totals, parse.GetValue(partial));
            if (parse.GetValue(html) is { } htmlPath)
            {
                Output.ReportFiles.Write(htmlPath, Reports.ReportHtml.Render(Output.ReportFiles.BulkSummary(totals, Path.GetFileName(path), date, Math.Round(stopwatch.Elapsed.TotalSeconds, 3))));
            }

            if (parse.GetValue(json))
            {
                WriteJson(stdout, totals, stopwatch.Elapsed, date, start);
            }
            else
            {
                Render(console, totals, stopwatch.Elapsed, totals.Cancelled ? null : outPath, start);
            }

            if (!totals.Cancelled)
            {
                return 0;
            }

            var done = totals.NextPosition.ToString(CultureInfo.InvariantCulture);
            stderr.WriteLine("Interrupted by " + interruption.SignalName + " after line " + done + (state is null
                ? "; nothing was written (no --out)."
                : kept == state.Output
                    ? ": " + state.Output + " holds only lines 1 to " + done + " (--partial), all complete. Resume with: " + state.ResumeCommand
                    : ": lines 1 to " + done + " are decided and written to " + kept + "; " + state.Output + " was left as it was. Resume with: " + state.ResumeCommand));
            return interruption.ExitCode;
        });
        return command;
    }

    private static int Fail(TextWriter stderr, string message) => CliErrors.Fail(stderr, message);

    private static bool SameFile(string first, string second) =>
        string.Equals(Resolve(first), Resolve(second), OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return File.Exists(full) ? new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full : full;
        }
        catch (IOException)
        {
            return full;
        }
    }

    /// <summary>The problem with <paramref name="outPath"/> as the output of a run reading <paramref name="input"/>, or null.</summary>
    private static string? OutputProblem(string outPath, string input)
    {
        var full = Path.GetFullPath(outPath);
        var folder = Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            return "--out: the folder " + folder + " does not exist.";
        }

        if (Directory.Exists(full))
        {
            return "--out: " + outPath + " is a folder; give a file path.";
        }

        if (SameFile(outPath, input) || SameFile(BulkRunState.PartialFor(outPath), input))
        {
            return "--out: " + outPath + " is the input file; give another path, or the input would be destroyed.";
        }

        return null;
    }

    private static FileStream OpenPartial(BulkRunState state)
    {
        if (state.NextPosition == 0 && state.OutputBytes == 0)
        {
            state.Save();
            return new FileStream(state.PartialFile, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20);
        }

        // Resuming: keep the complete lines the last checkpoint counted, drop anything written after it.
        var stream = new FileStream(state.PartialFile, FileMode.Open, FileAccess.Write, FileShare.Read, 1 << 20);
        if (stream.Length < state.OutputBytes)
        {
            stream.Dispose();
            throw new IOException(state.PartialFile + " is shorter (" + BulkRunState.N(new FileInfo(state.PartialFile).Length) + " bytes) than the " + BulkRunState.N(state.OutputBytes) + " bytes its progress file records; start again without --resume.");
        }

        stream.SetLength(state.OutputBytes);
        stream.Seek(0, SeekOrigin.End);
        return stream;
    }

    /// <summary>Renames the partial output into place (on completion, or on interruption with --partial) and records the state; returns the file holding the output.</summary>
    private static string? Finish(BulkRunState? state, BulkTotals totals, bool keepPartial)
    {
        if (state is null)
        {
            return null;
        }

        var final = state with { NextPosition = totals.NextPosition, NextInputOffset = totals.NextInputOffset, OutputBytes = new FileInfo(state.PartialFile).Length };
        if (!totals.Cancelled || keepPartial)
        {
            if (!string.Equals(final.PartialFile, final.Output, StringComparison.Ordinal))
            {
                File.Move(final.PartialFile, final.Output, overwrite: true);
            }

            final = final with { PartialFile = final.Output };
        }

        (final with { Completed = !totals.Cancelled }).Save();
        return final.PartialFile;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static void Render(IAnsiConsole console, BulkTotals totals, TimeSpan elapsed, string? outPath, BulkStart start)
    {
        if (start.Position > 0)
        {
            console.MarkupLine($"Resumed at line {N(start.Position + 1)}; the counts below are of this run's lines.");
        }

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
                errors.AddRow(code.ToString(), N(count));
            }

            console.Write(errors);
            foreach (var error in totals.FirstErrors.Take(3))
            {
                console.MarkupLine("[grey]" + Markup.Escape(error.ToString()) + "[/]");
            }
        }

        var rate = elapsed.TotalSeconds > 0 ? totals.Inputs / elapsed.TotalSeconds : 0;
        console.MarkupLine($"Lines {N(totals.Lines)}; inputs {N(totals.Inputs)}; outputs {N(totals.Outputs)} ({N(totals.Decisions)} decisions, {N(totals.Errors)} errors).");
        if (totals.DuplicateLearnerIds > 0)
        {
            console.MarkupLine($"Duplicate learner ids: {N(totals.DuplicateLearnerIds)} line(s) repeat a learner id of an earlier line (a warning entry each in --out).");
        }

        console.MarkupLine($"Throughput {rate.ToString("N0", CultureInfo.InvariantCulture)} inputs/s in {elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s.");
        if (outPath is not null)
        {
            console.MarkupLine($"Decisions written to {Markup.Escape(outPath)}.");
        }
    }

    private static void WriteJson(TextWriter stdout, BulkTotals totals, TimeSpan elapsed, NodaTime.LocalDate asOf, BulkStart start)
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
            writer.WriteNumber("duplicateLearnerIds", totals.DuplicateLearnerIds);
            writer.WriteBoolean("completed", !totals.Cancelled);
            writer.WriteNumber("startPosition", start.Position);
            writer.WriteNumber("nextPosition", totals.NextPosition);
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
                writer.WriteNumber(code.ToString(), count);
            }

            writer.WriteEndObject();
            writer.WriteNumber("seconds", Math.Round(elapsed.TotalSeconds, 3));
            writer.WriteEndObject();
        }

        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
