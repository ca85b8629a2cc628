using System.Text.Json;
using CreditRules.Domain;
using NodaTime;

namespace CreditRules.Reports;

/// <summary>
/// The summary of a bulk run for a registrar: outcomes, reasons, throughput and errors by code with their first line
/// numbers. Rendered by <see cref="ReportHtml.Render(BulkSummaryModel)"/> and <see cref="ToJson"/> from the same values.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BulkSummaryModel
{
    /// <summary>Initializes a summary.</summary>
    /// <param name="source">The input's name, e.g. its file name.</param>
    /// <param name="asOf">The as-of date of the run.</param>
    /// <param name="lines">The lines read.</param>
    /// <param name="inputs">The inputs: one per claim of a readable line, one per unreadable line.</param>
    /// <param name="decisions">The decisions written.</param>
    /// <param name="errors">The errors written.</param>
    /// <param name="outcomes">Decisions per outcome.</param>
    /// <param name="reasons">Decisions per reason code, most first.</param>
    /// <param name="errorGroups">Errors per code, most first.</param>
    /// <param name="creditsGranted">Credits granted per unit.</param>
    /// <param name="seconds">The elapsed time of the run, in seconds.</param>
    /// <exception cref="ArgumentException"><paramref name="source"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or <paramref name="seconds"/> is negative.</exception>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    public BulkSummaryModel(string source, LocalDate asOf, long lines, long inputs, long decisions, long errors, IEnumerable<OutcomeCount> outcomes, IEnumerable<ReasonCount> reasons, IEnumerable<BulkErrorGroup> errorGroups, IEnumerable<CreditAmount> creditsGranted, double seconds)
    {
        Source = Check.NotBlank(source, nameof(source));
        AsOf = asOf;
        Lines = Check.NotNegative(lines, nameof(lines));
        Inputs = Check.NotNegative(inputs, nameof(inputs));
        Decisions = Check.NotNegative(decisions, nameof(decisions));
        Errors = Check.NotNegative(errors, nameof(errors));
        Outcomes = Check.List(outcomes, nameof(outcomes));
        Reasons = Check.List(reasons, nameof(reasons));
        ErrorGroups = Check.List(errorGroups, nameof(errorGroups));
        CreditsGranted = Check.List(creditsGranted, nameof(creditsGranted));
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        Seconds = seconds;
    }

    /// <summary>Gets the input's name.</summary>
    public string Source { get; }

    /// <summary>Gets the as-of date of the run.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the number of lines read.</summary>
    public long Lines { get; }

    /// <summary>Gets the number of inputs: one per claim of a readable line, one per unreadable line.</summary>
    public long Inputs { get; }

    /// <summary>Gets the number of outputs: every input yields a decision or an error.</summary>
    public long Outputs => Decisions + Errors;

    /// <summary>Gets the number of decisions.</summary>
    public long Decisions { get; }

    /// <summary>Gets the number of errors.</summary>
    public long Errors { get; }

    /// <summary>Gets the decisions per outcome.</summary>
    public IReadOnlyList<OutcomeCount> Outcomes { get; }

    /// <summary>Gets the decisions per reason code, most first.</summary>
    public IReadOnlyList<ReasonCount> Reasons { get; }

    /// <summary>Gets the errors per code, most first.</summary>
    public IReadOnlyList<BulkErrorGroup> ErrorGroups { get; }

    /// <summary>Gets the credits granted per unit (semester hours and quarter hours are never added together).</summary>
    public IReadOnlyList<CreditAmount> CreditsGranted { get; }

    /// <summary>Gets the elapsed time of the run, in seconds.</summary>
    public double Seconds { get; }

    /// <summary>Gets the throughput in inputs per second, rounded to a whole number; zero when no time elapsed.</summary>
    public long InputsPerSecond => Seconds > 0 ? (long)Math.Round(Inputs / Seconds, MidpointRounding.AwayFromZero) : 0;

    /// <summary>Serialises the model as indented JSON: the numbers the HTML report shows, by construction.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, ReportJsonContext.Default.BulkSummaryModel);
}
