namespace CreditRules.OpenBadges;

/// <summary>A JWK Set or key could not be read; names the JSON path and the offending value.</summary>
public sealed class InvalidKeySetException : FormatException
{
    /// <summary>Initialises the exception.</summary>
    /// <param name="path">The JSON path of the problem, e.g. <c>$.keys[1].crv</c>.</param>
    /// <param name="attemptedValue">The offending value, or <see langword="null"/>.</param>
    /// <param name="message">What is wrong.</param>
    public InvalidKeySetException(string path, string? attemptedValue, string message)
        : base(path + (attemptedValue is null ? string.Empty : " ('" + attemptedValue + "')") + ": " + message)
    {
        Path = path;
        AttemptedValue = attemptedValue;
    }

    /// <summary>Gets the JSON path of the problem.</summary>
    public string Path { get; }

    /// <summary>Gets the offending value, or <see langword="null"/>.</summary>
    public string? AttemptedValue { get; }
}
