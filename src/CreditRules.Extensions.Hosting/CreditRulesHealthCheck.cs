using CreditRules.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CreditRules.Extensions.Hosting;

/// <summary>Healthy while serving data; Degraded when the last reload failed (the previous data is still served);
/// Unhealthy when the data never loaded. Reports the data version and the last reload's error.</summary>
internal sealed class CreditRulesHealthCheck(IServiceProvider services, CreditRulesReloader reloader) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        CreditRulesDataProvider provider;
        try
        {
            provider = services.GetRequiredService<CreditRulesDataProvider>();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, "CreditRules data did not load: " + exception.Message, exception));
        }

        var version = provider.DataVersion;
        var data = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["dataVersion"] = version,
            ["reloadOnChange"] = reloader.Watching,
            ["reloads"] = reloader.Reloads,
        };
        if (reloader.LastReload is { } last)
        {
            data["lastReloadAt"] = last.At;
            if (last.Error is { } error)
            {
                data["lastReloadError"] = error;
                return Task.FromResult(HealthCheckResult.Degraded("Serving CreditRules data " + version + "; the last reload failed: " + error, data: data));
            }
        }

        return Task.FromResult(HealthCheckResult.Healthy("Serving CreditRules data " + version + ".", data));
    }
}
