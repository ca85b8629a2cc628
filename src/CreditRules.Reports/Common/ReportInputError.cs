using CreditRules.Engine;

namespace CreditRules.Reports;

/// <summary>An input that got no decision, as a report lists it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReportInputError
{
    /// <summary>Initializes an error row.</summary>
    /// <param name="position">The zero-based position of the input (a line index for JSON Lines input).</param>
    /// <param name="learnerId">The learner, when known.</param>
    /// <param name="code">The error code.</param>
    /// <param name="message">The message, naming the field and the value.</param>
    /// <exception cref="ArgumentException"><paramref name="message"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is negative, or <paramref name="code"/> is not defined.</exception>
    public ReportInputError(long position, string? learnerId, InputErrorCode code, string message)
    {
        Position = Check.NotNegative(position, nameof(position));
        LearnerId = learnerId;
        Code = Enum.IsDefined(code) ? code : throw new ArgumentOutOfRangeException(nameof(code), code, "The error code is not a defined InputErrorCode.");
        Message = Check.NotBlank(message, nameof(message));
    }

    /// <summary>Gets the zero-based position of the input.</summary>
    public long Position { get; }

    /// <summary>Gets the learner, or null when the input could not be read far enough to know.</summary>
    public string? LearnerId { get; }

    /// <summary>Gets the error code.</summary>
    public InputErrorCode Code { get; }

    /// <summary>Gets the message.</summary>
    public string Message { get; }

    /// <summary>Creates a row from an engine input error.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public static ReportInputError FromInputError(InputError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(error.Position, error.LearnerId, error.Code, error.Message);
    }
}
