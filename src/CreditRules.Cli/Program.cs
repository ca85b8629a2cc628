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

    public static int Main(string[] args)
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return Run(args, console, Console.Out);
    }

    /// <summary>Runs the command line against the given console, so tests can capture the output.</summary>
    public static int Run(string[] args, IAnsiConsole console, TextWriter stdout)
    {
        // A RootCommand names itself after the executable (CreditRules.Cli when run as the tool's dll); the tool is `creditrules`.
        var root = new Command(CommandName, "CreditRules: decides whether a learner is eligible for college credit for an online course, explains why, and lists the next steps.")
        {
            new HelpOption(),
            new VersionOption(),
            EvaluateCommand.Create(console, stdout),
            WhatIfCommand.Create(console, stdout),
            DiffCommand.Create(console, stdout),
            LintCommand.Create(console, stdout),
            TestCommand.Create(console, stdout),
            GenerateCommand.Create(console, stdout),
            BulkCommand.Create(console, stdout),
            ImpactCommand.Create(console, stdout),
        };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = stdout });
    }
}
