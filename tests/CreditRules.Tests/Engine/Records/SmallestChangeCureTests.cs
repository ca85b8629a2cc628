using CreditRules.Engine.Rules;

namespace CreditRules.Tests.Engine.Records;

/// <summary>The smallest change for each reason code is declared on its rule in the registry, never in a separate list.</summary>
public sealed class SmallestChangeCureTests
{
    public static TheoryData<string> BlockingOrOutstandingCodes =>
        [.. RuleRegistry.Codes.Where(c => c.DefaultSeverity is ReasonSeverity.Blocking or ReasonSeverity.Outstanding).Select(c => c.Value)];

    [Theory]
    [MemberData(nameof(BlockingOrOutstandingCodes))]
    public void Registry_BlockingOrOutstandingCode_DeclaresItsCure(string value)
    {
        var code = ReasonCode.FromValueOrNull(value)!.Value;

        RuleRegistry.CureOrNull(code).Should().NotBeNull("a code a learner must act on (or cannot) declares its smallest change beside it on its rule: Codes.Add(code, cure)");
    }

    [Fact]
    public void Registry_Cures_AreDeclaredOnlyForCodesTheirRuleRaises()
    {
        foreach (var rule in RuleRegistry.All)
        {
            rule.Cures.Keys.Should().BeSubsetOf(rule.Codes, "rule {0} declares cures only for its own codes", rule.Id);
        }
    }

    [Fact]
    public void Registry_CureSteps_AreNextStepsOfTheirKind()
    {
        // A cure that repeats a next step must name a built-in one; the kinds that compute their own text need none.
        var cures = RuleRegistry.All.SelectMany(r => r.Cures.Values).ToArray();

        cures.Where(c => c.Step is not null).Select(c => c.Step!.Value).Should().OnlyContain(s => NextStepCode.All.Contains(s));
        cures.Where(c => c.Kind is SmallestChangeKind.NotWithinReach or SmallestChangeKind.RaiseScore).Should().OnlyContain(c => c.Step == null && !c.EvenWhenLimiting);
        cures.Where(c => c.EvenWhenLimiting).Select(c => c.Kind).Should().OnlyContain(k => k == SmallestChangeKind.FreeCapRoom);
    }

    [Fact]
    public void Registry_InformationalCodes_DeclareNoCure()
    {
        RuleRegistry.Codes.Where(c => c.DefaultSeverity == ReasonSeverity.Informational && RuleRegistry.CureOrNull(c) is not null)
            .Select(c => c.Value).Should().BeEmpty();
    }
}
