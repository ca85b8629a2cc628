namespace CreditRules.Testing;

/// <summary>Thrown by <see cref="IScenarioResult.EnsurePassed"/> when a decision does not meet its scenario's expectations.</summary>
public sealed class ScenarioFailedException : Exception
{
    /// <summary>Initialises the exception.</summary>
    /// <param name="result">The failed result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public ScenarioFailedException(IScenarioResult result)
        : base(Describe(result))
    {
        Result = result;
    }

    /// <summary>Gets the failed result.</summary>
    public IScenarioResult Result { get; }

    private static string Describe(IScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var decision = result switch
        {
            ScenarioResult claim => claim.Decision.ToString(),
            RecordScenarioResult record => record.Decision + string.Concat(record.Decision.Awards.Select(a => "\n  " + a)),
            _ => "(not shown)",
        };
        return "Scenario '" + result.Name + "' failed:\n"
            + string.Join("\n", result.Mismatches.Select(m => "- " + m))
            + "\nDecision: " + decision;
    }
}
