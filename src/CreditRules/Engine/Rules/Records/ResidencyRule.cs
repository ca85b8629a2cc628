using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>The program's residency requirement: what is still to be earned in residence (credit by evaluation never counts), a record-level reason.</summary>
internal readonly struct ResidencyRule : IBuiltInRecordRule
{
    public const string Id = "record.residency";

    private const string Summary = "The program's residency requirement; credit by evaluation never counts.";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleCode ResidencyOutstanding = Codes.Add(ReasonCode.ResidencyOutstanding);

    public static void Decide<TSink>(ref RecordState record, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        if (record.Route.ResidencyRequired is not { } required)
        {
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.NotApplicable, "program " + record.Program.Id + " sets no residency");
            }

            return;
        }

        var earned = record.LocalCreditsEarned();
        var outstanding = required.MinusOrZero(earned);
        if (!outstanding.IsZero)
        {
            record.Raise(ref sink, ResidencyOutstanding, Id, null, (programId: record.Program.Id, required, earned, outstanding), static a =>
                [("ProgramId", a.programId), ("Required", a.required.ToString()), ("Earned", a.earned.ToString()), ("Outstanding", a.outstanding.ToString())]);
        }

        if (sink.Explains)
        {
            sink.Trace(Id, outstanding.IsZero ? RuleOutcome.Passed : RuleOutcome.Limited, earned + " of " + required + " earned in residence; credit by evaluation never counts");
        }

        record.ResidencyOutstanding = outstanding;
    }
}
