using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CreditRules.Cli.Output;
using CreditRules.Testing;
using Spectre.Console;

namespace CreditRules.Cli.Commands;

/// <summary><c>creditrules test &lt;fixtures...&gt;</c>: runs scenario fixture files and folders, for policy authors who don't write C#.</summary>
internal static class TestCommand
{
    public static Command Create(IAnsiConsole console, TextWriter stdout, TextWriter stderr)
    {
        var fixtures = new Argument<string[]>("fixtures")
        {
            Description = "Scenario fixture files (schemas/scenario.schema.json) and folders of them (their *.json files).",
            Arity = ArgumentArity.OneOrMore,
        };
        var documentRoot = new Option<string?>("--document-root")
        {
            Description = "The folder every document a fixture names must lie under, once symbolic links are followed; a path outside it is refused unread. "
                + "Default: the nearest folder above each fixture holding .git, a *.sln/*.slnx or global.json, else the fixture's folder.",
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print one JSON object instead of the table and report: scenarios (name, fixture, passed, mismatches), invalidFixtures (path, errors) and coverage "
                + "(rules, reason codes, overrides, date branches, settings by scope, requirement areas, each with what was never exercised). The exit code is the same.",
        };
        var command = new Command("test", "Run scenario fixtures: decide each fixture's claim on the documents it names and compare the decision with its expectations (outcome, credits, reason codes, next steps, trace). Prints pass or fail per scenario with every mismatch, then the coverage report: rules, reason codes, program overrides, date branches, the scope that supplied each setting (institution, program, program override, area) and what each requirement area received, capped, redirected or refused, with what was never exercised. Exits 1 when a scenario fails or a fixture is invalid, 2 when a path does not exist.")
        {
            fixtures,
            documentRoot,
            json,
        };
        command.SetAction(parse => Run(console, stdout, stderr, parse.GetValue(fixtures) ?? [], parse.GetValue(documentRoot), parse.GetValue(json)));
        return command;
    }

    private static int Run(IAnsiConsole console, TextWriter stdout, TextWriter stderr, string[] paths, string? documentRoot, bool json)
    {
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToArray();
        foreach (var path in missing)
        {
            stderr.WriteLine(path + ": no such file or folder.");
        }

        if (missing.Length > 0)
        {
            return 2;
        }

        if (documentRoot is not null && !Directory.Exists(documentRoot))
        {
            stderr.WriteLine("--document-root: " + documentRoot + " is not a folder.");
            return 2;
        }

        ScenarioReport report;
        try
        {
            report = documentRoot is null ? ScenarioRunner.RunFiles(paths) : ScenarioRunner.RunFiles(paths, documentRoot);
        }
        catch (ArgumentException exception)
        {
            stdout.WriteLine(exception.Message);
            return 1;
        }

        if (json)
        {
            stdout.Write(ToJson(report));
            stdout.Write('\n');
            return report.Passed ? 0 : 1;
        }

        foreach (var invalid in report.InvalidFixtures)
        {
            DocumentErrorRenderer.Render(stdout, Relative(invalid.Path), invalid.Errors);
        }

        if (report.AllResults.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Scenario").AddColumn("Fixture").AddColumn("Result").AddColumn("Mismatches");
            foreach (var result in report.AllResults)
            {
                table.AddRow(
                    Markup.Escape(result.Name),
                    Markup.Escape(result.Source is { } source ? Path.GetFileName(source) : string.Empty),
                    result.Passed ? "[green]pass[/]" : "[red]FAIL[/]",
                    Markup.Escape(result.Passed ? string.Empty : string.Join("\n", result.Mismatches)));
            }

            console.Write(table);
        }

        stdout.Write(report.Coverage.ToReport());
        var failed = report.Failures.Count;
        var summary = report.AllResults.Count.ToString(CultureInfo.InvariantCulture) + " scenario(s): "
            + (report.AllResults.Count - failed).ToString(CultureInfo.InvariantCulture) + " passed, "
            + failed.ToString(CultureInfo.InvariantCulture) + " failed; "
            + report.InvalidFixtures.Count.ToString(CultureInfo.InvariantCulture) + " invalid fixture(s).";
        console.MarkupLine((report.Passed ? "[green]" : "[red]") + Markup.Escape(summary) + "[/]");
        return report.Passed ? 0 : 1;
    }

    /// <summary>The report as one JSON object, written with <see cref="Utf8JsonWriter"/> (no reflection: the tool is NativeAOT).</summary>
    private static string ToJson(ScenarioReport report)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("passed", report.AllResults.Count - report.Failures.Count);
            writer.WriteNumber("failed", report.Failures.Count);
            writer.WriteNumber("invalid", report.InvalidFixtures.Count);
            writer.WriteStartArray("scenarios");
            foreach (var result in report.AllResults)
            {
                writer.WriteStartObject();
                writer.WriteString("name", result.Name);
                writer.WriteString("fixture", result.Source is { } source ? Relative(source) : null);
                writer.WriteBoolean("passed", result.Passed);
                writer.WriteStartArray("mismatches");
                foreach (var mismatch in result.Mismatches)
                {
                    writer.WriteStringValue(mismatch);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("invalidFixtures");
            foreach (var invalid in report.InvalidFixtures)
            {
                writer.WriteStartObject();
                writer.WriteString("path", Relative(invalid.Path));
                writer.WriteStartArray("errors");
                foreach (var error in invalid.Errors)
                {
                    writer.WriteStartObject();
                    writer.WriteString("code", error.Code.ToString());
                    writer.WriteString("path", error.Path);
                    writer.WriteString("value", error.AttemptedValue);
                    writer.WriteString("message", error.Message);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WritePropertyName("coverage");
            report.Coverage.WriteJson(writer);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Relative(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative;
    }
}
