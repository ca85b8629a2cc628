using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>Two claimed courses with the same local equivalent: the one kept (eligible first, then allocation order) wins and the others are refused, naming it.</summary>
internal readonly struct RequestDuplicateRule : IBuiltInRecordRule
{
    public const string Id = "record.duplicates.request";

    private const string Summary = "Two claimed courses share an equivalence key: the one kept in allocation order wins.";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleCode DuplicateWithinRequest = Codes.Add(ReasonCode.DuplicateWithinRequest, Cure.NotWithinReach);

    public static void Decide<TSink>(ref RecordState record, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        if (record.Rules is not { } rules)
        {
            return;
        }

        var claims = record.Claims;
        if (!AnyShared(claims))
        {
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.Passed, "no two claimed courses share a key");
            }

            return;
        }

        // Which claims take part is fixed before any is refused, so the result does not depend on claim order.
        var groups = Enumerable.Range(0, claims.Length)
            .Where(i => Takes(claims[i]))
            .GroupBy(i => claims[i].Key!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Members: g.ToArray()))
            .ToArray();
        foreach (var (key, members) in groups)
        {
            var ordered = members.ToList();
            ordered.Sort((a, b) => AllocationOrdering.CompareForKeeping(claims[a], claims[b], rules));
            var kept = claims[ordered[0]].CourseId;
            foreach (var later in ordered.Skip(1))
            {
                record.Raise(ref sink, later, DuplicateWithinRequest, Id, null, (courseId: claims[later].CourseId, kept, key, order: rules.AllocationOrder), static a => [("CourseId", a.courseId), ("KeptCourseId", a.kept), ("EquivalenceKey", a.key), ("Order", a.order.ToString())]);
            }
        }

        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Failed, string.Join("; ", groups.Select(g => g.Key + ": " + string.Join(", ", g.Members.Select(i => claims[i].CourseId)))));
        }
    }

    private static bool Takes(in RecordClaim claim) => claim.Key is not null && !claim.IsBlocked;

    /// <summary>Whether two taking claims share a key; no allocation for the common record without such a pair.</summary>
    private static bool AnyShared(RecordClaim[] claims)
    {
        for (var i = 0; i < claims.Length; i++)
        {
            if (!Takes(claims[i]))
            {
                continue;
            }

            for (var j = i + 1; j < claims.Length; j++)
            {
                if (Takes(claims[j]) && string.Equals(claims[i].Key, claims[j].Key, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
