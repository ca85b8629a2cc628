using CreditRules.Engine;

namespace CreditRules.Testing;

/// <summary>
/// Runs scenario fixtures against an evaluator and compares each decision with its fixture; usable from xunit, NUnit or
/// MSTest (call <see cref="ScenarioResult.EnsurePassed"/> in a test) or from a tool.
/// </summary>
/// <remarks>Thread-safe when the evaluator is (every CreditRules evaluator is).</remarks>
public sealed class ScenarioRunner
{
    private readonly IEligibilityEvaluator _evaluator;

    /// <summary>Initialises a runner.</summary>
    /// <param name="evaluator">The evaluator the scenarios run against.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is null.</exception>
    public ScenarioRunner(IEligibilityEvaluator evaluator)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        _evaluator = evaluator;
    }

    /// <summary>Runs one scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The decision and its mismatches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    /// <exception cref="ArgumentException">The scenario's name is blank.</exception>
    public ScenarioResult Run(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (string.IsNullOrWhiteSpace(scenario.Name))
        {
            throw new ArgumentException("Scenario.Name must not be empty or white space; got '" + scenario.Name + "'.", nameof(scenario));
        }

        var decision = _evaluator.Evaluate(scenario.Request);
        return new ScenarioResult(scenario, decision, Compare(scenario, decision));
    }

    /// <summary>Runs every scenario and measures which rules and reason codes they exercised.</summary>
    /// <param name="scenarios">The scenarios.</param>
    /// <returns>The results, in order, with rule coverage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenarios"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A scenario's name is blank or used twice.</exception>
    public ScenarioReport RunAll(IEnumerable<Scenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var results = new List<ScenarioResult>();
        foreach (var scenario in scenarios)
        {
            var result = Run(scenario);
            if (!names.Add(scenario.Name))
            {
                throw new ArgumentException("Scenario name '" + scenario.Name + "' is used twice.", nameof(scenarios));
            }

            results.Add(result);
        }

        var hostRuleIds = _evaluator is EligibilityEvaluator engine ? engine.HostRules.Select(r => r.Id) : [];
        return new ScenarioReport(results, RuleCoverage.From(results.Select(r => r.Decision), hostRuleIds));
    }

    private static List<string> Compare(Scenario scenario, Decision decision)
    {
        var mismatches = new List<string>();
        if (decision.Outcome != scenario.Outcome)
        {
            mismatches.Add("Outcome: expected " + scenario.Outcome + ", got " + decision.Outcome + ".");
        }

        if (scenario.CreditsGranted is { } credits && !string.Equals(credits, decision.CreditsGranted.ToString(), StringComparison.Ordinal))
        {
            mismatches.Add("CreditsGranted: expected " + credits + ", got " + decision.CreditsGranted + ".");
        }

        if (scenario.ReasonCodes is { } codes)
        {
            var actual = decision.Reasons.Select(r => r.Code.Value).ToList();
            var missing = codes.Where(c => !actual.Contains(c, StringComparer.Ordinal)).ToList();
            var unexpected = actual.Where(c => !codes.Contains(c, StringComparer.Ordinal)).ToList();
            if (missing.Count > 0 || unexpected.Count > 0)
            {
                mismatches.Add("ReasonCodes: missing [" + string.Join(", ", missing) + "]; unexpected [" + string.Join(", ", unexpected) + "].");
            }
        }

        if (scenario.Trace is { } trace)
        {
            var actual = decision.Trace.Select(t => t.ToString()).ToList();
            var count = Math.Max(trace.Count, actual.Count);
            for (var i = 0; i < count; i++)
            {
                var expected = i < trace.Count ? trace[i] : "(none)";
                var got = i < actual.Count ? actual[i] : "(none)";
                if (!string.Equals(expected, got, StringComparison.Ordinal))
                {
                    mismatches.Add("Trace[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]: expected '" + expected + "', got '" + got + "'.");
                }
            }
        }

        return mismatches;
    }
}
