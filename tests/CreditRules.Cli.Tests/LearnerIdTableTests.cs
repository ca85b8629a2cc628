using CreditRules.Cli.Bulk;

namespace CreditRules.Cli.Tests;

/// <summary>
/// The compact duplicate-id table answers exactly what a <c>Dictionary&lt;ulong, long&gt;</c> answered: every hash seen
/// before is found with the line it was first added on, and no other. Small pending sets force many merges.
/// </summary>
public sealed class LearnerIdTableTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(64)]
    [InlineData(1 << 17)]
    public void SeenBefore_RandomHashesWithRepeats_AgreesWithADictionary(int minPending)
    {
        var random = new Random(2013);
        var table = new LearnerIdTable(minPending);
        var reference = new Dictionary<ulong, long>();
        var added = new List<ulong>();
        for (long line = 0; line < 60_000; line++)
        {
            // A third repeat an earlier hash; some share the top 16 bits or the low 48 bits of an earlier one.
            var pick = random.Next(6);
            ulong hash = pick switch
            {
                0 or 1 when added.Count > 0 => added[random.Next(added.Count)],
                2 when added.Count > 0 => (added[random.Next(added.Count)] & 0xFFFF_0000_0000_0000UL) | (ulong)random.NextInt64(),
                3 when added.Count > 0 => (added[random.Next(added.Count)] & 0x0000_FFFF_FFFF_FFFFUL) | ((ulong)random.Next(1 << 16) << 48),
                _ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40),
            };

            var expectedSeen = reference.TryGetValue(hash, out var expectedFirst);
            var seen = table.SeenBefore(hash, line, out var first);

            seen.Should().Be(expectedSeen, "hash {0:X16} on line {1}", hash, line);
            if (expectedSeen)
            {
                first.Should().Be(expectedFirst, "hash {0:X16} on line {1}", hash, line);
            }
            else
            {
                reference.Add(hash, line);
                added.Add(hash);
            }
        }

        table.Count.Should().Be(reference.Count);
    }

    [Fact]
    public void SeenBefore_ExtremeHashes_AreFoundWithTheirLines()
    {
        var table = new LearnerIdTable(minPending: 2);
        ulong[] hashes = [0, ulong.MaxValue, 1, ulong.MaxValue - 1, 1UL << 48, (1UL << 48) - 1, 0x8000_0000_0000_0000UL];
        for (var i = 0; i < hashes.Length; i++)
        {
            table.SeenBefore(hashes[i], i, out _).Should().BeFalse();
        }

        for (var i = 0; i < hashes.Length; i++)
        {
            table.SeenBefore(hashes[i], 100 + i, out var first).Should().BeTrue();
            first.Should().Be(i);
        }

        table.Count.Should().Be(hashes.Length);
    }

    [Fact]
    public void SeenBefore_LinePastFourBillion_KeepsItsWholeNumber()
    {
        var table = new LearnerIdTable(minPending: 1);
        const long Far = 5_000_000_000L;

        table.SeenBefore(42, Far, out _).Should().BeFalse();
        table.SeenBefore(43, uint.MaxValue - 1L, out _).Should().BeFalse();
        table.SeenBefore(44, uint.MaxValue, out _).Should().BeFalse();

        table.SeenBefore(42, Far + 1, out var first).Should().BeTrue();
        first.Should().Be(Far);
        table.SeenBefore(43, Far + 2, out first).Should().BeTrue();
        first.Should().Be(uint.MaxValue - 1L);
        table.SeenBefore(44, Far + 3, out first).Should().BeTrue();
        first.Should().Be(uint.MaxValue);
    }
}
