using CreditRules.DependencyInjection;
using CreditRules.Tests.Engine;
using CreditRules.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime.Testing;

namespace CreditRules.Tests.DependencyInjection;

public sealed class CreditRulesServiceCollectionExtensionsTests
{
    private static IServiceCollection Services(Action<CreditRulesOptions>? configure = null) =>
        new ServiceCollection().AddCreditRules(configure ?? (o => o.UseData(HostSamples.Catalog, HostSamples.Policies, "v1")));

    [Fact]
    public void AddCreditRules_WithData_ResolvesEvaluatorThatDecidesAndNamesTheDataVersion()
    {
        using var provider = Services().BuildServiceProvider();

        var evaluator = provider.GetRequiredService<IEligibilityEvaluator>();
        var decision = evaluator.Evaluate(HostSamples.AdaRequest());

        evaluator.Should().BeSameAs(provider.GetRequiredService<CreditRulesEvaluator>());
        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.CreditsGranted.ToString().Should().Be("3 SH");
        decision.DataVersion.Should().Be("v1");
    }

    [Fact]
    public void CreditRulesEvaluator_Compile_PlanOnTheCurrentSnapshotAgreesWithTheEvaluator()
    {
        using var provider = Services().BuildServiceProvider();
        var evaluator = provider.GetRequiredService<CreditRulesEvaluator>();
        var request = HostSamples.AdaRequest();

        var plan = evaluator.Compile(request.AsOf);
        var claim = new CreditClaim(request.Learner, request.CourseId, request.InstitutionId, request.ProgramId);

        plan.AsOf.Should().Be(request.AsOf);
        plan.Summarize(claim).Should().Be(DecisionSummary.FromDecision(evaluator.Evaluate(request)));
        plan.Explain(claim).DataVersion.Should().Be("v1");
    }

    [Fact]
    public void CreditRulesEvaluator_EvaluateRecord_DecidesTheWholeRecordOnTheCurrentSnapshot()
    {
        using var provider = Services().BuildServiceProvider();
        var evaluator = provider.GetRequiredService<CreditRulesEvaluator>();
        var request = HostSamples.AdaRequest();

        var record = evaluator.EvaluateRecord(new RecordEvaluationRequest(request.Learner, [request.CourseId], request.InstitutionId, request.ProgramId, request.AsOf));

        record.GetAwardOrNull(request.CourseId)!.Decision.DataVersion.Should().Be("v1");
        record.CreditsGranted.ToString().Should().Be("3 SH");
    }

    [Fact]
    public void AddCreditRules_HostRecordRuleRegistered_RunsOnExplainedAndOutcomeOnlyRecords()
    {
        using var provider = Services().AddSingleton<IRecordRule>(new HoldEverythingRule()).BuildServiceProvider();
        var evaluator = provider.GetRequiredService<CreditRulesEvaluator>();
        var ada = HostSamples.AdaRequest();
        var request = new RecordEvaluationRequest(ada.Learner, [ada.CourseId], ada.InstitutionId, ada.ProgramId, ada.AsOf);
        var summaries = new DecisionSummary[1];

        var record = evaluator.EvaluateRecord(request);
        var summary = evaluator.SummarizeRecord(request, summaries);

        var award = record.GetAwardOrNull(ada.CourseId)!;
        award.Decision.Outcome.Should().Be(DecisionOutcome.Eligible, "alone the claim is eligible");
        award.Outcome.Should().Be(DecisionOutcome.Incomplete);
        award.Reasons.Should().ContainSingle(r => r.RuleId == "host.hold-everything");
        summaries[0].Should().Be(DecisionSummary.FromAward(award));
        summary.Should().Be(RecordSummary.FromDecision(record));
    }

    private sealed class HoldEverythingRule : IRecordRule
    {
        private static readonly ReasonCode Held = ReasonCode.Custom("HostHeld", "host", ReasonSeverity.Outstanding, "{CourseId} waits for the registrar.");

        public string Id => "host.hold-everything";

