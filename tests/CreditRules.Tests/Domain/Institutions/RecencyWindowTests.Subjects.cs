namespace CreditRules.Tests.Domain.Institutions;

/// <summary>A window's start and subjects: defaults, validation naming the field and value, <see cref="RecencyWindow.Covers"/>.</summary>
public sealed partial class RecencyWindowTests
{
    [Fact]
    public void Constructor_Defaults_QualifyingDateAndEverySubject()
    {
        var window = new RecencyWindow(Period.FromYears(5), RecencyAnchor.AsOfDate);

        (window.Start, window.Subjects.Count).Should().Be((RecencyStart.QualifyingDate, 0));
        window.Covers("philosophy").Should().BeTrue("a window naming no subject covers every subject");
        window.ToString().Should().Be("P5Y to AsOfDate");
    }

    [Fact]
    public void Covers_ListedAndUnlistedSubjects_OnlyTheListed()
    {
        var window = new RecencyWindow(Period.FromYears(5), RecencyAnchor.ProgramEnrollmentDate, RecencyStart.CourseCompletion, ["mathematics", "biology"]);

        (window.Covers("mathematics"), window.Covers("biology"), window.Covers("philosophy"), window.Covers("Mathematics")).Should().Be((true, true, false, false), "codes compare ordinally");
        window.ToString().Should().Be("P5Y from CourseCompletion to ProgramEnrollmentDate for mathematics, biology");
    }

    [Fact]
    public void Constructor_SubjectTwice_ThrowsNamingSubjects()
    {
        var act = () => new RecencyWindow(Period.FromYears(5), RecencyAnchor.AsOfDate, subjects: ["biology", "biology"]);

        act.Should().Throw<ArgumentException>().WithParameterName("subjects").WithMessage("Subject 'biology' is listed twice; list each subject once. (Parameter 'subjects')");
    }

    [Fact]
    public void Constructor_BlankSubject_ThrowsNamingSubjects()
    {
        var act = () => new RecencyWindow(Period.FromYears(5), RecencyAnchor.AsOfDate, subjects: [" "]);

        act.Should().Throw<ArgumentException>().WithParameterName("subjects").WithMessage("Value must not be empty or white space; got ' '. (Parameter 'subjects')");
    }

    [Fact]
    public void Constructor_UndefinedStart_ThrowsNamingStart()
    {
        var act = () => new RecencyWindow(Period.FromYears(5), RecencyAnchor.AsOfDate, (RecencyStart)7);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("start").WithMessage("Value is not a defined RecencyStart. (Parameter 'start')*Actual value was 7.");
    }

    public static TheoryData<LocalDate, LocalDate> LastDays => new()
    {
        { new LocalDate(2012, 2, 29), new LocalDate(2017, 2, 28) },   // leap day + P5Y: 28 February, never 5 x 365 days
        { new LocalDate(2013, 5, 12), new LocalDate(2018, 5, 12) },   // an ordinary start
    };

    [Theory]
    [MemberData(nameof(LastDays))]
    public void LastRecentDate_FromStartDate_CalendarArithmetic(LocalDate start, LocalDate last)
    {
        new RecencyWindow(Period.FromYears(5), RecencyAnchor.AsOfDate, RecencyStart.CourseCompletion).LastRecentDate(start).Should().Be(last);
    }
}
