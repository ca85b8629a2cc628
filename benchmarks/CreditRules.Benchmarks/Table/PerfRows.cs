namespace CreditRules.Benchmarks.Table;

/// <summary>
/// What a benchmark's row says besides its figures, declared once next to the method (<c>[Row]</c>) and read by reflection.
/// <paramref name="Key"/> is <c>Type.Method</c>; <paramref name="IsBaseline"/> and <paramref name="Group"/> (its categories)
/// are BenchmarkDotNet's own declarations, which its JSON report does not carry.
/// </summary>
internal sealed record BenchmarkRowSpec(string Key, string Label, int Threads, string Data, string Target, bool IsBaseline, string Group);

/// <summary>
/// A whole-process row, read from the <c>summary:</c> line a harness script wrote into <paramref name="File"/> (in the
/// results directory). <paramref name="Metric"/> is one of the summary's keys: <c>*_ms</c> (a time), <c>lines_per_s</c>
/// (a throughput, compared with the same key of <paramref name="BaselineFile"/>) or <c>peak_ws_mb</c>. <paramref name="Data"/>
/// may say <c>{lines}</c> and <c>{runs}</c>. A time row whose summary also has <c>cpu_ms</c> shows that CPU time beside it. A target applies only when the run read at least <paramref name="MinLines"/> lines.
/// </summary>
internal sealed record HarnessRowSpec(string Label, int Threads, string Data, string File, string Metric, string Target, string? BaselineFile = null, string? BaselineLabel = null, long MinLines = 0);

/// <summary>One benchmark's figures from a BenchmarkDotNet JSON report (per operation; times in ns).</summary>
internal sealed record BenchmarkResult(string Type, string Method, string Parameters, string Job, double? Mean, IReadOnlyList<double> Values, double? Allocated)
{
    public string Key => Type + "." + Method;
}

/// <summary>One BenchmarkDotNet JSON report: its title (class and start time) and machine, and its benchmarks.</summary>
internal sealed record BenchmarkReport(string Title, string Machine, IReadOnlyList<BenchmarkResult> Results);
