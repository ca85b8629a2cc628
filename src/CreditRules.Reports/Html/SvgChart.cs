using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace CreditRules.Reports;

/// <summary>
/// Bar charts drawn by ScottPlot as SVG and adapted for inline HTML: the XML prolog goes, the root gets a
/// <c>viewBox</c>, <c>role="img"</c> and a title, and clip-path ids get the chart's prefix so several charts can share a page.
/// </summary>
internal static partial class SvgChart
{
    /// <summary>The fill of a bar; tests count marks by it.</summary>
    public const string BarColor = "#1F5F99";

    /// <summary>The fill of a bar that shows a loss.</summary>
    public const string LossColor = "#A3292E";

    /// <summary>Draws one horizontal bar per item, first item on top. Items with a zero value get no bar.</summary>
    public static string HorizontalBars(string id, string title, IReadOnlyList<(string Label, double Value, bool IsLoss)> items)
    {
        var plot = new ScottPlot.Plot();
        plot.Font.Set("DejaVu Sans");
        var bars = new List<ScottPlot.Bar>();
        var ticks = new List<ScottPlot.Tick>();
        for (var i = 0; i < items.Count; i++)
        {
            var position = items.Count - 1 - i;
            ticks.Add(new ScottPlot.Tick(position, items[i].Label));
            if (items[i].Value > 0)
            {
                bars.Add(new ScottPlot.Bar
                {
                    Position = position,
                    Value = items[i].Value,
                    FillColor = ScottPlot.Color.FromHex(items[i].IsLoss ? LossColor : BarColor),
                    LineWidth = 0,
                    Orientation = ScottPlot.Orientation.Horizontal,
                });
            }
        }

        plot.Add.Bars(bars);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Margins(left: 0, right: 0.1, bottom: 0.5 / Math.Max(1, items.Count), top: 0.5 / Math.Max(1, items.Count));
        plot.Axes.SetLimitsX(0, Math.Max(1, items.Max(i => i.Value)) * 1.08);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.HideGrid();
        var height = 60 + (32 * Math.Max(1, items.Count));
        return Inline(id, title, plot.GetSvgXml(640, height), 640, height, bars.Count);
    }

    private static string Inline(string id, string title, string svg, int width, int height, int marks)
    {
        svg = Prolog().Replace(svg, string.Empty);

        // ScottPlot (through SkiaSharp's SVG canvas) ends glyph position lists with ", ", which browsers reject as an attribute value.
        svg = TrailingListComma().Replace(svg, "\"");
        // Skia numbers clip paths with a process-wide counter: renumber them per chart, prefixed with the chart's id, so
        // ids are unique on a page and the same model renders to the same text.
        var clips = new Dictionary<string, string>(StringComparer.Ordinal);
        svg = ClipId().Replace(svg, m =>
        {
            if (!clips.TryGetValue(m.Groups["n"].Value, out var renamed))
            {
                clips[m.Groups["n"].Value] = renamed = id + "-clip" + clips.Count.ToString(CultureInfo.InvariantCulture);
            }

            return m.Groups["pre"].Value + renamed;
        });
        var root = SvgRoot().Match(svg);
        var size = FormattableString.Invariant($"viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\"");
        var head = "<svg xmlns=\"http://www.w3.org/2000/svg\" " + size + " role=\"img\" aria-labelledby=\"" + id + "-title\" data-chart=\"" + id + "\" data-marks=\""
            + marks.ToString(CultureInfo.InvariantCulture) + "\"><title id=\"" + id + "-title\">" + WebUtility.HtmlEncode(title) + "</title>";
        return head + svg[(root.Index + root.Length)..];
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>\s*")]
    private static partial Regex Prolog();

    [GeneratedRegex(@",\s*""")]
    private static partial Regex TrailingListComma();

    [GeneratedRegex(@"(?<pre>id=""|url\(#)cl_(?<n>[0-9A-Za-z]+)")]
    private static partial Regex ClipId();

    [GeneratedRegex(@"<svg[^>]*>")]
    private static partial Regex SvgRoot();
}
