using System.Globalization;
using CreditRules.Internal;

namespace CreditRules.Engine;

/// <summary>
/// An input a bulk run could not decide: where it was, whose it was, which field was wrong and why. A bulk run yields one
/// of these, in place of a decision, for every such input and carries on with the next.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class InputError
{
    /// <summary>Initialises an error entry.</summary>
    /// <param name="position">The zero-based position of the input in the run.</param>
    /// <param name="learnerId">The learner's id, when it could be read.</param>
    /// <param name="path">The field at fault, e.g. <c>ExamAttempts[2].CourseId</c>.</param>
    /// <param name="attemptedValue">The value found there, when there was one.</param>
    /// <param name="code">The stable machine key.</param>
    /// <param name="message">The explanation for people.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not a defined <see cref="InputErrorCode"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> or <paramref name="message"/> is empty.</exception>
    public InputError(long position, string? learnerId, string path, string? attemptedValue, InputErrorCode code, string message)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        Position = position;
        LearnerId = learnerId;
        Path = Preconditions.NotBlank(path);
        AttemptedValue = attemptedValue;
        Code = Preconditions.Defined(code);
        Message = Preconditions.NotBlank(message);
    }

    /// <summary>Gets the zero-based position of the input in the run.</summary>
    public long Position { get; }

    /// <summary>Gets the learner's id, or null when it could not be read.</summary>
    public string? LearnerId { get; }

    /// <summary>Gets the field at fault.</summary>
    public string Path { get; }

    /// <summary>Gets the value found in the field, or null.</summary>
    public string? AttemptedValue { get; }

    /// <summary>Gets the stable machine key of the error.</summary>
    public InputErrorCode Code { get; }

    /// <summary>Gets the explanation for people.</summary>
    public string Message { get; }

    /// <summary>Creates the entry for an exception the engine threw for one input.</summary>
    /// <param name="position">The position of the input.</param>
    /// <param name="learnerId">The learner's id, when known.</param>
    /// <param name="exception">The exception.</param>
    /// <returns>The entry, naming the exception's field and value where it has them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static InputError FromException(long position, string? learnerId, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            Domain.UnknownReferenceException u => new(position, learnerId, u.Path, u.AttemptedValue, InputErrorCode.UnknownReference, u.Message),
            Domain.InvalidLearnerDataException l => new(position, learnerId, l.Path, l.AttemptedValue, InputErrorCode.InvalidInput, l.Message),
            Domain.InvalidPolicyException p => new(position, learnerId, p.Path, p.AttemptedValue, InputErrorCode.InvalidPolicy, p.Message),
            ArgumentException a => new(position, learnerId, string.IsNullOrWhiteSpace(a.ParamName) ? "(input)" : a.ParamName, null, InputErrorCode.InvalidInput, a.Message),
            _ => new(position, learnerId, "(input)", null, InputErrorCode.InvalidInput, exception.Message),
        };
    }

    /// <summary>Returns e.g. "#12 ada ExamAttempts[0].CourseId = 'x': UnknownReference: …".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        "#" + Position.ToString(CultureInfo.InvariantCulture) + " " + (LearnerId ?? "(unknown learner)") + " " + Path
        + (AttemptedValue is null ? string.Empty : " = '" + AttemptedValue + "'") + ": " + Code.ToString() + ": " + Message;
}
