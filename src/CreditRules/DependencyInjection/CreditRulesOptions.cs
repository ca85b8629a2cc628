using System.Globalization;
using CreditRules.Domain;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.DependencyInjection;

/// <summary>
/// The settings a host gives <see cref="CreditRulesServiceCollectionExtensions.AddCreditRules(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{CreditRulesOptions})"/>.
/// Mutable while the host configures it; validated once (every invalid setting listed together) and copied into an
/// immutable <see cref="CreditRulesSettings"/>.
/// </summary>
public sealed class CreditRulesOptions
{
    /// <summary>The lowest allowed <see cref="MaxDegreeOfParallelism"/>.</summary>
    public const int MinParallelism = 1;

    /// <summary>The highest allowed <see cref="MaxDegreeOfParallelism"/>.</summary>
    public const int MaxParallelism = 64;

    /// <summary>Gets or sets the most threads a batch evaluation uses.</summary>
    /// <value>Between 1 and 64; defaults to the processor count, at most 64.</value>
    public int MaxDegreeOfParallelism { get; set; } = Math.Min(Environment.ProcessorCount, MaxParallelism);

    /// <summary>Gets or sets the IANA (TZDB) id of the zone in which "today" is read for <see cref="CreditRulesEvaluator.EvaluateToday"/>,
    /// such as <c>America/New_York</c>.</summary>
    /// <value>Defaults to <see langword="null"/>: today is read in each institution's own zone.</value>
    public string? TodayZoneId { get; set; }

    /// <summary>Gets or sets where the catalog and policies come from.</summary>
    /// <value>Defaults to <see langword="null"/>: the host registers its own <see cref="ICreditRulesDataSource"/> service.</value>
    public ICreditRulesDataSource? DataSource { get; set; }

    /// <summary>Uses a catalog and a policy set the host already holds.</summary>
    /// <param name="catalog">The courses and their recommendations.</param>
    /// <param name="policies">The institutions and their policies.</param>
    /// <param name="version">The version label stamped on every decision.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="version"/> is blank.</exception>
    public CreditRulesOptions UseData(Catalog catalog, PolicySet policies, string version)
    {
        DataSource = new InMemoryCreditRulesDataSource(new CreditRulesData(catalog, policies, version));
        return this;
    }

    /// <summary>Uses the host's loader, called at start and on every reload.</summary>
    /// <param name="load">The loader.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="load"/> is null.</exception>
    public CreditRulesOptions UseData(Func<CreditRulesData> load)
    {
        DataSource = new DelegateCreditRulesDataSource(load);
        return this;
    }

    /// <summary>Uses a catalog document and a policy document read from files, at start and on every reload.</summary>
    /// <param name="catalogPath">The catalog document's path (<c>schemas/catalog.schema.json</c>).</param>
    /// <param name="policiesPath">The policy document's path (<c>schemas/policies.schema.json</c>).</param>
    /// <returns>These options.</returns>
    /// <remarks>Every decision names the documents' content hash as its data version; see <see cref="DocumentCreditRulesDataSource"/>.
    /// <see cref="Validate"/> reports a file that does not exist.</remarks>
    /// <exception cref="ArgumentNullException">A path is null.</exception>
    /// <exception cref="ArgumentException">A path is blank.</exception>
    public CreditRulesOptions UseDocuments(string catalogPath, string policiesPath)
    {
        DataSource = DocumentCreditRulesDataSource.FromFiles(catalogPath, policiesPath);
        return this;
    }

    /// <summary>Uses a catalog document and a policy document embedded in an assembly.</summary>
    /// <param name="assembly">The assembly holding the resources.</param>
    /// <param name="catalogResourceName">The catalog's manifest resource name.</param>
    /// <param name="policiesResourceName">The policy document's manifest resource name.</param>
    /// <returns>These options.</returns>
    /// <remarks><see cref="Validate"/> reports a resource the assembly does not have.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A resource name is blank.</exception>
    public CreditRulesOptions UseEmbeddedDocuments(System.Reflection.Assembly assembly, string catalogResourceName, string policiesResourceName)
    {
        DataSource = DocumentCreditRulesDataSource.FromEmbeddedResources(assembly, catalogResourceName, policiesResourceName);
        return this;
    }

    /// <summary>Checks every setting and copies them into an immutable snapshot.</summary>
    /// <returns>The snapshot.</returns>
    /// <exception cref="CreditRulesOptionsValidationException">One or more settings are invalid; the message lists all of them.</exception>
    public CreditRulesSettings Validate()
    {
        var errors = new List<string>();
        DateTimeZone? todayZone = null;
        if (TodayZoneId is { } zoneId)
        {
            todayZone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);
            if (todayZone is null)
            {
                errors.Add(nameof(TodayZoneId) + ": '" + zoneId + "' is not a known time zone id.");
            }
        }

        if (MaxDegreeOfParallelism is < MinParallelism or > MaxParallelism)
        {
            errors.Add(nameof(MaxDegreeOfParallelism) + ": " + MaxDegreeOfParallelism.ToString(CultureInfo.InvariantCulture)
                + " is out of range; it must be between " + MinParallelism.ToString(CultureInfo.InvariantCulture)
                + " and " + MaxParallelism.ToString(CultureInfo.InvariantCulture) + ".");
        }

        if (DataSource is DocumentCreditRulesDataSource documents)
        {
            foreach (var name in new[] { documents.CatalogName, documents.PoliciesName })
            {
                if (documents.Assembly is { } assembly
                    ? !assembly.GetManifestResourceNames().Contains(name, StringComparer.Ordinal)
                    : !File.Exists(name))
                {
                    errors.Add(nameof(DataSource) + ": " + (documents.Assembly is null ? "file '" : "embedded resource '") + name + "' does not exist"
                        + (documents.Assembly is { } a ? " in assembly '" + a.GetName().Name + "'." : "."));
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new CreditRulesOptionsValidationException(errors);
        }

        return new CreditRulesSettings(MaxDegreeOfParallelism, todayZone, DataSource);
    }

    internal static CreditRulesOptions Configure(Action<CreditRulesOptions> configure)
    {
        var options = new CreditRulesOptions();
        Preconditions.NotNull(configure)(options);
        return options;
    }
}
