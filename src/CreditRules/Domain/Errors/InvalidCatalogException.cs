namespace CreditRules.Domain;

/// <summary>Thrown when a catalog is inconsistent: a duplicate id, a reference to an unknown id, or overlapping recommendation versions.</summary>
public sealed class InvalidCatalogException : ArgumentException
{
    /// <summary>Initialises the exception.</summary>
    /// <param name="path">The path of the offending field, such as <c>Recommendations[2].Versions[1].Validity</c>.</param>
    /// <param name="attemptedValue">The offending value, formatted.</param>
    /// <param name="message">What is wrong.</param>
    public InvalidCatalogException(string path, string? attemptedValue, string message)
        : base("Catalog " + path + ": " + message + " Got '" + attemptedValue + "'.", path)
    {
        Path = path;
        AttemptedValue = attemptedValue;
    }

    /// <summary>Gets the path of the offending field.</summary>
    public string Path { get; }

    /// <summary>Gets the offending value, formatted.</summary>
    public string? AttemptedValue { get; }
}
