using CreditRules.Documents;
using CreditRules.Tests.Documents;
using CsCheck;

namespace CreditRules.Tests.Engine.Explore;

/// <summary>
/// The ranked pass sorts through packed integers (<c>RankKey.Sort</c>); these check that the order it gives is the order
/// of the one definition, <see cref="CreditExplorer.Compare"/>, on the packed path and on the comparer fallback.
/// </summary>
public sealed class RankKeyTests
{
    private static readonly Institution Institution = PolicyDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "policies.json")).Value.Institutions[0];

    /// <summary>
    /// Few distinct values (the packed path): credits that are equal in semester hours however they were written
    /// (4 QH = 8/3 SH), costs equal at different scales (90 and 90.00) and nothing owed, ties on every field but the order.
    /// </summary>
    [Fact]
    public void Sort_FewDistinctValues_OrdersAsCompare()
    {
        CreditAmount[] credits = [CreditAmount.FromSemesterHours(0), CreditAmount.FromSemesterHours(3), CreditAmount.FromQuarterHours(4).ConvertTo(CreditUnit.SemesterHour), CreditAmount.FromFraction(8, 3, CreditUnit.SemesterHour), CreditAmount.FromSemesterHours(2.5m)];
        decimal?[] costs = [null, 0m, 90m, 90.00m, 25.5m, 115m];
        Check(credits, costs);
    }

    /// <summary>More distinct costs than the packed sort ranks: the comparer sorts, with the same order.</summary>
    [Fact]
    public void Sort_ManyDistinctCosts_OrdersAsCompare()
    {
        CreditAmount[] credits = [CreditAmount.FromSemesterHours(0), CreditAmount.FromSemesterHours(3), CreditAmount.FromSemesterHours(6)];
        var costs = Enumerable.Range(0, 400).Select(i => (decimal?)(i * 1.25m)).ToArray();
        Check(credits, costs);
    }

    /// <summary>Entries sharing an order (never so from the explorer, whose orders are unique): the comparer sorts them, each entry kept once.</summary>
    [Fact]
    public void Sort_RepeatedOrders_KeepsEveryEntryInCompareOrder()
    {
        var program = Institution.Programs[0];
        ExploreEntry Entry(decimal sh, int steps, int order) => new(Institution, program, order, DecisionOutcome.Incomplete, default, CreditAmount.FromSemesterHours(sh), null, 0, steps);
        ExploreEntry[] entries = [Entry(3, 1, 2), Entry(6, 0, 2), Entry(3, 0, 1), Entry(6, 2, 1)];

        RankKey.Sort(entries);

        entries.Select(e => (e.CreditsGrantedSemesterHours.ToDecimal(), e.StepsOutstanding)).Should().Equal((6m, 0), (6m, 2), (3m, 0), (3m, 1));
    }

    /// <summary>
    /// The packed values' sort (radix passes from 4,096 values, the span's sort below) orders as <see cref="Array.Sort{T}(T[])"/>
    /// whatever bits the values use: one radix pass or several, an odd or even number of them, the top bit set, repeats.
    /// </summary>
    [Fact]
    public void SortPacked_AnyWidth_OrdersAsArraySort()
    {
        Gen.Int[0, 12_000].Select(Gen.Int[1, 64], Gen.Int[0, int.MaxValue]).Sample(
            (count, bits, seed) =>
            {
                var random = new Random(seed);
                var values = new ulong[count];
                for (var i = 0; i < count; i++)
                {
                    var value = (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63);
                    values[i] = bits == 64 ? value : value & ((1UL << bits) - 1);
                }

                var expected = values.ToArray();
                Array.Sort(expected);

                RankKey.SortPacked(values);

                values.Should().Equal(expected);
            },
            seed: new PCG(16, 2028).ToString(),
            iter: 300,
            threads: 1);
    }

    private static void Check(CreditAmount[] credits, decimal?[] costs)
    {
        var program = Institution.Programs[0];
        Gen.Int[1, 3_000].Select(Gen.Int[0, int.MaxValue]).Sample(
            (count, seed) =>
            {
                var random = new Random(seed);
                var orders = Enumerable.Range(0, count).Select(i => i * 3).OrderBy(_ => random.Next()).ToArray();
                var entries = new ExploreEntry[count];
                for (var i = 0; i < count; i++)
                {
                    var cost = costs[random.Next(costs.Length)];
                    entries[i] = new ExploreEntry(Institution, program, orders[i], DecisionOutcome.Incomplete, default, credits[random.Next(credits.Length)], cost is { } c ? Money.Usd(c) : null, random.Next(3), random.Next(4));
                }

                var expected = entries.ToArray();
                Array.Sort(expected, (a, b) => CreditExplorer.Compare(in a, in b));

                RankKey.Sort(entries);

                entries.Select(e => e.Order).Should().Equal(expected.Select(e => e.Order));
            },
            seed: new PCG(16, 2027).ToString(),
            iter: 200,
            threads: 1);
    }
}
