using CreditRules.Engine.Rules;

namespace CreditRules.Tests.Engine.Rules;

public sealed class RuleCodesTests
{
    [Fact]
    public void Add_MoreCodesThanTheFirstArray_ListsEachInDeclarationOrderWithItsBit()
    {
        var codes = new RuleCodes();
        var declared = ReasonCode.All.Take(11).ToList();
        var bits = declared.Select((code, i) => i % 3 == 0 ? codes.Add(code, Cure.NotWithinReach) : codes.Add(code)).ToList();

        codes.All.Should().Equal(declared);
        bits.Select(b => b.Index).Should().Equal(Enumerable.Range(0, 11));
        bits.Select(b => b.Code).Should().Equal(declared);
        codes.Cures.Keys.Should().BeEquivalentTo([declared[0], declared[3], declared[6], declared[9]]);
        codes.Cures.Values.Should().OnlyContain(c => c == Cure.NotWithinReach);
    }

    [Fact]
    public void Add_SecondCureForACode_Throws()
    {
        var codes = new RuleCodes();
        codes.Add(ReasonCode.FeeUnpaid, new Cure(SmallestChangeKind.PayFee, NextStepCode.PayFee));

        FluentActions.Invoking(() => codes.Add(ReasonCode.FeeUnpaid, Cure.NotWithinReach)).Should().Throw<ArgumentException>()
            .WithMessage("Reason code 'FeeUnpaid' already has a cure. (Parameter 'code')");
    }

    [Fact]
    public void Registry_EveryClaimRule_KeepsItsCodesAndCures()
    {
        // The registry reads each rule's list and map, now built from arrays when read.
        foreach (var rule in RuleRegistry.ClaimRules)
        {
            rule.Codes.Should().NotBeEmpty(rule.Id).And.OnlyHaveUniqueItems(rule.Id);
            rule.Cures.Keys.Should().BeSubsetOf(rule.Codes, rule.Id);
        }

        RuleRegistry.CureOrNull(ReasonCode.FeeUnpaid).Should().NotBeNull();
        RuleRegistry.CureOrNull(ReasonCode.NotResidenceCredit).Should().BeNull();
    }
}
