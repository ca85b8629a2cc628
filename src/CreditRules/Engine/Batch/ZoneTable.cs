using NodaTime;

namespace CreditRules.Engine;

/// <summary>
/// A zone's UTC offsets as sorted arrays, so turning an instant into a local date is a binary search that never
/// allocates (a NodaTime zone may allocate zone intervals on a cache miss), and a date's first instant is read from the
/// same arrays. Instants and dates outside the table (2000-2049) fall back to the zone.
/// </summary>
internal sealed class ZoneTable
{
    private static readonly Instant From = Instant.FromUtc(2000, 1, 1, 0, 0);
    private static readonly Instant To = Instant.FromUtc(2050, 1, 1, 0, 0);

    private readonly long[] _starts;
    private readonly long[] _offsets;
    private readonly long _first;
    private readonly long _last;

    public ZoneTable(DateTimeZone zone)
    {
        Zone = zone;

        // One zone interval after another into arrays (not the GetZoneIntervals iterator into lists): the first claim in a
        // zone builds its table on the first decision, where each generic collection and iterator is more for the JIT.
        var starts = new long[64];
        var offsets = new long[64];
        var count = 0;
        for (var at = From; at < To;)
        {
            var interval = zone.GetZoneInterval(at);
            if (count == starts.Length)
            {
                starts = Resized(starts, count * 2);
                offsets = Resized(offsets, count * 2);
            }

            starts[count] = at.ToUnixTimeTicks();
            offsets[count] = interval.WallOffset.Ticks;
            count++;
            if (!interval.HasEnd)
            {
                break;
            }

            at = interval.End;
        }

        _starts = Resized(starts, count);
        _offsets = Resized(offsets, count);
        _first = From.ToUnixTimeTicks();
        _last = To.ToUnixTimeTicks();
    }

    /// <summary>A copy of the array's first items in a new array of <paramref name="length"/> (Array.Copy: no generic method to compile).</summary>
    private static long[] Resized(long[] items, int length)
    {
        var copy = new long[length];
        Array.Copy(items, copy, Math.Min(items.Length, length));
        return copy;
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

        var cutoff = DayCutoff.Compute(this, date);
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

        // The local date from the local ticks (the instant plus the wall offset of its interval), through DateOnly's day number.
        var (year, month, day) = DateOnly.FromDayNumber(UnixEpochDayNumber + (int)((ticks + _offsets[IndexOf(ticks)]) / TimeSpan.TicksPerDay));
        return new LocalDate(year, month, day);
    }

    /// <summary>
    /// The first instant (Unix ticks) of a date in this zone and of the next date, read from the table as NodaTime's
    /// <see cref="DateTimeZone.AtStartOfDay"/> gives them (midnight, the earlier one where the clocks turned back over it,
    /// or the end of the gap where they skipped it), and whether the wall offset drops anywhere from two days before the
    /// first to two days after the second (see <see cref="DayCutoff"/>). False when those days are not all in the table, or
    /// when the zone skipped a whole date there (the caller then asks the zone).
    /// </summary>
    public bool TryDayBounds(LocalDate date, out long startTicks, out long endTicks, out bool exact)
    {
        var midnight = ((long)new DateOnly(date.Year, date.Month, date.Day).DayNumber - UnixEpochDayNumber) * TimeSpan.TicksPerDay;
        startTicks = endTicks = 0;
        exact = false;
        if (midnight - (3 * TimeSpan.TicksPerDay) < _first || midnight + (4 * TimeSpan.TicksPerDay) >= _last
            || !TryStartOfDay(midnight, out startTicks) || !TryStartOfDay(midnight + TimeSpan.TicksPerDay, out endTicks))
        {
            return false;
        }

        // Dates are monotonic in instants near the two midnights unless the wall offset drops (clocks turned back) there.
        exact = true;
        var to = endTicks + (2 * TimeSpan.TicksPerDay);
        for (var i = IndexOf(startTicks - (2 * TimeSpan.TicksPerDay)); i + 1 < _starts.Length && _starts[i + 1] < to; i++)
        {
            if (_offsets[i + 1] < _offsets[i])
            {
                exact = false;
            }
        }

        return true;
    }

    private const int UnixEpochDayNumber = 719_162; // DateOnly's day number of 1970-01-01

    /// <summary>The first instant whose local time is at or after <paramref name="localTicks"/> (a local midnight), if its local date is that midnight's.</summary>
    private bool TryStartOfDay(long localTicks, out long ticks)
    {
        // The first interval whose local end is after the local time: the time is in it (in the earlier of two intervals
        // where the clocks turned back over it), or the clocks skipped it and the interval begins after it.
        var i = 0;
        while (i + 1 < _starts.Length && _starts[i + 1] + _offsets[i] <= localTicks)
        {
            i++;
        }

        ticks = Math.Max(localTicks - _offsets[i], _starts[i]);

        // A whole date skipped (Pacific/Apia, 2011-12-30): the interval after the gap begins on a later date.
        return ticks + _offsets[i] < localTicks + TimeSpan.TicksPerDay;
    }

    /// <summary>The index of the interval holding the instant (ticks at or after the table's first): a binary search over the starts.</summary>
    private int IndexOf(long ticks)
    {
        int low = 0, high = _starts.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) >> 1;
            if (_starts[middle] <= ticks)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
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

    /// <summary>The cut-off of a date in the table's zone: read from the table where it covers the date, else from the zone.</summary>
    public static DayCutoff Compute(ZoneTable table, LocalDate date) =>
        table.TryDayBounds(date, out var start, out var end, out var exact) ? new DayCutoff(date, start, end, exact) : Compute(table.Zone, date);

    /// <summary>The first instant of the date (Unix ticks), where the cut-off is exact.</summary>
    internal long StartTicks => _startTicks;

    /// <summary>The first instant of the next date (Unix ticks), where the cut-off is exact.</summary>
    internal long EndTicks => _endTicks;

    /// <summary>Whether the two instants decide "after" and "before" alone (no clocks turned back near them).</summary>
    internal bool Exact => _exact;

    /// <summary>The cut-off of a date in a zone, from the zone itself (NodaTime's start of day and zone intervals).</summary>
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
