namespace CreditRules.Engine;

/// <summary>
/// How two lists of reasons are compared, written once for <see cref="DecisionDiff"/> (reasons) and decision-record replay
/// (their JSON form): reasons are matched by key (code and rule id), in order within a key; a matched pair that is the same
/// is not a change, an unmatched earlier reason disappeared and an unmatched later one appeared.
/// </summary>
internal static class ReasonPairs
{
    /// <summary>The changed pairs: keys of <paramref name="before"/> in first-seen order (pairs by position), then keys only
    /// in <paramref name="after"/> in ordinal order. <c>Old</c> or <c>New</c> is null for a reason that appeared or
    /// disappeared; <c>Index</c> is the position within the key.</summary>
    public static List<(T? Old, T? New, int Index)> Changed<T>(IEnumerable<T> before, IEnumerable<T> after, Func<T, string> key, Func<T, T, bool> same)
        where T : class
    {
        var changes = new List<(T? Old, T? New, int Index)>();
        var afterGroups = after.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in before.GroupBy(key, StringComparer.Ordinal))
        {
            seen.Add(group.Key);
            var olds = group.ToList();
            var news = afterGroups.GetValueOrDefault(group.Key) ?? [];
            for (var i = 0; i < Math.Max(olds.Count, news.Count); i++)
            {
                var old = i < olds.Count ? olds[i] : null;
                var now = i < news.Count ? news[i] : null;
                if (old is not null && now is not null && same(old, now))
                {
                    continue;
                }

                changes.Add((old, now, i));
            }
        }

        foreach (var group in afterGroups.Where(g => !seen.Contains(g.Key)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            for (var i = 0; i < group.Value.Count; i++)
            {
                changes.Add((null, group.Value[i], i));
            }
        }

        return changes;
    }

    /// <summary>The kind of change a pair is.</summary>
    public static ReasonChangeKind KindOf<T>(T? old, T? now)
        where T : class => old is null ? ReasonChangeKind.Appeared : now is null ? ReasonChangeKind.Disappeared : ReasonChangeKind.Changed;
}
