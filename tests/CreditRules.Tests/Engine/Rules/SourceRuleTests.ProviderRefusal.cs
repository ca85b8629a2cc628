using CreditRules.Tests.Fixtures;

namespace CreditRules.Tests.Engine.Rules;

/// <summary>Refusal by provider id or provider kind, institution or program scope, named in the reason and the decision's settings.</summary>
public sealed partial class SourceRuleTests
{
    public static TheoryData<ProviderKind, ProviderRefusal, bool> Refusals => new()
    {
        { ProviderKind.Mooc, new ProviderRefusal(kinds: [ProviderKind.Mooc]), true },               // refused by kind
        { ProviderKind.Unspecified, new ProviderRefusal(kinds: [ProviderKind.Mooc]), false },       // an unstated kind is never refused by kind
        { ProviderKind.Corporate, new ProviderRefusal(kinds: [ProviderKind.Mooc]), false },         // another kind
        { ProviderKind.Unspecified, new ProviderRefusal(["coursera"]), true },                      // refused by id
        { ProviderKind.Mooc, new ProviderRefusal(["edx"], [ProviderKind.Military]), false },        // neither id nor kind listed
        { ProviderKind.Mooc, ProviderRefusal.None, false },                                         // an empty refusal refuses nothing
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Evaluate_InstitutionRefusal_RefusesOnlyListedProvidersOrKinds(ProviderKind kind, ProviderRefusal refusal, bool refused)
    {
        var decision = new ScenarioBuilder { ProviderKind = kind, RefusedProviders = refusal }.Evaluate();

        decision.Outcome.Should().Be(refused ? DecisionOutcome.NotEligible : DecisionOutcome.Eligible);
        decision.HasReason(ReasonCode.ProviderRefused).Should().Be(refused);
    }

    [Fact]
    public void Evaluate_InstitutionRefusesMooc_BlocksNamingProviderKindAndScope()
    {
        var decision = new ScenarioBuilder { ProviderKind = ProviderKind.Mooc, RefusedProviders = new ProviderRefusal(kinds: [ProviderKind.Mooc]) }.Evaluate();

        var reason = decision.Single(ReasonCode.ProviderRefused);
        reason.Severity.Should().Be(ReasonSeverity.Blocking);
        reason.Message.Should().Be("Courses from coursera (Mooc) get no credit: the institution policy inst-2013 refuses kind Mooc.");
        reason.TryGetValue<SettingScope>("Scope", out var scope).Should().BeTrue();
        scope.Should().Be(SettingScope.InstitutionPolicy);
        var setting = decision.Settings.Single(s => s.Setting == PolicySetting.RefusedProviders);
        (setting.Scope, setting.PolicyId, setting.ProgramId).Should().Be((SettingScope.InstitutionPolicy, "inst-2013", "prog"));
    }

    [Fact]
    public void Evaluate_ProgramRefusesWhatTheInstitutionAccepts_BlocksNamingTheProgram()
    {
        var decision = new ScenarioBuilder { ProviderKind = ProviderKind.Mooc, ProgramSettings = new ProgramSettings(refusedProviders: new ProviderRefusal(["coursera"])) }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        decision.Single(ReasonCode.ProviderRefused).Message.Should().Be("Courses from coursera (Mooc) get no credit: the program prog refuses coursera.");
        decision.Settings.Single(s => s.Setting == PolicySetting.RefusedProviders).Scope.Should().Be(SettingScope.Program);
    }

    [Fact]
    public void Evaluate_ProgramStatesAnEmptyRefusal_WidensToEveryProvider()
    {
        var decision = new ScenarioBuilder
        {
            ProviderKind = ProviderKind.Mooc,
            RefusedProviders = new ProviderRefusal(kinds: [ProviderKind.Mooc]),
            ProgramSettings = new ProgramSettings(refusedProviders: ProviderRefusal.None),
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.Settings.Single(s => s.Setting == PolicySetting.RefusedProviders).Scope.Should().Be(SettingScope.Program);
    }

    [Fact]
    public void Evaluate_EvaluatorNotAcceptedAndProviderRefused_ReportsTheEvaluatorFirst()
    {
        var decision = new ScenarioBuilder { ProviderKind = ProviderKind.Mooc, RefusedProviders = new ProviderRefusal(kinds: [ProviderKind.Mooc]), AcceptedEvaluators = ["nccrs"] }.Evaluate();

        decision.HasReason(ReasonCode.EvaluatorNotAccepted).Should().BeTrue();
        decision.HasReason(ReasonCode.ProviderRefused).Should().BeFalse("the source rule stops at the first refusal");
    }
}
