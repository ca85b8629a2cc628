using Microsoft.Extensions.Logging;

namespace CreditRules.Extensions.Hosting;

/// <summary>The package's log messages, source-generated (no boxing, no parsing at run time). Category: <c>CreditRules.Extensions.Hosting</c>.</summary>
internal static partial class Log
{
    public const string Category = "CreditRules.Extensions.Hosting";

    [LoggerMessage(EventId = 1, EventName = "DataLoaded", Level = LogLevel.Information, Message = "CreditRules data {DataVersion} loaded from {CatalogPath} and {PoliciesPath}")]
    public static partial void DataLoaded(ILogger logger, string dataVersion, string catalogPath, string policiesPath);

    [LoggerMessage(EventId = 2, EventName = "DataLoadFailed", Level = LogLevel.Critical, Message = "CreditRules data did not load at start; the host stops. {Errors}")]
    public static partial void DataLoadFailed(ILogger logger, string errors, Exception exception);

    [LoggerMessage(EventId = 3, EventName = "WatchingForChanges", Level = LogLevel.Information, Message = "CreditRules reloads when {CatalogPath} or {PoliciesPath} change, after {Debounce} without further change")]
    public static partial void WatchingForChanges(ILogger logger, string catalogPath, string policiesPath, TimeSpan debounce);

    [LoggerMessage(EventId = 4, EventName = "ChangeDetected", Level = LogLevel.Debug, Message = "CreditRules document changed: {Path}")]
    public static partial void ChangeDetected(ILogger logger, string path);

    [LoggerMessage(EventId = 5, EventName = "DataReloaded", Level = LogLevel.Information, Message = "CreditRules data reloaded: {PreviousVersion} -> {DataVersion}")]
    public static partial void DataReloaded(ILogger logger, string previousVersion, string dataVersion);

    [LoggerMessage(EventId = 6, EventName = "ReloadFailed", Level = LogLevel.Error, Message = "CreditRules data reload failed; still serving {DataVersion}. {Errors}")]
    public static partial void ReloadFailed(ILogger logger, string dataVersion, string errors, Exception exception);
}
