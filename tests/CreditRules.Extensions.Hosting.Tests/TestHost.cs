using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CreditRules.Extensions.Hosting.Tests;

/// <summary>A generic host over a private copy of the sample documents, configured the way an application would.</summary>
internal sealed class TestHost : IDisposable
{
    public TestHost()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("creditrules-hosting-").FullName;
        foreach (var name in new[] { "catalog.json", "policies.json", "learners.json" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "samples", name), Path.Combine(Directory, name));
        }
    }

    public string Directory { get; }

    public ConcurrentQueue<(EventId Id, LogLevel Level, string Message)> Logs { get; } = new();

    public string PathOf(string name) => Path.Combine(Directory, name);

    public IHost Build(IDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Directory, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Debug).AddProvider(new ListLoggerProvider(Logs));
        builder.AddCreditRules().BindConfiguration("CreditRules");
        builder.Services.AddHealthChecks().AddCreditRules();
        services?.Invoke(builder.Services);
        return builder.Build();
    }

    public static Dictionary<string, string?> Settings(params (string Key, string? Value)[] values) =>
        values.ToDictionary(v => "CreditRules:" + v.Key, v => v.Value);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private sealed class ListLoggerProvider(ConcurrentQueue<(EventId, LogLevel, string)> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(categoryName, logs);

        public void Dispose()
        {
        }
    }

    private sealed class ListLogger(string category, ConcurrentQueue<(EventId, LogLevel, string)> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (category == "CreditRules.Extensions.Hosting")
            {
                logs.Enqueue((eventId, logLevel, formatter(state, exception)));
            }
        }
    }
}
