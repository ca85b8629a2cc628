namespace CreditRules.Testing;

/// <summary>Thrown by <see cref="ScenarioResult.EnsurePassed"/> when a decision does not meet its scenario's expectations.</summary>
public sealed class ScenarioFailedException : Exception
{
    /// <summary>Initialises the exception.</summary>
    /// <param name="result">The failed result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public ScenarioFailedException(ScenarioResult result)
        : base(Describe(result))
    {
        Result = result;
    }

    /// <summary>Gets the failed result.</summary>
    public ScenarioResult Result { get; }

    private static string Describe(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return "Scenario '" + result.Scenario.Name + "' failed:\n"
            + string.Join("\n", result.Mismatches.Select(m => "- " + m))
            + "\nDecision: " + result.Decision;
    }
}
