using System.Buffers;
using System.Numerics;
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
    /// Sorts <paramref name="entries"/> best first: one packed integer per entry ordered as <see cref="Compare"/> orders
    /// the keys (<see cref="TryPack"/>), or the keys themselves with <see cref="Compare"/> when they do not pack; then the
    /// entries permuted in place, each moved once. The buffers are pooled (returned, so a warmed thread allocates nothing).
    /// </summary>
    public static void Sort(Span<ExploreEntry> entries)
    {
        var n = entries.Length;
        if (n < 2)
        {
            return;
        }

        var keys = ArrayPool<RankKey>.Shared.Rent(n);
        var from = ArrayPool<int>.Shared.Rent(n);
        try
        {
            for (var i = 0; i < n; i++)
            {
                keys[i] = Of(in entries[i], i);
            }

            Rank(keys.AsSpan(0, n), from.AsSpan(0, n));
            Permute(entries, from.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<RankKey>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(from);
        }
    }

    /// <summary>Writes into <paramref name="from"/>[r] the <see cref="Index"/> of the key ranked r by <see cref="Compare"/> (keys with unique orders).</summary>
    internal static void Rank(Span<RankKey> keys, Span<int> from)
    {
        var n = keys.Length;
        var packed = ArrayPool<ulong>.Shared.Rent(n);
        var ranks = ArrayPool<int>.Shared.Rent(2 * n);
        try
        {
            if (TryPack(keys, packed.AsSpan(0, n), ranks.AsSpan(0, 2 * n), out var orderBits))
            {
                var sorted = packed.AsSpan(0, n);
                SortPacked(sorted);

                // Orders are unique (a program's position among every loaded program): the low bits name each key.
                var maxOrder = 0;
                foreach (var key in keys)
                {
                    maxOrder = Math.Max(maxOrder, key.Order);
                }

                var indexOfOrder = ArrayPool<int>.Shared.Rent(maxOrder + 1);
                indexOfOrder.AsSpan(0, maxOrder + 1).Fill(-1);
                var unique = true;
                foreach (var key in keys)
                {
                    unique &= indexOfOrder[key.Order] < 0;
                    indexOfOrder[key.Order] = key.Index;
                }

                // Two keys with one order would name one place: the comparer sorts them instead.
                if (unique)
                {
                    var orderMask = (1UL << orderBits) - 1;
                    for (var r = 0; r < n; r++)
                    {
                        from[r] = indexOfOrder[(int)(sorted[r] & orderMask)];
                    }
                }

                ArrayPool<int>.Shared.Return(indexOfOrder);
                if (unique)
                {
                    return;
                }
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(packed);
            ArrayPool<int>.Shared.Return(ranks);
        }

        keys.Sort(default(Comparer));
        for (var r = 0; r < n; r++)
        {
            from[r] = keys[r].Index;
        }
    }

    /// <summary>
    /// Sorts unsigned values ascending, as <see cref="MemoryExtensions.Sort{T}(Span{T})"/> does: for many values a
    /// least-significant-digit radix sort (<see cref="DigitBits"/> bits a pass, only over the bits the values use: a packed
    /// key of the explorer's pass needs few), each pass a counting sort into a pooled buffer; for few, the span's own sort.
    /// </summary>
    internal static void SortPacked(Span<ulong> values)
    {
        var n = values.Length;
        if (n < RadixFrom)
        {
            values.Sort();
            return;
        }

        ulong used = 0;
        foreach (var value in values)
        {
            used |= value;
        }

        var bits = 64 - BitOperations.LeadingZeroCount(used);
        var buffer = ArrayPool<ulong>.Shared.Rent(n);
        var counts = ArrayPool<int>.Shared.Rent(1 << DigitBits);
        try
        {
            Span<ulong> from = values;
            Span<ulong> to = buffer.AsSpan(0, n);
            var digits = counts.AsSpan(0, 1 << DigitBits);
            const ulong mask = (1UL << DigitBits) - 1;
            for (var shift = 0; shift < bits; shift += DigitBits)
            {
                digits.Clear();
                foreach (var value in from)
                {
                    digits[(int)((value >> shift) & mask)]++;
                }

                // Each digit's first place; values keep their order within a digit (stable), so earlier passes hold.
                var place = 0;
                for (var d = 0; d < digits.Length; d++)
                {
                    var count = digits[d];
                    digits[d] = place;
                    place += count;
                }

                foreach (var value in from)
                {
                    to[digits[(int)((value >> shift) & mask)]++] = value;
                }

                var swap = from;
                from = to;
                to = swap;
            }

            // An odd number of passes leaves the values in the buffer.
            if (!from.Overlaps(values))
            {
                from.CopyTo(values);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(buffer);
            ArrayPool<int>.Shared.Return(counts);
        }
    }

    /// <summary>The bits of one radix pass of <see cref="SortPacked"/> (its counts fit in L1).</summary>
    private const int DigitBits = 11;

    /// <summary>
    /// From this many values <see cref="SortPacked"/> radix-sorts; below, the span's own sort (at 1,000 values the radix
    /// sort was no faster and ran more instructions; at 10,000 it was faster).
    /// </summary>
    private const int RadixFrom = 4_096;

    /// <summary>
    /// Puts entry <paramref name="from"/>[r] of the input at r: follows each cycle of the permutation, marking a place done
    /// by setting its source to itself.
    /// </summary>
    private static void Permute(Span<ExploreEntry> entries, Span<int> from)
    {
        var n = entries.Length;
        for (var start = 0; start < n; start++)
        {
            if (from[start] == start)
            {
                continue;
            }

            var held = entries[start];
            var place = start;
            while (true)
            {
                var source = from[place];
                from[place] = place;
                if (source == start)
                {
                    entries[place] = held;
                    break;
                }

                entries[place] = entries[source];
                place = source;
            }
        }
    }

    /// <summary>
    /// Packs each key into one <see cref="ulong"/> that orders as <see cref="Compare"/> does, field by field in its order:
    /// the credits' and the cost's dense ranks among the distinct values present (ranked by the fields' own comparisons,
    /// credits most first), then steps, incomplete claims and the ids' order, each in as few bits as its largest value
    /// needs. False when they need more than 64 bits or a field is negative (then <see cref="Compare"/> sorts). Orders
    /// must be unique, as <see cref="ExploreEntry.Order"/> is, so the packed values are too.
    /// </summary>
    /// <param name="keys">The keys.</param>
    /// <param name="packed">Receives one value per key.</param>
    /// <param name="ranks">Scratch of twice the keys' length.</param>
    /// <param name="orderBits">The number of low bits holding <see cref="Order"/>.</param>
    internal static bool TryPack(ReadOnlySpan<RankKey> keys, Span<ulong> packed, Span<int> ranks, out int orderBits)
    {
        var n = keys.Length;
        var credits = ranks[..n];
        var costs = ranks.Slice(n, n);
        int maxSteps = 0, maxClaims = 0, maxOrder = 0;
        for (var i = 0; i < n; i++)
        {
            ref readonly var key = ref keys[i];
            if (key.Steps < 0 || key.Claims < 0 || key.Order < 0)
            {
                orderBits = 0;
                return false;
            }

            maxSteps = Math.Max(maxSteps, key.Steps);
            maxClaims = Math.Max(maxClaims, key.Claims);
            maxOrder = Math.Max(maxOrder, key.Order);
        }

        var creditCount = DenseRanks<CreditsField>(keys, credits);
        var costCount = DenseRanks<CostField>(keys, costs);
        if (creditCount < 0 || costCount < 0)
        {
            orderBits = 0;
            return false;
        }

        var creditBits = Bits(creditCount - 1);
        var costBits = Bits(costCount - 1);
        var stepBits = Bits(maxSteps);
        var claimBits = Bits(maxClaims);
        orderBits = Bits(maxOrder);
        if (creditBits + costBits + stepBits + claimBits + orderBits > 64)
        {
            return false;
        }

        for (var i = 0; i < n; i++)
        {
            ref readonly var key = ref keys[i];
            var value = (ulong)credits[i];
            value = (value << costBits) | (uint)costs[i];
            value = (value << stepBits) | (uint)key.Steps;
            value = (value << claimBits) | (uint)key.Claims;
            packed[i] = (value << orderBits) | (uint)key.Order;
        }

        return true;
    }

    /// <summary>
    /// One field of the ranking as <see cref="DenseRanks{TField}"/> reads it: its order (the field's part of
    /// <see cref="Compare"/>) and a hash consistent with it. A struct type argument, so both calls are inlined per field.
    /// </summary>
    private interface IRankField
    {
        static abstract int Compare(in RankKey a, in RankKey b);

        static abstract int Hash(in RankKey key);
    }

    /// <summary>Credits in semester hours, most first.</summary>
    private readonly struct CreditsField : IRankField
    {
        public static int Compare(in RankKey a, in RankKey b) => b.SemesterHours.CompareTo(a.SemesterHours);

        public static int Hash(in RankKey key) => key.SemesterHours.GetHashCode();
    }

    /// <summary>The amount owed, least first.</summary>
    private readonly struct CostField : IRankField
    {
        public static int Compare(in RankKey a, in RankKey b) => a.Cost.CompareTo(b.Cost);

        public static int Hash(in RankKey key) => key.Cost.GetHashCode();
    }

    /// <summary>
    /// Each key's rank among the distinct values of one field (equal values, by <typeparamref name="TField"/>'s comparison,
    /// share a rank; lower ranks sort first): the distinct values found by hashing, then sorted by that comparison. Returns
    /// the number of distinct values, or -1 when there are more than <see cref="MaxDistinct"/>.
    /// </summary>
    private static int DenseRanks<TField>(ReadOnlySpan<RankKey> keys, Span<int> ranks)
        where TField : struct, IRankField
    {
        var n = keys.Length;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)(2 * n));
        var table = ArrayPool<int>.Shared.Rent(size);
        var firsts = ArrayPool<int>.Shared.Rent(n);
        try
        {
            // table holds 1 + the distinct value's number (0: empty); firsts[d] is the first key holding value d.
            table.AsSpan(0, size).Clear();
            var distinct = 0;
            for (var i = 0; i < n; i++)
            {
                var slot = TField.Hash(in keys[i]) & (size - 1);
                while (true)
                {
                    var d = table[slot] - 1;
                    if (d < 0)
                    {
                        firsts[distinct] = i;
                        table[slot] = ++distinct;
                        ranks[i] = distinct - 1;
                        break;
                    }

                    if (TField.Compare(in keys[firsts[d]], in keys[i]) == 0)
                    {
                        ranks[i] = d;
                        break;
                    }

                    slot = (slot + 1) & (size - 1);
                }
            }

            if (distinct > MaxDistinct)
            {
                return -1;
            }

            // Order the distinct values by the field's comparison (insertion sort: few values); byRank[r] is the value of rank r.
            var byRank = table.AsSpan(0, distinct);
            for (var d = 0; d < distinct; d++)
            {
                var j = d - 1;
                while (j >= 0 && TField.Compare(in keys[firsts[byRank[j]]], in keys[firsts[d]]) > 0)
                {
                    byRank[j + 1] = byRank[j];
                    j--;
                }

                byRank[j + 1] = d;
            }

            // Values the comparison calls equal share a rank, whatever their hashes: the hash only finds values faster.
            var rankOf = ArrayPool<int>.Shared.Rent(distinct);
            var rank = 0;
            for (var r = 0; r < distinct; r++)
            {
                rank += r > 0 && TField.Compare(in keys[firsts[byRank[r - 1]]], in keys[firsts[byRank[r]]]) != 0 ? 1 : 0;
                rankOf[byRank[r]] = rank;
            }

            for (var i = 0; i < n; i++)
            {
                ranks[i] = rankOf[ranks[i]];
            }

            ArrayPool<int>.Shared.Return(rankOf);
            return rank + 1;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(table);
            ArrayPool<int>.Shared.Return(firsts);
        }
    }

    /// <summary>The most distinct values of a field the packed sort ranks (by insertion sort); more, and <see cref="Compare"/> sorts.</summary>
    private const int MaxDistinct = 128;

    private static int Bits(int max) => max <= 0 ? 0 : 32 - BitOperations.LeadingZeroCount((uint)max);

    private readonly struct Comparer : IComparer<RankKey>
    {
        public int Compare(RankKey x, RankKey y) => RankKey.Compare(in x, in y);
    }
}
