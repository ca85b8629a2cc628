using System.CommandLine;
using System.Text.Json;
using CreditRules.Cli.Bulk;
using CreditRules.Cli.Documents;
using CreditRules.Cli.Output;
using CreditRules.Engine;
using Spectre.Console;

namespace CreditRules.Cli.Commands;

/// <summary>
/// <c>creditrules generate</c>: writes a seeded synthetic population as JSON Lines, one learner record per line
/// (<c>--learners</c>), or a seeded synthetic policies document (<c>--institutions</c>).
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(IAnsiConsole console, TextWriter stdout, TextWriter stderr)
    {
        var learners = new Option<int?>("--learners") { Description = "How many learners (one claim each), written as JSON Lines." };
        var institutions = new Option<int?>("--institutions") { Description = "How many SYNTHETIC institutions (3 to 5 programs each, every policy feature), written as a policies document over the catalog; give --learners or --institutions." };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed gives the same population.", DefaultValueFactory = _ => 2013 };
        var output = new Option<string?>("--out") { Description = "The file to write (default: standard output)." };
        var catalogOption = BulkData.CatalogOption();
        var policiesOption = BulkData.PoliciesOption();
        var command = new Command("generate", "Write a seeded synthetic population over a catalog and policies (default: the samples) as JSON Lines (--learners), or a policies document of synthetic institutions over the catalog (--institutions; ids start with syn-, names with SYNTHETIC). SYNTHETIC: every learner, date, score, institution and fee is invented.")
        {
            learners,
            institutions,
            seed,
            output,
            catalogOption,
            policiesOption,
        };
        command.SetAction(parse =>
        {
            var requested = parse.GetValue(learners);
            var institutionCount = parse.GetValue(institutions);
            if (requested is null == institutionCount is null)
            {
                stderr.WriteLine("error: give either --learners N (a population) or --institutions N (a policies document), not " + (requested is null ? "neither." : "both."));
                return Program.UsageError;
            }

            if (institutionCount is { } n)
            {
                return WritePolicies(console, stdout, stderr, parse.GetValue(catalogOption)!, n, parse.GetValue(seed), parse.GetValue(output));
            }

            var count = requested!.Value;
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

    private static int WritePolicies(IAnsiConsole console, TextWriter stdout, TextWriter stderr, string catalogPath, int count, int seed, string? path)
    {
        if (count < 1)
        {
            stderr.WriteLine("error: --institutions: " + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is not a count of institutions; give 1 or more.");
            return Program.UsageError;
        }

        if (!BulkData.TryLoadCatalog(stderr, catalogPath, out var catalog))
        {
            return Program.UsageError;
        }

        var json = CreditRules.Documents.PolicyDocument.Write(PolicyGenerator.Generate(catalog!, count, seed), PolicyGenerator.Note);
        if (path is null)
        {
            stdout.Write(json);
        }
        else
        {
            File.WriteAllText(path, json);
            console.MarkupLine($"Wrote {count} SYNTHETIC institutions to {Markup.Escape(path)}.");
        }

        return 0;
    }

    private static void Drain(MemoryStream buffer, TextWriter stdout)
    {
        stdout.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        buffer.SetLength(0);
    }
}
