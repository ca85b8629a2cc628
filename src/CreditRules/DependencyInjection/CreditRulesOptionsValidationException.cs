namespace CreditRules.DependencyInjection;

/// <summary>Thrown when the host resolves CreditRules with invalid <see cref="CreditRulesOptions"/>; the message lists every invalid setting.</summary>
public sealed class CreditRulesOptionsValidationException : InvalidOperationException
{
    /// <summary>Initialises the exception.</summary>
    /// <param name="errors">One line per invalid setting, each starting with the setting's name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    public CreditRulesOptionsValidationException(IEnumerable<string> errors)
        : this(Internal.Preconditions.NotNull(errors).ToArray())
    {
    }

    private CreditRulesOptionsValidationException(string[] errors)
        : base("The CreditRulesOptions are invalid:\n" + string.Join("\n", errors.Select(e => "- " + e)))
    {
        Errors = Array.AsReadOnly(errors);
    }

    /// <summary>Gets one line per invalid setting, each starting with the setting's name.</summary>
    public IReadOnlyList<string> Errors { get; }
}
