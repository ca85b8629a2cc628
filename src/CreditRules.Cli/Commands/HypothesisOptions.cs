using System.CommandLine;
using System.Globalization;
using CreditRules.Cli.Output;
using CreditRules.Domain;
using CreditRules.Engine;
using NodaTime;
using NodaTime.Text;

namespace CreditRules.Cli.Commands;

/// <summary>
/// The hypothetical facts a command can assume, one definition for every command that takes them (<c>whatif</c>,
/// <c>diff</c>, <c>letter</c>): <c>--exam-passed</c>, <c>--fee-paid</c> and <c>--enrolled</c>, their forms, their error
/// messages and the dates they accept (those the documents accept, <see cref="SupportedDates"/>).
/// </summary>
internal sealed class HypothesisOptions
{
    /// <param name="lead">How each option's description starts: what assuming the fact does in the command.</param>
    public HypothesisOptions(string lead)
    {
        ExamPassed = new("--exam-passed") { Description = lead + " an exam pass: course:score:yyyy-MM-dd (percent score). Repeatable." };
        FeePaid = new("--fee-paid") { Description = lead + " the proctored-exam fee of a course is paid: course:yyyy-MM-dd. Repeatable." };
        Enrolled = new("--enrolled")
        {
            Description = lead + " the learner enrolled in the program on a date, optionally under a catalog year: yyyy-MM-dd or yyyy-MM-dd:yyyy-yyyy, such as 2014-01-13:2012-2013. "
                + "It replaces their enrolment on record in that program, so it selects the policy version (by catalog year where the institution selects that way, else by the date) and anchors an enrolment-dated recency window.",
        };
    }

    public Option<string[]> ExamPassed { get; }

    public Option<string[]> FeePaid { get; }

    public Option<string?> Enrolled { get; }

    public void AddTo(Command command)
    {
        command.Options.Add(ExamPassed);
        command.Options.Add(FeePaid);
        command.Options.Add(Enrolled);
    }

    /// <summary>
    /// Reads the options into hypotheses, an enrolment in <paramref name="institutionId"/>'s <paramref name="programId"/>;
    /// on a malformed value writes one line naming the option, the value and its form to <paramref name="stderr"/>.
    /// </summary>
    /// <returns><see langword="true"/> when every value is well formed.</returns>
    public bool TryRead(ParseResult parse, string institutionId, string programId, TextWriter stderr, List<Hypothesis> hypotheses)
    {
        foreach (var text in parse.GetValue(ExamPassed) ?? [])
        {
            var parts = text.Split(':');
            if (parts.Length != 3 || !decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var score) || score is < 0 or > 100 || !TryDate(parts[2], out var date))
            {
                return Fail(stderr, $"--exam-passed: '{text}' is not course:score:yyyy-MM-dd with a percent score.");
            }

            hypotheses.Add(Hypothesis.ExamPassed(parts[0], Score.Percent(score), date));
        }

        foreach (var text in parse.GetValue(FeePaid) ?? [])
        {
            var parts = text.Split(':');
            if (parts.Length != 2 || !TryDate(parts[1], out var date))
            {
                return Fail(stderr, $"--fee-paid: '{text}' is not course:yyyy-MM-dd.");
            }

            hypotheses.Add(Hypothesis.FeePaid(parts[0], FeeKind.ProctoredExam, date));
        }

        if (parse.GetValue(Enrolled) is { } enrolled)
        {
            var parts = enrolled.Split(':');
            CatalogYear year = default;
            if (parts.Length > 2 || !TryDate(parts[0], out var enrolledOn) || (parts.Length == 2 && !CatalogYear.TryParse(parts[1], out year)))
            {
                return Fail(stderr, $"--enrolled: '{enrolled}' is not yyyy-MM-dd or yyyy-MM-dd:yyyy-yyyy (an enrolment date, optionally with a catalog year such as 2013-2014).");
            }

            hypotheses.Add(parts.Length == 2 ? Hypothesis.EnrolledInProgram(institutionId, programId, enrolledOn, year) : Hypothesis.EnrolledInProgram(institutionId, programId, enrolledOn));
        }

        return true;
    }

    /// <summary>Parses an ISO date the documents accept: dates outside the supported range are refused here, as the Domain constructors would refuse them (the option's error names the whole value's form).</summary>
    private static bool TryDate(string text, out LocalDate date)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        date = parsed.Success ? parsed.Value : default;
        return parsed.Success && SupportedDates.Contains(date);
    }

    private static bool Fail(TextWriter stderr, string message)
    {
        CliErrors.Fail(stderr, message);
        return false;
    }
}
