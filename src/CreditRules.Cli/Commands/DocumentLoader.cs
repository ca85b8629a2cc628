using System.Diagnostics.CodeAnalysis;
using CreditRules.Cli.Output;
using CreditRules.Documents;

namespace CreditRules.Cli.Commands;

/// <summary>Loads one document for a command, printing every error when it does not load.</summary>
internal static class DocumentLoader
{
    public static bool TryLoad<T>(TextWriter output, string file, Func<string, DocumentLoadResult<T>> load, [NotNullWhen(true)] out T? value)
        where T : class
    {
        value = null;
        if (!File.Exists(file))
        {
            output.WriteLine(file + ": no such file.");
            return false;
        }

        var result = load(file);
        if (!result.IsSuccess)
        {
            DocumentErrorRenderer.Render(output, file, result.Errors);
            return false;
        }

        value = result.Value;
        return true;
    }
}
