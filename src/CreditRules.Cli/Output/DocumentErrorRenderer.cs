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
        output.WriteLine(file + ": " + errors.Count.ToString(CultureInfo.InvariantCulture) + " error" + (errors.Count == 1 ? string.Empty : "s") + "; nothing was evaluated.");
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
        var value = error.Value is null ? "absent" : "'" + error.Value + "'";
        return file + at + ": error " + error.Code + " at " + error.Path + " (value " + value + "): " + error.Message;
    }
}
