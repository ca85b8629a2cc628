using CreditRules.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CreditRules.Extensions.Hosting;

/// <summary>Registers CreditRules with a .NET host (ASP.NET Core, a worker, a console host) the Microsoft.Extensions way.</summary>
public static class CreditRulesHostingExtensions
{
    /// <summary>Registers CreditRules with the host: options, their validation at start, the documents loaded and
    /// validated at start, reload on change, and the core services (<see cref="CreditRulesEvaluator"/>,
    /// <see cref="Engine.IEligibilityEvaluator"/>, <see cref="CreditRulesDataProvider"/>).</summary>
    /// <param name="builder">The host builder, such as a <c>WebApplicationBuilder</c>.</param>
    /// <returns>A builder to bind the options: <c>builder.AddCreditRules().BindConfiguration("CreditRules");</c></returns>
    /// <remarks>
    /// <para>At host start, before any request: the options are validated (<c>ValidateOnStart</c>; an
    /// <see cref="OptionsValidationException"/> lists every invalid setting), then the catalog and policy documents load
    /// and validate (a <see cref="DocumentSetValidationException"/> lists every error of every document, with file, line,
    /// column, JSON path and value), so a bad data path or document stops the host instead of failing the first request.</para>
    /// <para>With <see cref="CreditRulesHostOptions.ReloadOnChange"/>, a change to either file reloads the data after
    /// <see cref="CreditRulesHostOptions.ReloadDebounce"/> of quiet. The new snapshot replaces the old atomically; a request
    /// in flight finishes on the snapshot it started with; a failed reload keeps the old snapshot, is logged, and shows in
    /// the health check (<see cref="CreditRulesHealthChecksBuilderExtensions.AddCreditRules(IHealthChecksBuilder)"/>).</para>
    /// <para>Registrations use <c>TryAdd</c>: an <see cref="NodaTime.IClock"/>, <see cref="TimeProvider"/> or CreditRules
    /// service the host registered first wins; calling this twice registers nothing twice.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static CreditRulesBuilder AddCreditRules(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<CreditRulesHostOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CreditRulesHostOptions>, CreditRulesHostOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(static sp =>
        {
            var options = sp.GetRequiredService<IOptions<CreditRulesHostOptions>>().Value;
            var environment = sp.GetRequiredService<IHostEnvironment>();
            var core = CreditRulesHostOptionsValidator.ToCoreOptions(options);
            core.UseDocuments(
                CreditRulesHostOptionsValidator.Resolve(environment, options.CatalogPath!),
                CreditRulesHostOptionsValidator.Resolve(environment, options.PoliciesPath!));
            return core.Validate();
        });
        services.AddCreditRules();
        services.TryAddSingleton(static sp => new CreditRulesReloader(sp.GetRequiredService<TimeProvider>(), sp.GetService<ILoggerFactory>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, CreditRulesHostedService>());
        return new CreditRulesBuilder(services);
    }
}

/// <summary>Adds the CreditRules health check.</summary>
public static class CreditRulesHealthChecksBuilderExtensions
{
    /// <summary>The default name of the health check: <c>creditrules</c>.</summary>
    public const string DefaultName = "creditrules";

    /// <summary>Adds the CreditRules health check, named <see cref="DefaultName"/>.</summary>
    /// <param name="builder">The health checks builder (<c>services.AddHealthChecks()</c>).</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <remarks>See <see cref="AddCreditRules(IHealthChecksBuilder, string)"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IHealthChecksBuilder AddCreditRules(this IHealthChecksBuilder builder) => builder.AddCreditRules(DefaultName);

    /// <summary>Adds the CreditRules health check: Healthy while serving data; Degraded when the last reload failed and
    /// the previous data is still served; Unhealthy when the data never loaded. Its data holds <c>dataVersion</c>,
    /// <c>reloadOnChange</c>, <c>reloads</c>, and after a reload <c>lastReloadAt</c> and <c>lastReloadError</c>.</summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <remarks>Needs <see cref="CreditRulesHostingExtensions.AddCreditRules(IHostApplicationBuilder)"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    public static IHealthChecksBuilder AddCreditRules(this IHealthChecksBuilder builder, string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        builder.Services.TryAddSingleton(static sp => new CreditRulesReloader(sp.GetRequiredService<TimeProvider>(), sp.GetService<ILoggerFactory>()));
        return builder.Add(new HealthCheckRegistration(name, static sp => new CreditRulesHealthCheck(sp, sp.GetRequiredService<CreditRulesReloader>()), failureStatus: null, tags: ["creditrules", "data"]));
    }
}
