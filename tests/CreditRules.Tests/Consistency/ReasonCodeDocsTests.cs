using System.Text.RegularExpressions;
using CreditRules.Tests.Fixtures;

namespace CreditRules.Tests.Consistency;

/// <summary>Every reason code has a template and a row in docs/reason-codes.md, and the docs list no code that does not exist.</summary>
public sealed partial class ReasonCodeDocsTests
{
    private static readonly string[] DocLines = File.ReadAllLines(RepositoryRoot.File("docs", "reason-codes.md"));

    [GeneratedRegex(@"^\| `(?<code>[A-Za-z]+)` \| (?<rest>.*) \|$")]
    private static partial Regex Row();

    private static Dictionary<string, string[]> Rows() => DocLines
        .Select(line => Row().Match(line))
        .Where(m => m.Success)
        .ToDictionary(m => m.Groups["code"].Value, m => m.Groups["rest"].Value.Split(" | "), StringComparer.Ordinal);

    public static TheoryData<string> Codes => [.. ReasonCode.All.Select(c => c.Value)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void ReasonCode_HasTemplateAndMatchingDocsRow(string value)
    {
        var code = ReasonCode.FromValueOrNull(value)!.Value;
        code.Template.Should().NotBeNullOrWhiteSpace();
        code.Family.Should().NotBeNullOrWhiteSpace();

        var rows = Rows();
        rows.Should().ContainKey(value, "docs/reason-codes.md must list every code");
        rows[value].Should().Equal([code.Family, code.DefaultSeverity.ToString(), code.Template], "the docs row must give the code's family, default severity and template");
    }

    [Fact]
    public void Docs_AreGeneratedFromTheRegistry_AndNotStale()
    {
        var path = RepositoryRoot.File("docs", "reason-codes.md");
        var generated = CreditRules.Engine.Rules.RuleRegistry.ReasonCodesMarkdown();
        if (Environment.GetEnvironmentVariable("CREDITRULES_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, generated);
        }

        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(generated, "docs/reason-codes.md is generated from the rule registry; rerun this test with CREDITRULES_WRITE_DOCS=1 to regenerate it");
    }

    [Fact]
    public void Registry_EveryCodeIsRaisedByExactlyOneRule()
    {
        var claim = CreditRules.Engine.Rules.RuleRegistry.ClaimRules.SelectMany(r => r.Codes).ToArray();
        var record = CreditRules.Engine.Rules.RuleRegistry.RecordRules.SelectMany(r => r.Codes).ToArray();

        // One rule per code at each level; ExceptionApplied alone is raised at both (learner.exceptions on a claim, record.exceptions on a record).
        claim.Should().OnlyHaveUniqueItems();
        record.Should().OnlyHaveUniqueItems();
        claim.Intersect(record).Should().Equal(ReasonCode.ExceptionApplied);
        claim.Union(record).Should().BeEquivalentTo(ReasonCode.All);
        CreditRules.Engine.Rules.RuleRegistry.ClaimRuleIds.Should().Equal(EligibilityEvaluator.BuiltInRuleIds);
    }

    [Fact]
    public void BuiltInRules_AreTheRegistry_WithUniqueRuleAndBranchIds()
    {
        var registry = CreditRules.Engine.Rules.RuleRegistry.All;

        EligibilityEvaluator.BuiltInRules.Select(r => (r.Id, r.Summary, string.Join(",", r.ReasonCodes)))
            .Should().Equal(registry.Select(r => (r.Id, r.Summary, string.Join(",", r.Codes))));
        EligibilityEvaluator.BuiltInRules.Where(r => !r.IsRecordRule).Select(r => r.Id).Should().Equal(EligibilityEvaluator.BuiltInRuleIds);
        EligibilityEvaluator.BuiltInRules.Select(r => r.Id).Should().OnlyHaveUniqueItems();
        EligibilityEvaluator.BuiltInRules.SelectMany(r => r.DateBranches).Select(b => b.Id).Should().OnlyHaveUniqueItems().And.NotBeEmpty();
    }

    [Fact]
    public void Docs_ListNoUnknownCode()
    {
        var known = ReasonCode.All.Select(c => c.Value).Concat(NextStepCode.All.Select(c => c.Value));

        Rows().Keys.Should().BeSubsetOf(known);
    }

    [Fact]
    public void NextStepCodes_HaveDocsRow()
    {
        var rows = Rows();

        foreach (var code in NextStepCode.All)
        {
            rows.Should().ContainKey(code.Value);
            rows[code.Value].Should().Equal([code.Description]);
        }
    }
}
