using System.Globalization;
using System.Text;
using CreditRules.Engine;

namespace CreditRules.Testing;

/// <summary>
/// Which rules a set of decisions exercised, with which trace outcomes, and which reason codes they produced, against
/// the whole vocabulary: the built-in rule ids, the host rule ids and <see cref="ReasonCode.All"/>.
/// </summary>
public sealed class RuleCoverage
{
    private static readonly RuleOutcome[] Deciding = [RuleOutcome.Passed, RuleOutcome.Failed, RuleOutcome.Limited];

    private RuleCoverage(IReadOnlyList<RuleCoverageEntry> rules, IReadOnlyList<string> reasonCodesExercised, IReadOnlyList<string> reasonCodesNeverExercised)
    {
        Rules = rules;
        ReasonCodesExercised = reasonCodesExercised;
        ReasonCodesNeverExercised = reasonCodesNeverExercised;
    }

    /// <summary>Gets one entry per rule id in the vocabulary, built-in rules first in pipeline order, then host rules.</summary>
    public IReadOnlyList<RuleCoverageEntry> Rules { get; }

    /// <summary>Gets the ids of rules that never passed, failed or limited: they were only not applicable or skipped, or never ran.</summary>
    public IReadOnlyList<string> RulesNeverExercised => Rules.Where(r => !r.Outcomes.Any(o => Deciding.Contains(o))).Select(r => r.RuleId).ToArray();

    /// <summary>Gets the reason codes the decisions produced, in order of first appearance.</summary>
    public IReadOnlyList<string> ReasonCodesExercised { get; }

    /// <summary>Gets the built-in reason codes no decision produced, in declaration order.</summary>
    public IReadOnlyList<string> ReasonCodesNeverExercised { get; }

    /// <summary>Measures coverage over decisions.</summary>
    /// <param name="decisions">The decisions.</param>
    /// <param name="hostRuleIds">The ids of the host rules in the vocabulary (rules seen in traces are added anyway).</param>
    /// <returns>The coverage.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RuleCoverage From(IEnumerable<Decision> decisions, IEnumerable<string> hostRuleIds)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(hostRuleIds);
        var order = new List<string>(EligibilityEvaluator.BuiltInRuleIds);
        order.AddRange(hostRuleIds.Where(id => !order.Contains(id, StringComparer.Ordinal)));
        var outcomes = order.ToDictionary(id => id, _ => new SortedSet<RuleOutcome>(), StringComparer.Ordinal);
        var counts = order.ToDictionary(id => id, _ => 0, StringComparer.Ordinal);
        var codes = new List<string>();
        foreach (var decision in decisions)
        {
            ArgumentNullException.ThrowIfNull(decision, nameof(decisions));
            foreach (var entry in decision.Trace)
            {
                if (!outcomes.TryGetValue(entry.RuleId, out var set))
                {
                    order.Add(entry.RuleId);
                    outcomes[entry.RuleId] = set = [];
                    counts[entry.RuleId] = 0;
                }

                set.Add(entry.Outcome);
                counts[entry.RuleId]++;
            }

            foreach (var reason in decision.Reasons)
            {
                if (!codes.Contains(reason.Code.Value, StringComparer.Ordinal))
                {
                    codes.Add(reason.Code.Value);
                }
            }
        }

        var rules = order.Select(id => new RuleCoverageEntry(id, counts[id], outcomes[id].ToArray())).ToArray();
        var never = ReasonCode.All.Select(c => c.Value).Where(c => !codes.Contains(c, StringComparer.Ordinal)).ToArray();
        return new RuleCoverage(rules, codes.ToArray(), never);
    }

    /// <summary>Formats the coverage as a plain-text report: one line per rule with its outcomes, then the reason codes never exercised.</summary>
    /// <returns>The report.</returns>
    public string ToReport()
    {
        var text = new StringBuilder();
        var width = Rules.Max(r => r.RuleId.Length);
        foreach (var rule in Rules)
        {
            text.Append(rule.RuleId.PadRight(width)).Append("  ")
                .Append(rule.Evaluations.ToString(CultureInfo.InvariantCulture).PadLeft(4)).Append("  ")
                .Append(rule.Outcomes.Count == 0 ? "never ran" : string.Join(", ", rule.Outcomes))
                .Append('\n');
        }

        text.Append("Rules never exercised: ").Append(RulesNeverExercised.Count == 0 ? "none" : string.Join(", ", RulesNeverExercised)).Append('\n');
        var hostCodes = ReasonCodesExercised.Where(c => ReasonCode.FromValueOrNull(c) is null).ToArray();
        text.Append("Built-in reason codes exercised: ").Append((ReasonCode.All.Count - ReasonCodesNeverExercised.Count).ToString(CultureInfo.InvariantCulture))
            .Append(" of ").Append(ReasonCode.All.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        text.Append("Built-in reason codes never exercised: ").Append(ReasonCodesNeverExercised.Count == 0 ? "none" : string.Join(", ", ReasonCodesNeverExercised)).Append('\n');
        text.Append("Host reason codes exercised: ").Append(hostCodes.Length == 0 ? "none" : string.Join(", ", hostCodes)).Append('\n');
        return text.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => ToReport();
}
