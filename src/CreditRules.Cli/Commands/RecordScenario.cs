using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using CreditRules.Cli.Output;
using CreditRules.Documents;
using CreditRules.Domain;
using CreditRules.Engine;
using Spectre.Console;

namespace CreditRules.Cli.Commands;

/// <summary>
/// The options <c>whatif</c> and <c>diff</c> share: the documents (the bundled samples by default, like <c>evaluate</c>),
/// which learner, and what to change.
/// </summary>
internal sealed class RecordScenario
{
    /// <summary>The score a default what-if assumes for an exam not yet taken.</summary>
    public const decimal DefaultWhatIfScore = 80;

    private readonly Option<string> _catalog = new("--catalog") { Description = "The catalog document (JSON). Default: the bundled samples/catalog.json.", DefaultValueFactory = _ => SampleDocuments.Catalog };
    private readonly Option<string> _policies = new("--policies") { Description = "The institution policy document (JSON). Default: the bundled samples/policies.json.", DefaultValueFactory = _ => SampleDocuments.Policies };
    private readonly Option<string> _learners = new("--learners") { Description = "The learner document (JSON). Default: the bundled samples/learners.json.", DefaultValueFactory = _ => SampleDocuments.Learners };
    private readonly Option<string> _learner = new("--learner") { Description = "The learner whose record is decided: all their claims at the institution and program of their first claim.", DefaultValueFactory = _ => "kim" };
    private readonly Option<string?> _institution = new("--institution") { Description = "What-if: evaluate against another institution (with --program)." };
    private readonly Option<string?> _program = new("--program") { Description = "What-if: evaluate against another program." };
    private readonly Option<string?> _asOf = new("--as-of") { Description = "What-if: evaluate as of another date (ISO yyyy-MM-dd). The record itself is decided as of the learner document's asOf." };
    private readonly HypothesisOptions _hypotheses = new("What-if: assume");

    public Option<bool> Json { get; } = new("--json") { Description = "Print machine-readable JSON instead of text." };

    public void AddTo(Command command)
    {
        command.Options.Add(_catalog);
        command.Options.Add(_policies);
        command.Options.Add(_learners);
        command.Options.Add(_learner);
        command.Options.Add(_institution);
        command.Options.Add(_program);
        command.Options.Add(_asOf);
        _hypotheses.AddTo(command);
        command.Options.Add(Json);
    }

    /// <summary>
    /// Loads the documents and builds the request on record and the what-if request. Without any change given, the
    /// default what-if assumes what the learner can still do: each claimed course without an exam attempt passed with
    /// 80 % ten days before the as-of date, and each unpaid proctored-exam fee paid fourteen days before it.
    /// </summary>
    /// <returns>0 when built; 1 when a document does not load; 2 for a bad option.</returns>
    /// <summary>
    /// Creates a command over these options: builds the record and what-if requests, runs <paramref name="run"/> with
    /// them (its last argument says whether JSON was asked for), and turns an unknown reference or an invalid policy
    /// into a message and exit code 2.
    /// </summary>
    public static Command CreateCommand(
        string name,
        string description,
        IAnsiConsole console,
        TextWriter stdout,
        TextWriter stderr,
        Func<RecordEvaluator, RecordEvaluationRequest, RecordEvaluationRequest, bool, int> run)
    {
        var scenario = new RecordScenario();
        var command = new Command(name, description);
        scenario.AddTo(command);
        command.SetAction(parse =>
        {
            var built = scenario.TryBuild(parse, console, stderr, out var evaluator, out var baseline, out var whatIf);
            if (built != 0 || evaluator is null)
            {
                return built;
            }

            try
            {
                return run(evaluator, baseline, whatIf, parse.GetValue(scenario.Json));
            }
            catch (ArgumentException e) when (e is UnknownReferenceException or InvalidPolicyException)
            {
                return CliErrors.Fail(stderr, e.Message);
            }
        });
        return command;
    }

