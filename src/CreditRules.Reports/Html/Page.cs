using System.Globalization;
using System.Net;
using System.Text;
using CreditRules.Domain;
using CreditRules.Engine;
using NodaTime;
using NodaTime.Text;

namespace CreditRules.Reports;

/// <summary>
/// Writes one self-contained HTML page: inline CSS (screen and print), no external resource. Values that come from the
/// model carry <c>data-json</c> with their JSON path, so a test can compare the page with <c>ToJson()</c>.
/// </summary>
internal sealed class Page
{
    private const string Css = """
        :root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; --accent: #1f5f99; --loss: #a3292e; --gain: #1d6b3a; }
        * { box-sizing: border-box; }
        html { font: 11pt/1.45 "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: var(--ink); background: #fff; }
        body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.25rem; margin: 1.75rem 0 .5rem; border-bottom: 2px solid var(--accent); padding-bottom: .15rem; }
        h3 { font-size: 1.05rem; margin: 1.1rem 0 .35rem; }
        p, li, td, th, dd, dt, summary { overflow-wrap: anywhere; }
        .lede { color: var(--muted); margin: 0 0 1rem; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        caption { text-align: left; font-weight: bold; padding: .25rem 0; }
        th, td { border-bottom: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
        th { background: #eef3f8; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .5rem; margin: .75rem 0; padding: 0; }
        .figures div { border: 1px solid var(--line); border-radius: 4px; padding: .5rem .75rem; }
        .figures dt { color: var(--muted); font-size: .85rem; } .figures dd { margin: 0; font-size: 1.3rem; font-weight: bold; }
        figure { margin: .75rem 0; } figcaption { color: var(--muted); font-size: .9rem; }
        svg { max-width: 100%; height: auto; display: block; }
        details { border: 1px solid var(--line); border-radius: 4px; margin: .4rem 0; padding: .3rem .6rem; }
        summary { cursor: pointer; font-weight: bold; }
        .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        .outcome { font-weight: bold; } .Eligible { color: var(--gain); } .NotEligible { color: var(--loss); } .Incomplete { color: #7a4b00; }
        .note { border-left: 4px solid var(--accent); background: #f3f7fb; padding: .5rem .75rem; }
        footer { margin-top: 2rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; }
        footer table { font-size: .85rem; }
        code { font-family: "DejaVu Sans Mono", monospace; font-size: .9em; }
        @page { size: auto; margin: 15mm; }
        @media print {
          html { font-size: 10pt; } body { max-width: none; padding: 0; }
          h2 { break-after: avoid; } table, figure, details, section.course { break-inside: avoid; }
          tr { break-inside: avoid; } summary { list-style: none; }
          .pair { grid-template-columns: 1fr 1fr; }
        }
        """;

    private readonly StringBuilder _html = new();

    public Page(string title)
    {
        _html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(E(title)).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n")

            // Opens every collapsed section before printing, so paper shows what the screen hides; the page works without it.
            .Append("<script>addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true;});});</script>\n")
            .Append("</head>\n<body>\n");
    }

    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string OutcomeText(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Eligible => "Eligible",
        DecisionOutcome.NotEligible => "Not eligible",
        DecisionOutcome.Incomplete => "Incomplete",
        _ => outcome.ToString(),
    };

    public static string UnitText(CreditUnit unit) => unit == CreditUnit.QuarterHour ? "quarter hours" : "semester hours";

    /// <summary>A value from the model, tagged with its JSON path.</summary>
    public static string V(string path, string text, string tag = "span", string? cssClass = null, string? key = null) =>
        "<" + tag + (cssClass is null ? string.Empty : " class=\"" + cssClass + "\"") + " data-json=\"" + E(path) + "\"" + (key is null ? string.Empty : " data-key=\"" + E(key) + "\"") + ">" + E(text) + "</" + tag + ">";

    public static string V(string path, long value, string tag = "span", string? cssClass = null, string? key = null) => V(path, N(value), tag, cssClass, key);

    public static string V(string path, CreditAmount value, string tag = "span", string? cssClass = null) => V(path, value.ToString(), tag, cssClass);

    public Page Raw(string html)
    {
        _html.Append(html).Append('\n');
        return this;
    }

    public Page Figures(params (string Label, string ValueHtml)[] figures)
    {
        _html.Append("<dl class=\"figures\">");
        foreach (var (label, value) in figures)
        {
            _html.Append("<div><dt>").Append(E(label)).Append("</dt><dd>").Append(value).Append("</dd></div>");
        }

        _html.Append("</dl>\n");
        return this;
    }

    /// <summary>Writes a table; cells are HTML already (use <see cref="E"/> or <see cref="V(string, string, string, string?, string?)"/>).</summary>
    public Page Table(string caption, string[] headers, IEnumerable<string[]> rows, ISet<int>? numeric = null)
    {
        _html.Append("<table><caption>").Append(E(caption)).Append("</caption><thead><tr>");
        for (var i = 0; i < headers.Length; i++)
        {
            _html.Append("<th scope=\"col\"").Append(numeric?.Contains(i) == true ? " class=\"num\"" : string.Empty).Append('>').Append(E(headers[i])).Append("</th>");
        }

        _html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            _html.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                _html.Append(i == 0 ? "<th scope=\"row\"" : "<td").Append(numeric?.Contains(i) == true ? " class=\"num\"" : string.Empty).Append('>').Append(row[i]).Append(i == 0 ? "</th>" : "</td>");
            }

            _html.Append("</tr>");
        }

        _html.Append("</tbody></table>\n");
        return this;
    }

    public Page Chart(string svg, string caption)
    {
        _html.Append("<figure>").Append(svg).Append("<figcaption>").Append(E(caption)).Append("</figcaption></figure>\n");
        return this;
    }

    public string Finish()
    {
        _html.Append("</body>\n</html>\n");
        return _html.ToString();
    }
}
