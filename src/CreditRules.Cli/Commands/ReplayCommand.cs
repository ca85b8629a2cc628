using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CreditRules.Cli.Output;
using CreditRules.Documents;
using CreditRules.Domain;
using CreditRules.Engine;
using Spectre.Console;

namespace CreditRules.Cli.Commands;

/// <summary>
/// <c>creditrules replay</c>: re-decides saved decision records with today's data and engine and reports each decision
/// that changed, reason by reason, with what differs (the facts, the data version, the engine version).
/// </summary>
internal static class ReplayCommand
{
    public static Command Create(IAnsiConsole console, TextWriter stdout, TextWriter stderr)
    {
        var records = new Argument<string>("records")
        {
            Description = "The saved decisions: 'bulk --out --records' output (JSON Lines; error and warning lines are skipped), one decision record per line, "
                + "or 'evaluate --json' output (an array of decisions, each embedding its record).",
        };
        var catalogOption = new Option<string>("--catalog") { Description = "Today's catalog document (JSON). Default: the bundled samples/catalog.json.", DefaultValueFactory = _ => SampleDocuments.Catalog };
        var policiesOption = new Option<string>("--policies") { Description = "Today's institution policy document (JSON). Default: the bundled samples/policies.json.", DefaultValueFactory = _ => SampleDocuments.Policies };
        var learnersOption = new Option<string?>("--learners")
        {
            Description = "Decide with today's facts from this learner document instead of the facts embedded in each record (a learner it lacks is replayed with the embedded facts). "
                + "Without it the embedded facts are used, so only the data or the engine can change a decision.",
        };
        var json = new Option<bool>("--json") { Description = "Print the replay as JSON: counts, the data and engine versions, every changed decision with its reason-level diff and causes, and the records that could not be replayed." };
        var command = new Command("replay", "Re-decide saved decision records with today's data and engine, on each record's own as-of date, and report every decision that changed: "
            + "outcome, credits, the reasons that appeared, disappeared or changed, and the cause (the facts, the data version or the engine version differ). "
            + "A regression gate before upgrading a policy or the package. Exit codes: 0 nothing changed, 1 a decision changed or a record could not be replayed, 2 bad option or input file.")
        {
            records,
            catalogOption,
            policiesOption,
            learnersOption,
            json,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(records)!;
            var catalogFile = parse.GetValue(catalogOption)!;
            var policiesFile = parse.GetValue(policiesOption)!;
            if (InputFile.Problem(path) is { } problem)
            {
                stderr.WriteLine(problem);
                return 2;
            }

            var catalogLoaded = DocumentLoader.TryLoad(stderr, catalogFile, CatalogDocument.LoadFile, out var catalog);
            var policiesLoaded = DocumentLoader.TryLoad(stderr, policiesFile, PolicyDocument.LoadFile, out var policies);
            if (!catalogLoaded || !policiesLoaded || catalog is null || policies is null)
            {
                return 2;
            }

            LearnerSet? today = null;
            if (parse.GetValue(learnersOption) is { } learnersFile && !DocumentLoader.TryLoad(stderr, learnersFile, p => LearnerDocument.LoadFile(p, catalog, policies), out today))
            {
                return 2;
            }

            var dataVersion = DecisionRecords.DataVersionOf(File.ReadAllBytes(catalogFile), File.ReadAllBytes(policiesFile));
            var evaluator = new EligibilityEvaluator(catalog, policies);
            var read = ReadRecords(path);
            if (read.Problem is { } readProblem)
            {
                stderr.WriteLine(path + ": " + readProblem);
                return 2;
            }

            var replays = new List<DecisionReplay>();
            var failures = new List<ReplayFailureJson>(read.Failures);
            foreach (var (where, record) in read.Records)
            {
                try
                {
                    replays.Add(DecisionRecords.Replay(record, evaluator, dataVersion, today?.GetLearnerOrNull(record.LearnerId)));
                }
                catch (Exception ex) when (ex is ArgumentException or DocumentValidationException or UnknownReferenceException)
                {
                    failures.Add(new ReplayFailureJson(where, record.LearnerId + " " + record.CourseId + ": " + InputFile.OneLine(ex.Message)));
                }
            }

            var changed = replays.Where(r => r.HasChanges).ToArray();
            if (parse.GetValue(json))
            {
                var report = new ReplayCommandJson(
                    replays.Count + failures.Count,
                    changed.Length,
                    replays.Count - changed.Length,
                    failures.Count,
                    dataVersion,
                    DecisionRecords.EngineVersion,
                    changed.Select(DecisionReplayJson.From).ToArray(),
                    failures);
                stdout.WriteLine(JsonSerializer.Serialize(report, CliJsonContext.Default.ReplayCommandJson));
            }
            else
            {
                Render(console, changed, replays.Count, failures, dataVersion);
            }

            return changed.Length > 0 || failures.Count > 0 ? 1 : 0;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, DecisionReplay[] changed, int replayed, List<ReplayFailureJson> failures, string dataVersion)
    {
        console.MarkupLine(Markup.Escape("Replayed " + N(replayed) + " record(s) with data " + dataVersion + " and engine " + DecisionRecords.EngineVersion + ": "
            + N(changed.Length) + " changed, " + N(replayed - changed.Length) + " unchanged, " + N(failures.Count) + " could not be replayed."));
        if (changed.Length > 0)
        {
            var table = new Table().Border(TableBorder.Simple)
                .AddColumn("Learner").AddColumn("Course").AddColumn("Institution/program").AddColumn("As of")
                .AddColumn("Outcome").AddColumn("Credits").AddColumn("Cause");
            foreach (var replay in changed)
            {
                var r = replay.Record;
                table.AddRow(
                    Markup.Escape(r.LearnerId),
                    Markup.Escape(r.CourseId),
                    Markup.Escape(r.InstitutionId + "/" + r.ProgramId),
                    Markup.Escape(r.AsOf + (r.AsKnownOn is { } known ? " (known on " + known + ")" : string.Empty)),
                    Markup.Escape(replay.OutcomeChanged ? r.Outcome + " → " + replay.Replayed.Outcome : r.Outcome),
                    Markup.Escape(replay.CreditsChanged ? r.CreditsGranted.Text + " → " + replay.Replayed.CreditsGranted.Text : r.CreditsGranted.Text),
                    Markup.Escape(Cause(replay)));
            }

            console.Write(table);
            foreach (var replay in changed.Where(c => c.ReasonChanges.Count > 0))
            {
                console.MarkupLine(Markup.Escape("Reasons of " + replay.Record.LearnerId + " " + replay.Record.CourseId + " @ " + replay.Record.InstitutionId + "/" + replay.Record.ProgramId + ":"));
                var reasons = new Table().Border(TableBorder.Simple).AddColumn("Change").AddColumn("Code").AddColumn("Rule").AddColumn("On record").AddColumn("Today");
                foreach (var change in replay.ReasonChanges)
                {
                    reasons.AddRow(Markup.Escape(change.Kind), Markup.Escape(change.Code), Markup.Escape(change.RuleId), Markup.Escape(change.Before ?? "—"), Markup.Escape(change.After ?? "—"));
                }

                console.Write(reasons);
            }
        }

        foreach (var failure in failures)
        {
            console.MarkupLine("[red]" + Markup.Escape(failure.Where + ": " + failure.Message) + "[/]");
        }
    }

    /// <summary>What differs, for people: facts, data, engine, each with its values; "nothing differs" never accompanies a change from a deterministic engine.</summary>
    private static string Cause(DecisionReplay replay) => replay.Causes.Count == 0
        ? "none of facts, data or engine differs"
        : string.Join("; ", replay.Causes.Select(c => c.Kind switch
        {
            InputChangeKind.Facts => "facts changed",
            InputChangeKind.DataVersion => "data " + c.Before + " → " + c.After,
            _ => "engine " + c.Before + " → " + c.After,
        }));

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The records of a file: each with where it was read (line or array index), and the entries that are not records.</summary>
    private static (List<(string Where, DecisionRecordJson Record)> Records, List<ReplayFailureJson> Failures, string? Problem) ReadRecords(string path)
    {
        var found = new List<(string, DecisionRecordJson)>();
        var failures = new List<ReplayFailureJson>();
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        var first = reader.Peek();
        while (first is ' ' or '\t' or '\r' or '\n' or 0xFEFF)
        {
            reader.Read();
            first = reader.Peek();
        }

        if (first == '[')
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(reader.ReadToEnd(), new JsonDocumentOptions { MaxDepth = DocumentLimits.MaxDepth });
            }
            catch (JsonException ex)
            {
                return (found, failures, "not a JSON array of decisions: " + InputFile.OneLine(ex.Message));
            }

            using (document)
            {
                var index = 0;
                foreach (var element in document.RootElement.EnumerateArray())
                {
                    Take(element, "[" + index++.ToString(CultureInfo.InvariantCulture) + "]", found, failures);
                }
            }

            return (found, failures, null);
        }

        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var where = "line " + number.ToString(CultureInfo.InvariantCulture);
            try
            {
                using var document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = DocumentLimits.MaxDepth });
                Take(document.RootElement, where, found, failures);
            }
            catch (JsonException ex)
            {
                failures.Add(new ReplayFailureJson(where, "not JSON: " + InputFile.OneLine(ex.Message)));
            }
        }

        return (found, failures, null);
    }

    /// <summary>Takes a record (bare, or under "record" in a decision or bulk line); skips bulk error and warning lines; anything else is a failure.</summary>
    private static void Take(JsonElement element, string where, List<(string, DecisionRecordJson)> found, List<ReplayFailureJson> failures)
    {
        if (element.ValueKind == JsonValueKind.Object && (element.TryGetProperty("error", out _) || element.TryGetProperty("warning", out _)))
        {
            return;
        }

        var value = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("record", out var inner) ? inner : element;
        if (value.ValueKind == JsonValueKind.Object && !value.TryGetProperty("recordVersion", out _) && element.TryGetProperty("outcome", out _) && !element.TryGetProperty("record", out _))
        {
            failures.Add(new ReplayFailureJson(where, "a decision without its record; write decisions with 'bulk --out --records' or 'evaluate --json'."));
            return;
        }

        try
        {
            found.Add((where, value.Deserialize(DecisionDocument.DecisionRecordTypeInfo) ?? throw new JsonException("null is not a decision record.")));
        }
        catch (JsonException ex)
        {
            failures.Add(new ReplayFailureJson(where, "not a decision record: " + InputFile.OneLine(ex.Message)));
        }
    }
}
