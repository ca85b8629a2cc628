using CreditRules.Domain;
using CreditRules.Engine;

namespace CreditRules.Reports.Tests.Bulk;

public sealed class BulkSummaryModelTests
{
    private static BulkSummaryModel Summary(double seconds, long inputs = 1_000) => new(
        "learners.jsonl",
        new NodaTime.LocalDate(2014, 6, 30),
        lines: inputs,
        inputs: inputs,
        decisions: inputs - 2,
        errors: 2,
        [new OutcomeCount(DecisionOutcome.Eligible, inputs - 2)],
        [new ReasonCount("FeeUnpaid", ReasonCode.FeeUnpaid.Template, 10)],
        [new BulkErrorGroup(InputErrorCode.Malformed, 2, [3, 9], "Line 3: not JSON.")],
        [CreditAmount.FromSemesterHours(3)],
        seconds);

    [Theory]
    [InlineData(0.5, 2_000)]   // 1,000 inputs in half a second
    [InlineData(3.0, 333)]     // 333.33 rounds down
    [InlineData(0.0, 0)]       // no time elapsed: no rate rather than infinity
    public void InputsPerSecond_Seconds_RoundsToWholeInputs(double seconds, long expected) =>
        Summary(seconds).InputsPerSecond.Should().Be(expected);

    [Fact]
    public void Outputs_DecisionsPlusErrors_EqualsInputs() => Summary(1).Outputs.Should().Be(1_000);

    [Fact]
    public void Ctor_NegativeSeconds_Throws()
    {
        var act = () => Summary(-1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("seconds")
            .WithMessage("seconds ('-1') must be a non-negative value. (Parameter 'seconds')*Actual value was -1.");
    }

    [Fact]
    public void BulkErrorGroup_ZeroInputs_Throws()
    {
        var act = () => new BulkErrorGroup(InputErrorCode.Malformed, 0, [], "Line 1: not JSON.");

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("inputs")
            .WithMessage("inputs ('0') must be a non-negative and non-zero value. (Parameter 'inputs')*Actual value was 0.");
    }

    [Fact]
    public void ToJson_WritesCountsRatesAndFirstLines()
    {
        using var json = System.Text.Json.JsonDocument.Parse(Summary(0.5).ToJson());
        var root = json.RootElement;

        root.GetProperty("inputsPerSecond").GetInt64().Should().Be(2_000);
        root.GetProperty("outputs").GetInt64().Should().Be(1_000);
        root.GetProperty("outcomes")[0].GetProperty("outcome").GetString().Should().Be("Eligible");
        root.GetProperty("errorGroups")[0].GetProperty("firstLineNumbers").EnumerateArray().Select(e => e.GetInt64()).Should().Equal(3, 9);
        root.GetProperty("creditsGranted")[0].GetString().Should().Be("3 SH");
    }
}
