using System.Globalization;

namespace CreditRules.Benchmarks.Table;

/// <summary>How figures are written in the table (invariant culture).</summary>
internal static class PerfFormat
{
    /// <summary>Nanoseconds as ns below 100 µs, else µs below 1 ms, else ms.</summary>
    public static string Time(double ns) => ns switch
    {
        < 100 => ns.ToString("0.0", CultureInfo.InvariantCulture) + " ns",
        < 1e5 => ns.ToString("#,##0", CultureInfo.InvariantCulture) + " ns",
        < 1e6 => (ns / 1e3).ToString("#,##0.0", CultureInfo.InvariantCulture) + " µs",
        _ => (ns / 1e6).ToString("#,##0.0", CultureInfo.InvariantCulture) + " ms",
    };

    /// <summary>Bytes as B below 100 KB, else MB.</summary>
    public static string Bytes(double bytes) => bytes < 100 * 1024
        ? bytes.ToString("#,##0", CultureInfo.InvariantCulture) + " B"
        : (bytes / (1024 * 1024)).ToString("#,##0.0", CultureInfo.InvariantCulture) + " MB";

    public static string Multiple(double x) => x.ToString(x < 10 ? "0.00" : "#,##0.0", CultureInfo.InvariantCulture) + "x";

    public static string Ratio(double x) => x.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Count(double x) => x.ToString("#,##0", CultureInfo.InvariantCulture);
}
