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
        var starts = new List<long>();
        var offsets = new List<Offset>();
        foreach (var interval in zone.GetZoneIntervals(From, To))
        {
            starts.Add(interval.HasStart && interval.Start > From ? interval.Start.ToUnixTimeTicks() : From.ToUnixTimeTicks());
            offsets.Add(interval.WallOffset);
        }

        _starts = [.. starts];
        _offsets = [.. offsets];
        _first = From.ToUnixTimeTicks();
        _last = To.ToUnixTimeTicks();
    }

    public DateTimeZone Zone { get; }

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
