namespace CreditRules.Engine;

/// <summary>
/// A rule defined by the host application, such as "the learner must be admitted to the program". Host rules run after
/// the built-in rules, in the order given to the <see cref="EligibilityEvaluator"/>, and take part in the decision like
/// built-in rules: their reasons decide the outcome by severity, their next steps are listed, and each rule gets one
/// entry in the trace.
/// </summary>
/// <remarks>
/// <para>
/// Host rules run on the outcome-only path too (<see cref="EvaluationPlan.Summarize(CreditClaim)"/>, record summaries), so
/// registering one does not force the explained path: read reason codes with <see cref="RuleContext.HasReason"/>;
/// <see cref="RuleContext.Reasons"/> (rendered reasons) is available only when the decision is explained.
/// </para>
/// <para>
/// Implementations must be thread-safe: one instance serves every evaluation, possibly on many threads at once. Keep
/// no per-evaluation state in fields; everything an evaluation needs is on the <see cref="RuleContext"/>.
/// </para>
/// </remarks>
public interface IEligibilityRule
{
    /// <summary>Gets the rule id shown in reasons and in the trace, such as <c>host.program-admission</c>.</summary>
    /// <value>Non-blank, unique among the evaluator's rules and different from every built-in rule id.</value>
    string Id { get; }

    /// <summary>Applies the rule to one evaluation: reads the facts and adds reasons and next steps.</summary>
    /// <param name="context">The evaluation, read-only apart from the reasons, next steps and trace note it collects.</param>
    void Apply(RuleContext context);
}
