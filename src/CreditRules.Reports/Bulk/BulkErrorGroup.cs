using CreditRules.Engine;

namespace CreditRules.Reports;

/// <summary>The inputs of a bulk run that failed with one error code, with the first line numbers to look at.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BulkErrorGroup
{
    /// <summary>Initializes a group.</summary>
    /// <param name="code">The error code.</param>
    /// <param name="inputs">The inputs that failed with it.</param>
    /// <param name="firstLineNumbers">The one-based line numbers of the first of them, ascending.</param>
    /// <param name="firstMessage">The message of the first of them.</param>
    /// <exception cref="ArgumentException"><paramref name="firstMessage"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="inputs"/> is not positive, or <paramref name="code"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="firstLineNumbers"/> is null.</exception>
    public BulkErrorGroup(InputErrorCode code, long inputs, IEnumerable<long> firstLineNumbers, string firstMessage)
    {
        Code = Enum.IsDefined(code) ? code : throw new ArgumentOutOfRangeException(nameof(code), code, "The error code is not a defined InputErrorCode.");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputs);
        Inputs = inputs;
        FirstLineNumbers = Check.List(firstLineNumbers, nameof(firstLineNumbers));
        FirstMessage = Check.NotBlank(firstMessage, nameof(firstMessage));
    }

    /// <summary>Gets the error code.</summary>
    public InputErrorCode Code { get; }

    /// <summary>Gets the number of inputs that failed with this code.</summary>
    public long Inputs { get; }

    /// <summary>Gets the one-based line numbers of the first inputs that failed with this code, ascending.</summary>
    public IReadOnlyList<long> FirstLineNumbers { get; }

    /// <summary>Gets the message of the first input that failed with this code.</summary>
    public string FirstMessage { get; }
}
