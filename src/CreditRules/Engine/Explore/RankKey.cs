using System.Buffers;
using CreditRules.Domain;

namespace CreditRules.Engine;

/// <summary>
/// What the ranking of <see cref="ExploreResult"/> reads of an entry (credits in semester hours, cost, steps, incomplete
/// claims, the ids' order) and the entry's position: a small value without references, so sorting moves no object
/// references (no write barriers) and the entries themselves are moved once, into their ranked places.
/// </summary>
internal readonly struct RankKey
{
    private RankKey(CreditAmount semesterHours, decimal cost, int steps, int claims, int order, int index)
    {
        SemesterHours = semesterHours;
        Cost = cost;
        Steps = steps;
        Claims = claims;
        Order = order;
        Index = index;
    }

    public CreditAmount SemesterHours { get; }

    /// <summary>The amount owed; nothing owed counts as 0.</summary>
    public decimal Cost { get; }

    public int Steps { get; }

    public int Claims { get; }

    public int Order { get; }

    /// <summary>The entry's position before sorting.</summary>
    public int Index { get; }

    public static RankKey Of(in ExploreEntry entry, int index) =>
        new(entry.CreditsGrantedSemesterHours, entry.Cost?.Amount ?? 0m, entry.StepsOutstanding, entry.ClaimsOutstanding, entry.Order, index);

    /// <summary>The ranking: the one definition, used by every sort (<see cref="CreditExplorer.Compare"/> reads it).</summary>
    public static int Compare(in RankKey a, in RankKey b)
    {
        var byCredits = b.SemesterHours.CompareTo(a.SemesterHours);
        if (byCredits != 0)
        {
            return byCredits;
        }

        var byCost = a.Cost.CompareTo(b.Cost);
        if (byCost != 0)
        {
            return byCost;
        }

        var byTime = a.Steps.CompareTo(b.Steps);
        if (byTime != 0)
        {
            return byTime;
        }

        var byWork = a.Claims.CompareTo(b.Claims);
        return byWork != 0 ? byWork : a.Order.CompareTo(b.Order);
    }

    /// <summary>
    /// Sorts <paramref name="entries"/> best first: the keys sorted in a pooled buffer (returned, so a warmed thread
    /// allocates nothing), then the entries permuted in place, each moved once.
    /// </summary>
    public static void Sort(Span<ExploreEntry> entries)
    {
        var n = entries.Length;
        if (n < 2)
        {
            return;
        }

        var keys = ArrayPool<RankKey>.Shared.Rent(n);
        try
        {
            for (var i = 0; i < n; i++)
            {
                keys[i] = Of(in entries[i], i);
            }

            var sorted = keys.AsSpan(0, n);
            sorted.Sort(default(Comparer));

            // Entry r of the result is entry keys[r].Index of the input: follow each cycle of the permutation, marking a
            // place done by setting its key's index to its own position.
            for (var start = 0; start < n; start++)
            {
                if (sorted[start].Index == start)
                {
                    continue;
                }

                var held = entries[start];
                var place = start;
                while (true)
                {
                    var from = sorted[place].Index;
                    sorted[place] = sorted[place].At(place);
                    if (from == start)
                    {
                        entries[place] = held;
                        break;
                    }

                    entries[place] = entries[from];
                    place = from;
                }
            }
        }
        finally
        {
            ArrayPool<RankKey>.Shared.Return(keys);
        }
    }

    private RankKey At(int index) => new(SemesterHours, Cost, Steps, Claims, Order, index);

    private readonly struct Comparer : IComparer<RankKey>
    {
        public int Compare(RankKey x, RankKey y) => RankKey.Compare(in x, in y);
    }
}
