using System.Text;
using CreditRules.Documents;

namespace CreditRules.Tests.Documents;

public sealed class DocumentLoadingTests
{
    [Fact]
    public void Load_SeveralDefects_ReportsEveryOneInDocumentOrder()
    {
        var json = File.ReadAllText(DocumentFiles.Fixture("valid-catalog"))
            .Replace("\"2016-01-31\"", "\"2016-02-30\"", StringComparison.Ordinal)
            .Replace("\"providerId\": \"coursera\",\n      \"partner\": \"Penn\"", "\"providerId\": \"edx\",\n      \"partner\": \"Penn\"", StringComparison.Ordinal)
            .Replace("\"referenceZone\": \"America/New_York\"", "\"referenceZone\": \"Eastern\"", StringComparison.Ordinal);

        var result = CatalogDocument.Load(json);

        result.IsSuccess.Should().BeFalse();
        result.Errors.Select(e => (e.Code, e.Path, e.AttemptedValue)).Should().Equal(
            (DocumentErrorCode.UnknownTimeZone, "$.evaluators[0].referenceZone", "Eastern"),
            (DocumentErrorCode.UnknownReference, "$.courses[1].providerId", "edx"),
            (DocumentErrorCode.InvalidDate, "$.recommendations[0].versions[0].validity.end", "2016-02-30"),
            (DocumentErrorCode.InvalidDate, "$.recommendations[1].versions[0].validity.end", "2016-02-30"));
    }

    [Fact]
    public void Load_SeveralStructuralDefects_ReportsEveryOne()
    {
        var json = File.ReadAllText(DocumentFiles.Fixture("valid-catalog"))
            .Replace("\"partner\": \"UC Irvine\"", "\"partner\": \"UC Irvine\", \"credits\": 3", StringComparison.Ordinal)
            .Replace("\"number\": 2,", "\"number\": \"2\",", StringComparison.Ordinal);

        var result = CatalogDocument.Load(json);

        result.Errors.Select(e => (e.Code, e.Path)).Should().Equal(
            (DocumentErrorCode.UnknownProperty, "$.courses[0].credits"),
            (DocumentErrorCode.WrongType, "$.recommendations[0].versions[1].number"));
    }

    [Fact]
    public void Load_UnknownPropertiesAndBadValues_ReportsBoth()
    {
        // Unknown properties and wrong optional values are dropped after being reported, so the values around them are still checked.
        var json = File.ReadAllText(DocumentFiles.Fixture("valid-catalog"))
            .Replace("\"partner\": \"UC Irvine\"", "\"partner\": \"UC Irvine\", \"credits\": 3", StringComparison.Ordinal)
            .Replace("\"partner\": \"Penn\"", "\"partner\": 7", StringComparison.Ordinal)
            .Replace("\"2016-01-31\"", "\"2016-02-30\"", StringComparison.Ordinal);

        var result = CatalogDocument.Load(json);

        result.Errors.Select(e => (e.Code, e.Path)).Should().Equal(
            (DocumentErrorCode.UnknownProperty, "$.courses[0].credits"),
            (DocumentErrorCode.WrongType, "$.courses[1].partner"),
            (DocumentErrorCode.InvalidDate, "$.recommendations[0].versions[0].validity.end"),
            (DocumentErrorCode.InvalidDate, "$.recommendations[1].versions[0].validity.end"));
    }

    [Fact]
    public void Value_FailedLoad_ThrowsListingEveryError()
    {
        var result = CatalogDocument.Load("{\"schemaVersion\": 2, \"evaluators\": [], \"providers\": [], \"courses\": [], \"recommendations\": [], \"extra\": 1}");

        var act = () => result.Value;

        act.Should().Throw<DocumentValidationException>().WithMessage(
            "The document is invalid (2 errors):\n"
            + "- $.schemaVersion (1:19) UnsupportedSchemaVersion: Schema version 2 is not supported; this library reads version 1.\n"
            + "- $.extra (1:104) UnknownProperty: Unknown property 'extra'; expected one of: $schema, schemaVersion, notes, evaluators, providers, courses, sessions, recommendations.")
            .Which.Errors.Should().HaveCount(2);
    }

    [Fact]
    public void Load_DocumentBeyondSizeLimit_RefusesBeforeParsing()
    {
        var bytes = new byte[DocumentLimits.MaxDocumentBytes + 1];

        var result = CatalogDocument.Load(bytes, "huge.json");

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(DocumentErrorCode.DocumentTooLarge);
        error.AttemptedValue.Should().Be("16777217");
        error.Message.Should().Be("The document is 16777217 bytes; the limit is 16777216 bytes.");
        result.Source.Should().Be("huge.json");
    }

    [Fact]
    public void Load_Utf8ByteOrderMark_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(File.ReadAllBytes(DocumentFiles.Fixture("valid-catalog"))).ToArray();

        CatalogDocument.Load(bytes, null).IsSuccess.Should().BeTrue();
    }

    public static TheoryData<string, string?> ExamStarts => new()
    {
        { "2013-03-10T01:59:59", null },                    // last second before the New York spring-forward gap
        { "2013-03-10T02:00:00", "SkippedLocalTime" },      // first second of the gap
        { "2013-03-10T02:59:59", "SkippedLocalTime" },      // last second of the gap
        { "2013-03-10T03:00:00", null },                    // first second after the gap
        { "2013-11-03T00:59:59", null },                    // just before the autumn overlap
        { "2013-11-03T01:00:00", "AmbiguousLocalTime" },    // 01:00 happens twice
        { "2013-11-03T01:59:59", "AmbiguousLocalTime" },
        { "2013-11-03T02:00:00", null },                    // after the overlap
        { "2013-11-03T01:30:00-04:00", null },              // the first 01:30, disambiguated by its offset
        { "2013-11-03T01:30:00-05:00", null },              // the second 01:30
    };

    [Theory]
    [MemberData(nameof(ExamStarts))]
    public void Load_ExamStartNearDaylightSavingChange_RefusesOnlyGapsAndOverlaps(string startedAt, string? expectedCode)
    {
        var json = File.ReadAllText(DocumentFiles.Fixture("valid-learners")).Replace("\"2013-05-20T10:00:00\"", "\"" + startedAt + "\"", StringComparison.Ordinal);

        var result = LearnerDocument.Load(json);

        result.Errors.Select(e => e.Code.ToString()).Should().Equal(expectedCode is null ? [] : [expectedCode]);
    }

    [Fact]
    public void Load_OffsetExamStart_KeepsTheInstant()
    {
        var json = File.ReadAllText(DocumentFiles.Fixture("valid-learners")).Replace("\"2013-05-20T10:00:00\"", "\"2013-11-03T01:30:00-05:00\"", StringComparison.Ordinal);

        var exam = LearnerDocument.Load(json).Value.Learners[0].ExamAttempts[0];

        exam.StartedAt.Should().Be(Instant.FromUtc(2013, 11, 3, 6, 30));
    }
}
