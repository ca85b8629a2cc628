namespace CreditRules.Domain;

/// <summary>Thrown when an institution or program policy is inconsistent, naming the field and the value.</summary>
public sealed class InvalidPolicyException : ArgumentException
{
    /// <summary>Initialises the exception.</summary>
    /// <param name="path">The path of the offending field, such as <c>Institution 'emcc', policy 'v1', MinimumScore</c>.</param>
    /// <param name="attemptedValue">The offending value, formatted.</param>
    /// <param name="message">What is wrong.</param>
    public InvalidPolicyException(string path, string? attemptedValue, string message)
        : base(path + ": " + message + " Got '" + attemptedValue + "'.", path)
    {
        Path = path;
        AttemptedValue = attemptedValue;
    }

    /// <summary>Gets the path of the offending field.</summary>
    public string Path { get; }

    /// <summary>Gets the offending value, formatted.</summary>
    public string? AttemptedValue { get; }
}
