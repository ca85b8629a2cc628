namespace CreditRules.Domain;

/// <summary>
/// Thrown when a learner's record cannot be decided as given, such as an exam attempt scored on another scale than the
/// minimum it must meet; the message names the learner's field and value (not the policy).
/// </summary>
public sealed class InvalidLearnerDataException : ArgumentException
{
    private readonly string _text;

    /// <summary>Initialises the exception.</summary>
    /// <param name="path">The path of the offending field in the learner record, such as <c>ExamAttempts[0].Score</c>.</param>
    /// <param name="attemptedValue">The offending value, formatted.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    public InvalidLearnerDataException(string path, string? attemptedValue, string message)
        : base(path + " = '" + attemptedValue + "': " + message, path)
    {
        Path = path;
        AttemptedValue = attemptedValue;
        _text = path + " = '" + attemptedValue + "': " + message;
    }

    /// <summary>Gets the message: the field, its value and what is wrong (without the parameter name <see cref="ArgumentException"/> appends).</summary>
    public override string Message => _text;

    /// <summary>Gets the path of the offending field in the learner record.</summary>
    public string Path { get; }

    /// <summary>Gets the offending value, formatted.</summary>
    public string? AttemptedValue { get; }
}
