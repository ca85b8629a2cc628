using CreditRules.Domain;
using CreditRules.Engine;

namespace CreditRules.Reports;

/// <summary>One explained decision as a report shows it: outcome, credits, reasons and next steps.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReportDecision
{
    /// <summary>Initializes a decision row.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="creditsRecommended">The credits the evaluator recommends, in the institution's unit.</param>
    /// <param name="creditsGranted">The credits granted, in the institution's unit.</param>
    /// <param name="reasons">The reasons, in the engine's order.</param>
    /// <param name="nextSteps">The next steps, in the engine's order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reasons"/> or <paramref name="nextSteps"/> is null.</exception>
    public ReportDecision(DecisionOutcome outcome, CreditAmount creditsRecommended, CreditAmount creditsGranted, IEnumerable<ReportReason> reasons, IEnumerable<ReportNextStep> nextSteps)
    {
        Outcome = outcome;
        CreditsRecommended = creditsRecommended;
        CreditsGranted = creditsGranted;
        Reasons = Check.List(reasons, nameof(reasons));
        NextSteps = Check.List(nextSteps, nameof(nextSteps));
    }

    /// <summary>Gets the outcome.</summary>
    public DecisionOutcome Outcome { get; }

    /// <summary>Gets the credits the evaluator recommends, in the institution's unit.</summary>
    public CreditAmount CreditsRecommended { get; }

    /// <summary>Gets the credits granted, in the institution's unit.</summary>
    public CreditAmount CreditsGranted { get; }

    /// <summary>Gets the reasons, in the engine's order.</summary>
    public IReadOnlyList<ReportReason> Reasons { get; }

    /// <summary>Gets the next steps, in the engine's order.</summary>
    public IReadOnlyList<ReportNextStep> NextSteps { get; }

    /// <summary>Creates a row from an explained decision; messages are kept as the engine rendered them.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public static ReportDecision FromDecision(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return From(decision, static s => s);
    }

    internal static ReportDecision From(Decision decision, Func<string, string> plain) => new(
        decision.Outcome,
        decision.CreditsRecommended,
        decision.CreditsGranted,
        decision.Reasons.Select(r => ReportReason.From(r, plain)),
        decision.NextSteps.Select(s => ReportNextStep.From(s, plain)));
}
