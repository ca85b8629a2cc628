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
        var takes = record.Ints(2, claims.Length);
        for (var i = 0; i < claims.Length; i++)
        {
            takes[i] = Takes(claims[i]) ? 1 : 0;
        }

        // Each group of claims sharing a key, found at its first member; kept in keeping order, the others refused.
        var members = record.Ints(1, claims.Length);
        for (var i = 0; i < claims.Length; i++)
        {
            var key = claims[i].Key;
            var first = takes[i] == 1;
            for (var j = 0; j < i && first; j++)
            {
                first = !(takes[j] == 1 && string.Equals(claims[j].Key, key, StringComparison.Ordinal));
            }

            if (!first)
            {
                continue;
            }

            var count = 0;
            for (var j = i; j < claims.Length; j++)
            {
                if (takes[j] == 1 && string.Equals(claims[j].Key, key, StringComparison.Ordinal))
                {
                    members[count++] = j;
                }
            }

            if (count < 2)
            {
                continue;
            }

            var ordered = members.AsSpan(0, count);
            AllocationOrdering.SortForKeeping(ordered, claims, rules);
            var kept = claims[ordered[0]].CourseId;
            foreach (var later in ordered[1..])
            {
                record.Raise(ref sink, later, DuplicateWithinRequest, Id, null, (courseId: claims[later].CourseId, kept, key: key!, order: rules.AllocationOrder), static a => [("CourseId", a.courseId), ("KeptCourseId", a.kept), ("EquivalenceKey", a.key), ("Order", a.order.ToString())]);
            }
        }

        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Failed, Groups(claims, takes));
        }
    }

    /// <summary>The groups sharing a key, by key, for the trace (its own method: its lambdas' captures must not cost the outcome-only path an allocation).</summary>
    private static string Groups(RecordClaim[] claims, int[] takes) => string.Join(
        "; ",
        Enumerable.Range(0, claims.Length)
            .Where(i => takes[i] == 1)
            .GroupBy(i => claims[i].Key!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key + ": " + string.Join(", ", g.Select(i => claims[i].CourseId))));

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
