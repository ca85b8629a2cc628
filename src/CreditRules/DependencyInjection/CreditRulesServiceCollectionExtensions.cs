using CreditRules.Engine;
using CreditRules.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace CreditRules.DependencyInjection;

/// <summary>Registers CreditRules with a <see cref="IServiceCollection"/>.</summary>
public static class CreditRulesServiceCollectionExtensions
{
    /// <summary>Registers CreditRules with default options; the host registers an <see cref="ICreditRulesDataSource"/>.</summary>
    /// <param name="services">The services.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>See <see cref="AddCreditRules(IServiceCollection, Action{CreditRulesOptions})"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCreditRules(this IServiceCollection services) => services.AddCreditRules(static _ => { });

    /// <summary>Registers CreditRules: validated settings, the data source, the snapshot holder and the evaluator.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options, typically the data source.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>
    /// <para>Registers singletons with <c>TryAdd</c>: <see cref="CreditRulesSettings"/>, <see cref="ICreditRulesDataSource"/>
    /// (from <see cref="CreditRulesOptions.DataSource"/>), <see cref="CreditRulesDataProvider"/>,
    /// <see cref="CreditRulesEvaluator"/> and <see cref="IEligibilityEvaluator"/>. A service the host registered first
    /// wins, and a second call adds nothing, so the first configuration wins.</para>
    /// <para>The options are validated when the host first resolves a CreditRules service; resolve
    /// <see cref="CreditRulesEvaluator"/> at startup to fail fast. Invalid options throw a
    /// <see cref="CreditRulesOptionsValidationException"/> listing every invalid setting.</para>
    /// <para>Every <see cref="IEligibilityRule"/> service the host registers runs after the built-in claim rules, and every
    /// <see cref="IRecordRule"/> service after the built-in record rules (<see cref="CreditRulesEvaluator.EvaluateRecord"/>,
    /// <see cref="CreditRulesEvaluator.SummarizeRecord"/>), in registration order. The <see cref="IClock"/> is the host's if it registered one, else the system clock; this
    /// method never registers an <see cref="IClock"/>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddCreditRules(this IServiceCollection services, Action<CreditRulesOptions> configure)
    {
        Preconditions.NotNull(services);
        var options = CreditRulesOptions.Configure(configure);

        services.TryAddSingleton(_ => options.Validate());
        services.TryAddSingleton(static sp => sp.GetRequiredService<CreditRulesSettings>().DataSource
            ?? throw new InvalidOperationException(
                "CreditRules has no data source: call options.UseData(...) in AddCreditRules, or register an ICreditRulesDataSource service."));
        services.TryAddSingleton(static sp =>
        {
            _ = sp.GetRequiredService<CreditRulesSettings>(); // validate the options before loading any data
            return new CreditRulesDataProvider(sp.GetRequiredService<ICreditRulesDataSource>(), ClockOf(sp), sp.GetServices<IEligibilityRule>(), sp.GetServices<IRecordRule>());
        });
        services.TryAddSingleton(static sp => new CreditRulesEvaluator(
            sp.GetRequiredService<CreditRulesDataProvider>(), sp.GetRequiredService<CreditRulesSettings>(), ClockOf(sp)));
        services.TryAddSingleton<IEligibilityEvaluator>(static sp => sp.GetRequiredService<CreditRulesEvaluator>());
        return services;
    }

    private static IClock ClockOf(IServiceProvider services) =>
#pragma warning disable RS0030 // The one allowed fallback to the system clock: the host registered no IClock of its own.
        services.GetService<IClock>() ?? SystemClock.Instance;
#pragma warning restore RS0030
}
