using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace CreditRules.Extensions.Hosting;

/// <summary>Configures a hosted CreditRules: returned by <see cref="CreditRulesHostingExtensions.AddCreditRules(Microsoft.Extensions.Hosting.IHostApplicationBuilder)"/>.</summary>
/// <remarks>Every method returns this builder, so calls chain: <c>builder.AddCreditRules().BindConfiguration("CreditRules");</c>.</remarks>
public sealed class CreditRulesBuilder
{
    internal CreditRulesBuilder(IServiceCollection services) => Services = services;

    /// <summary>Gets the host's services.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Binds <see cref="CreditRulesHostOptions"/> to a configuration section, and rebinds when configuration reloads.</summary>
    /// <param name="sectionPath">The section's path, such as <c>CreditRules</c> or <c>Services:CreditRules</c>.</param>
    /// <returns>This builder.</returns>
    /// <remarks>Reads each setting by name, without reflection (NativeAOT- and trimming-safe). A value that does not
    /// convert (<c>"ReloadOnChange": "sometimes"</c>) is reported at host start with the section path and the value,
    /// together with every other invalid setting.</remarks>
    /// <exception cref="ArgumentException"><paramref name="sectionPath"/> is null or blank.</exception>
    public CreditRulesBuilder BindConfiguration(string sectionPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionPath);
        Services.AddSingleton<IConfigureOptions<CreditRulesHostOptions>>(sp =>
            new ConfigureNamedOptions<CreditRulesHostOptions>(Options.DefaultName, options => Bind(sp.GetRequiredService<IConfiguration>().GetSection(sectionPath), options)));
        Services.AddSingleton<IOptionsChangeTokenSource<CreditRulesHostOptions>>(sp =>
            new SectionChangeTokenSource(sp.GetRequiredService<IConfiguration>().GetSection(sectionPath)));
        return this;
    }

    /// <summary>Sets options in code, after any configuration binding registered before this call.</summary>
    /// <param name="configure">Sets the options.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public CreditRulesBuilder Configure(Action<CreditRulesHostOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }

    internal static void Bind(IConfigurationSection section, CreditRulesHostOptions options)
    {
        string Path(string key) => section.Path + ":" + key;

        if (section[nameof(CreditRulesHostOptions.CatalogPath)] is { } catalog)
        {
            options.CatalogPath = catalog;
        }

        if (section[nameof(CreditRulesHostOptions.PoliciesPath)] is { } policies)
        {
            options.PoliciesPath = policies;
        }

        if (section[nameof(CreditRulesHostOptions.TodayZoneId)] is { } zone)
        {
            options.TodayZoneId = zone.Length == 0 ? null : zone;
        }

        if (section[nameof(CreditRulesHostOptions.ReloadOnChange)] is { } reload)
        {
            if (bool.TryParse(reload, out var value))
            {
                options.ReloadOnChange = value;
            }
            else
            {
                options.BindingErrors.Add(Path(nameof(CreditRulesHostOptions.ReloadOnChange)) + ": '" + reload + "' is not true or false.");
            }
        }

        if (section[nameof(CreditRulesHostOptions.ReloadDebounce)] is { } debounce)
        {
            if (TimeSpan.TryParse(debounce, CultureInfo.InvariantCulture, out var value))
            {
                options.ReloadDebounce = value;
            }
            else
            {
                options.BindingErrors.Add(Path(nameof(CreditRulesHostOptions.ReloadDebounce)) + ": '" + debounce + "' is not a time span such as 00:00:02.");
            }
        }

        if (section[nameof(CreditRulesHostOptions.MaxDegreeOfParallelism)] is { } parallelism)
        {
            if (int.TryParse(parallelism, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                options.MaxDegreeOfParallelism = value;
            }
            else
            {
                options.BindingErrors.Add(Path(nameof(CreditRulesHostOptions.MaxDegreeOfParallelism)) + ": '" + parallelism + "' is not a whole number.");
            }
        }
    }
}

/// <summary>Tells IOptionsMonitor that the bound section changed.</summary>
internal sealed class SectionChangeTokenSource(IConfigurationSection section) : IOptionsChangeTokenSource<CreditRulesHostOptions>
{
    public string? Name => Options.DefaultName;

    public IChangeToken GetChangeToken() => section.GetReloadToken();
}
