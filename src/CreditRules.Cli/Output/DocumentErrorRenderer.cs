using System.Globalization;
using CreditRules.Documents;
using Spectre.Console;

namespace CreditRules.Cli.Output;

/// <summary>Prints every error of a document that failed to load: path, line:column, value and message.</summary>
internal static class DocumentErrorRenderer
{
    public static void Render(IAnsiConsole console, string file, IReadOnlyList<DocumentError> errors)
    {
        console.MarkupLine($"[red bold]{Markup.Escape(file)}[/][red]: {errors.Count.ToString(CultureInfo.InvariantCulture)} error{(errors.Count == 1 ? string.Empty : "s")}; nothing was evaluated.[/]");
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Line:Col").AddColumn("Path").AddColumn("Code").AddColumn("Value").AddColumn("Message");
        foreach (var error in errors)
        {
            var at = error.Line is { } line ? line.ToString(CultureInfo.InvariantCulture) + ":" + (error.Column ?? 0).ToString(CultureInfo.InvariantCulture) : "-";
            table.AddRow(
                Markup.Escape(at),
                Markup.Escape(error.Path),
                Markup.Escape(error.Code.ToString()),
                Markup.Escape(error.Value ?? "(absent)"),
                Markup.Escape(error.Message));
        }

        console.Write(table);
    }
}
