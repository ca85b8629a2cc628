namespace CreditRules.Domain;

/// <summary>Thrown when a request or a learner fact names a course, session, institution or program that the loaded data does not know.</summary>
public sealed class UnknownReferenceException : ArgumentException
{
    /// <summary>Initialises the exception.</summary>
    /// <param name="path">The field holding the reference, such as <c>CourseId</c>.</param>
    /// <param name="attemptedValue">The unknown id.</param>
    /// <param name="kind">What kind of thing the id should name, such as <c>course</c>.</param>
    public UnknownReferenceException(string path, string attemptedValue, string kind)
        : base(path + ": no " + kind + " has the id '" + attemptedValue + "'.", path)
    {
        Path = path;
        AttemptedValue = attemptedValue;
    }

    /// <summary>Gets the field holding the reference.</summary>
    public string Path { get; }

    /// <summary>Gets the unknown id.</summary>
    public string AttemptedValue { get; }
}
