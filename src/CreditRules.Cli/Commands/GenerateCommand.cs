using System.CommandLine;
using System.Text.Json;
using CreditRules.Cli.Bulk;
using CreditRules.Cli.Documents;
using CreditRules.Cli.Output;
using CreditRules.Engine;
using Spectre.Console;

namespace CreditRules.Cli.Commands;

/// <summary><c>creditrules generate</c>: writes a seeded synthetic population as JSON Lines, one learner record per line.</summary>
internal static class GenerateCommand
{
    public static Command Create(IAnsiConsole console, TextWriter stdout, TextWriter stderr)
    {
        var learners = new Option<int>("--learners") { Description = "How many learners (one claim each).", Required = true };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed gives the same population.", DefaultValueFactory = _ => 2013 };
        var output = new Option<string?>("--out") { Description = "The file to write (default: standard output)." };
        var catalogOption = BulkData.CatalogOption();
        var policiesOption = BulkData.PoliciesOption();
        var command = new Command("generate", "Write a seeded synthetic population over a catalog and policies (default: the samples) as JSON Lines (SYNTHETIC: every learner, date, score and fee is invented).")
        {
            learners,
            seed,
            output,
            catalogOption,
            policiesOption,
        };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(learners);
            if (count < 0)
            {
                return CliErrors.Fail(stderr, $"--learners: {count} is negative; give 0 or more.");
            }

            if (!BulkData.TryLoadCatalog(stderr, parse.GetValue(catalogOption)!, out var catalog) | !BulkData.TryLoadPolicies(stderr, parse.GetValue(policiesOption)!, out var policies))
            {
                return 2;
            }

            var path = parse.GetValue(output);
            using var stream = path is null ? new MemoryStream() : (Stream)File.Create(path, 1 << 16);
            using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            var written = 0;
            foreach (var claim in PopulationGenerator.Generate(catalog!, policies!, count, parse.GetValue(seed)))
            {
                LearnerLineMapper.Write(writer, claim);
                writer.Flush();
                writer.Reset();
                stream.WriteByte((byte)'\n');
                written++;
                if (path is null && stream.Length > (1 << 16))
                {
                    Drain((MemoryStream)stream, stdout);
                }
            }

            if (path is null)
            {
                Drain((MemoryStream)stream, stdout);
            }
            else
            {
                console.MarkupLine($"Wrote {written} learners to {Markup.Escape(path)}.");
            }

            return 0;
        });
        return command;
    }

    private static void Drain(MemoryStream buffer, TextWriter stdout)
    {
        stdout.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        buffer.SetLength(0);
    }
}
