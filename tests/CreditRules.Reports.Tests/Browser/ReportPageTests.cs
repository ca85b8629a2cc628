using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CreditRules.Reports.Tests.Browser;

/// <summary>The three reports in a real browser: headless Chromium from Debian, driven by Playwright.</summary>
public sealed partial class ReportPageTests(ReportPagesFixture reports) : IClassFixture<ReportPagesFixture>
{
    public static TheoryData<string> Reports => ["impact", "letter", "bulk"];

    public static TheoryData<string, string> ReportsOnPaper => new()
    {
        { "impact", "A4" }, { "impact", "Letter" },
        { "letter", "A4" }, { "letter", "Letter" },
        { "bulk", "A4" }, { "bulk", "Letter" },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task Page_Opened_LoadsWithoutConsoleErrorsOrAnyRequestButItself(string report)
    {
        var page = await reports.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 800 } });
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                errors.Add(message.Type + ": " + message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add("page error: " + error);
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync(FileUrl(report));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(reports.Folder, report + ".png"), FullPage = true });

        errors.Should().BeEmpty();
        requests.Should().Equal([FileUrl(report)], "a report is self-contained: no script, style, font or image is fetched");
        (await page.TitleAsync()).Should().NotBeNullOrWhiteSpace();
        await page.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task Page_EveryTaggedValue_EqualsTheJsonOfTheSameRun(string report)
    {
        var json = reports.Json[report];
        var page = await Open(report);
        var values = await TaggedValues(page);

        var compared = 0;
        foreach (var (path, _, text) in values)
        {
            if (report == "bulk" && (path.Contains('[') || path is "$.source" or "$.inputsPerSecond"))
            {
                continue; // the bulk command's own JSON keys lists by outcome, reason and code (compared below) and has no rate or source
            }

            text.Should().Be(Expected(Resolve(json, path)), "the page shows " + path);
            compared++;
        }

        // Every row of every list the JSON holds is on the page, so the comparison above covers the whole report.
        var paths = values.Select(v => v.Path).ToHashSet(StringComparer.Ordinal);
        if (report == "impact")
        {
            paths.Should().Contain(Indices(json, "transitions").Select(i => $"$.transitions[{i}].claims"));
            paths.Should().Contain(Indices(json, "breakdown").Select(i => $"$.breakdown[{i}].creditsGained"));
            paths.Should().Contain(Indices(json, "creditChanges").Select(i => $"$.creditChanges[{i}].claims"));
            paths.Should().Contain(Indices(json, "reasonsAppeared").Select(i => $"$.reasonsAppeared[{i}].learners"));
            paths.Should().Contain(["$.claims", "$.changed", "$.unchanged", "$.errors", "$.unreadableInputs.length"]);
            json.GetProperty("errors").GetInt64().Should().BeGreaterThan(0, "the input holds a claim at an unknown institution");
            json.GetProperty("unreadableInputs").GetArrayLength().Should().Be(2);
        }
        else if (report == "letter")
        {
            paths.Should().Contain(Indices(json, "courses").Select(i => $"$.courses[{i}].creditsGranted"));
            paths.Should().Contain(["$.creditsGranted", "$.asOf", "$.whatIf.creditsGranted"]);
        }
        else
        {
            paths.Should().Contain(["$.lines", "$.inputs", "$.outputs", "$.decisions", "$.errors", "$.seconds"]);
            var rate = Math.Round(json.GetProperty("inputs").GetInt64() / json.GetProperty("seconds").GetDouble(), MidpointRounding.AwayFromZero);
            values.Single(v => v.Path == "$.inputsPerSecond").Text.Should().Be(((long)rate).ToString("N0", CultureInfo.InvariantCulture));
        }

        compared.Should().BeGreaterThan(5);
        await page.CloseAsync();
    }

    [Fact]
    public async Task BulkPage_KeyedCountsAndFirstLines_EqualTheBulkCommandsOwnJson()
    {
        var json = reports.Json["bulk"];
        var page = await Open("bulk");
        var values = await TaggedValues(page);

        long Shown(string pathPattern, string key) => long.Parse(values.Single(v => Regex.IsMatch(v.Path, pathPattern) && v.Key == key).Text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

        foreach (var outcome in json.GetProperty("outcomes").EnumerateObject())
        {
            Shown(@"^\$\.outcomes\[\d+\]\.decisions$", outcome.Name).Should().Be(outcome.Value.GetInt64(), outcome.Name);
        }

        foreach (var reason in json.GetProperty("reasons").EnumerateObject())
        {
            Shown(@"^\$\.reasons\[\d+\]\.claims$", reason.Name).Should().Be(reason.Value.GetInt64(), reason.Name);
        }

        values.Count(v => v.Path.StartsWith("$.reasons[", StringComparison.Ordinal)).Should().Be(json.GetProperty("reasons").EnumerateObject().Count());
        json.GetProperty("errorsByCode").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(reports.BadLines.Keys);
        foreach (var code in json.GetProperty("errorsByCode").EnumerateObject())
        {
            Shown(@"^\$\.errorGroups\[\d+\]\.inputs$", code.Name).Should().Be(code.Value.GetInt64(), code.Name);
            values.Where(v => v.Path.Contains(".firstLineNumbers[", StringComparison.Ordinal) && v.Key == code.Name).Select(v => long.Parse(v.Text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture))
                .Should().Equal(reports.BadLines[code.Name], "the lines made bad for " + code.Name);
        }

        await page.CloseAsync();
    }

    [Theory]
    [InlineData("impact")]
    [InlineData("bulk")]
    public async Task Charts_EachValue_HasOneBarAsLongAsItsShare(string report)
    {
        var json = reports.Json[report];
        var expected = report == "impact"
            ? new Dictionary<string, long[]>
            {
                ["chart-transitions"] = [.. json.GetProperty("transitions").EnumerateArray().Select(t => t.GetProperty("claims").GetInt64())],
                ["chart-credit-changes"] = [.. json.GetProperty("creditChanges").EnumerateArray().Select(t => t.GetProperty("claims").GetInt64())],
            }
            : new Dictionary<string, long[]>
            {
                ["chart-outcomes"] = [.. new[] { "Eligible", "Incomplete", "NotEligible" }.Select(o => json.GetProperty("outcomes").GetProperty(o).GetInt64()).Where(c => c > 0)],
                ["chart-reasons"] = [.. json.GetProperty("reasons").EnumerateObject().OrderByDescending(p => p.Value.GetInt64()).ThenBy(p => p.Name, StringComparer.Ordinal).Take(12).Select(p => p.Value.GetInt64())],
            };
        var page = await Open(report);

        var charts = await page.EvaluateAsync<Chart[]>("""
            () => [...document.querySelectorAll('svg[data-chart]')].map(svg => ({
              id: svg.dataset.chart,
              marks: Number(svg.dataset.marks),
              title: svg.querySelector('title')?.textContent ?? '',
              bars: [...svg.querySelectorAll('rect')].filter(r => ['#1F5F99', '#A3292E'].includes((r.getAttribute('fill') || '').toUpperCase())).map(r => r.getBBox().width)
            }))
            """);

        charts.Select(c => c.Id).Should().BeEquivalentTo(expected.Keys);
        foreach (var chart in charts)
        {
            var values = expected[chart.Id];
            chart.Title.Should().NotBeNullOrWhiteSpace();
            chart.Bars.Should().HaveCount(values.Length, chart.Id + " has one bar per value").And.HaveCount(chart.Marks);
            for (var i = 1; i < values.Length; i++)
            {
                (chart.Bars[i] / chart.Bars[0]).Should().BeApproximately(values[i] / (double)values[0], 0.01, $"{chart.Id} bar {i} is {values[i]} against {values[0]}");
            }
        }

        await page.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(ReportsOnPaper))]
    public async Task Print_OnPaper_NothingOverflowsThePrintableWidth(string report, string paper)
    {
        // Printable width in CSS pixels (96 per inch) inside the 15 mm margins of the page's @page rule.
        var width = (int)Math.Floor(((paper == "A4" ? 210.0 : 215.9) - 30) / 25.4 * 96);
        var page = await reports.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 1000 } });
        await page.GotoAsync(FileUrl(report));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");

        var closed = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('details')].filter(d => !d.open).length");
        var layout = await page.EvaluateAsync<Layout>("""
            (width) => ({
              scrollWidth: document.documentElement.scrollWidth,
              overflowing: [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 0.5)
                .slice(0, 5).map(e => e.tagName + (e.id ? '#' + e.id : '') + ' right=' + Math.round(e.getBoundingClientRect().right))
            })
            """, width);
        await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(reports.Folder, report + "-" + paper + ".pdf"), Format = paper, PrintBackground = true });

        closed.Should().Be(0, "printing opens the collapsed sample explanations");
        layout.Overflowing.Should().BeEmpty();
        layout.ScrollWidth.Should().BeLessThanOrEqualTo(width);
        await page.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task Axe_Page_HasNoSeriousOrCriticalViolations(string report)
    {
        var page = await Open(report);
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");

        var result = await page.RunAxe();

        result.Passes.Should().NotBeEmpty("axe ran its rules");
        result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => v.Impact + " " + v.Id + ": " + v.Help + " at " + string.Join("; ", v.Nodes.Take(3).Select(n => n.Html)))
            .Should().BeEmpty();
        await page.CloseAsync();
    }

    [Fact]
    public async Task Letter_Body_HasNoInternalCodesAndTheStaffFootnoteHasThemAll()
    {
        var json = reports.Json["letter"];
        var page = await Open("letter");
        var body = await page.InnerTextAsync("main");
        var footnote = await page.InnerTextAsync("footer");
        var courses = json.GetProperty("courses").EnumerateArray().ToArray();
        var codes = courses.SelectMany(c => c.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()!)
            .Concat(c.GetProperty("nextSteps").EnumerateArray().Select(s => s.GetProperty("code").GetString()!))
            .Append(c.GetProperty("courseId").GetString()!)).Distinct().ToArray();

        codes.Should().Contain(["NotResidenceCredit", "FeeUnpaid"]);
        foreach (var code in codes.Concat(Engine.ReasonCode.All.Select(c => c.Value)).Concat(Engine.NextStepCode.All.Select(c => c.Value)).Distinct())
        {
            body.Should().NotContain(code);
        }

        footnote.Should().ContainAll(codes);
        await page.CloseAsync();
    }

    private static string Expected(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var whole) => whole.ToString("N0", CultureInfo.InvariantCulture),
        JsonValueKind.Number => value.GetDouble().ToString("0.000", CultureInfo.InvariantCulture),
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };

    /// <summary>Resolves <c>$.a.b[2].c</c> (and <c>.length</c> of an array) in <paramref name="root"/>.</summary>
    private static JsonElement Resolve(JsonElement root, string path)
    {
        var current = root;
        foreach (Match step in PathStep().Matches(path))
        {
            if (step.Groups["index"].Success)
            {
                current = current[int.Parse(step.Groups["index"].Value, CultureInfo.InvariantCulture)];
            }
            else if (step.Groups["name"].Value == "length" && current.ValueKind == JsonValueKind.Array)
            {
                using var length = JsonDocument.Parse(current.GetArrayLength().ToString(CultureInfo.InvariantCulture));
                current = length.RootElement.Clone();
            }
            else
            {
                current = current.GetProperty(step.Groups["name"].Value);
            }
        }

        return current;
    }

    private static IEnumerable<int> Indices(JsonElement json, string array) => Enumerable.Range(0, json.GetProperty(array).GetArrayLength());

    private static async Task<List<(string Path, string? Key, string Text)>> TaggedValues(IPage page) =>
        [.. (await page.EvaluateAsync<string[][]>("() => [...document.querySelectorAll('[data-json]')].map(e => [e.dataset.json, e.dataset.key ?? '', e.textContent])"))
            .Select(v => (v[0], v[1].Length == 0 ? null : v[1], v[2]))];

    private string FileUrl(string report) => new Uri(reports.PathOf(report)).AbsoluteUri;

    private async Task<IPage> Open(string report)
    {
        var page = await reports.Browser.NewPageAsync();
        await page.GotoAsync(FileUrl(report));
        return page;
    }

    [GeneratedRegex(@"\.(?<name>[A-Za-z]+)|\[(?<index>\d+)\]")]
    private static partial Regex PathStep();

    private sealed class Chart
    {
        public string Id { get; set; } = "";

        public int Marks { get; set; }

        public string Title { get; set; } = "";

        public double[] Bars { get; set; } = [];
    }

    private sealed class Layout
    {
        public int ScrollWidth { get; set; }

        public string[] Overflowing { get; set; } = [];
    }
}
