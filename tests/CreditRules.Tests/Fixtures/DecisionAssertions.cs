namespace CreditRules.Tests.Fixtures;

/// <summary>Small helpers that keep the engine tests focused on the reason they are about.</summary>
internal static class DecisionAssertions
{
    /// <summary>Gets the one reason with <paramref name="code"/>, failing when there is none or more than one.</summary>
    public static Reason Single(this Decision decision, ReasonCode code)
    {
        decision.Reasons.Where(r => r.Code == code).Should().ContainSingle(
            "the decision should hold exactly one {0} reason; it holds: {1}", code, string.Join(" | ", decision.Reasons));
        return decision.Reasons.Single(r => r.Code == code);
    }

    /// <summary>Gets the codes of every reason, in order.</summary>
    public static IEnumerable<string> Codes(this Decision decision) => decision.Reasons.Select(r => r.Code.Value);

    /// <summary>Gets the one next step with <paramref name="code"/>.</summary>
    public static NextStep Step(this Decision decision, NextStepCode code)
    {
        decision.NextSteps.Where(s => s.Code == code).Should().ContainSingle(
            "the decision should hold exactly one {0} step; it holds: {1}", code, string.Join(" | ", decision.NextSteps));
        return decision.NextSteps.Single(s => s.Code == code);
    }
}
