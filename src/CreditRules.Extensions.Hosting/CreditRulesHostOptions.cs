namespace CreditRules.Extensions.Hosting;

/// <summary>
/// The settings of a hosted CreditRules, usually bound from configuration with
/// <see cref="CreditRulesBuilder.BindConfiguration(string)"/> (section <c>CreditRules</c>):
/// <code>
/// "CreditRules": {
///   "CatalogPath": "data/catalog.json",
///   "PoliciesPath": "data/policies.json",
///   "ReloadOnChange": true,
///   "ReloadDebounce": "00:00:02",
///   "MaxDegreeOfParallelism": 4,
///   "TodayZoneId": "America/New_York"
/// }
/// </code>
/// </summary>
/// <remarks>Mutable while the host configures it; validated at host start (every invalid setting listed together in one
/// <see cref="Microsoft.Extensions.Options.OptionsValidationException"/>).</remarks>
public sealed class CreditRulesHostOptions
{
    /// <summary>The shortest allowed <see cref="ReloadDebounce"/>: zero, reload on the first change event.</summary>
    public static readonly TimeSpan MinReloadDebounce = TimeSpan.Zero;

    /// <summary>The longest allowed <see cref="ReloadDebounce"/>: five minutes.</summary>
    public static readonly TimeSpan MaxReloadDebounce = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the catalog document's path (<c>schemas/catalog.schema.json</c>). A relative path is read from the host's content root.</summary>
    /// <value>Required; defaults to <see langword="null"/>.</value>
    public string? CatalogPath { get; set; }

    /// <summary>Gets or sets the policy document's path (<c>schemas/policies.schema.json</c>). A relative path is read from the host's content root.</summary>
    /// <value>Required; defaults to <see langword="null"/>.</value>
    public string? PoliciesPath { get; set; }

    /// <summary>Gets or sets a value indicating whether a change to either document reloads the data.</summary>
    /// <value>Defaults to <see langword="false"/>. When a reload fails the current data stays in place, the failure is
    /// logged, and the health check reports it until a reload succeeds.</value>
    public bool ReloadOnChange { get; set; }

    /// <summary>Gets or sets how long the documents must stay unchanged before a reload runs, so that an editor's or a
    /// deployment's several writes give one reload.</summary>
    /// <value>Between <see cref="MinReloadDebounce"/> and <see cref="MaxReloadDebounce"/>; defaults to two seconds.</value>
    public TimeSpan ReloadDebounce { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets the most threads a batch evaluation uses.</summary>
    /// <value>1 to 64, or <see langword="null"/> (the default) for the processor count, at most 64.</value>
    public int? MaxDegreeOfParallelism { get; set; }

    /// <summary>Gets or sets the IANA (TZDB) id of the zone in which "today" is read, such as <c>America/New_York</c>.</summary>
    /// <value>Defaults to <see langword="null"/>: today is read in each institution's own zone.</value>
    public string? TodayZoneId { get; set; }

    /// <summary>Gets the configuration values that could not be converted, one message each; filled by
    /// <see cref="CreditRulesBuilder.BindConfiguration(string)"/> and reported by validation.</summary>
    internal List<string> BindingErrors { get; } = [];
}
