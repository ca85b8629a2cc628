using CreditRules.DependencyInjection;
using CreditRules.Documents;
using CreditRules.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace CreditRules.Extensions.Hosting.Tests;

/// <summary>AddCreditRules().BindConfiguration(...): options validated and data loaded at start, reload with debounce and atomic swap, health check, logs.</summary>
public sealed class CreditRulesHostingExtensionsTests : IDisposable
{
    private readonly TestHost _host = new();

    public void Dispose() => _host.Dispose();

    private static Dictionary<string, string?> Valid(params (string Key, string? Value)[] more) =>
        TestHost.Settings([("CatalogPath", "catalog.json"), ("PoliciesPath", "policies.json"), .. more]);

    [Fact]
    public async Task Start_ValidConfiguration_LoadsTheDocumentsAndServesDecisions()
    {
        using var host = _host.Build(Valid(("MaxDegreeOfParallelism", "2"), ("TodayZoneId", "America/New_York")));

        await host.StartAsync(TestContext.Current.CancellationToken);

        var evaluator = host.Services.GetRequiredService<CreditRulesEvaluator>();
        var learners = LearnerDocument.LoadFile(_host.PathOf("learners.json"), null, null).Value;
        var decision = evaluator.Evaluate(new EvaluationRequest(learners.Learners[0], "uci-precalculus", "eastern-state", "aa-general", new LocalDate(2014, 6, 30)));
        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.DataVersion.Should().StartWith("sha256:").And.Be(evaluator.DataVersion);
        host.Services.GetRequiredService<CreditRulesSettings>().MaxDegreeOfParallelism.Should().Be(2);
        host.Services.GetRequiredService<CreditRulesSettings>().TodayZone!.Id.Should().Be("America/New_York");
        _host.Logs.Should().ContainSingle(l => l.Id.Id == 1).Which.Message.Should().Be(
            "CreditRules data " + evaluator.DataVersion + " loaded from " + _host.PathOf("catalog.json") + " and " + _host.PathOf("policies.json"));
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Start_InvalidSettings_FailsListingEveryInvalidSetting()
    {
        using var host = _host.Build(TestHost.Settings(
            ("PoliciesPath", "missing/policies.json"),
            ("ReloadOnChange", "sometimes"),
            ("ReloadDebounce", "00:10:00"),
            ("MaxDegreeOfParallelism", "0"),
            ("TodayZoneId", "Mars/Olympus_Mons")));

        var start = () => host.StartAsync(TestContext.Current.CancellationToken);

        var failure = (await start.Should().ThrowAsync<OptionsValidationException>()).Which;
        failure.Failures.Should().Equal(
            "CreditRules:ReloadOnChange: 'sometimes' is not true or false.",
            "CatalogPath: required; give the catalog document's path.",
            "PoliciesPath: file '" + _host.PathOf("missing/policies.json") + "' does not exist.",
            "ReloadDebounce: 00:10:00 is out of range; it must be between 00:00:00 and 00:05:00.",
            "TodayZoneId: 'Mars/Olympus_Mons' is not a known time zone id.",
            "MaxDegreeOfParallelism: 0 is out of range; it must be between 1 and 64.");
    }

    [Fact]
    public async Task Start_InvalidDocument_FailsBeforeAnyRequestListingEveryError()
    {
        var catalog = File.ReadAllText(_host.PathOf("catalog.json"));
        File.WriteAllText(_host.PathOf("catalog.json"), catalog.Replace("\"2016-01-31\"", "\"2016-02-30\"", StringComparison.Ordinal).Replace("\"America/New_York\"", "\"America/Gotham\"", StringComparison.Ordinal));
        using var host = _host.Build(Valid());

        var start = () => host.StartAsync(TestContext.Current.CancellationToken);

        var failure = (await start.Should().ThrowAsync<DocumentSetValidationException>()).Which;
        failure.Documents.Should().ContainSingle().Which.Errors.Select(e => e.Code).Should().Contain([DocumentErrorCode.InvalidDate, DocumentErrorCode.UnknownTimeZone]);
        failure.Message.Should().StartWith("The CreditRules documents did not load (").And.Contain(_host.PathOf("catalog.json") + ":");
        _host.Logs.Should().ContainSingle(l => l.Id.Id == 2).Which.Level.Should().Be(LogLevel.Critical);
    }

    [Fact]
    public async Task RequestReload_SeveralChangesWithinTheDebounce_ReloadOnceAfterQuiet()
    {
        var time = new FakeTimeProvider();
        using var host = _host.Build(Valid(("ReloadOnChange", "true"), ("ReloadDebounce", "00:00:02")), s => s.AddSingleton<TimeProvider>(time));
        await host.StartAsync(TestContext.Current.CancellationToken);
        var provider = host.Services.GetRequiredService<CreditRulesDataProvider>();
        var reloader = host.Services.GetRequiredService<CreditRulesReloader>();
        var before = provider.DataVersion;
        EditNotes(_host.PathOf("policies.json")); // a change of content: the data version hashes canonical JSON, so a layout edit would not be one

        reloader.RequestReload();
        time.Advance(TimeSpan.FromSeconds(1.5));
        reloader.RequestReload();
        time.Advance(TimeSpan.FromSeconds(1.5));
        reloader.RequestReload();
        time.Advance(TimeSpan.FromSeconds(1.9));
        var reloadsWhileBusy = reloader.Reloads;
        time.Advance(TimeSpan.FromSeconds(0.1));

        reloadsWhileBusy.Should().Be(0, "each change restarts the debounce");
        reloader.Reloads.Should().Be(1);
        provider.DataVersion.Should().NotBe(before).And.StartWith("sha256:");
        _host.Logs.Should().ContainSingle(l => l.Id.Id == 5).Which.Message.Should().Be("CreditRules data reloaded: " + before + " -> " + provider.DataVersion);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ReloadNow_BadDocument_KeepsTheCurrentDataAndTheHealthCheckReportsTheError()
    {
        using var host = _host.Build(Valid(("ReloadOnChange", "true")));
        await host.StartAsync(TestContext.Current.CancellationToken);
        var provider = host.Services.GetRequiredService<CreditRulesDataProvider>();
        var reloader = host.Services.GetRequiredService<CreditRulesReloader>();
        var health = host.Services.GetRequiredService<HealthCheckService>();
        var served = provider.DataVersion;
        File.WriteAllText(_host.PathOf("policies.json"), "{ \"schemaVersion\": 1, \"institutions\": [ }");

        var failed = reloader.ReloadNow();
        var degraded = await health.CheckHealthAsync(TestContext.Current.CancellationToken);

        failed.Error.Should().StartWith("The CreditRules documents did not load (1 error):");
        provider.DataVersion.Should().Be(served);
        var entry = degraded.Entries["creditrules"];
        entry.Status.Should().Be(HealthStatus.Degraded);
        entry.Data["dataVersion"].Should().Be(served);
        entry.Data["lastReloadError"].Should().Be(failed.Error);
        entry.Description.Should().Be("Serving CreditRules data " + served + "; the last reload failed: " + failed.Error);
        _host.Logs.Should().ContainSingle(l => l.Id.Id == 6).Which.Level.Should().Be(LogLevel.Error);

        File.Copy(Path.Combine(AppContext.BaseDirectory, "samples", "policies.json"), _host.PathOf("policies.json"), overwrite: true);
        reloader.ReloadNow().Error.Should().BeNull();
        var healthy = await health.CheckHealthAsync(TestContext.Current.CancellationToken);
        healthy.Entries["creditrules"].Status.Should().Be(HealthStatus.Healthy);
        healthy.Entries["creditrules"].Description.Should().Be("Serving CreditRules data " + served + ".");
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ReloadOnChange_FileRewritten_ReloadsFromTheFileWatcher()
    {
        using var host = _host.Build(Valid(("ReloadOnChange", "true"), ("ReloadDebounce", "00:00:00.100")));
        await host.StartAsync(TestContext.Current.CancellationToken);
        var provider = host.Services.GetRequiredService<CreditRulesDataProvider>();
        var before = provider.DataVersion;

        EditNotes(_host.PathOf("catalog.json")); // a change of content: the data version hashes canonical JSON, so a layout edit would not be one

        // Waits for the watcher's event and the debounce; bounded so a lost event fails instead of hanging. Asserts no timing.
        for (var i = 0; i < 300 && provider.DataVersion == before; i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        provider.DataVersion.Should().NotBe(before);
        _host.Logs.Should().Contain(l => l.Id.Id == 4 && l.Message == "CreditRules document changed: " + _host.PathOf("catalog.json"));
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HealthCheck_DataLoaded_IsHealthyWithTheDataVersion()
    {
        using var host = _host.Build(Valid());
        await host.StartAsync(TestContext.Current.CancellationToken);

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken);

        var entry = report.Entries["creditrules"];
        entry.Status.Should().Be(HealthStatus.Healthy);
        entry.Data["dataVersion"].Should().Be(host.Services.GetRequiredService<CreditRulesEvaluator>().DataVersion);
        entry.Data["reloadOnChange"].Should().Be(false);
        entry.Data.Should().NotContainKey("lastReloadError");
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public void AddCreditRules_Twice_RegistersTheHostedServiceOnce()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });

        builder.AddCreditRules();
        builder.AddCreditRules();

        builder.Services.Count(d => d.ImplementationType == typeof(CreditRulesHostedService)).Should().Be(1);
        builder.Services.Count(d => d.ServiceType == typeof(CreditRulesSettings)).Should().Be(1);
    }

    private static void EditNotes(string path)
    {
        var text = File.ReadAllText(path);
        var edited = text.Replace("\"notes\": \"", "\"notes\": \"Edited. ", StringComparison.Ordinal);
        edited.Should().NotBe(text, "the sample documents have notes");
        File.WriteAllText(path, edited);
    }
}
