namespace CreditRules.Benchmarks;

/// <summary>
/// A benchmark's row in the README performance table, declared once on the benchmark method: what it is
/// (<see cref="Label"/>), on how many threads, over what data, and its target (see <see cref="Table.PerfTarget"/> for the
/// clauses that are checked). The baseline is BenchmarkDotNet's own <c>Baseline = true</c> in the same group. Every
/// benchmark must have one: <c>--readme-table</c> fails naming any that lacks it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RowAttribute(string label) : Attribute
{
    /// <summary>What the row measures, as a reader says it.</summary>
    public string Label { get; } = label;

    /// <summary>Threads the measured code runs on.</summary>
    public int Threads { get; set; } = 1;

    /// <summary>The data measured over (parameters of the run are appended).</summary>
    public string Data { get; set; } = "";

    /// <summary>The target, clauses separated by ", "; empty when the row is reported only.</summary>
    public string Target { get; set; } = "";
}
