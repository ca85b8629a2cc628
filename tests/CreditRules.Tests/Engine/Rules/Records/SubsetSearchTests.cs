using CreditRules.Engine.Rules;
using CsCheck;

namespace CreditRules.Tests.Engine.Rules.Records;

public sealed class SubsetSearchTests
{
    private static readonly CreditLevel[] Levels = Enum.GetValues<CreditLevel>();

    /// <summary>
    /// The pruned depth-first search picks the subset the exhaustive search over every mask picks (the most credits within
    /// every cap that can refuse credit, the largest mask among equal totals), for generated courses, caps, rooms and
    /// overflow settings: up to 10 courses of 1-4 SH (so ties are common), 0-3 caps of every scope.
    /// </summary>
    [Fact]
    public void Run_GeneratedCoursesAndCaps_ChoosesWhatEveryMaskWouldChoose()
    {
        var course = Gen.Select(Gen.Int[1, 4], Gen.Int[0, Levels.Length - 1]);
        var cap = Gen.Select(Gen.Int[0, 2], Gen.Int[0, Levels.Length - 1], Gen.Int[0, 16]);
        Gen.Select(course.Array[0, 10], cap.Array[0, 3], Gen.Bool).Sample(
            (courses, capSpecs, overflow) =>
            {
                var claims = courses.Select(c => new RecordClaim { Need = CreditAmount.FromSemesterHours(c.Item1), Level = Levels[c.Item2] }).ToArray();
                var chronological = Enumerable.Range(0, claims.Length).ToArray();
                var caps = capSpecs.Select((c, i) => CreditCap.Absolute("cap" + i, CreditAmount.FromSemesterHours(c.Item3), (CapScope)c.Item1, c.Item1 == 1 ? PriorCreditSource.PriorLearning : null, c.Item1 == 2 ? Levels[c.Item2] : null)).ToArray();
                var rooms = capSpecs.Select(c => CreditAmount.FromSemesterHours(c.Item3)).ToArray();
                var expected = EveryMask(claims, chronological, caps, overflow, rooms);

                var zero = CreditAmount.Zero(CreditUnit.SemesterHour);
                var left = new CreditAmount[claims.Length + 1];
                left[claims.Length] = zero;
                for (var i = claims.Length - 1; i >= 0; i--)
                {
                    left[i] = left[i + 1].Plus(claims[i].Need);
                }

                var used = Enumerable.Repeat(zero, caps.Length).ToArray();
                var search = new SubsetSearch(claims, chronological, caps, overflow, rooms, used);
                search.Run(0, 0L, zero, left);

                (search.BestMask, search.BestTotal).Should().Be(expected);
                used.Where(u => !u.IsZero).Should().BeEmpty("every course taken is given back on the way out");
            },
            seed: new PCG(16, 3).ToString(),
            iter: 5_000,
            threads: 1);
    }

    /// <summary>The exhaustive search the depth-first search replaced: every mask, feasibility course by course.</summary>
    private static (long Mask, CreditAmount Total) EveryMask(RecordClaim[] claims, int[] chronological, CreditCap[] caps, bool overflow, CreditAmount[] rooms)
    {
        var n = chronological.Length;
        var bestMask = -1L;
        var bestTotal = CreditAmount.Zero(CreditUnit.SemesterHour);
        for (var mask = 0L; mask < 1L << n; mask++)
        {
            var total = CreditAmount.Zero(CreditUnit.SemesterHour);
            var used = Enumerable.Repeat(CreditAmount.Zero(CreditUnit.SemesterHour), caps.Length).ToArray();
            var feasible = true;
            for (var i = 0; i < n && feasible; i++)
            {
                if ((mask & (1L << (n - 1 - i))) == 0)
                {
                    continue;
                }

                var claim = claims[chronological[i]];
                total = total.Plus(claim.Need);
                for (var c = 0; c < caps.Length; c++)
                {
                    if ((!overflow || caps[c].Scope == CapScope.All) && caps[c].Covers(PriorCreditSource.PriorLearning, claim.Level))
                    {
                        used[c] = used[c].Plus(claim.Need);
                        feasible &= used[c] <= rooms[c];
                    }
                }
            }

            if (feasible && (bestMask < 0 || total > bestTotal || (total == bestTotal && mask > bestMask)))
            {
                bestMask = mask;
                bestTotal = total;
            }
        }

        return (bestMask, bestTotal);
    }
}
