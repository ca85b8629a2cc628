using System.Text;
using CreditRules.Cli.Bulk;
using CreditRules.Domain;
using CreditRules.Engine;
using CreditRules.Reports;
using Spectre.Console;

namespace CreditRules.Cli.Output;

/// <summary>Builds the report models the commands write with <c>--html</c>, and writes the pages.</summary>
internal static class ReportFiles
{
    /// <summary>The summary model of a bulk run, from the same totals and rounded seconds as <c>bulk --json</c>.</summary>
    public static BulkSummaryModel BulkSummary(BulkTotals totals, string source, NodaTime.LocalDate asOf, double seconds) => new(
        source,
        asOf,
        totals.Lines,
        totals.Inputs,
        totals.Decisions,
        totals.Errors,
        new[] { DecisionOutcome.Eligible, DecisionOutcome.Incomplete, DecisionOutcome.NotEligible }.Select(o => new OutcomeCount(o, totals.ByOutcome[(int)o])),
        totals.ByReason.Select((count, i) => (count, i)).Where(p => p.count > 0).OrderByDescending(p => p.count).ThenBy(p => ReasonCode.All[p.i].Value, StringComparer.Ordinal)
            .Select(p => new ReasonCount(ReasonCode.All[p.i].Value, ReasonCode.All[p.i].Template, p.count)),
        totals.ErrorsByCode.OrderByDescending(p => p.Value).ThenBy(p => p.Key.ToString(), StringComparer.Ordinal).Select(p =>
        {
            var first = totals.FirstErrorsByCode[p.Key];
            return new BulkErrorGroup(p.Key, p.Value, first.Select(e => e.Position + 1), first[0].Message);
        }),
        totals.Granted.Where(g => !g.IsZero).DefaultIfEmpty(CreditAmount.Zero(CreditUnit.SemesterHour)),
        seconds);

    /// <summary>Writes a page as UTF-8 without a byte-order mark.</summary>
    public static void Write(string path, string html) => File.WriteAllText(path, html, new UTF8Encoding(false));

    /// <summary>
    /// <c>impact --html/--json</c>: builds the impact model (the engine's comparison plus breakdown and samples), prints it
    /// as JSON or a one-line headline, and writes the page.
    /// </summary>
    public static void Impact(IAnsiConsole console, EvaluationPlan before, EvaluationPlan after, IEnumerable<CreditClaim> claims, int samples, List<InputError> unreadable, string? htmlPath, string? modelJsonPath, bool quiet)
    {
        var model = ImpactReportModel.Create(before, after, claims, samples, unreadable);
        if (htmlPath is not null)
        {
            Write(htmlPath, ReportHtml.Render(model));
        }

        if (modelJsonPath is not null)
        {
            Write(modelJsonPath, model.ToJson());
        }

        if (!quiet)
        {
            console.WriteLine(FormattableString.Invariant($"Claims {model.Claims:N0}; changed outcome {model.Changed:N0}; errors {model.Errors:N0} ({model.UnreadableInputs.Count:N0} unreadable lines)."));
            console.WriteLine("Impact report written to " + string.Join(" and ", new[] { htmlPath, modelJsonPath }.Where(p => p is not null)) + ".");
        }
    }
}
