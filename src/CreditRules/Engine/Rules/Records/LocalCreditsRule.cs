using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>Credit approved by the caps is held (Incomplete, with its next step) until the learner has earned the record policy's local credit in residence.</summary>
internal readonly struct LocalCreditsRule : IBuiltInRecordRule
{
    public const string Id = "record.local-credits";

    private const string Summary = "Approved credit is held until enough local credit is earned.";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleCode LocalCreditsRequired = Codes.Add(ReasonCode.LocalCreditsRequired, new Cure(SmallestChangeKind.EarnLocalCredits));

    public static void Decide<TSink>(ref RecordState record, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        if (record.Route.LocalCreditsBeforePosting is not { } required)
        {
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.NotApplicable, "no local credit required before posting");
            }

            return;
        }

        var earned = record.LocalCreditsEarned();
        if (earned >= required)
        {
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.Passed, earned + " earned in residence, " + required + " required before posting");
            }

            return;
        }

        var missing = required.MinusOrZero(earned);
        var held = 0;
        var claims = record.Claims;

        // In allocation order: the first held course carries the posting fee's next step.
        for (var rank = 1; rank <= claims.Length; rank++)
        {
            var i = IndexOfRank(claims, rank);
            if (i < 0)
            {
                break;
            }

            if (!claims[i].IsEligible || claims[i].Allocated.IsZero)
            {
                continue;
            }

            held++;
            claims[i].Held = true;
            record.Raise(ref sink, i, LocalCreditsRequired, Id, null, (required, earned, missing), static a => [ReasonArg.Of("Required", a.required), ReasonArg.Of("Earned", a.earned), ReasonArg.Of("Missing", a.missing)]);
            if (sink.Explains)
            {
                record.Step(i, new NextStep(NextStepCode.EarnLocalCredits, "Earn " + missing + " more at " + record.Institution.Name + "; credit by evaluation is posted only after " + required + " there."));
            }
        }

        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Failed, earned + " earned in residence, " + required + " required before posting; " + Texts.Format(held) + " course(s) held");
        }
    }

    private static int IndexOfRank(RecordClaim[] claims, int rank)
    {
        for (var i = 0; i < claims.Length; i++)
        {
            if (claims[i].Rank == rank)
            {
                return i;
            }
        }

        return -1;
    }
}