        public void Apply(RecordRuleContext context)
        {
            foreach (var claim in context.Claims)
            {
                context.AddReason(claim.CourseId, Held, new KeyValuePair<string, string>("CourseId", claim.CourseId));
            }
        }
    }

    [Fact]
    public void CreditRulesEvaluator_EvaluateBatchEntries_OneErrorEntryPerBadInputAndEveryOtherRequestDecided()
    {
        using var provider = Services().BuildServiceProvider();
        var evaluator = provider.GetRequiredService<CreditRulesEvaluator>();
        var ada = HostSamples.AdaRequest();
        var unknown = new EvaluationRequest(ada.Learner, "no-such-course", ada.InstitutionId, ada.ProgramId, ada.AsOf);

        var entries = evaluator.EvaluateBatchEntries([ada, null, unknown, ada], TestContext.Current.CancellationToken);

        entries.Select(e => e.Position).Should().Equal(0, 1, 2, 3);
        entries[0].Decision!.Outcome.Should().Be(DecisionOutcome.Eligible);
        entries[3].Decision!.Outcome.Should().Be(DecisionOutcome.Eligible);
        entries[1].IsDecided.Should().BeFalse();
        entries[1].Error!.Code.Should().Be(InputErrorCode.InvalidInput);
        entries[1].Error!.Path.Should().Be("requests[1]");
        entries[1].Error!.Message.Should().Be("The request is null.");
        entries[2].Error!.Code.Should().Be(InputErrorCode.UnknownReference);
        entries[2].Error!.Path.Should().Be("CourseId");
        entries[2].Error!.AttemptedValue.Should().Be("no-such-course");
        entries[2].Error!.LearnerId.Should().Be(ada.Learner.LearnerId);
    }

    [Fact]
    public void AddCreditRules_CalledTwice_AddsNothingAndTheFirstConfigurationWins()
    {
        var services = Services();
        var registered = services.Select(d => d.ServiceType).ToArray();

        services.AddCreditRules(o => o.UseData(HostSamples.Catalog, HostSamples.Policies, "v2"));
        services.AddCreditRules();

        services.Select(d => d.ServiceType).Should().Equal(registered);
        registered.Should().Equal(typeof(CreditRulesSettings), typeof(ICreditRulesDataSource), typeof(CreditRulesDataProvider), typeof(CreditRulesEvaluator), typeof(IEligibilityEvaluator));
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<CreditRulesEvaluator>().DataVersion.Should().Be("v1");
    }

    [Fact]
    public void AddCreditRules_Always_RegistersNoClock()
    {
        Services().Should().NotContain(d => d.ServiceType == typeof(IClock));
    }

    [Fact]
    public void AddCreditRules_HostFakeClock_IsUsedForToday()
    {
        // 2014-07-01 02:00 UTC is still 30 June in New York, Eastern State's zone.
        var clock = new FakeClock(Instant.FromUtc(2014, 7, 1, 2, 0));
        var services = new ServiceCollection().AddSingleton<IClock>(clock);
        services.AddCreditRules(o => o.UseData(HostSamples.Catalog, HostSamples.Policies, "v1"));
        using var provider = services.BuildServiceProvider();
        var evaluator = provider.GetRequiredService<CreditRulesEvaluator>();

        var decision = evaluator.EvaluateToday(HostSamples.CompleteLearner("ada"), "uci-precalculus", "eastern-state", "aa-general");
        var engineDecision = provider.GetRequiredService<CreditRulesDataProvider>().Evaluator.EvaluateToday(HostSamples.CompleteLearner("ada"), "uci-precalculus", "eastern-state", "aa-general");

        decision.AsOf.Should().Be(new LocalDate(2014, 6, 30));
        engineDecision.AsOf.Should().Be(new LocalDate(2014, 6, 30));
    }

