using System.Globalization;
using CreditRules.Documents;

namespace CreditRules.Cli.Output;

/// <summary>
/// Prints every error of a document that failed to load, one per line in the compiler form editors understand:
/// <c>file:line:column: error Code at $.path (value 'x'): message</c>.
/// </summary>
internal static class DocumentErrorRenderer
{
    // Plain text, never wrapped: one error per line, whatever the terminal width.
    public static void Render(TextWriter output, string file, IReadOnlyList<DocumentError> errors)
    {
        // Past DocumentLimits.MaxErrors the loader keeps the first errors and ends with one entry counting the rest.
        var more = errors.Count > 0 && errors[^1].Code == DocumentErrorCode.TooManyErrors && long.TryParse(errors[^1].AttemptedValue, CultureInfo.InvariantCulture, out var dropped) ? dropped : 0;
        var total = errors.Count - (more > 0 ? 1 : 0) + more;
        var shown = more > 0 ? " (the first " + (errors.Count - 1).ToString(CultureInfo.InvariantCulture) + " shown)" : string.Empty;
        output.WriteLine(file + ": " + total.ToString(CultureInfo.InvariantCulture) + " error" + (total == 1 ? string.Empty : "s") + shown + "; nothing was evaluated.");
        foreach (var error in errors)
        {
            output.WriteLine(Format(file, error));
        }
    }

    public static string Format(string file, DocumentError error)
    {
        var at = error.Line is { } line
            ? ":" + line.ToString(CultureInfo.InvariantCulture) + ":" + (error.Column ?? 0).ToString(CultureInfo.InvariantCulture)
            : string.Empty;
        var value = error.AttemptedValue is null ? "absent" : "'" + error.AttemptedValue + "'";
        return file + at + ": error " + error.Code + " at " + error.Path + " (value " + value + "): " + error.Message;
    }
}
