namespace CreditRules.Cli.Output;

/// <summary>
/// The one way a command reports a usage, option or input error: one plain line on standard error (never markup on the
/// console, so a pipe or a <c>--json</c> reader gets only the result on standard output), and exit code 2.
/// </summary>
internal static class CliErrors
{
    /// <summary>The exit code of a usage, option or unknown-id error (as System.CommandLine uses for a parse error).</summary>
    public const int UsageExitCode = 2;

    /// <summary>Writes <paramref name="message"/> as one line on <paramref name="stderr"/> and returns <see cref="UsageExitCode"/>.</summary>
    public static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine(message);
        return UsageExitCode;
    }
}