    [Fact]
    public void AddCreditRules_TodayZoneId_ReadsTodayInThatZone()
    {
        var services = new ServiceCollection().AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2014, 7, 1, 2, 0)));
        services.AddCreditRules(o =>
        {
            o.UseData(HostSamples.Catalog, HostSamples.Policies, "v1");
            o.TodayZoneId = "Etc/UTC";
        });
        using var provider = services.BuildServiceProvider();

        var decision = provider.GetRequiredService<CreditRulesEvaluator>().EvaluateToday(HostSamples.CompleteLearner("ada"), "uci-precalculus", "eastern-state", "aa-general");

        decision.AsOf.Should().Be(new LocalDate(2014, 7, 1));
    }

    [Fact]
    public void AddCreditRules_HostEvaluatorRegisteredFirst_Wins()
    {
        var hostEvaluator = new EligibilityEvaluator(HostSamples.Catalog, HostSamples.Policies);
        var services = new ServiceCollection().AddSingleton<IEligibilityEvaluator>(hostEvaluator);
        services.AddCreditRules(o => o.UseData(HostSamples.Catalog, HostSamples.Policies, "v1"));
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IEligibilityEvaluator>().Should().BeSameAs(hostEvaluator);
    }

    [Fact]
    public void AddCreditRules_HostDataSourceRegistered_IsUsedWithoutOptionsData()
    {
        var services = new ServiceCollection()
            .AddSingleton<ICreditRulesDataSource>(new InMemoryCreditRulesDataSource(new CreditRulesData(HostSamples.Catalog, HostSamples.Policies, "host-source")));
        services.AddCreditRules();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IEligibilityEvaluator>().Evaluate(HostSamples.AdaRequest()).DataVersion.Should().Be("host-source");
    }

    [Fact]
    public void AddCreditRules_HostReplacesDataSourceAfterwards_ReplacementWins()
    {
        var services = Services();
        services.Replace(ServiceDescriptor.Singleton<ICreditRulesDataSource>(new InMemoryCreditRulesDataSource(new CreditRulesData(HostSamples.Catalog, HostSamples.Policies, "replaced"))));
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<CreditRulesEvaluator>().DataVersion.Should().Be("replaced");
    }

    [Fact]
    public void AddCreditRules_HostRulesRegistered_RunInRegistrationOrder()
    {
        var services = Services().AddSingleton<IEligibilityRule>(new ProgramAdmissionRule());
        using var provider = services.BuildServiceProvider();

        var decision = provider.GetRequiredService<IEligibilityEvaluator>().Evaluate(HostSamples.AdaRequest());

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        decision.HasReason(ProgramAdmissionRule.NotAdmittedToProgram).Should().BeTrue();
        decision.Trace[^1].RuleId.Should().Be("host.program-admission");
    }

    [Fact]
    public void AddCreditRules_InvalidOptions_ThrowsOnResolveListingEverySetting()
    {
        using var provider = Services(o =>
        {
            o.TodayZoneId = "Europe/Atlantis";
            o.MaxDegreeOfParallelism = -1;
        }).BuildServiceProvider();

        var act = () => provider.GetRequiredService<IEligibilityEvaluator>();

        act.Should().Throw<CreditRulesOptionsValidationException>().Which.Message.Should().Be(
            "The CreditRulesOptions are invalid:\n"
            + "- TodayZoneId: 'Europe/Atlantis' is not a known time zone id.\n"
            + "- MaxDegreeOfParallelism: -1 is out of range; it must be between 1 and 64.");
    }

    [Fact]
    public void AddCreditRules_NoDataSource_ThrowsOnResolveNamingTheFix()
    {
        using var provider = new ServiceCollection().AddCreditRules().BuildServiceProvider();

        var act = () => provider.GetRequiredService<IEligibilityEvaluator>();

        act.Should().Throw<InvalidOperationException>().WithMessage(
            "CreditRules has no data source: call options.UseData(...) in AddCreditRules, or register an ICreditRulesDataSource service.");
    }

    [Fact]
    public void AddCreditRules_NullArguments_ThrowNamingTheParameter()
    {
        var noServices = () => CreditRulesServiceCollectionExtensions.AddCreditRules(null!);
        var noConfigure = () => new ServiceCollection().AddCreditRules(null!);

        noServices.Should().Throw<ArgumentNullException>().WithParameterName("services");
        noConfigure.Should().Throw<ArgumentNullException>().WithParameterName("configure");
    }
}
