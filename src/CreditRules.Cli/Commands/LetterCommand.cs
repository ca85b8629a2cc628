using System.CommandLine;
using CreditRules.Cli.Output;
using CreditRules.Documents;
using CreditRules.Domain;
using CreditRules.Engine;
using CreditRules.Reports;
using NodaTime.Text;
using Spectre.Console;

namespace CreditRules.Cli.Commands;

/// <summary><c>creditrules letter</c>: the decision letter a registrar sends a learner, as HTML or JSON.</summary>
internal static class LetterCommand
{
    public static Command Create(IAnsiConsole console, TextWriter stdout, TextWriter stderr)
    {
        var catalogOption = new Option<string>("--catalog") { Description = "The catalog document (JSON). Default: the bundled samples/catalog.json.", DefaultValueFactory = _ => SampleDocuments.Catalog };
        var policiesOption = new Option<string>("--policies") { Description = "The institution policy document (JSON). Default: the bundled samples/policies.json.", DefaultValueFactory = _ => SampleDocuments.Policies };
        var learnersOption = new Option<string>("--learners") { Description = "The learner document (JSON). Default: the bundled samples/learners.json.", DefaultValueFactory = _ => SampleDocuments.Learners };
        var learnerOption = new Option<string>("--learner") { Description = "The learner the letter is for; every course they claim is decided.", Required = true };
        var institutionOption = new Option<string>("--institution") { Description = "The institution that decides (its id in the policy document).", Required = true };
        var programOption = new Option<string>("--program") { Description = "The program the credit is for (its id in the policy document).", Required = true };
        var asOfOption = new Option<string?>("--as-of") { Description = "Decide as of this date (ISO yyyy-MM-dd). Default: the learner document's asOf." };
        var whatIf = new Option<bool>("--what-if") { Description = "Add the hypothetical section: exams not yet attempted passed with 80 % and unpaid exam fees paid shortly before the as-of date." };
        var hypothesisOptions = new HypothesisOptions("Add the hypothetical section assuming");
        var html = new Option<string?>("--html") { Description = "Write the letter as a self-contained, printable HTML page to this file." };
        var json = new Option<bool>("--json") { Description = "Print the letter model as JSON (the values the --html page shows)." };
        var command = new Command("letter", "Write the decision letter a registrar sends a learner: the outcome and credits of each course claimed (level and subject area), each reason in plain language, next steps with deadlines and costs, the versions and as-of date used, and optionally a what-if section. Internal codes appear only in a footnote for staff.")
        {
            learnerOption,
            institutionOption,
            programOption,
            asOfOption,
            whatIf,
            html,
            json,
            catalogOption,
            policiesOption,
            learnersOption,
        };
        hypothesisOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!DocumentLoader.TryLoad(stderr, parse.GetValue(catalogOption)!, CatalogDocument.LoadFile, out var catalog)
                | !DocumentLoader.TryLoad(stderr, parse.GetValue(policiesOption)!, PolicyDocument.LoadFile, out var policies)
                || catalog is null || policies is null
                || !DocumentLoader.TryLoad(stderr, parse.GetValue(learnersOption)!, path => LearnerDocument.LoadFile(path, catalog, policies), out var learners))
            {
                return 1;
            }

            var learnerId = parse.GetValue(learnerOption)!;
            var courses = learners.Claims.Where(c => c.LearnerId == learnerId).Select(c => c.CourseId).Distinct(StringComparer.Ordinal).ToArray();
            var learner = learners.GetLearnerOrNull(learnerId);
            if (learner is null || courses.Length == 0)
            {
                var known = learners.Claims.Select(c => c.LearnerId).Distinct(StringComparer.Ordinal);
                return CliErrors.Fail(stderr, $"--learner: '{learnerId}' is not a learner with claims in the learner document; known: {string.Join(", ", known)}.");
            }

            var institutionId = parse.GetValue(institutionOption)!;
            var institution = policies.GetInstitutionOrNull(institutionId);
            if (institution is null)
            {
                return CliErrors.Fail(stderr, $"--institution: '{institutionId}' is not an institution of the policy document.");
            }

            var programId = parse.GetValue(programOption)!;
            if (institution.GetProgramOrNull(programId) is null)
            {
                return CliErrors.Fail(stderr, $"--program: '{programId}' is not a program of {institutionId}; known: {string.Join(", ", institution.Programs.Select(p => p.Id))}.");
            }

            if (!Bulk.BulkData.TryParseDate(stderr, "--as-of", parse.GetValue(asOfOption), learners.AsOf ?? SampleDocuments.FallbackAsOf, out var asOf))
            {
                return CliErrors.UsageExitCode;
            }

            var request = new RecordEvaluationRequest(learner, courses, institutionId, programId, asOf);
            var hypotheses = new List<Hypothesis>();
            if (!hypothesisOptions.TryRead(parse, institutionId, programId, stderr, hypotheses))
            {
                return CliErrors.UsageExitCode;
            }

            if (parse.GetValue(whatIf))
            {
                hypotheses.AddRange(RecordScenario.DefaultWhatIf(request).Where(h => !hypotheses.Contains(h)));
            }

            DecisionLetterModel model;
            try
            {
                var evaluator = new RecordEvaluator(new EligibilityEvaluator(catalog, policies));
                var onRecord = evaluator.Evaluate(request);
                var hypothetical = hypotheses.Count > 0 ? evaluator.Evaluate(request.WithHypotheses([.. hypotheses])) : null;
                model = DecisionLetterModel.Create(onRecord, catalog, policies, hypothetical);
            }
            catch (ArgumentException e) when (e is UnknownReferenceException or InvalidPolicyException)
            {
                return CliErrors.Fail(stderr, e.Message);
            }

            if (parse.GetValue(html) is { } htmlPath)
            {
                ReportFiles.Write(htmlPath, ReportHtml.Render(model));
            }

            if (parse.GetValue(json))
            {
                stdout.WriteLine(model.ToJson());
                return 0;
            }

            console.MarkupLine($"Letter for {Markup.Escape(model.LearnerId)} at {Markup.Escape(model.InstitutionName)}, {Markup.Escape(model.ProgramName)}, as of {LocalDatePattern.Iso.Format(model.AsOf)}: {model.CreditsGranted} granted.");
            foreach (var course in model.Courses)
            {
                console.MarkupLine($"  {Markup.Escape(course.Title)}: {course.Outcome} {course.CreditsGranted}");
            }

            if (parse.GetValue(html) is { } written)
            {
                console.MarkupLine($"Letter written to {Markup.Escape(written)}.");
            }

            return 0;
        });
        return command;
    }
}
