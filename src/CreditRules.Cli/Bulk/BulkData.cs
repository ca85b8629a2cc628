using CreditRules.Cli.Samples;
using CreditRules.Domain;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace CreditRules.Cli.Bulk;

/// <summary>The catalog, policies and as-of date the bulk commands decide with: the bundled samples unless told otherwise.</summary>
internal static class BulkData
{
    public static Catalog Catalog => BundledSamples.Catalog;

    public static PolicySet Policies => BundledSamples.Policies;

    public static LocalDate DefaultAsOf => BundledSamples.AsOf;

    /// <summary>Loads a policy set named on the command line.</summary>
    public static bool TryLoadPolicies(IAnsiConsole console, string option, string path, out PolicySet policies)
    {
        policies = Policies;
        if (string.Equals(path, "sample", StringComparison.Ordinal))
        {
            return true;
        }

        console.MarkupLine($"[red]{option}: '{Markup.Escape(path)}': policy documents cannot be read yet (the document loader has not landed); use 'sample'.[/]");
        return false;
    }

    public static bool TryParseDate(IAnsiConsole console, string option, string? text, LocalDate fallback, out LocalDate date)
    {
        date = fallback;
        if (text is null)
        {
            return true;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            console.MarkupLine($"[red]{option}: '{Markup.Escape(text)}' is not a valid ISO date (yyyy-MM-dd).[/]");
            return false;
        }

        date = parsed.Value;
        return true;
    }

    public static bool TryParsePeriod(IAnsiConsole console, string option, string text, out Period period)
    {
        var parsed = PeriodPattern.NormalizingIso.Parse(text);
        period = parsed.Success ? parsed.Value : Period.Zero;
        if (!parsed.Success || parsed.Value.HasTimeComponent)
        {
            console.MarkupLine($"[red]{option}: '{Markup.Escape(text)}' is not an ISO date period such as P1Y or P6M.[/]");
            return false;
        }

        return true;
    }
}
