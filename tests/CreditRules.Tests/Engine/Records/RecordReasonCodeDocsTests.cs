namespace CreditRules.Tests.Engine.Records;

public sealed class RecordReasonCodeDocsTests
{
    private static readonly ReasonCode[] RecordCodes =
    [
        ReasonCode.CapReached, ReasonCode.CapPartiallyApplied, ReasonCode.CapOverflowToElectives, ReasonCode.PostedCreditExceedsCap,
        ReasonCode.DuplicateOfPriorCredit, ReasonCode.DuplicateBelowBlockingGrade, ReasonCode.DuplicateWithinRequest, ReasonCode.LowerAfterAdvanced,
        ReasonCode.ResidencyOutstanding, ReasonCode.LocalCreditsRequired, ReasonCode.PostingFeeDue, ReasonCode.PostingFeeWaived, ReasonCode.HypotheticalFact,
    ];

    [Fact]
    public void RecordCodes_AreListedAndDocumentedWithSeverityAndTemplate()
    {
        var docs = File.ReadAllText(FindDocs());

        foreach (var code in RecordCodes)
        {
            ReasonCode.All.Should().Contain(code);
            ReasonCode.FromValueOrNull(code.Value).Should().Be(code);
            docs.Should().Contain("| `" + code.Value + "` | " + code.Family + " | " + code.DefaultSeverity + " | " + code.Template + " |");
        }

        NextStepCode.All.Should().Contain(NextStepCode.EarnLocalCredits);
        docs.Should().Contain("| `EarnLocalCredits` | " + NextStepCode.EarnLocalCredits.Description + " |");
    }

    private static string FindDocs()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "docs", "reason-codes.md");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("docs/reason-codes.md not found above " + AppContext.BaseDirectory);
    }
}
