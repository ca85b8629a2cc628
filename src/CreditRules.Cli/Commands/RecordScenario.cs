using CreditRules.Documents;
using System.CommandLine;
using System.Globalization;
using CreditRules.Cli.Samples;
using CreditRules.Domain;
using CreditRules.Engine;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace CreditRules.Cli.Commands;

/// <summary>The options <c>whatif</c> and <c>diff</c> share: which sample learner, and what to change.</summary>
internal sealed class RecordScenario
{
    private readonly Option<string> _learner = new("--learner") { Description = "The record-level sample learner.", DefaultValueFactory = _ => "kim" };
    private readonly Option<string?> _institution = new("--institution") { Description = "Evaluate against another institution (with --program)." };
    private readonly Option<string?> _program = new("--program") { Description = "Evaluate against another program." };
    private readonly Option<string?> _asOf = new("--as-of") { Description = "Evaluate as of another date (ISO yyyy-MM-dd)." };
    private readonly Option<string[]> _examPassed = new("--exam-passed") { Description = "Assume an exam pass: course:score:yyyy-MM-dd (percent score). Repeatable." };
    private readonly Option<string[]> _feePaid = new("--fee-paid") { Description = "Assume the proctored-exam fee of a course is paid: course:yyyy-MM-dd. Repeatable." };

    public void AddTo(Command command)
    {
        command.Options.Add(_learner);
        command.Options.Add(_institution);
        command.Options.Add(_program);
        command.Options.Add(_asOf);
        command.Options.Add(_examPassed);
        command.Options.Add(_feePaid);
    }

    /// <summary>Builds the request on record and the what-if request; without any change given, the sample's default what-if.</summary>
    public bool TryBuild(ParseResult parse, IAnsiConsole console, out RecordEvaluationRequest baseline, out RecordEvaluationRequest whatIf)
    {
        baseline = whatIf = null!;
        var id = parse.GetValue(_learner);
        var sample = RecordSamples.Learners.FirstOrDefault(l => string.Equals(l.LearnerId, id, StringComparison.Ordinal));
        if (sample is null)
        {
            console.MarkupLine($"[red]--learner: '{Markup.Escape(id ?? string.Empty)}' is not a sample learner; known: {Markup.Escape(string.Join(", ", RecordSamples.Learners.Select(l => l.LearnerId)))}.[/]");
            return false;
        }

        baseline = new RecordEvaluationRequest(sample.Learner, sample.CourseIds, sample.InstitutionId, sample.ProgramId, SampleDocuments.FallbackAsOf);
        var hypotheses = new List<Hypothesis>();
        foreach (var text in parse.GetValue(_examPassed) ?? [])
        {
            var parts = text.Split(':');
            if (parts.Length != 3 || !decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var score) || score is < 0 or > 100 || !TryDate(parts[2], out var date))
            {
                console.MarkupLine($"[red]--exam-passed: '{Markup.Escape(text)}' is not course:score:yyyy-MM-dd with a percent score.[/]");
                return false;
            }

            hypotheses.Add(Hypothesis.ExamPassed(parts[0], Score.Percent(score), date));
        }

        foreach (var text in parse.GetValue(_feePaid) ?? [])
        {
            var parts = text.Split(':');
            if (parts.Length != 2 || !TryDate(parts[1], out var date))
            {
                console.MarkupLine($"[red]--fee-paid: '{Markup.Escape(text)}' is not course:yyyy-MM-dd.[/]");
                return false;
            }

            hypotheses.Add(Hypothesis.FeePaid(parts[0], FeeKind.ProctoredExam, date));
        }

        var institution = parse.GetValue(_institution);
        var program = parse.GetValue(_program);
        var asOfText = parse.GetValue(_asOf);
        if (hypotheses.Count == 0 && institution is null && program is null && asOfText is null)
        {
            hypotheses.AddRange(sample.DefaultWhatIf);
        }

        whatIf = baseline;
        if (institution is not null || program is not null)
        {
            whatIf = whatIf.WithProgram(institution ?? baseline.InstitutionId, program ?? baseline.ProgramId);
        }

        if (asOfText is not null)
        {
            if (!TryDate(asOfText, out var asOf))
            {
                console.MarkupLine($"[red]--as-of: '{Markup.Escape(asOfText)}' is not a valid ISO date (yyyy-MM-dd).[/]");
                return false;
            }

            whatIf = whatIf.WithAsOf(asOf);
        }

        whatIf = whatIf.WithHypotheses([.. hypotheses]);
        return true;
    }

    public static RecordEvaluator Evaluator() => new(new EligibilityEvaluator(CatalogDocument.LoadFile(SampleDocuments.Catalog).Value, RecordSamples.Policies));

    private static bool TryDate(string text, out LocalDate date)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        date = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }
}
