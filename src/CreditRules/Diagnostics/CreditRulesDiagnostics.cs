using System.Diagnostics;
using System.Diagnostics.Metrics;
using CreditRules.Engine;

namespace CreditRules.Diagnostics;

/// <summary>
/// The names under which CreditRules publishes <see cref="System.Diagnostics.Metrics"/> instruments and activities, so
/// an OpenTelemetry host can subscribe with no extra package: <c>AddMeter(CreditRulesDiagnostics.MeterName)</c> and
/// <c>AddSource(CreditRulesDiagnostics.ActivitySourceName)</c>.
/// </summary>
/// <remarks>
/// Instruments: <c>creditrules.decisions</c> (counter, tag <c>outcome</c>), <c>creditrules.evaluation.errors</c>
/// (counter, tag <c>error.type</c>), <c>creditrules.batch.decisions</c> (counter of decisions made in batches) and
/// <c>creditrules.batch.duration</c> (histogram, seconds). Activity: <c>CreditRules.EvaluateBatch</c> around each batch.
/// With no listener attached, recording costs next to nothing.
/// </remarks>
public static class CreditRulesDiagnostics
{
    /// <summary>The name of the <see cref="Meter"/>: <c>CreditRules</c>.</summary>
    public const string MeterName = "CreditRules";

    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/>: <c>CreditRules</c>.</summary>
    public const string ActivitySourceName = "CreditRules";

    /// <summary>The name of the activity around a batch evaluation: <c>CreditRules.EvaluateBatch</c>.</summary>
    public const string EvaluateBatchActivityName = "CreditRules.EvaluateBatch";

    private static readonly KeyValuePair<string, object?> EligibleTag = new("outcome", nameof(DecisionOutcome.Eligible));
    private static readonly KeyValuePair<string, object?> NotEligibleTag = new("outcome", nameof(DecisionOutcome.NotEligible));
    private static readonly KeyValuePair<string, object?> IncompleteTag = new("outcome", nameof(DecisionOutcome.Incomplete));

    internal static readonly ActivitySource ActivitySource = new(ActivitySourceName);

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Decisions = Meter.CreateCounter<long>(
        "creditrules.decisions", "{decision}", "Decisions made, by outcome.");

    private static readonly Counter<long> Errors = Meter.CreateCounter<long>(
        "creditrules.evaluation.errors", "{error}", "Evaluations that threw instead of deciding (invalid input or a failing host rule), by exception type.");

    private static readonly Counter<long> BatchDecisions = Meter.CreateCounter<long>(
        "creditrules.batch.decisions", "{decision}", "Decisions made in batch evaluations; its rate is the bulk throughput.");

    private static readonly Histogram<double> BatchDuration = Meter.CreateHistogram<double>(
        "creditrules.batch.duration", "s", "Duration of batch evaluations.");

    internal static void RecordDecision(DecisionOutcome outcome)
    {
        if (!Decisions.Enabled)
        {
            return;
        }

        Decisions.Add(1, outcome switch
        {
            DecisionOutcome.Eligible => EligibleTag,
            DecisionOutcome.NotEligible => NotEligibleTag,
            _ => IncompleteTag,
        });
    }

    /// <summary>Counts a failed evaluation. Returns <see langword="false"/> so it can sit in an exception filter without catching.</summary>
    internal static bool RecordError(Exception exception)
    {
        Errors.Add(1, new KeyValuePair<string, object?>("error.type", exception.GetType().FullName));
        return false;
    }

    internal static void RecordBatch(int decisions, TimeSpan elapsed)
    {
        BatchDecisions.Add(decisions);
        BatchDuration.Record(elapsed.TotalSeconds);
    }
}