    public int TryBuild(ParseResult parse, IAnsiConsole console, TextWriter stderr, [NotNullWhen(true)] out RecordEvaluator? evaluator, out RecordEvaluationRequest baseline, out RecordEvaluationRequest whatIf)
    {
        evaluator = null;
        baseline = whatIf = null!;
        var catalogLoaded = DocumentLoader.TryLoad(stderr, parse.GetValue(_catalog)!, CatalogDocument.LoadFile, out var catalog);
        var policiesLoaded = DocumentLoader.TryLoad(stderr, parse.GetValue(_policies)!, PolicyDocument.LoadFile, out var policies);
        if (!catalogLoaded || !policiesLoaded || catalog is null || policies is null
            || !DocumentLoader.TryLoad(stderr, parse.GetValue(_learners)!, path => LearnerDocument.LoadFile(path, catalog, policies), out var learners))
        {
            return DocumentLoader.ExitCode(parse.GetValue(_catalog)!, parse.GetValue(_policies)!, parse.GetValue(_learners)!);
        }

        var id = parse.GetValue(_learner);
        var withClaims = learners.Learners.Where(l => learners.Claims.Any(c => c.LearnerId == l.LearnerId)).Select(l => l.LearnerId).ToArray();
        var learner = learners.GetLearnerOrNull(id ?? string.Empty);
        if (learner is null || !withClaims.Contains(learner.LearnerId))
        {
            return CliErrors.Fail(stderr, $"--learner: '{id ?? string.Empty}' is not a learner with claims in the learner document; known: {string.Join(", ", withClaims)}.");
        }

        var first = learners.Claims.First(c => c.LearnerId == learner.LearnerId);
        var courses = learners.Claims
            .Where(c => c.LearnerId == learner.LearnerId && c.InstitutionId == first.InstitutionId && c.ProgramId == first.ProgramId)
            .Select(c => c.CourseId)
            .Distinct(StringComparer.Ordinal);
        var recordAsOf = learners.AsOf ?? SampleDocuments.FallbackAsOf;
        baseline = new RecordEvaluationRequest(learner, courses, first.InstitutionId, first.ProgramId, recordAsOf);
        var institution = parse.GetValue(_institution);
        var program = parse.GetValue(_program);
        var asOfText = parse.GetValue(_asOf);
        var hypotheses = new List<Hypothesis>();
        if (!_hypotheses.TryRead(parse, institution ?? baseline.InstitutionId, program ?? baseline.ProgramId, stderr, hypotheses))
        {
            return CliErrors.UsageExitCode;
        }

        if (hypotheses.Count == 0 && institution is null && program is null && asOfText is null)
        {
            hypotheses.AddRange(DefaultWhatIf(baseline));
        }

        whatIf = baseline;
        if (institution is not null || program is not null)
        {
            whatIf = whatIf.WithProgram(institution ?? baseline.InstitutionId, program ?? baseline.ProgramId);
        }

        if (asOfText is not null)
        {
            if (!Bulk.BulkData.TryParseDate(stderr, "--as-of", asOfText, baseline.AsOf, out var asOf))
            {
                return CliErrors.UsageExitCode;
            }

            whatIf = whatIf.WithAsOf(asOf);
        }

        whatIf = whatIf.WithHypotheses([.. hypotheses]);
        evaluator = new RecordEvaluator(new EligibilityEvaluator(catalog, policies));
        return 0;
    }

    /// <summary>The default what-if: exams not yet attempted are passed, unpaid proctored-exam fees paid, shortly before the as-of date.</summary>
    public static IEnumerable<Hypothesis> DefaultWhatIf(RecordEvaluationRequest request)
    {
        foreach (var courseId in request.CourseIds)
        {
            if (!request.Learner.ExamAttempts.Any(a => a.CourseId == courseId))
            {
                yield return Hypothesis.ExamPassed(courseId, Score.Percent(DefaultWhatIfScore), request.AsOf.PlusDays(-10));
            }

            if (request.Learner.Fees.Any(f => f.CourseId == courseId && f.Kind == FeeKind.ProctoredExam && f.Status == FeeStatus.Unpaid))
            {
                yield return Hypothesis.FeePaid(courseId, FeeKind.ProctoredExam, request.AsOf.PlusDays(-14));
            }
        }
    }
}
