using System.CommandLine;
using CreditRules.Cli.Commands;
using Spectre.Console;

namespace CreditRules.Cli;

/// <summary>The <c>creditrules</c> command line.</summary>
internal static class Program
{
    public static int Main(string[] args) => Run(args, AnsiConsole.Console, Console.Out);

    /// <summary>Runs the command line against the given console, so tests can capture the output.</summary>
    public static int Run(string[] args, IAnsiConsole console, TextWriter stdout)
    {
        var root = new RootCommand("CreditRules: decides whether a learner is eligible for college credit for an online course, explains why, and lists the next steps.")
        {
            EvaluateCommand.Create(console, stdout),
            WhatIfCommand.Create(console, stdout),
            DiffCommand.Create(console, stdout),
            LintCommand.Create(console, stdout),
            TestCommand.Create(console, stdout),
            GenerateCommand.Create(console, stdout),
            BulkCommand.Create(console, stdout),
            ImpactCommand.Create(console, stdout),
            ImportBadgesCommand.Create(console, stdout),
            LetterCommand.Create(console, stdout),
        };
        return root.Parse(args).Invoke();
    }
}
