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

/// <summary>
/// <c>creditrules where</c> (one learner's record against every institution and program, ranked) and
/// <c>creditrules next</c> (which course to take next at a target program): the library's <see cref="CreditExplorer"/>.
/// </summary>
internal static class ExploreCommands
{
    public static Command Where(IAnsiConsole console, TextWriter stdout, TextWriter stderr)
    {
        var options = new Inputs();
        var top = new Option<int>("--top") { Description = "How many of the best institutions and programs to show, each explained with its next steps (deadlines and costs).", DefaultValueFactory = _ => 10 };
        var unit = new Option<CreditUnit?>("--unit")
        {
            Description = "Only institutions counting in this unit: semester (SemesterHour) or quarter (QuarterHour).",
            CustomParser = result => result.Tokens.Single().Value.ToUpperInvariant() switch
            {
                "SEMESTER" or "SEMESTERHOUR" or "SH" => CreditUnit.SemesterHour,
                "QUARTER" or "QUARTERHOUR" or "QH" => CreditUnit.QuarterHour,
                var other => Fail(result, "--unit: '" + result.Tokens.Single().Value + "' is not a unit; give semester or quarter."),
            },
        };
        var state = new Option<string?>("--state") { Description = "Only institutions in this US state: its two-letter USPS code, such as NY (institutions whose policy document states none are left out)." };
        var programKind = new Option<DegreeProgramKind?>("--program-kind") { Description = "Only programs of this kind: certificate, associate, bachelor, master or doctorate (programs whose policy document states none are left out)." };
        var maxCost = new Option<decimal?>("--max-cost") { Description = "Only options the learner can complete for at most this many US dollars (unpaid fees of incomplete courses plus the posting fee)." };
        var json = new Option<bool>("--json") { Description = "Print the ranked options as JSON instead of tables." };
        return options.Command(
            "where",
            "Where would this learner's credit count? Decides every course the learner claims, together with their prior credit, as a whole record (caps, duplicates, residency, posting fees) at every institution and program of the policy document, and ranks them by credits granted (compared in semester hours), then what is still to pay, then the time to complete (steps left: each outstanding requirement of an incomplete course, such as an exam to pass or a fee to pay), then how many courses are still incomplete. "
            + "Example: creditrules where --learner kim --top 5 --state NY --program-kind bachelor --unit semester --max-cost 100; with synthetic data: creditrules generate --institutions 2000 --seed 7 --out syn.json && creditrules where --learner kim --policies syn.json",
            [top, unit, state, programKind, maxCost],
            json,
            stderr,
            (parse, loaded) =>
            {
                var count = parse.GetValue(top);
                if (count < 1)
                {
                    stderr.WriteLine("error: --top: " + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " shows nothing; give 1 or more.");
                    return Program.UsageError;
                }

                ExploreRequest request;
                try
                {
                    request = new ExploreRequest(loaded.Learner, loaded.Courses, loaded.AsOf, explainTop: count, unit: parse.GetValue(unit), maximumCost: parse.GetValue(maxCost) is { } usd ? Money.Usd(usd) : null, state: parse.GetValue(state)?.ToUpperInvariant(), programKind: parse.GetValue(programKind));
                }
                catch (ArgumentException e) when (e.ParamName == "state" && parse.GetValue(state) is { } stateCode)
                {
                    stderr.WriteLine("error: --state: '" + stateCode + "' is not a two-letter USPS code of a US state, district or territory (such as NY, CA, DC or PR).");
                    return Program.UsageError;
                }

                var result = new CreditExplorer(loaded.Evaluator).Explore(request, CancellationToken.None);
                var shown = result.Options.Take(count).ToArray();
                if (parse.GetValue(json))
                {
                    stdout.WriteLine(JsonSerializer.Serialize(WhereJson.From(result, shown), ExploreJsonContext.Default.WhereJson));
                    return 0;
                }

                console.MarkupLine($"Where {Markup.Escape(result.LearnerId)}'s credit counts as of {Date(result.AsOf)}: {Markup.Escape(string.Join(", ", result.CourseIds))} claimed, {Markup.Escape(PriorText(loaded.Learner, loaded.AsOf))}; {result.Options.Count} institution/program option(s), best {shown.Length}:");
                var table = new Table().Border(TableBorder.Rounded)
                    .AddColumn("#").AddColumn("Institution / program").AddColumn("Outcome").AddColumn(new TableColumn("Granted").RightAligned()).AddColumn(new TableColumn("In SH").RightAligned())
                    .AddColumn("Courses (E eligible, I incomplete, N not eligible; record-aware)").AddColumn(new TableColumn("Fees owed").RightAligned()).AddColumn(new TableColumn("Steps left").RightAligned()).AddColumn(new TableColumn("Incomplete").RightAligned()).AddColumn("Complete by");
                foreach (var option in shown)
                {
                    table.AddRow(
                        option.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Markup.Escape(option.InstitutionId + (option.Institution.State is { } st ? " [" + st + "]" : string.Empty) + "/" + option.ProgramId + " (" + option.Program.Name + (option.Program.Kind is { } kind ? ", " + kind : string.Empty) + ")"),
                        option.Outcome.ToString(),
                        option.CreditsGranted.ToString(),
                        option.CreditsGrantedSemesterHours.ToString(),
                        Markup.Escape(string.Join(", ", result.CourseIds.Select((c, i) => c + " " + Short(option.Claims[i].Outcome) + " " + option.Claims[i].CreditsGranted))),
                        option.Cost?.ToString() ?? "-",
                        option.StepsOutstanding.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        option.ClaimsOutstanding.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        option.CompleteBy is { } by ? Date(by) : "-");
                }

                console.Write(table);
                foreach (var option in shown.Where(o => o.NextSteps.Count > 0))
                {
                    console.MarkupLine($"{option.Rank}. {Markup.Escape(option.InstitutionId + "/" + option.ProgramId)}: next steps (fees owed {Markup.Escape(option.Cost?.ToString() ?? "none")}):");
                    foreach (var (courseId, step) in WhereJson.StepsByCourse(option))
                    {
                        var facts = string.Join(", ", new[] { step.Deadline is { } d ? "deadline " + Date(d) : null, step.Cost?.ToString() }.OfType<string>());
                        console.MarkupLine($"   {Markup.Escape(courseId)} · {step.Code}: {Markup.Escape(step.Action)}{(facts.Length > 0 ? " [[" + Markup.Escape(facts) + "]]" : string.Empty)}");
                    }
                }

                return 0;
            });
    }

