using CreditRules.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CreditRules.Extensions.Hosting;

/// <summary>Loads and validates the data when the host starts (a bad document stops the host, every error listed) and starts the reloader.</summary>
internal sealed class CreditRulesHostedService(
    IServiceProvider services,
    IOptions<CreditRulesHostOptions> options,
    IHostEnvironment environment,
    CreditRulesReloader reloader,
    ILoggerFactory? loggerFactory = null) : IHostedService
{
    private readonly ILogger _logger = (ILogger?)loggerFactory?.CreateLogger(Log.Category) ?? NullLogger.Instance;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var catalog = CreditRulesHostOptionsValidator.Resolve(environment, settings.CatalogPath!);
        var policies = CreditRulesHostOptionsValidator.Resolve(environment, settings.PoliciesPath!);
        CreditRulesDataProvider provider;
        try
        {
            provider = services.GetRequiredService<CreditRulesDataProvider>();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Log.DataLoadFailed(_logger, exception.Message, exception);
            throw;
        }

        Log.DataLoaded(_logger, provider.DataVersion, catalog, policies);
        if (settings.ReloadOnChange)
        {
            reloader.Start(provider, catalog, policies, settings.ReloadDebounce);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        reloader.Stop();
        return Task.CompletedTask;
    }
}
