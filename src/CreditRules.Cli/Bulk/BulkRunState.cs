using System.Globalization;
using System.Text.Json;

namespace CreditRules.Cli.Bulk;

/// <summary>
/// The sidecar of a bulk run with <c>--out</c>, <c>&lt;out&gt;.progress.json</c>: whether the run completed, and if not,
/// where to resume (the next line's position and byte offset in the input, the bytes of complete lines in the partial
/// output) with the inputs it decided with. It is rewritten after every batch is written and flushed, so a run killed
/// at any point (even SIGKILL) can resume from its last complete batch. It keeps every option that changes what a line
/// holds (as-of and as-known-on dates, catalog, policies, line limit, decision records, settings), so the resumed lines match the
/// ones already written; a progress file written before <c>records</c> and <c>asKnownOn</c> were kept reads as without them.
/// </summary>
internal sealed record BulkRunState(
    string Input,
    long InputLength,
    string Output,
    string PartialFile,
    string AsOf,
    string Catalog,
    string Policies,
    int MaxLineBytes,
    bool Completed,
    long NextPosition,
    long NextInputOffset,
    long OutputBytes,
    bool Records = false,
    string? AsKnownOn = null,
    bool Settings = false)
{
    public static string PathFor(string output) => output + ".progress.json";

    public static string PartialFor(string output) => output + ".partial";

    /// <summary>The command that resumes the run.</summary>
    public string ResumeCommand => "creditrules bulk " + Quote(Input) + " --out " + Quote(Output) + " --resume";

    public void Save()
    {
        var path = PathFor(Output);
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("completed", Completed);
            writer.WriteString("input", Input);
            writer.WriteNumber("inputLength", InputLength);
            writer.WriteString("output", Output);
            writer.WriteString("partialFile", PartialFile);
            writer.WriteString("asOf", AsOf);
            writer.WriteString("catalog", Catalog);
            writer.WriteString("policies", Policies);
            writer.WriteNumber("maxLineBytes", MaxLineBytes);
            writer.WriteNumber("nextPosition", NextPosition);
            writer.WriteNumber("nextInputOffset", NextInputOffset);
            writer.WriteNumber("outputBytes", OutputBytes);
            writer.WriteBoolean("records", Records);
            writer.WriteBoolean("settings", Settings);
            if (AsKnownOn is null)
            {
                writer.WriteNull("asKnownOn");
            }
            else
            {
                writer.WriteString("asKnownOn", AsKnownOn);
            }

            writer.WriteString("resume", Completed ? string.Empty : ResumeCommand);
            writer.WriteEndObject();
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads the sidecar of <paramref name="output"/>; returns null with a one-line problem when there is none or it is unreadable.</summary>
    public static BulkRunState? Load(string output, out string? problem)
    {
        problem = null;
        var path = PathFor(output);
        if (!File.Exists(path))
        {
            problem = "--resume: " + path + " does not exist; there is no interrupted run of --out " + output + " to resume.";
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            return new BulkRunState(
                root.GetProperty("input").GetString()!,
                root.GetProperty("inputLength").GetInt64(),
                root.GetProperty("output").GetString()!,
                root.GetProperty("partialFile").GetString()!,
                root.GetProperty("asOf").GetString()!,
                root.GetProperty("catalog").GetString()!,
                root.GetProperty("policies").GetString()!,
                root.GetProperty("maxLineBytes").GetInt32(),
                root.GetProperty("completed").GetBoolean(),
                root.GetProperty("nextPosition").GetInt64(),
                root.GetProperty("nextInputOffset").GetInt64(),
                root.GetProperty("outputBytes").GetInt64(),
                root.TryGetProperty("records", out var records) && records.GetBoolean(),
                root.TryGetProperty("asKnownOn", out var known) && known.ValueKind != JsonValueKind.Null ? known.GetString() : null,
                root.TryGetProperty("settings", out var settings) && settings.GetBoolean());
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            problem = "--resume: " + path + " is not a bulk progress file (" + InputOneLine(ex.Message) + ").";
            return null;
        }
    }

    private static string InputOneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? "\"" + path + "\"" : path;

    public static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