    public static Command Next(IAnsiConsole console, TextWriter stdout, TextWriter stderr)
    {
        var options = new Inputs();
        var institution = new Option<string>("--institution") { Description = "The target institution (its id in the policy document).", Required = true };
        var program = new Option<string>("--program") { Description = "The target program (its id in the policy document).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the advice as JSON instead of a table." };
        return options.Command(
            "next",
            "Which course should this learner take next at a target institution and program? Ranks every catalog course the learner has not claimed by the credit it would add there after the record rules (caps, duplicates, precedence), assuming the learner completes its latest session and passes its exam; then by exam fee and deadline (the last day of the recommendation version), and says why each is or is not worth taking. "
            + "Example: creditrules next --learner kim --institution eastern-state --program aa-general",
            [institution, program],
            json,
            stderr,
            (parse, loaded) =>
            {
                var institutionId = parse.GetValue(institution)!;
                var target = loaded.Evaluator.Policies.GetInstitutionOrNull(institutionId);
                if (target is null)
                {
                    stderr.WriteLine("error: --institution: '" + institutionId + "' is not an institution of the policy document.");
                    return Program.UsageError;
                }

                var programId = parse.GetValue(program)!;
                if (target.GetProgramOrNull(programId) is null)
                {
                    stderr.WriteLine("error: --program: '" + programId + "' is not a program of " + institutionId + "; known: " + string.Join(", ", target.Programs.Select(p => p.Id)) + ".");
                    return Program.UsageError;
                }

                var advice = new CreditExplorer(loaded.Evaluator).AdviseNextCourse(new RecordEvaluationRequest(loaded.Learner, loaded.Courses, institutionId, programId, loaded.AsOf), CancellationToken.None);
                if (parse.GetValue(json))
                {
                    stdout.WriteLine(JsonSerializer.Serialize(NextJson.From(loaded.Learner.LearnerId, institutionId, programId, loaded.AsOf, advice), ExploreJsonContext.Default.NextJson));
                    return 0;
                }

                console.MarkupLine($"Next course for {Markup.Escape(loaded.Learner.LearnerId)} at {Markup.Escape(institutionId + "/" + programId)} as of {Date(loaded.AsOf)} ({Markup.Escape(string.Join(", ", loaded.Courses))} claimed):");
                var table = new Table().Border(TableBorder.Rounded)
                    .AddColumn("#").AddColumn("Course").AddColumn(new TableColumn("Gains").RightAligned()).AddColumn(new TableColumn("In SH").RightAligned()).AddColumn(new TableColumn("Exam fee").RightAligned()).AddColumn("Deadline").AddColumn("Why");
                foreach (var item in advice)
                {
                    table.AddRow(
                        item.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Markup.Escape(item.CourseId + " (" + item.Course.Title + ")"),
                        item.CreditsGained.ToString(),
                        item.CreditsGainedSemesterHours.ToString(),
                        item.ExamFee?.ToString() ?? "not on record",
                        item.Deadline is { } d ? Date(d) : "lapsed",
                        Markup.Escape(item.Why));
                }

                console.Write(table);
                return 0;
            });
    }

