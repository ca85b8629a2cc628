using CreditRules.Domain;
using NodaTime;

namespace CreditRules.Engine.Rules;

/// <summary>
/// In each precedence chain of the record policy, a claimed course is refused when a more advanced course of the chain
/// was already credited on or before its qualifying date (by prior credit that counts, or by another claim eligible so
/// far); a course still to be finished is dated by the as-of date.
/// </summary>
internal readonly struct PrecedenceChainRule : IBuiltInRecordRule
{
    public const string Id = "record.precedence";

    private const string Summary = "A lower course after a more advanced one in a precedence chain is refused.";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleCode LowerAfterAdvanced = Codes.Add(ReasonCode.LowerAfterAdvanced, Cure.NotWithinReach);

    public static void Decide<TSink>(ref RecordState record, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        if (record.Rules is not { } rules)
        {
            return;
        }

        var claims = record.Claims;
        Span<bool> advanced = claims.Length <= 256 ? stackalloc bool[claims.Length] : new bool[claims.Length];
        for (var c = 0; c < rules.Precedence.Count; c++)
        {
            var chain = rules.Precedence[c];
            List<string>? refused = sink.Explains ? [] : null;

            // Decide every claim against the facts before this chain, so the result does not depend on claim order.
            for (var i = 0; i < claims.Length; i++)
            {
                advanced[i] = claims[i].Key is not null && claims[i].IsEligible && claims[i].QualifyingDate is not null;
            }

            for (var i = 0; i < claims.Length; i++)
            {
                if (claims[i].Key is not { } key || claims[i].IsBlocked)
                {
                    continue;
                }

                var rank = chain.RankOf(key);
                if (rank < 0)
                {
                    continue;
                }

                // A course still to be finished would come after anything already credited.
                var date = claims[i].QualifyingDate ?? record.AsOf;
                Advanced? first = null;
                foreach (var credit in record.Prior)
                {
                    if (credit.EquivalenceKey is { } k && chain.RankOf(k) > rank && credit.Date <= date && record.Counts(credit, rules))
                    {
                        first = Advanced.Earlier(first, new Advanced(credit.Date, false, credit.Id, k));
                    }
                }

                for (var j = 0; j < claims.Length; j++)
                {
                    if (j != i && advanced[j] && chain.RankOf(claims[j].Key!) > rank && claims[j].QualifyingDate!.Value <= date)
                    {
                        first = Advanced.Earlier(first, new Advanced(claims[j].QualifyingDate!.Value, true, claims[j].CourseId, claims[j].Key!));
                    }
                }

                if (first is not { } by)
                {
                    continue;
                }

                record.Raise(ref sink, i, LowerAfterAdvanced, Id, chain.Id, (courseId: claims[i].CourseId, key, by, chain), static a =>
                    [("CourseId", a.courseId), ("EquivalenceKey", a.key), ("AdvancedKey", a.by.Key), ("AdvancedBy", a.by.By), ("AdvancedDate", Texts.Format(a.by.Date)), ("ChainId", a.chain.Id), ("Chain", string.Join(" < ", a.chain.KeysFromLowest))]);
                refused?.Add(claims[i].CourseId);
            }

            if (sink.Explains)
            {
                sink.Trace(Id + ":" + chain.Id, refused!.Count == 0 ? RuleOutcome.Passed : RuleOutcome.Failed, chain + (refused.Count == 0 ? "; nothing refused" : "; refused " + string.Join(", ", refused)));
            }
        }
    }

    /// <summary>What credited a more advanced course: the earliest by date, then by its description ("claimed course …" before "prior credit …", then id).</summary>
    private readonly record struct Advanced(LocalDate Date, bool ByClaim, string Id, string Key)
    {
        public string By => (ByClaim ? "claimed course " : "prior credit ") + Id;

        public static Advanced Earlier(Advanced? current, Advanced candidate)
        {
            if (current is not { } c)
            {
                return candidate;
            }

            var byDate = candidate.Date.CompareTo(c.Date);
            if (byDate != 0)
            {
                return byDate < 0 ? candidate : c;
            }

            return string.CompareOrdinal(candidate.By, c.By) < 0 ? candidate : c;
        }
    }
}
