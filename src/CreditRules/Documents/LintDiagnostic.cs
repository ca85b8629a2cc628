using System.Globalization;
using System.Text;

namespace CreditRules.Documents;

/// <summary>One finding of the <see cref="PolicyLinter"/>: what (a <see cref="LintCode"/>), how serious, where (file, JSON path, line and column) and why.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class LintDiagnostic
{
    /// <summary>Initialises a diagnostic.</summary>
    /// <param name="code">The check that fired.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="source">The document's name (usually its path).</param>
    /// <param name="path">The JSON path of the offending value.</param>
    /// <param name="message">The message.</param>
    /// <param name="line">The 1-based line, or <see langword="null"/>.</param>
    /// <param name="column">The 1-based column, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="source"/>, <paramref name="path"/> or <paramref name="message"/> is blank, or an enum is undefined.</exception>
    public LintDiagnostic(LintCode code, LintSeverity severity, string source, string path, string message, int? line = null, int? column = null)
    {
        Code = Internal.Preconditions.Defined(code);
        Severity = Internal.Preconditions.Defined(severity);
        Source = Internal.Preconditions.NotBlank(source);
        Path = Internal.Preconditions.NotBlank(path);
        Message = Internal.Preconditions.NotBlank(message);
        Line = line;
        Column = column;
    }

    /// <summary>Gets the check that fired.</summary>
    public LintCode Code { get; }

    /// <summary>Gets how serious it is.</summary>
    public LintSeverity Severity { get; }

    /// <summary>Gets the document's name.</summary>
    public string Source { get; }

    /// <summary>Gets the JSON path of the offending value.</summary>
    public string Path { get; }

    /// <summary>Gets the message.</summary>
    public string Message { get; }

    /// <summary>Gets the 1-based line, or <see langword="null"/>.</summary>
    public int? Line { get; }

    /// <summary>Gets the 1-based column (UTF-8 bytes), or <see langword="null"/>.</summary>
    public int? Column { get; }

    /// <summary>Formats as <c>file:line:column: error Code at $.path: message</c>.</summary>
    /// <returns>The formatted diagnostic.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Source);
        if (Line is { } line)
        {
            text.Append(':').Append(line.ToString(CultureInfo.InvariantCulture)).Append(':').Append((Column ?? 0).ToString(CultureInfo.InvariantCulture));
        }

        return text.Append(": ").Append(Severity == LintSeverity.Error ? "error " : "warning ").Append(Code.ToString())
            .Append(" at ").Append(Path).Append(": ").Append(Message).ToString();
    }
}
