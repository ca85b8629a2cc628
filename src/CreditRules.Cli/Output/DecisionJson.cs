using System.Text.Json.Serialization;
using CreditRules.Engine;
using NodaTime.Text;

namespace CreditRules.Cli.Output;

/// <summary>The machine-readable shape of a decision printed by <c>--json</c>.</summary>
internal sealed record DecisionJson(
    string LearnerId,
    string CourseId,
    string InstitutionId,
    string ProgramId,
    string Outcome,
    string AsOf,
    string? PolicyVersion,
    string? ExhibitId,
    int? RecommendationVersion,
    string? QualifyingDate,
    string QualifyingZone,
    string QualifyingZoneSource,
    CreditJson CreditsRecommended,
    CreditJson CreditsGranted,
    string Rounding,
    IReadOnlyList<ReasonJson> Reasons,
    IReadOnlyList<NextStepJson> NextSteps,
    IReadOnlyList<TraceJson> Trace)
{
    public static DecisionJson From(Decision d) => new(
        d.LearnerId,
        d.CourseId,
        d.InstitutionId,
        d.ProgramId,
        d.Outcome.ToString(),
        LocalDatePattern.Iso.Format(d.AsOf),
        d.PolicyVersion,
        d.ExhibitId,
        d.RecommendationVersion,
        d.QualifyingDate is { } q ? LocalDatePattern.Iso.Format(q) : null,
        d.QualifyingZone.Id,
        d.QualifyingZoneSource.ToString(),
        CreditJson.From(d.CreditsRecommended),
        CreditJson.From(d.CreditsGranted),
        d.Rounding.ToString(),
        d.Reasons.Select(ReasonJson.From).ToArray(),
        d.NextSteps.Select(NextStepJson.From).ToArray(),
        d.Trace.Select(t => new TraceJson(t.RuleId, t.Outcome.ToString(), t.Note)).ToArray());
}

internal sealed record CreditJson(string Unit, long Numerator, long Denominator, decimal Hours, string Text)
{
    public static CreditJson From(CreditRules.Domain.CreditAmount a) => new(a.Unit.ToString(), a.Numerator, a.Denominator, decimal.Round(a.ToDecimal(), 6), a.ToString());
}

internal sealed record ReasonJson(string Code, string Severity, string RuleId, string Message, IReadOnlyDictionary<string, string> Arguments)
{
    public static ReasonJson From(Reason r) => new(r.Code.Value, r.Severity.ToString(), r.RuleId, r.Message, r.Arguments.ToDictionary(a => a.Key, a => a.Value));
}

internal sealed record NextStepJson(string Code, string Action, string? EarliestDate, string? Deadline, decimal? CostAmount, string? CostCurrency)
{
    public static NextStepJson From(NextStep s) => new(
        s.Code.Value,
        s.Action,
        s.EarliestDate is { } e ? LocalDatePattern.Iso.Format(e) : null,
        s.Deadline is { } dl ? LocalDatePattern.Iso.Format(dl) : null,
        s.Cost?.Amount,
        s.Cost?.Currency);
}

internal sealed record TraceJson(string RuleId, string Outcome, string Note);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<DecisionJson>))]
[JsonSerializable(typeof(EvaluationJson))]
[JsonSerializable(typeof(WhatIfJson))]
[JsonSerializable(typeof(DiffJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
