using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CreditRules.Benchmarks.Table;

/// <summary>
/// Writes the README's performance table from one run: the BenchmarkDotNet JSON reports (with the rows' declared
/// metadata) and the harness scripts' summary lines. Every figure comes from those files; nothing is typed.
/// </summary>
internal static partial class PerfTable
{
    public const string Begin = "<!-- perf-table:begin -->";
    public const string End = "<!-- perf-table:end -->";

    [GeneratedRegex(@"load average:\s*(?<load>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex LoadAverage();

    [GeneratedRegex(@"-(?<date>\d{8})-(?<time>\d{6})$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleStamp();

    /// <summary>Reads one BenchmarkDotNet JSON report (the <c>json</c> exporter: <c>*-report-full-compressed.json</c>).</summary>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    /// <exception cref="InvalidOperationException">The JSON is not a BenchmarkDotNet report.</exception>
    public static BenchmarkReport ReadReport(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (!root.TryGetProperty("Benchmarks", out var benchmarks) || !root.TryGetProperty("HostEnvironmentInfo", out var host))
        {
            throw new InvalidOperationException("Not a BenchmarkDotNet JSON report: no Benchmarks or HostEnvironmentInfo.");
        }

        var machine = FormattableString.Invariant(
            $"BenchmarkDotNet {Text(host, "BenchmarkDotNetVersion")}, {Text(host, "RuntimeVersion")}, {Text(host, "ProcessorName")} ({Text(host, "PhysicalCoreCount")} physical / {Text(host, "LogicalCoreCount")} logical cores), {Text(host, "OsVersion")}");
        var results = new List<BenchmarkResult>();
        foreach (var b in benchmarks.EnumerateArray())
        {
            var display = Text(b, "DisplayInfo");
            var job = display.IndexOf(": ", StringComparison.Ordinal) is var at and >= 0 ? display[(at + 2)..] : display;
            job = job.IndexOf(" [", StringComparison.Ordinal) is var p and >= 0 ? job[..p] : job;
            double? mean = null;
            var values = new List<double>();
            if (b.TryGetProperty("Statistics", out var stats) && stats.ValueKind == JsonValueKind.Object)
            {
                mean = stats.GetProperty("Mean").GetDouble();
                values.AddRange(stats.GetProperty("OriginalValues").EnumerateArray().Select(v => v.GetDouble()));
            }

            double? allocated = b.TryGetProperty("Memory", out var memory) && memory.ValueKind == JsonValueKind.Object && memory.TryGetProperty("BytesAllocatedPerOperation", out var bytes) && bytes.ValueKind == JsonValueKind.Number
                ? bytes.GetDouble()
                : null;
            results.Add(new BenchmarkResult(Text(b, "Type"), Text(b, "Method"), Text(b, "Parameters"), job, mean, values, allocated));
        }

        return new BenchmarkReport(Text(root, "Title"), machine, results);
    }

    /// <summary>The last <c>summary: KIND key=value ...</c> line of a harness output, as its keys and values ("kind" included).</summary>
    /// <exception cref="InvalidOperationException">The output has no summary line.</exception>
    public static IReadOnlyDictionary<string, string> ReadSummary(string output, string file)
    {
        var line = output.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith("summary: ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException(file + " has no \"summary: \" line.");
        var parts = line["summary: ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["kind"] = parts[0] };
        foreach (var part in parts.Skip(1))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                values[part[..eq]] = part[(eq + 1)..];
            }
        }

        return values;
    }

    /// <summary>The load average of an <c>uptime</c> output ("1.02, 0.98, 0.87"), or "not recorded".</summary>
    public static string Load(string? uptime) =>
        uptime is not null && LoadAverage().Match(uptime.Trim()) is { Success: true } m ? m.Groups["load"].Value.Trim() : "not recorded";

    /// <summary>
    /// The markdown between the README markers: the run's header (machine, job, time, load average at start and end), the
    /// BenchmarkDotNet rows in the reports' order, then the whole-process rows whose files exist.
    /// </summary>
    /// <param name="reports">The run's BenchmarkDotNet reports.</param>
    /// <param name="specs">Every benchmark's declared row, by <see cref="BenchmarkRowSpec.Key"/>.</param>
    /// <param name="harnessRows">The whole-process rows.</param>
    /// <param name="harnessFiles">The harness outputs by file name (absent files: rows left out, listed as not run).</param>
    /// <param name="loadStart">The load average when the run started.</param>
    /// <param name="loadEnd">The load average when it ended.</param>
    /// <exception cref="InvalidOperationException">A benchmark of the reports has no declared row (all are named), or a target names an unknown row.</exception>
    public static string Render(IReadOnlyList<BenchmarkReport> reports, IReadOnlyDictionary<string, BenchmarkRowSpec> specs, IReadOnlyList<HarnessRowSpec> harnessRows, IReadOnlyDictionary<string, string> harnessFiles, string loadStart, string loadEnd)
    {
        var missing = reports.SelectMany(r => r.Results).Select(r => r.Key).Where(k => !specs.ContainsKey(k)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("No [Row] declared for " + string.Join(", ", missing) + ": every benchmark states its row, threads, data and target.");
        }

        var text = new StringBuilder();
        var stamps = reports.Select(r => TitleStamp().Match(r.Title)).Where(m => m.Success)
            .Select(m => DateTime.ParseExact(m.Groups["date"].Value + m.Groups["time"].Value, "yyyyMMddHHmmss", CultureInfo.InvariantCulture)).OrderBy(d => d).ToList();
        var jobs = reports.SelectMany(r => r.Results).Select(r => r.Job).Distinct(StringComparer.Ordinal).ToList();
        text.Append("Generated by `benchmarks/CreditRules.Benchmarks/run-all.sh` from one run; do not edit by hand. ");
        if (stamps.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"BenchmarkDotNet reports started {stamps[0]:yyyy-MM-dd HH:mm} to {stamps[^1]:HH:mm} (machine local time). ");
        }

        text.Append(string.Join("; ", reports.Select(r => r.Machine).Distinct(StringComparer.Ordinal))).Append(". ");
        text.Append("Job: ").Append(string.Join("; ", jobs.Select(j => "`" + j + "`"))).Append(". ");
        text.Append("Load average (1, 5, 15 min) at the start: ").Append(loadStart).Append("; at the end: ").Append(loadEnd).Append(".\n\n");
        text.Append("Ratio is BenchmarkDotNet's (mean over every pair of this row's and the baseline's measurements, with its standard deviation); ")
            .Append("Met compares the mean with the declared target.\n\n");

        text.Append("| Row | Threads | Data | Baseline (same group) | Mean | Ratio | Allocated | Target | Met |\n");
        text.Append("|---|---:|---|---|---:|---:|---:|---|---|\n");
        foreach (var report in reports)
        {
            foreach (var result in report.Results)
            {
                text.Append(BenchmarkRow(result, report.Results, specs)).Append('\n');
            }
        }

        var present = harnessRows.Where(h => harnessFiles.ContainsKey(h.File)).ToList();
        if (present.Count > 0)
        {
            text.Append("\nWhole process (harness scripts' summary lines, same run):\n\n");
            text.Append("| Row | Threads | Data | Baseline | Measured | Ratio | Target | Met |\n");
            text.Append("|---|---:|---|---|---:|---:|---|---|\n");
            foreach (var row in present)
            {
                text.Append(HarnessRow(row, harnessFiles)).Append('\n');
            }
        }

        var absent = harnessRows.Where(h => !harnessFiles.ContainsKey(h.File)).Select(h => h.File).Distinct(StringComparer.Ordinal).ToList();
        if (absent.Count > 0)
        {
            text.Append("\nNot run in this run: ").Append(string.Join(", ", absent.Select(f => "`" + f + "`"))).Append(".\n");
        }

        return text.ToString();
    }

    /// <summary>The README with the text between <see cref="Begin"/> and <see cref="End"/> replaced by <paramref name="table"/>.</summary>
    /// <exception cref="InvalidOperationException">The markers are missing, repeated or out of order.</exception>
    public static string ReplaceRegion(string readme, string table)
    {
        var begin = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin || readme.IndexOf(Begin, begin + 1, StringComparison.Ordinal) >= 0 || readme.IndexOf(End, end + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException("The README must hold " + Begin + " once, then " + End + " once.");
        }

        return readme[..(begin + Begin.Length)] + "\n" + table.TrimEnd('\n') + "\n" + readme[end..];
    }

    private static string BenchmarkRow(BenchmarkResult result, IReadOnlyList<BenchmarkResult> all, IReadOnlyDictionary<string, BenchmarkRowSpec> specs)
    {
        var spec = specs[result.Key];
        var group = all.Where(r => r.Type == result.Type && r.Parameters == result.Parameters && specs[r.Key].Group == spec.Group).ToList();
        var baseline = group.FirstOrDefault(r => specs[r.Key].IsBaseline);
        var data = result.Parameters.Length == 0 ? spec.Data : spec.Data + " (" + result.Parameters + ")";
        if (result.Mean is null)
        {
            return Cells(spec.Label, spec.Threads.ToString(CultureInfo.InvariantCulture), data, "", "no result", "", "", spec.Target, "no result");
        }

        string baselineText;
        string ratio;
        double? speedUp = null;
        if (baseline is null)
        {
            (baselineText, ratio) = ("none", "");
        }
        else if (ReferenceEquals(baseline, result))
        {
            (baselineText, ratio) = ("itself", "1.00");
        }
        else
        {
            var baseSpec = specs[baseline.Key];
            baselineText = baseSpec.Label + " (" + (baseline.Mean is { } bm ? PerfFormat.Time(bm) : "no result")
                + (baseSpec.Threads == spec.Threads ? "" : "; " + Threads(baseSpec.Threads)) + ")";
            if (baseline.Mean is { } baseMean && baseline.Values.Count > 0 && result.Values.Count > 0)
            {
                var (mean, sd) = RatioStatistics(result.Values, baseline.Values);
                ratio = PerfFormat.Ratio(mean) + " (SD " + PerfFormat.Ratio(sd) + ")";
                speedUp = baseMean / result.Mean.Value;
            }
            else
            {
                ratio = "";
            }
        }

        var measure = new PerfMeasure(result.Mean, result.Allocated, speedUp, name => group.FirstOrDefault(r => r.Method == name)?.Mean);
        return Cells(
            spec.Label,
            spec.Threads.ToString(CultureInfo.InvariantCulture),
            data,
            baselineText,
            PerfFormat.Time(result.Mean.Value),
            ratio,
            result.Allocated is { } a ? PerfFormat.Bytes(a) : "",
            string.Join(", ", PerfTarget.Applicable(spec.Target, result.Parameters)),
            PerfTarget.Check(spec.Target, measure, result.Parameters));
    }

    private static string HarnessRow(HarnessRowSpec row, IReadOnlyDictionary<string, string> files)
    {
        var summary = ReadSummary(files[row.File], row.File);
        var value = Value(summary, row.Metric, row.File);
        var data = row.Data.Replace("{lines}", summary.TryGetValue("lines", out var lines) ? PerfFormat.Count(Value(summary, "lines", row.File)) : "?", StringComparison.Ordinal)
            .Replace("{runs}", summary.TryGetValue("runs", out var runs) ? runs : "?", StringComparison.Ordinal);
        var isTime = row.Metric.EndsWith("_ms", StringComparison.Ordinal);
        var isMemory = row.Metric == "peak_ws_mb";
        var measured = isTime ? PerfFormat.Time(value * 1e6) : isMemory ? PerfFormat.Bytes(value * 1024 * 1024) : PerfFormat.Count(value) + " lines/s";
        if (isTime && row.Metric != "cpu_ms" && summary.ContainsKey("cpu_ms"))
        {
            measured += " (CPU " + PerfFormat.Time(Value(summary, "cpu_ms", row.File) * 1e6) + ")";
        }


        var baselineText = row.BaselineLabel ?? "none";
        var ratio = "";
        double? speedUp = null;
        if (row.BaselineFile is not null)
        {
            if (files.TryGetValue(row.BaselineFile, out var baseOutput))
            {
                var baseValue = Value(ReadSummary(baseOutput, row.BaselineFile), row.Metric, row.BaselineFile);
                speedUp = isTime ? baseValue / value : value / baseValue;
                ratio = PerfFormat.Multiple(speedUp.Value) + (isTime ? " faster" : " its throughput");
                baselineText += " (" + (isTime ? PerfFormat.Time(baseValue * 1e6) : PerfFormat.Count(baseValue) + " lines/s") + ")";
            }
            else
            {
                baselineText += " (not run)";
            }
        }

        var met = row.MinLines > 0 && summary.TryGetValue("lines", out var n) && double.Parse(n, CultureInfo.InvariantCulture) < row.MinLines
            ? "not measured: the target is for " + PerfFormat.Count(row.MinLines) + " lines"
            : PerfTarget.Check(row.Target, new PerfMeasure(isTime ? value * 1e6 : null, isMemory ? value * 1024 * 1024 : null, speedUp, _ => null));
        return Cells(row.Label, row.Threads.ToString(CultureInfo.InvariantCulture), data, baselineText, measured, ratio, row.Target, met);
    }

    private static double Value(IReadOnlyDictionary<string, string> summary, string key, string file) =>
        summary.TryGetValue(key, out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException(file + ": the summary line has no number " + key + ".");

    /// <summary>BenchmarkDotNet's ratio: mean and sample standard deviation of x[i] / y[j] over every pair.</summary>
    internal static (double Mean, double StandardDeviation) RatioStatistics(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (ReferenceEquals(x, y))
        {
            return (1, 0);
        }

        var z = x.SelectMany(a => y.Select(b => a / b)).ToList();
        var mean = z.Average();
        var sd = z.Count > 1 ? Math.Sqrt(z.Sum(v => (v - mean) * (v - mean)) / (z.Count - 1)) : 0;
        return (mean, sd);
    }

    private static string Threads(int threads) => threads == 1 ? "1 thread" : threads.ToString(CultureInfo.InvariantCulture) + " threads";

    private static string Cells(params string[] cells) => "| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |";

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText() : "";
}
