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
        var prior = record.Prior;
        var claims = record.Claims;
        var count = 0;
        for (var p = 0; p < prior.Length; p++)
        {
            count += Counts(ref record, p) ? 1 : 0;
        }

        for (var c = 0; c < claims.Length; c++)
        {
            count += claims[c].Granted(unit).IsZero ? 0 : 1;
        }

        // Indexes below prior.Length are prior credit, the rest claims; newest first (a claim before prior credit of its
        // date: credit by evaluation granted now is the newest), kept in record order among equals (a stable insertion
        // sort into a reused index list, so the outcome-only path allocates nothing).
        var order = record.Ints(2, count);
        var n = 0;
        for (var p = 0; p < prior.Length; p++)
        {
            if (Counts(ref record, p))
            {
                Insert(ref record, order, ref n, p);
            }
        }

        for (var c = 0; c < claims.Length; c++)
        {
            if (!claims[c].Granted(unit).IsZero)
            {
                Insert(ref record, order, ref n, prior.Length + c);
            }
        }

        var left = window.OfLast;
        var earned = CreditAmount.Zero(unit);
        for (var k = 0; k < n && !left.IsZero; k++)
        {
            var i = order[k];
            var (amount, local) = i < prior.Length ? (record.Converted(prior[i]), record.IsLocal(prior[i])) : (claims[i - prior.Length].Granted(unit), false);
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

    /// <summary>Whether prior credit <paramref name="p"/> is on the record here: local, or external and posted.</summary>
    private static bool Counts(ref RecordState record, int p) => record.IsLocal(record.Prior[p]) || record.IsPostedExternal(record.Prior[p]);

    /// <summary>The date an entry of the window's order counts on, and whether it is credit granted now (newer than prior credit of its date).</summary>
    private static (NodaTime.LocalDate Date, int Newer) KeyOf(ref RecordState record, int i) =>
        i < record.Prior.Length ? (record.Prior[i].Date, 0) : (record.Claims[i - record.Prior.Length].QualifyingDate ?? record.AsOf, 1);

    /// <summary>Inserts entry <paramref name="i"/> into the first <paramref name="n"/> of <paramref name="order"/>, newest first, after its equals.</summary>
    private static void Insert(ref RecordState record, int[] order, ref int n, int i)
    {
        var key = KeyOf(ref record, i);
        var at = n;
        while (at > 0)
        {
            var before = KeyOf(ref record, order[at - 1]);
            var newer = key.Date != before.Date ? key.Date > before.Date : key.Newer > before.Newer;
            if (!newer)
            {
                break;
            }

            order[at] = order[at - 1];
            at--;
        }

        order[at] = i;
        n++;
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
