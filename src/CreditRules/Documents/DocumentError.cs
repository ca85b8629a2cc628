using System.Globalization;
using System.Text;

namespace CreditRules.Documents;

/// <summary>
/// One problem found in a document: where it is (a JSON path such as <c>$.recommendations[2].versions[1].validity.end</c>,
/// and the line and column), the offending value, the rule it breaks as a stable <see cref="DocumentErrorCode"/>, and a
/// message for people.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class DocumentError : IEquatable<DocumentError>
{
    /// <summary>Initialises an error.</summary>
    /// <param name="code">The rule broken.</param>
    /// <param name="path">The JSON path of the offending value, starting at <c>$</c>.</param>
    /// <param name="attemptedValue">The offending value as written in the document, or <see langword="null"/> when absent.</param>
    /// <param name="message">The message, naming the value and the rule.</param>
    /// <param name="line">The 1-based line, or <see langword="null"/> when unknown.</param>
    /// <param name="column">The 1-based column (in bytes of UTF-8), or <see langword="null"/> when unknown.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> or <paramref name="message"/> is blank.</exception>
    public DocumentError(DocumentErrorCode code, string path, string? attemptedValue, string message, int? line = null, int? column = null)
    {
        Code = Internal.Preconditions.Defined(code);
        Path = Internal.Preconditions.NotBlank(path);
        AttemptedValue = attemptedValue;
        Message = Internal.Preconditions.NotBlank(message);
        Line = line;
        Column = column;
    }

    /// <summary>Gets the rule broken.</summary>
    public DocumentErrorCode Code { get; }

    /// <summary>Gets the JSON path of the offending value.</summary>
    public string Path { get; }

    /// <summary>Gets the offending value as written, or <see langword="null"/> when the value is absent.</summary>
    public string? AttemptedValue { get; }

    /// <summary>Gets the message.</summary>
    public string Message { get; }

    /// <summary>Gets the 1-based line of the value (or of its nearest enclosing value), or <see langword="null"/>.</summary>
    public int? Line { get; }

    /// <summary>Gets the 1-based column, counted in UTF-8 bytes, or <see langword="null"/>.</summary>
    public int? Column { get; }

    /// <summary>Returns a copy located at <paramref name="line"/> and <paramref name="column"/>.</summary>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    /// <returns>The located error.</returns>
    public DocumentError WithLocation(int line, int column) => new(Code, Path, AttemptedValue, Message, line, column);

    /// <inheritdoc/>
    public bool Equals(DocumentError? other) =>
        other is not null && Code == other.Code && Path == other.Path && AttemptedValue == other.AttemptedValue && Message == other.Message
        && Line == other.Line && Column == other.Column;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DocumentError);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Path, AttemptedValue, Message, Line, Column);

    /// <summary>Formats as <c>$.path (12:5) InvalidDate: message</c>.</summary>
    /// <returns>The formatted error.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Path);
        if (Line is { } line)
        {
            text.Append(" (").Append(line.ToString(CultureInfo.InvariantCulture)).Append(':')
                .Append((Column ?? 0).ToString(CultureInfo.InvariantCulture)).Append(')');
        }

        return text.Append(' ').Append(Code.ToString()).Append(": ").Append(Message).ToString();
    }
}
