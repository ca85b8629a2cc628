using System.CommandLine;
using System.CommandLine.Help;
using CreditRules.Cli.Commands;
using Spectre.Console;

namespace CreditRules.Cli;

/// <summary>The <c>creditrules</c> command line.</summary>
internal static class Program
{
    /// <summary>The command's name, as installed by <c>dotnet tool install CreditRules.Cli</c> (ToolCommandName).</summary>
    public const string CommandName = "creditrules";

    /// <summary>The width output is laid out in when it is piped or redirected: wide enough that no table cell or line
    /// wraps in the middle of a value (a terminal's own width is used otherwise).</summary>
    public const int RedirectedWidth = 320;

    /// <summary>The exit code of a usage or input error: a bad option, a file that cannot be read.</summary>
    public const int UsageError = 2;

    /// <summary>The exit code of a failure inside the tool itself (a bug): EX_SOFTWARE.</summary>
    public const int InternalError = 70;

    /// <summary>The environment variable that makes the tool print its peak memory to standard error as it exits (for the memory-ceiling tests).</summary>
    public const string ReportPeakMemoryVariable = "CREDITRULES_REPORT_PEAK_MEMORY";

    public static int Main(string[] args)
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        var exitCode = Run(args, console, Console.Out, Console.Error);
        if (Environment.GetEnvironmentVariable(ReportPeakMemoryVariable) == "1")
        {
            // The process's own counter: on Linux VmHWM of /proc/self/status, the peak resident set.
            using var self = System.Diagnostics.Process.GetCurrentProcess();
            Console.Error.WriteLine("peak-working-set-bytes: " + self.PeakWorkingSet64.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return exitCode;
    }

    /// <summary>Runs the command line against the given console, so tests can capture the output; errors go to standard output.</summary>
    public static int Run(string[] args, IAnsiConsole console, TextWriter stdout) => Run(args, console, stdout, stdout);

    /// <summary>
    /// Runs the command line against the given console and writers. Every error is one line on <paramref name="stderr"/>
    /// (a document's errors one per line), never a stack trace: input and usage errors exit 2, a failure of the tool itself 70.
    /// </summary>
    public static int Run(string[] args, IAnsiConsole console, TextWriter stdout, TextWriter stderr)
    {
        // A RootCommand names itself after the executable (CreditRules.Cli when run as the tool's dll); the tool is `creditrules`.
        var root = new Command(CommandName, "CreditRules: decides whether a learner is eligible for college credit for an online course, explains why, and lists the next steps.")
        {
            new HelpOption(),
            new VersionOption(),
            EvaluateCommand.Create(console, stdout, stderr),
            WhatIfCommand.Create(console, stdout, stderr),
            DiffCommand.Create(console, stdout, stderr),
            LintCommand.Create(console, stdout, stderr),
            TestCommand.Create(console, stdout, stderr),
            GenerateCommand.Create(console, stdout, stderr),
            BulkCommand.Create(console, stdout, stderr),
            ReplayCommand.Create(console, stdout, stderr),
            ImpactCommand.Create(console, stdout, stderr),
            ImportBadgesCommand.Create(console, stdout, stderr),
            LetterCommand.Create(console, stdout, stderr),
            ExploreCommands.Where(console, stdout, stderr),
            ExploreCommands.Next(console, stdout, stderr),
        };
        var configuration = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
            // bulk handles SIGINT and SIGTERM itself (it finishes the block in flight and records where to resume).
            ProcessTerminationTimeout = null,
        };
        try
        {
            return root.Parse(args).Invoke(configuration);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("error: " + InputFile.OneLine(ex.Message));
            return UsageError;
        }
        catch (OutOfMemoryException)
        {
            stderr.WriteLine("error: out of memory; give fewer threads (--parallel) or a smaller input.");
            return UsageError;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            stderr.WriteLine("internal error: " + ex.GetType().Name + ": " + InputFile.OneLine(ex.Message) + " (please report it with the command that caused it).");
            return InternalError;
        }
    }
}
