using System.Globalization;
using System.Text.RegularExpressions;

namespace CreditRules.Benchmarks.Table;

/// <summary>
/// What one row measured, as a target clause reads it: time in ns, bytes (allocated per operation, or peak working set),
/// the speed-up against the row's baseline (baseline time / time, or throughput / baseline throughput), and the mean time
/// of another row of the same group by method name.
/// </summary>
internal sealed record PerfMeasure(double? TimeNs, double? Bytes, double? SpeedUp, Func<string, double?> TimeOf);

/// <summary>
/// A row's target, as declared next to the benchmark, checked against what the run measured. Clauses are separated by
/// ", "; the machine-checkable ones are <c>≤ 60 ns</c> (also <c>&lt;</c>, <c>≥</c>, <c>&gt;</c>; ns, µs, us, ms, s),
/// <c>0 B</c> / <c>&lt; 200 MB</c> (B, KB, MB; no operator means ≤), <c>≥ 50x faster than RulesEngine</c> (the named row's
/// time / this row's time, same group), <c>≥ 1.8x</c> (speed-up against the group's baseline) and
/// <c>≤ 10x time of OutcomeOnly</c> (this row's time / the named row's time). Any other clause is reported, not checked.
/// A clause ending <c> when Name=Value</c> applies only to the run of that parameter value (<c>&lt; 1 ms when Institutions=2000</c>).
/// </summary>
internal static partial class PerfTarget
{
    private const string Op = @"(?<op>≤|<=|<|≥|>=|>)?\s*";
    private const string Num = @"(?<num>[0-9][0-9,]*(?:\.[0-9]+)?)";

    [GeneratedRegex("^" + Op + Num + @"\s*(?<unit>ns|µs|us|ms|s|B|KB|MB)$", RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();

    [GeneratedRegex("^" + Op + Num + @"x(?:\s+faster)?(?:\s+than\s+(?<ref>[A-Za-z_][A-Za-z0-9_]*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Speed();

    [GeneratedRegex("^" + Op + Num + @"x\s+(?:the\s+)?time\s+of\s+(?<ref>[A-Za-z_][A-Za-z0-9_]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeMultiple();

    /// <summary>The Met column: "yes", "no: measured vs clause; ...", "reported", with unchecked clauses named; "" for no target.</summary>
    /// <exception cref="InvalidOperationException">A clause names a row that is not in the group (the declaration is wrong).</exception>
    public static string Check(string target, PerfMeasure measure, string parameters = "")
    {
        var clauses = Applicable(target, parameters);
        if (clauses.Count == 0)
        {
            return "";
        }

        var failed = new List<string>();
        var reported = new List<string>();
        var checkedCount = 0;
        foreach (var clause in clauses)
        {
            var verdict = CheckClause(clause, measure);
            if (verdict is null)
            {
                reported.Add(clause);
                continue;
            }

            checkedCount++;
            if (!verdict.Value.Met)
            {
                failed.Add(verdict.Value.Measured + " vs " + clause);
            }
        }

        var result = checkedCount == 0 ? "reported" : failed.Count == 0 ? "yes" : "no: " + string.Join("; ", failed);
        return checkedCount > 0 && reported.Count > 0 ? result + " (reported: " + string.Join(", ", reported) + ")" : result;
    }

    /// <summary>The target's clauses that apply to a run with these parameters ("Institutions=2000, Other=1"), each without its "when" part.</summary>
    public static List<string> Applicable(string target, string parameters)
    {
        var given = parameters.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var clauses = new List<string>();
        foreach (var clause in target.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var when = clause.LastIndexOf(" when ", StringComparison.Ordinal);
            if (when < 0)
            {
                clauses.Add(clause);
            }
            else if (given.Contains(clause[(when + " when ".Length)..].Trim(), StringComparer.Ordinal))
            {
                clauses.Add(clause[..when]);
            }
        }

        return clauses;
    }

    private static (bool Met, string Measured)? CheckClause(string clause, PerfMeasure m)
    {
        var match = Quantity().Match(clause);
        if (match.Success)
        {
            var unit = match.Groups["unit"].Value;
            var isBytes = unit is "B" or "KB" or "MB";
            var actual = isBytes ? m.Bytes : m.TimeNs;
            if (actual is null)
            {
                return null;
            }

            var limit = Number(match) * Scale(unit);
            return (Compare(actual.Value, Operator(match), limit), isBytes ? PerfFormat.Bytes(actual.Value) : PerfFormat.Time(actual.Value));
        }

        match = TimeMultiple().Match(clause);
        if (match.Success)
        {
            var other = Reference(m, match.Groups["ref"].Value, clause);
            if (m.TimeNs is null)
            {
                return null;
            }

            var multiple = m.TimeNs.Value / other;
            return (Compare(multiple, Operator(match), Number(match)), PerfFormat.Multiple(multiple));
        }

        match = Speed().Match(clause);
        if (match.Success)
        {
            double? speedUp = m.SpeedUp;
            if (match.Groups["ref"].Success)
            {
                var other = Reference(m, match.Groups["ref"].Value, clause);
                speedUp = m.TimeNs is null ? null : other / m.TimeNs.Value;
            }

            return speedUp is null ? null : (Compare(speedUp.Value, Operator(match), Number(match)), PerfFormat.Multiple(speedUp.Value));
        }

        return null;
    }

    private static double Reference(PerfMeasure m, string name, string clause) =>
        m.TimeOf(name) ?? throw new InvalidOperationException("The target \"" + clause + "\" names " + name + ", which is not a measured row of the same group.");

    private static double Number(Match match) => double.Parse(match.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static string Operator(Match match) => match.Groups["op"].Success ? match.Groups["op"].Value : "≤";

    private static double Scale(string unit) => unit switch
    {
        "µs" or "us" => 1e3,
        "ms" => 1e6,
        "s" => 1e9,
        "KB" => 1024,
        "MB" => 1024 * 1024,
        _ => 1,
    };

    private static bool Compare(double actual, string op, double limit) => op switch
    {
        "<" => actual < limit,
        "≥" or ">=" => actual >= limit,
        ">" => actual > limit,
        _ => actual <= limit,
    };
}
