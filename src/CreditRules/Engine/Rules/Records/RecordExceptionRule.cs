using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// Cap adjustments approved for the learner (<see cref="ExceptionKind.AdjustCap"/>), stated at record level: each one in
/// scope and in effect (<see cref="RecordState.Limits"/> applies its limit) that can have changed what was granted is
/// raised as <see cref="ReasonCode.ExceptionApplied"/> naming the petition and its provenance. It can have changed it when
/// the credit its cap covers (posted external credit plus what the claims that took part in allocation needed) exceeds the
/// lower of the cap's own and the adjusted limit; otherwise either limit leaves every award as it is.
/// </summary>
internal readonly struct RecordExceptionRule : IBuiltInRecordRule
{
    public const string Id = "record.exceptions";

    private const string Summary = "Cap adjustments approved for the learner, in scope and in effect on the as-of date: each one whose cap's covered credit (posted plus the claims allocated under it) exceeds the lower of the cap's own and the adjusted limit changed the record and is stated with who approved it and when.";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All);

    private static readonly RuleCodes Codes = new();

    private static readonly RuleCode ExceptionApplied = Codes.Add(ReasonCode.ExceptionApplied);

    public static void Decide<TSink>(ref RecordState record, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        var caps = record.Route.Caps;
        if (caps.Length == 0 || ReferenceEquals(record.Limits, record.Route.Limits))
        {
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.NotApplicable, "no cap adjustment in scope and in effect");
            }

            return;
        }

        var applied = 0;
        var adjusted = 0;
        for (var c = 0; c < caps.Length; c++)
        {
            var original = record.Route.Limits[c];
            var limit = record.Limits[c];
            if (limit == original || record.Learner.CapAdjustmentOrNull(caps[c].Id, record.Institution.Id, record.Program.Id, record.AsOf) is not { } exception)
            {
                continue;
            }

            adjusted++;
            var covered = record.CapPosted[c];
            foreach (ref readonly var claim in record.Claims.AsSpan())
            {
                if (claim.Rank > 0 && caps[c].Covers(PriorCreditSource.PriorLearning, claim.Level))
                {
                    covered = covered.Plus(claim.Need);
                }
            }

            if (covered <= (limit < original ? limit : original))
            {
                continue;
            }

            applied++;
            record.Raise(ref sink, ExceptionApplied, Id, caps[c].Id, (Granted: record.CapGranted[c], Cap: caps[c].Id, Exception: exception), static a =>
            [
                ("Outcome", a.Granted + " granted under cap " + a.Cap), ("Reference", a.Exception.Reference), ("Effect", a.Exception.Describe()), ("ApprovedBy", a.Exception.ApprovedBy),
                ReasonArg.Of("ApprovedOn", a.Exception.ApprovedOn), ("Reason", a.Exception.Reason),
            ]);
        }

        if (sink.Explains)
        {
            sink.Trace(Id, applied > 0 ? RuleOutcome.Limited : RuleOutcome.Passed, Texts.Format(applied) + " of " + Texts.Format(adjusted) + " cap adjustment(s) changed what the caps allow");
        }
    }
}
