namespace CreditRules.Engine;

/// <summary>
/// A whole-record rule defined by the host application, such as "at most two courses from one provider per term". Host
/// record rules run after the built-in record rules (duplicates, precedence, caps, local credits, residency, posting
/// fee), in the order given to the <see cref="RecordEvaluator"/>, on both the explained path
/// (<see cref="RecordEvaluator.Evaluate"/>) and the outcome-only path (<see cref="RecordEvaluator.Summarize"/>): they read
/// reason codes and outcomes, never rendered reasons, so a host record rule does not force the explained path.
/// </summary>
/// <remarks>
/// <para>The same contract as <see cref="IEligibilityRule"/>: an <see cref="Id"/> shown in reasons and the trace, and one
/// method that reads the facts and adds reasons and next steps. Reasons added about a claim decide that claim's outcome by
/// severity like built-in reasons; reasons about the record change no claim's outcome.</para>
/// <para>Implementations must be thread-safe: one instance serves every evaluation, possibly on many threads at once.
/// Keep no per-evaluation state in fields; everything an evaluation needs is on the <see cref="RecordRuleContext"/>.</para>
/// </remarks>
public interface IRecordRule
{
    /// <summary>Gets the rule id shown in reasons and in the trace, such as <c>host.provider-limit</c>.</summary>
    /// <value>Non-blank, unique among the record evaluator's rules and different from every built-in rule id.</value>
    string Id { get; }

    /// <summary>Applies the rule to one record: reads the claims and facts and adds reasons and next steps.</summary>
    /// <param name="context">The record, read-only apart from the reasons, next steps and trace note it collects.</param>
    void Apply(RecordRuleContext context);
}
