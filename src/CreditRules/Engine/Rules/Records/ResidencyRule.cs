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
    private static readonly RuleCode ResidencyLastCreditsOutstanding = Codes.Add(ReasonCode.ResidencyLastCreditsOutstanding);

    public static void Decide<TSink>(ref RecordState record, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        Total(ref record, ref sink);
        LastCredits(ref record, ref sink);
    }

    /// <summary>"N of the last M credits": the newest M credits of the record (credit by evaluation granted now first on its date), the part earned in residence against N.</summary>
    private static void LastCredits<TSink>(ref RecordState record, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        if (record.Route.ResidencyOfLast is not { } window)
        {
            return;
        }

        var unit = record.Unit;
        var credits = new List<(NodaTime.LocalDate Date, int Newer, CreditAmount Amount, bool Local)>();
        foreach (var credit in record.Prior)
        {
            var local = record.IsLocal(credit);
            if (local || record.IsPostedExternal(credit))
            {
                credits.Add((credit.Date, 0, credit.Amount.ConvertTo(unit), local));
            }
        }

        foreach (ref readonly var claim in record.Claims.AsSpan())
        {
            var granted = claim.Granted(unit);
            if (!granted.IsZero)
            {
                credits.Add((claim.QualifyingDate ?? record.AsOf, 1, granted, false));
            }
        }

        credits.Sort((a, b) => a.Date != b.Date ? b.Date.CompareTo(a.Date) : b.Newer.CompareTo(a.Newer));
        var left = window.OfLast;
        var earned = CreditAmount.Zero(unit);
        foreach (var (_, _, amount, local) in credits)
        {
            if (left.IsZero)
            {
                break;
            }

            var counted = CreditAmount.Min(amount, left);
            left = left.MinusOrZero(counted);
            earned = local ? earned.Plus(counted) : earned;
        }

        var outstanding = window.Required.MinusOrZero(earned);
        if (!outstanding.IsZero)
        {
            record.Raise(ref sink, ResidencyLastCreditsOutstanding, Id, "last", (programId: record.Program.Id, window, earned, outstanding), static a =>
                [("ProgramId", a.programId), ReasonArg.Of("Required", a.window.Required), ReasonArg.Of("Window", a.window.OfLast), ReasonArg.Of("Earned", a.earned), ReasonArg.Of("Outstanding", a.outstanding)]);
        }

        if (sink.Explains)
        {
            sink.Trace(Id + ":last", outstanding.IsZero ? RuleOutcome.Passed : RuleOutcome.Limited, earned + " of the last " + window.OfLast + " earned in residence; " + window.Required + " required");
        }

        record.ResidencyOutstanding = record.ResidencyOutstanding is { } total && total > outstanding ? total : outstanding;
    }

    private static void Total<TSink>(ref RecordState record, ref TSink sink)
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
