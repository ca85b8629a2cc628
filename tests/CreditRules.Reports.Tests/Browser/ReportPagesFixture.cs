using System.Text.Json;
using CreditRules.Tests.Fixtures;
using Microsoft.Playwright;
using Spectre.Console.Testing;

namespace CreditRules.Reports.Tests.Browser;

/// <summary>
/// Writes the three reports once through the command line (each with <c>--html</c> and its JSON from the same run) into
/// <c>artifacts/reports/</c>, and starts the system's headless Chromium through Playwright. Screenshots and PDFs go to the
/// same folder as test artefacts (not committed).
/// </summary>
public sealed class ReportPagesFixture : IAsyncLifetime
{
    /// <summary>The browser Playwright drives: Debian's package, never a downloaded one.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CREDITRULES_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public string Folder { get; } = RepositoryRoot.File("artifacts", "reports");

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Gets the JSON each report's run printed, by report name.</summary>
    public Dictionary<string, JsonElement> Json { get; } = [];

    /// <summary>Gets the one-based line numbers of the lines made unreadable in the bulk input, by the error code expected.</summary>
    public Dictionary<string, List<long>> BadLines { get; } = [];

    public string PathOf(string report) => Path.Combine(Folder, report + ".html");

    public async ValueTask InitializeAsync()
    {
        EnsureChromium(ChromiumPath);
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        Directory.CreateDirectory(Folder);
        WriteReports();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,

            // Containers often run tests as root, where Chromium's sandbox cannot start.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>Fails, saying how to install it, when the browser is missing: the browser tests never skip silently.</summary>
    public static void EnsureChromium(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                "The browser tests need Chromium at " + path + " and it is not there. Install Debian's package with "
                + "`apt-get update && apt-get install -y chromium` (.ci/run does this), or point CREDITRULES_CHROMIUM at a Chromium binary.");
        }
    }

    private static string Run(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 200;
        using var stdout = new StringWriter();
        var exit = CreditRules.Cli.Program.Run(args, console, stdout);
        if (exit != 0)
        {
            throw new InvalidOperationException("creditrules " + string.Join(' ', args) + " exited with " + exit + ": " + console.Output + stdout);
        }

        return stdout.ToString();
    }

    private void WriteReports()
    {
        var generated = Path.Combine(Folder, "generated.jsonl");
        Run("generate", "--learners", "400", "--seed", "2013", "--out", generated);

        // Unreadable and undecidable lines among the generated ones, so the reports list errors with their line numbers.
        var lines = File.ReadAllLines(generated).ToList();
        (int Index, string Code, string Line)[] bad =
        [
            (5, "Malformed", "not json"),
            (12, "UnknownReference", "{\"id\":\"L-atlantis\",\"claims\":[{\"courseId\":\"uci-algebra\",\"institutionId\":\"atlantis\",\"programId\":\"x\"}]}"),
            (30, "Malformed", "{\"id\": \"L-cut\", \"claims\": ["),
        ];
        foreach (var (index, code, line) in bad)
        {
            lines.Insert(index, line);
        }

        foreach (var (index, code, _) in bad)
        {
            (BadLines.TryGetValue(code, out var list) ? list : BadLines[code] = []).Add(index + 1);
        }

        var learners = Path.Combine(Folder, "learners.jsonl");
        File.WriteAllLines(learners, lines);
        Json["bulk"] = Parse(Run("bulk", learners, "--json", "--html", PathOf("bulk"), "--parallel", "2"));
        var impactModel = Path.Combine(Folder, "impact-model.json");
        Run("impact", learners, "--as-of-shift", "P2Y", "--samples", "2", "--report-json", impactModel, "--html", PathOf("impact"));
        Json["impact"] = Parse(File.ReadAllText(impactModel));
        Json["letter"] = Parse(Run("letter", "--learner", "kim", "--institution", "eastern-state", "--program", "aa-general", "--what-if", "--json", "--html", PathOf("letter")));
        File.WriteAllText(Path.Combine(Folder, "README.txt"), "Written by tests/CreditRules.Reports.Tests at each run: the three reports, the JSON of the same runs, full-page screenshots and A4/Letter PDFs.\n");
        foreach (var (name, json) in Json)
        {
            File.WriteAllText(Path.Combine(Folder, name + ".json"), json.GetRawText());
        }
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
