using System.Diagnostics.CodeAnalysis;
using CreditRules.Cli.Output;
using CreditRules.Documents;

namespace CreditRules.Cli.Commands;

/// <summary>Loads one document for a command, printing every error (to standard error) when it does not load.</summary>
internal static class DocumentLoader
{
    public static bool TryLoad<T>(TextWriter errors, string file, Func<string, DocumentLoadResult<T>> load, [NotNullWhen(true)] out T? value)
        where T : class
    {
        value = null;
        if (InputFile.Problem(file) is { } problem)
        {
            errors.WriteLine(problem);
            return false;
        }

        DocumentLoadResult<T> result;
        try
        {
            result = load(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine(InputFile.Unreadable(file, ex));
            return false;
        }

        if (!result.IsSuccess)
        {
            DocumentErrorRenderer.Render(errors, file, result.Errors);
            return false;
        }

        value = result.Value;
        return true;
    }

    /// <summary>The exit code after a failed load: 2 when a file cannot be opened (missing, a folder, refused), 1 when a document is invalid.</summary>
    public static int ExitCode(params string[] files) => files.Any(f => InputFile.Problem(f) is not null || !InputFile.CanOpen(f)) ? 2 : 1;
}

/// <summary>The one-line messages for an input path that cannot be read: missing, a folder, or refused by the system.</summary>
internal static class InputFile
{
    /// <summary>Returns the problem with <paramref name="path"/> as an input file, or <see langword="null"/> when it looks readable.</summary>
    public static string? Problem(string path)
    {
        if (Directory.Exists(path))
        {
            return path + ": is a folder, not a file.";
        }

        return File.Exists(path) ? null : path + ": no such file.";
    }

    /// <summary>Determines whether the file opens and its first byte reads.</summary>
    public static bool CanOpen(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            stream.ReadByte();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The message for a file that exists but could not be read.</summary>
    public static string Unreadable(string path, Exception ex) => path + ": cannot be read: " + OneLine(ex.Message);

    /// <summary>An exception message on one line.</summary>
    public static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
