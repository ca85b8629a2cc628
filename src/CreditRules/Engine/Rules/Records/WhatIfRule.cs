using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>Names each hypothetical fact a what-if decision assumes (a record-level reason; it changes no claim's outcome by itself).</summary>
internal readonly struct WhatIfRule : IBuiltInRecordRule
{
    public const string Id = "record.what-if";

    private const string Summary = "Hypothetical facts the decision assumes.";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleCode HypotheticalFact = Codes.Add(ReasonCode.HypotheticalFact);

    public static void Decide<TSink>(ref RecordState record, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        var hypotheses = record.Request.Hypotheses;
        for (var i = 0; i < hypotheses.Count; i++)
        {
            record.Raise(ref sink, HypotheticalFact, Id, null, hypotheses[i], static h => [("Fact", h.Description)]);
        }
    }
}
