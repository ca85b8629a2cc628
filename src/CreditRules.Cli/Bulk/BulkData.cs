using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using CreditRules.Cli.Commands;
using CreditRules.Documents;
using CreditRules.Domain;
using NodaTime;
using NodaTime.Text;

namespace CreditRules.Cli.Bulk;

/// <summary>The catalog, policies and as-of date the bulk commands decide with: the bundled sample documents unless told otherwise.</summary>
internal static class BulkData
{
    public static LocalDate DefaultAsOf => SampleDocuments.FallbackAsOf;

    public static Option<string> CatalogOption() =>
        new("--catalog") { Description = "The catalog document (JSON). Default: the bundled samples/catalog.json.", DefaultValueFactory = _ => SampleDocuments.Catalog };

    public static Option<string> PoliciesOption(string name = "--policies", string what = "The institution policy document (JSON)") =>
        new(name) { Description = what + ". Default: the bundled samples/policies.json.", DefaultValueFactory = _ => SampleDocuments.Policies };

    /// <summary>Loads the sample catalog and policies (for tests and benchmarks).</summary>
    public static (Catalog Catalog, PolicySet Policies) Samples() =>
        (CatalogDocument.LoadFile(SampleDocuments.Catalog).GetValueOrThrow(), PolicyDocument.LoadFile(SampleDocuments.Policies).GetValueOrThrow());

    public static bool TryLoadCatalog(TextWriter errors, string path, [NotNullWhen(true)] out Catalog? catalog) =>
        DocumentLoader.TryLoad(errors, path, CatalogDocument.LoadFile, out catalog);

    public static bool TryLoadPolicies(TextWriter errors, string path, [NotNullWhen(true)] out PolicySet? policies) =>
        DocumentLoader.TryLoad(errors, path, PolicyDocument.LoadFile, out policies);

    /// <summary>Parses an ISO date option that must lie in <see cref="SupportedDates"/>, writing a one-line error otherwise.</summary>
    public static bool TryParseDate(TextWriter errors, string option, string? text, LocalDate fallback, out LocalDate date)
    {
        date = fallback;
        if (text is null)
        {
            return true;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            errors.WriteLine(option + ": '" + text + "' is not a valid ISO date (yyyy-MM-dd).");
            return false;
        }

        if (!SupportedDates.Contains(parsed.Value))
        {
            errors.WriteLine(option + ": '" + text + "' is outside the supported range of dates, " + SupportedDates.Description + ".");
            return false;
        }

        date = parsed.Value;
        return true;
    }

    public static bool TryParsePeriod(TextWriter errors, string option, string text, out Period period)
    {
        var parsed = PeriodPattern.NormalizingIso.Parse(text);
        period = parsed.Success ? parsed.Value : Period.Zero;
        if (!parsed.Success || parsed.Value.HasTimeComponent)
        {
            errors.WriteLine(option + ": '" + text + "' is not an ISO date period such as P1Y or P6M.");
            return false;
        }

        return true;
    }
}
