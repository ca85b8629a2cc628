using System.Globalization;
using CreditRules.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CreditRules.Extensions.Hosting;

/// <summary>Validates <see cref="CreditRulesHostOptions"/>, listing every invalid setting; the zone and parallelism rules are the core's (<see cref="CreditRulesOptions.Validate"/>).</summary>
internal sealed class CreditRulesHostOptionsValidator(IHostEnvironment environment) : IValidateOptions<CreditRulesHostOptions>
{
    public ValidateOptionsResult Validate(string? name, CreditRulesHostOptions options)
    {
        var errors = new List<string>(options.BindingErrors);
        CheckFile(nameof(CreditRulesHostOptions.CatalogPath), options.CatalogPath, "catalog", errors);
        CheckFile(nameof(CreditRulesHostOptions.PoliciesPath), options.PoliciesPath, "policy", errors);
        if (options.ReloadDebounce < CreditRulesHostOptions.MinReloadDebounce || options.ReloadDebounce > CreditRulesHostOptions.MaxReloadDebounce)
        {
            errors.Add(nameof(CreditRulesHostOptions.ReloadDebounce) + ": " + options.ReloadDebounce.ToString("c", CultureInfo.InvariantCulture)
                + " is out of range; it must be between " + CreditRulesHostOptions.MinReloadDebounce.ToString("c", CultureInfo.InvariantCulture)
                + " and " + CreditRulesHostOptions.MaxReloadDebounce.ToString("c", CultureInfo.InvariantCulture) + ".");
        }

        try
        {
            ToCoreOptions(options).Validate();
        }
        catch (CreditRulesOptionsValidationException exception)
        {
            errors.AddRange(exception.Errors);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    internal static CreditRulesOptions ToCoreOptions(CreditRulesHostOptions options)
    {
        var core = new CreditRulesOptions { TodayZoneId = options.TodayZoneId };
        if (options.MaxDegreeOfParallelism is { } parallelism)
        {
            core.MaxDegreeOfParallelism = parallelism;
        }

        return core;
    }

    internal static string Resolve(IHostEnvironment environment, string path) =>
        Path.GetFullPath(path, environment.ContentRootPath);

    private void CheckFile(string setting, string? path, string kind, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            errors.Add(setting + ": required; give the " + kind + " document's path.");
        }
        else if (!File.Exists(Resolve(environment, path)))
        {
            errors.Add(setting + ": file '" + Resolve(environment, path) + "' does not exist.");
        }
    }
}
