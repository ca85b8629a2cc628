using NodaTime;

namespace CreditRules.Engine;

/// <summary>
/// A zone's UTC offsets as sorted arrays, so turning an instant into a local date is a binary search that never
/// allocates (a NodaTime zone may allocate zone intervals on a cache miss). Instants outside the table fall back to the zone.
/// </summary>
internal sealed class ZoneTable
{
    private static readonly Instant From = Instant.FromUtc(2000, 1, 1, 0, 0);
    private static readonly Instant To = Instant.FromUtc(2050, 1, 1, 0, 0);

    private readonly long[] _starts;
    private readonly Offset[] _offsets;
    private readonly long _first;
    private readonly long _last;

    public ZoneTable(DateTimeZone zone)
    {
        Zone = zone;

        // One zone interval after another into arrays (not the GetZoneIntervals iterator into lists): the first claim in a
        // zone builds its table on the first decision, where each generic collection and iterator is more for the JIT.
        var starts = new long[64];
        var offsets = new Offset[64];
        var count = 0;
        for (var at = From; at < To;)
        {
            var interval = zone.GetZoneInterval(at);
            if (count == starts.Length)
            {
                var moreStarts = new long[count * 2];
                var moreOffsets = new Offset[count * 2];
                Array.Copy(starts, moreStarts, count);
                Array.Copy(offsets, moreOffsets, count);
                starts = moreStarts;
                offsets = moreOffsets;
            }

            starts[count] = at.ToUnixTimeTicks();
            offsets[count] = interval.WallOffset;
            count++;
            if (!interval.HasEnd)
            {
                break;
            }

            at = interval.End;
        }

        _starts = new long[count];
        _offsets = new Offset[count];
        Array.Copy(starts, _starts, count);
        Array.Copy(offsets, _offsets, count);
        _first = From.ToUnixTimeTicks();
        _last = To.ToUnixTimeTicks();
    }

    // Recent dates' cut-offs, by a hash of the date (a bulk run or a record request mixes as-of dates): each slot holds
    // the last date hashed to it, replaced whole, so a read sees a complete entry without a lock.
    private readonly DayCutoff?[] _cutoffs = new DayCutoff?[CutoffSlots];

    private const int CutoffSlots = 256;

    public DateTimeZone Zone { get; }

    /// <summary>
    /// The first instant whose date in this zone is after <paramref name="date"/>, so that "dated after" is one comparison
    /// of ticks; computed once per date (kept per slot of a small table: a plan or a record request may mix as-of dates).
    /// </summary>
    public DayCutoff AfterDate(LocalDate date)
    {
        ref var slot = ref _cutoffs[((date.Year * 367) + date.DayOfYear) & (CutoffSlots - 1)];
        var last = Volatile.Read(ref slot);
        if (last is not null && last.Date == date)
        {
            return last;
        }

        var cutoff = DayCutoff.Compute(Zone, date);
        Volatile.Write(ref slot, cutoff);
        return cutoff;
    }

    public LocalDate DateOf(Instant instant)
    {
        var ticks = instant.ToUnixTimeTicks();
        if (ticks < _first || ticks >= _last)
        {
            return instant.InZone(Zone).Date;
        }

        var index = Array.BinarySearch(_starts, ticks);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return instant.WithOffset(_offsets[index]).Date;
    }
}

/// <summary>
/// One calendar date in one zone as two instants, its first and the next date's first, so that "dated after" and "dated
/// before" are one comparison of ticks each. Where the zone turns its clocks back near those midnights (dates are then not
/// monotonic in instants), the comparisons are not exact and <see cref="IsAfter(Instant, ZoneTable)"/>/<see cref="IsBefore"/> read the date instead.
/// </summary>
internal sealed class DayCutoff
{
    private readonly long _startTicks;
    private readonly long _endTicks;
    private readonly bool _exact;

    private DayCutoff(LocalDate date, long startTicks, long endTicks, bool exact)
    {
        Date = date;
        _startTicks = startTicks;
        _endTicks = endTicks;
        _exact = exact;
    }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>Whether the instant's date in the zone is after <see cref="Date"/>.</summary>
    public bool IsAfter(Instant instant, ZoneTable zone) =>
        _exact ? instant.ToUnixTimeTicks() >= _endTicks : zone.DateOf(instant) > Date;

    /// <summary>Whether the instant given as Unix ticks falls on a date in the zone after <see cref="Date"/>: one comparison where the cut-off is exact.</summary>
    public bool IsAfter(long ticks, ZoneTable zone) =>
        _exact ? ticks >= _endTicks : zone.DateOf(Instant.FromUnixTimeTicks(ticks)) > Date;

    /// <summary>Whether the instant's date in the zone is before <see cref="Date"/>.</summary>
    public bool IsBefore(Instant instant, ZoneTable zone) =>
        _exact ? instant.ToUnixTimeTicks() < _startTicks : zone.DateOf(instant) < Date;

    public static DayCutoff Compute(DateTimeZone zone, LocalDate date)
    {
        if (date <= new LocalDate(1, 1, 2) || date >= new LocalDate(9999, 12, 30))
        {
            return new DayCutoff(date, 0, 0, false);
        }

        Instant start, end;
        try
        {
            start = zone.AtStartOfDay(date).ToInstant();
            end = zone.AtStartOfDay(date.PlusDays(1)).ToInstant();
        }
        catch (SkippedTimeException)
        {
            // A date the zone skipped entirely (Pacific/Apia, 2011-12-30): compare dates.
            return new DayCutoff(date, 0, 0, false);
        }

        // Dates are monotonic in instants near the two midnights unless the wall offset drops (clocks turned back) there.
        // (One interval after another, as in the ZoneTable constructor, rather than the GetZoneIntervals iterator.)
        var exact = true;
        var to = end + Duration.FromDays(2);
        var interval = zone.GetZoneInterval(start - Duration.FromDays(2));
        while (interval.HasEnd && interval.End < to)
        {
            var next = zone.GetZoneInterval(interval.End);
            if (next.WallOffset < interval.WallOffset)
            {
                exact = false;
            }

            interval = next;
        }

        return new DayCutoff(date, start.ToUnixTimeTicks(), end.ToUnixTimeTicks(), exact);
    }
}