    private static string Short(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Eligible => "E",
        DecisionOutcome.Incomplete => "I",
        _ => "N",
    };

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string PriorText(LearnerRecord learner, LocalDate asOf)
    {
        var prior = learner.PriorCredits.Where(p => p.Date <= asOf).ToArray();
        return prior.Length == 0 ? "no prior credit" : prior.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " prior credit(s) (" + string.Join(", ", prior.Select(p => p.Id + " " + p.Source + " " + p.Amount)) + ")";
    }

    private sealed record Loaded(EligibilityEvaluator Evaluator, LearnerRecord Learner, string[] Courses, LocalDate AsOf);

    /// <summary>The options both commands share: the documents, the learner and the as-of date.</summary>
    private sealed class Inputs
    {
        public Option<string> Catalog { get; } = new("--catalog") { Description = "The catalog document (JSON). Default: the bundled samples/catalog.json.", DefaultValueFactory = _ => SampleDocuments.Catalog };

        public Option<string> Policies { get; } = new("--policies") { Description = "The institution policy document (JSON), for instance one written by generate --institutions. Default: the bundled samples/policies.json.", DefaultValueFactory = _ => SampleDocuments.Policies };

        public Option<string> Learners { get; } = new("--learners") { Description = "The learner document (JSON); the learner's claimed courses are the courses decided, wherever they were claimed. Default: the bundled samples/learners.json.", DefaultValueFactory = _ => SampleDocuments.Learners };

        public Option<string> Learner { get; } = new("--learner") { Description = "The learner (their id in the learner document).", Required = true };

        public Option<string?> AsOf { get; } = new("--as-of") { Description = "Decide as of this date (ISO yyyy-MM-dd). Default: the learner document's asOf." };

        /// <summary>
        /// Makes a command over these inputs, its options listed (and shown by --help) in the order both commands share: the
        /// learner, the command's <paramref name="own"/> options, the as-of date, its <paramref name="json"/> switch, then the
        /// documents. Its <paramref name="action"/> runs once they have loaded; when they do not, the command ends with a usage
        /// error, its message written to <paramref name="stderr"/>.
        /// </summary>
        public Command Command(string name, string description, Option[] own, Option<bool> json, TextWriter stderr, Func<ParseResult, Loaded, int> action)
        {
            var command = new Command(name, description);
            Option[] options = [Learner, .. own, AsOf, json, Catalog, Policies, Learners];
            foreach (var option in options)
            {
                command.Options.Add(option);
            }

            command.SetAction(parse => TryLoad(parse, stderr, out var loaded) ? action(parse, loaded) : Program.UsageError);
            return command;
        }

        private bool TryLoad(ParseResult parse, TextWriter stderr, out Loaded loaded)
        {
            loaded = null!;
            // The learner document is read without the policies: its claims may name institutions that a generated policy document does not hold.
            if (!DocumentLoader.TryLoad(stderr, parse.GetValue(Catalog)!, CatalogDocument.LoadFile, out var catalog)
                | !DocumentLoader.TryLoad(stderr, parse.GetValue(Policies)!, PolicyDocument.LoadFile, out var policies)
                || catalog is null || policies is null
                || !DocumentLoader.TryLoad(stderr, parse.GetValue(Learners)!, path => LearnerDocument.LoadFile(path, catalog, null), out var learners))
            {
                return false;
            }

            var learnerId = parse.GetValue(Learner)!;
            var learner = learners.GetLearnerOrNull(learnerId);
            if (learner is null)
            {
                stderr.WriteLine("error: --learner: '" + learnerId + "' is not a learner of the learner document; known: " + string.Join(", ", learners.Claims.Select(c => c.LearnerId).Distinct(StringComparer.Ordinal)) + ".");
                return false;
            }

            var asOf = learners.AsOf ?? SampleDocuments.FallbackAsOf;
            if (parse.GetValue(AsOf) is { } text)
            {
                var parsed = LocalDatePattern.Iso.Parse(text);
                if (!parsed.Success)
                {
                    stderr.WriteLine("error: --as-of: '" + text + "' is not a valid ISO date (yyyy-MM-dd).");
                    return false;
                }

                asOf = parsed.Value;
            }

            var courses = learners.Claims.Where(c => c.LearnerId == learnerId).Select(c => c.CourseId).Distinct(StringComparer.Ordinal).ToArray();
            loaded = new Loaded(new EligibilityEvaluator(catalog, policies), learner, courses, asOf);
            return true;
        }
    }

    private static CreditUnit? Fail(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return null;
    }
}
