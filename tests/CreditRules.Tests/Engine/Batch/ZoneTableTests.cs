namespace CreditRules.Tests.Engine.Batch;

/// <summary>"Dated after/before the as-of date" as comparisons with the as-of date's two cut-off instants, checked against the date itself.</summary>
public sealed class ZoneTableTests
{
    [Fact]
    public void AfterDate_NewYorkMidnight_LastTickOfTheDateIsNotAfterAndTheNextIs()
    {
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var table = new ZoneTable(zone);
        var asOf = new LocalDate(2014, 6, 30);
        var cutoff = table.AfterDate(asOf);
        var nextMidnight = new LocalDateTime(2014, 7, 1, 0, 0).InZoneStrictly(zone).ToInstant();
        var midnight = new LocalDateTime(2014, 6, 30, 0, 0).InZoneStrictly(zone).ToInstant();

        cutoff.IsAfter(nextMidnight - Duration.Epsilon, table).Should().BeFalse();
        cutoff.IsAfter(nextMidnight, table).Should().BeTrue();
        cutoff.IsBefore(midnight - Duration.Epsilon, table).Should().BeTrue();
        cutoff.IsBefore(midnight, table).Should().BeFalse();
    }

    [Fact]
    public void AfterDate_TicksOfACompactFact_LastTickOfTheDateIsNotAfterAndTheNextIs()
    {
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var table = new ZoneTable(zone);
        var cutoff = table.AfterDate(new LocalDate(2014, 6, 30));
        var nextMidnight = new LocalDateTime(2014, 7, 1, 0, 0).InZoneStrictly(zone).ToInstant().ToUnixTimeTicks();

        cutoff.IsAfter(nextMidnight - 1, table).Should().BeFalse();
        cutoff.IsAfter(nextMidnight, table).Should().BeTrue();
    }

    [Fact]
    public void AfterDate_SameDateTwice_ReturnsTheSameCutoff()
    {
        var table = new ZoneTable(DateTimeZoneProviders.Tzdb["Europe/London"]);

        table.AfterDate(new LocalDate(2016, 2, 29)).Should().BeSameAs(table.AfterDate(new LocalDate(2016, 2, 29)));
    }

    [Theory]
    [InlineData("America/Sao_Paulo", 2018, 2, 17)] // clocks turned back at midnight: 2018-02-18 00:00 became 2018-02-17 23:00
    [InlineData("America/Sao_Paulo", 2018, 11, 3)] // clocks turned forward at midnight: 2018-11-04 starts at 01:00
    [InlineData("America/New_York", 2014, 11, 2)]  // back at 02:00, not at midnight
    [InlineData("America/New_York", 2014, 3, 9)]   // forward at 02:00
    [InlineData("Pacific/Apia", 2011, 12, 29)]     // 2011-12-30 skipped entirely
    [InlineData("Pacific/Apia", 2011, 12, 30)]     // an as-of date that never happened there
    [InlineData("Europe/London", 2016, 2, 29)]     // leap day
    public void AfterDate_EveryHalfHourForThreeDays_AgreesWithTheDateInTheZone(string zoneId, int year, int month, int day)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var table = new ZoneTable(zone);
        var asOf = new LocalDate(year, month, day);
        var cutoff = table.AfterDate(asOf);
        var start = asOf.PlusDays(-1).AtStartOfDayInZone(zone).ToInstant();

        for (var instant = start; instant < start + Duration.FromDays(3); instant += Duration.FromMinutes(30))
        {
            var date = instant.InZone(zone).Date;
            cutoff.IsAfter(instant, table).Should().Be(date > asOf, "{0} is {1} in {2}", instant, date, zoneId);
            cutoff.IsAfter(instant.ToUnixTimeTicks(), table).Should().Be(date > asOf, "{0} as ticks is {1} in {2}", instant, date, zoneId);
            cutoff.IsBefore(instant, table).Should().Be(date < asOf, "{0} is {1} in {2}", instant, date, zoneId);
            cutoff.IsAfter(instant - Duration.Epsilon, table).Should().Be((instant - Duration.Epsilon).InZone(zone).Date > asOf);
        }
    }

    [Fact]
    public void DateOf_EveryTzdbZoneAtEveryTransitionFrom2000To2050_AgreesWithTheDateInTheZone()
    {
        // The table is built one zone interval after another; every transition it holds, and the ticks either side, read as NodaTime reads them.
        var from = Instant.FromUtc(2000, 1, 1, 0, 0);
        var to = Instant.FromUtc(2050, 1, 1, 0, 0);
        var checkedInstants = 0;
        foreach (var id in DateTimeZoneProviders.Tzdb.Ids)
        {
            var zone = DateTimeZoneProviders.Tzdb[id];
            var table = new ZoneTable(zone);
            foreach (var interval in zone.GetZoneIntervals(from, to))
            {
                var start = interval.HasStart && interval.Start > from ? interval.Start : from;
                foreach (var instant in new[] { start - Duration.Epsilon, start, start + Duration.Epsilon, start + Duration.FromHours(12) })
                {
                    table.DateOf(instant).Should().Be(instant.InZone(zone).Date, "{0} in {1}", instant, id);
                    checkedInstants++;
                }
            }
        }

        checkedInstants.Should().BeGreaterThan(50_000); // 91,544 with the tzdb NodaTime 3.2 ships
    }

    [Fact]
    public void AfterDate_EveryTzdbZoneAroundEveryTransitionFrom2000To2050_IsTheCutoffTheZoneGives()
    {
        // The cut-off read from the table (start of the date and of the next, exactness) against the one computed from the
        // zone (AtStartOfDay, zone intervals): the day before, of and after every transition's local date, and the table's edges.
        var from = Instant.FromUtc(2000, 1, 1, 0, 0);
        var to = Instant.FromUtc(2050, 1, 1, 0, 0);
        var checkedDates = 0;
        foreach (var id in DateTimeZoneProviders.Tzdb.Ids)
        {
            var zone = DateTimeZoneProviders.Tzdb[id];
            var table = new ZoneTable(zone);
            var dates = new HashSet<LocalDate> { new(2000, 1, 1), new(2000, 1, 4), new(2049, 12, 28), new(2049, 12, 31) };
            foreach (var interval in zone.GetZoneIntervals(from, to))
            {
                if (interval.HasStart && interval.Start > from)
                {
                    var date = interval.Start.InZone(zone).Date;
                    dates.UnionWith([date.PlusDays(-2), date.PlusDays(-1), date, date.PlusDays(1)]);
                }
            }

            foreach (var date in dates)
            {
                var fromTable = DayCutoff.Compute(table, date);
                var fromZone = DayCutoff.Compute(zone, date);
                fromTable.Exact.Should().Be(fromZone.Exact, "{0} in {1}", date, id);
                if (fromZone.Exact)
                {
                    (fromTable.StartTicks, fromTable.EndTicks).Should().Be((fromZone.StartTicks, fromZone.EndTicks), "{0} in {1}", date, id);
                }

                checkedDates++;
            }
        }

        checkedDates.Should().BeGreaterThan(50_000);
    }
}
