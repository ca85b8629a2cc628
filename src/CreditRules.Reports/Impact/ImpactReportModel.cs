using System.Text.Json;
using CreditRules.Engine;
using NodaTime;

namespace CreditRules.Reports;

/// <summary>
/// The policy-impact report for a committee: what a proposal (other policies, or the same policies at a later date)
/// changes for a population of claims. Built by <see cref="Create(EvaluationPlan, EvaluationPlan, IEnumerable{CreditClaim}, int, IEnumerable{InputError})"/>;
/// rendered by <see cref="ReportHtml.Render(ImpactReportModel)"/> and <see cref="ToJson"/> from the same values.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ImpactReportModel
{
    /// <summary>Initializes a report from its parts.</summary>
    /// <param name="baselineAsOf">The as-of date of the baseline.</param>
    /// <param name="proposedAsOf">The as-of date of the proposal.</param>
    /// <param name="claims">The claims compared (decided or not).</param>
    /// <param name="errors">The claims without a decision under the baseline or the proposal.</param>
    /// <param name="transitions">The outcome transitions.</param>
    /// <param name="creditTotals">Credits gained and lost per unit.</param>
    /// <param name="creditChanges">The distribution of credit changes.</param>
    /// <param name="reasonsAppeared">Reasons that appeared, most learners first.</param>
    /// <param name="reasonsDisappeared">Reasons that disappeared, most learners first.</param>
    /// <param name="breakdown">The impact per institution and program.</param>
    /// <param name="unreadableInputs">Inputs that could not be read into claims.</param>
    /// <param name="sampleErrors">The first claims without a decision.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    public ImpactReportModel(
        LocalDate baselineAsOf,
        LocalDate proposedAsOf,
        long claims,
        long errors,
        IEnumerable<ImpactTransitionRow> transitions,
        IEnumerable<ImpactCreditTotal> creditTotals,
        IEnumerable<CreditChangeBucket> creditChanges,
        IEnumerable<ReasonShift> reasonsAppeared,
        IEnumerable<ReasonShift> reasonsDisappeared,
        IEnumerable<ImpactBreakdownRow> breakdown,
        IEnumerable<ReportInputError> unreadableInputs,
        IEnumerable<ReportInputError> sampleErrors)
    {
        BaselineAsOf = baselineAsOf;
        ProposedAsOf = proposedAsOf;
        Claims = Check.NotNegative(claims, nameof(claims));
        Errors = Check.NotNegative(errors, nameof(errors));
        Transitions = Check.List(transitions, nameof(transitions));
        CreditTotals = Check.List(creditTotals, nameof(creditTotals));
        CreditChanges = Check.List(creditChanges, nameof(creditChanges));
        ReasonsAppeared = Check.List(reasonsAppeared, nameof(reasonsAppeared));
        ReasonsDisappeared = Check.List(reasonsDisappeared, nameof(reasonsDisappeared));
        Breakdown = Check.List(breakdown, nameof(breakdown));
        UnreadableInputs = Check.List(unreadableInputs, nameof(unreadableInputs));
        SampleErrors = Check.List(sampleErrors, nameof(sampleErrors));
    }

    /// <summary>Gets the as-of date of the baseline.</summary>
    public LocalDate BaselineAsOf { get; }

    /// <summary>Gets the as-of date of the proposal.</summary>
    public LocalDate ProposedAsOf { get; }

    /// <summary>Gets the number of claims compared, decided or not.</summary>
    public long Claims { get; }

    /// <summary>Gets the number of claims decided under both.</summary>
    public long Decided => Claims - Errors;

    /// <summary>Gets the number of decided claims whose outcome changed.</summary>
    public long Changed => Transitions.Where(t => t.IsChange).Sum(t => t.Claims);

    /// <summary>Gets the number of decided claims whose outcome stayed the same.</summary>
    public long Unchanged => Decided - Changed;

    /// <summary>Gets the number of claims without a decision under the baseline or the proposal.</summary>
    public long Errors { get; }

    /// <summary>Gets the outcome transitions with at least one claim: changes first, most claims first.</summary>
    public IReadOnlyList<ImpactTransitionRow> Transitions { get; }

    /// <summary>Gets the credits gained and lost per unit in which some institution counts.</summary>
    public IReadOnlyList<ImpactCreditTotal> CreditTotals { get; }

    /// <summary>Gets how many claims gained or lost each amount, losses first then gains, by amount.</summary>
    public IReadOnlyList<CreditChangeBucket> CreditChanges { get; }

    /// <summary>Gets the reasons present under the proposal only, most learners first.</summary>
    public IReadOnlyList<ReasonShift> ReasonsAppeared { get; }

    /// <summary>Gets the reasons present under the baseline only, most learners first.</summary>
    public IReadOnlyList<ReasonShift> ReasonsDisappeared { get; }

    /// <summary>Gets the impact per institution and program, ordered by institution then program id.</summary>
    public IReadOnlyList<ImpactBreakdownRow> Breakdown { get; }

    /// <summary>Gets the inputs that could not be read into claims (not counted in <see cref="Claims"/>).</summary>
    public IReadOnlyList<ReportInputError> UnreadableInputs { get; }

    /// <summary>Gets the first claims without a decision.</summary>
    public IReadOnlyList<ReportInputError> SampleErrors { get; }

    /// <summary>
    /// Compares <paramref name="baseline"/> with <paramref name="proposed"/> over <paramref name="claims"/> through
    /// <see cref="PopulationImpact.Compare"/> (which defines the counts, transitions, per-transition reasons and credit totals)
    /// and adds what a committee reads beside them: the per-institution breakdown, the distribution of credit changes,
    /// reasons ranked by learners, and each transition's sample claims explained before and after.
    /// </summary>
    /// <param name="baseline">The plan in force.</param>
    /// <param name="proposed">The proposed plan.</param>
    /// <param name="claims">The claims, enumerated once.</param>
    /// <param name="samplesPerTransition">How many claims to explain per transition.</param>
    /// <param name="unreadableInputs">Inputs that could not be read into claims, listed in the report.</param>
    /// <returns>The report model.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="samplesPerTransition"/> is negative.</exception>
    /// <remarks>Each claim is summarised twice (once by the engine's comparison, once for the breakdown); memory stays
    /// bounded by the number of institutions, programs, distinct credit changes and samples, not by the population.</remarks>
    public static ImpactReportModel Create(EvaluationPlan baseline, EvaluationPlan proposed, IEnumerable<CreditClaim> claims, int samplesPerTransition, IEnumerable<InputError> unreadableInputs)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(proposed);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(unreadableInputs);
        ArgumentOutOfRangeException.ThrowIfNegative(samplesPerTransition);
        var tap = new ImpactTap(baseline, proposed, samplesPerTransition);
        var report = PopulationImpact.Compare(baseline, proposed, tap.Observe(claims), samplesPerTransition);
        return tap.Build(report, unreadableInputs);
    }

    /// <summary>Creates the report with five samples per transition and no unreadable inputs.</summary>
    /// <param name="baseline">The plan in force.</param>
    /// <param name="proposed">The proposed plan.</param>
    /// <param name="claims">The claims, enumerated once.</param>
    /// <returns>The report model.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ImpactReportModel Create(EvaluationPlan baseline, EvaluationPlan proposed, IEnumerable<CreditClaim> claims) =>
        Create(baseline, proposed, claims, 5, []);

    /// <summary>Serialises the model as indented JSON: the numbers the HTML report shows, by construction.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, ReportJsonContext.Default.ImpactReportModel);
}
