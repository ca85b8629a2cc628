using System.Globalization;
using CreditRules.Engine;

namespace CreditRules.Testing;

/// <summary>Compares decisions and their outcome-only summaries with a scenario's expectations: one definition of each check.</summary>
internal static class Expectations
{
    /// <summary>The prefix of mismatches found on the outcome-only path.</summary>
    public const string Summary = "Summary.";

    public static void Outcome(List<string> mismatches, string prefix, DecisionOutcome expected, DecisionOutcome actual)
    {
        if (expected != actual)
        {
            mismatches.Add(prefix + "Outcome: expected " + expected + ", got " + actual + ".");
        }
    }

    public static void Credits(List<string> mismatches, string prefix, string? expected, Domain.CreditAmount actual)
    {
        if (expected is not null && !string.Equals(expected, actual.ToString(), StringComparison.Ordinal))
        {
            mismatches.Add(prefix + "CreditsGranted: expected " + expected + ", got " + actual + ".");
        }
    }

    public static void Codes(List<string> mismatches, string label, IReadOnlyList<string>? expected, IEnumerable<string> actualCodes)
    {
        if (expected is null)
        {
            return;
        }

        var actual = actualCodes.ToList();
        var missing = expected.Where(c => !actual.Contains(c, StringComparer.Ordinal)).ToList();
        var unexpected = actual.Where(c => !expected.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0 || unexpected.Count > 0)
        {
            mismatches.Add(label + ": missing [" + string.Join(", ", missing) + "]; unexpected [" + string.Join(", ", unexpected) + "].");
        }
    }

    /// <summary>Checks a summary's reason codes: the outcome-only path carries built-in codes only (host codes have no bit), so only those are compared.</summary>
    public static void SummaryCodes(List<string> mismatches, string label, IReadOnlyList<string>? expected, ReasonMask actual) =>
        Codes(mismatches, label, expected?.Where(c => ReasonCode.FromValueOrNull(c) is not null).ToArray(), actual.ToCodes().Select(c => c.Value));

    public static void Trace(List<string> mismatches, IReadOnlyList<string>? trace, Decision decision)
    {
        if (trace is null)
        {
            return;
        }

        var actual = decision.Trace.Select(t => t.ToString()).ToList();
        var count = Math.Max(trace.Count, actual.Count);
        for (var i = 0; i < count; i++)
        {
            var expected = i < trace.Count ? trace[i] : "(none)";
            var got = i < actual.Count ? actual[i] : "(none)";
            if (!string.Equals(expected, got, StringComparison.Ordinal))
            {
                mismatches.Add("Trace[" + i.ToString(CultureInfo.InvariantCulture) + "]: expected '" + expected + "', got '" + got + "'.");
            }
        }
    }

    /// <summary>Compares a single-claim decision, and its outcome-only summary when there is one, with the scenario.</summary>
    public static List<string> Of(Scenario scenario, Decision decision, DecisionSummary? summary)
    {
        var mismatches = new List<string>();
        Outcome(mismatches, string.Empty, scenario.Outcome, decision.Outcome);
        Credits(mismatches, string.Empty, scenario.CreditsGranted, decision.CreditsGranted);
        Codes(mismatches, "ReasonCodes", scenario.ReasonCodes, decision.Reasons.Select(r => r.Code.Value));
        Codes(mismatches, "NextStepCodes", scenario.NextStepCodes, decision.NextSteps.Select(s => s.Code.Value));
        Trace(mismatches, scenario.Trace, decision);
        if (summary is { } s)
        {
            Outcome(mismatches, Summary, scenario.Outcome, s.Outcome);
            Credits(mismatches, Summary, scenario.CreditsGranted, s.CreditsGranted);
            SummaryCodes(mismatches, Summary + "ReasonCodes", scenario.ReasonCodes, s.Reasons);
        }

        return mismatches;
    }

    /// <summary>Compares a record decision and its outcome-only summary (the record's and each claim's, in <see cref="RecordEvaluationRequest.CourseIds"/> order) with the scenario.</summary>
    public static List<string> Of(RecordScenario scenario, RecordDecision decision, RecordSummary summary, IReadOnlyList<DecisionSummary> claims)
    {
        var mismatches = new List<string>();
        foreach (var expected in scenario.Claims)
        {
            var prefix = "Claims[" + expected.CourseId + "].";
            var award = decision.GetAwardOrNull(expected.CourseId);
            var index = IndexOf(scenario.Request.CourseIds, expected.CourseId);
            if (award is null || index < 0)
            {
                mismatches.Add(prefix + "CourseId: '" + expected.CourseId + "' is not a claimed course of the record (claimed: " + string.Join(", ", scenario.Request.CourseIds) + ").");
                continue;
            }

            Outcome(mismatches, prefix, expected.Outcome, award.Outcome);
            Credits(mismatches, prefix, expected.CreditsGranted, award.CreditsGranted);
            Codes(mismatches, prefix + "ReasonCodes", expected.ReasonCodes, award.AllReasons.Select(r => r.Code.Value));
            Codes(mismatches, prefix + "NextStepCodes", expected.NextStepCodes, award.NextSteps.Select(s => s.Code.Value));
            var claim = claims[index];
            Outcome(mismatches, Summary + prefix, expected.Outcome, claim.Outcome);
            Credits(mismatches, Summary + prefix, expected.CreditsGranted, claim.CreditsGranted);
            SummaryCodes(mismatches, Summary + prefix + "ReasonCodes", expected.ReasonCodes, claim.Reasons);
        }

        foreach (var unexpected in scenario.Request.CourseIds.Where(id => !scenario.Claims.Any(c => string.Equals(c.CourseId, id, StringComparison.Ordinal))))
        {
            mismatches.Add("Claims: course '" + unexpected + "' is claimed but has no expectation; list every claimed course.");
        }

        Credits(mismatches, "Record.", scenario.CreditsGranted, decision.CreditsGranted);
        Codes(mismatches, "Record.ReasonCodes", scenario.ReasonCodes, decision.Reasons.Select(r => r.Code.Value));
        Credits(mismatches, Summary + "Record.", scenario.CreditsGranted, summary.CreditsGranted);
        SummaryCodes(mismatches, Summary + "Record.ReasonCodes", scenario.ReasonCodes, summary.Reasons);
        return mismatches;
    }

    private static int IndexOf(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i], id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
