using CreditRules.Documents;

namespace CreditRules.Tests.Documents;

/// <summary>The record policy's <c>examCreditsPerAcademicYear</c> fragment: loads, writes back, and refuses bad values naming path and value.</summary>
public sealed class ExamCreditYearLimitDocumentTests
{
    private static string Policies(string limit) => $$"""
        { "schemaVersion": 1, "institutions": [ { "id": "east", "name": "East", "creditUnit": "QuarterHour", "timeZone": "America/New_York",
          "policies": [ { "id": "v1", "acceptedEvaluators": ["ace"], "acceptedLevels": ["LowerDivision"], "recordPolicy": { "id": "r", "examCreditsPerAcademicYear": {{limit}} } } ],
          "programs": [{ "id": "aa", "name": "AA" }] } ] }
        """;

    private static ExamCreditYearLimit? Loaded(PolicySet set) => set.Institutions[0].Policies[0].RecordPolicy!.ExamCreditsPerAcademicYear;

    [Theory]
    [InlineData("""{ "hours": 12 }""", 7, 1)]                                   // the default start, 1 July
    [InlineData("""{ "hours": 12, "academicYearStart": "09-01" }""", 9, 1)]
    public void Load_ExamCreditsPerAcademicYear_ReadsLimitInTheInstitutionsUnitAndStart(string limit, int month, int day)
    {
        var loaded = Loaded(PolicyDocument.Load(Policies(limit)).Value)!;

        loaded.Limit.Should().Be(CreditAmount.FromQuarterHours(12));
        loaded.AcademicYearStart.Should().Be(new AnnualDate(month, day));
    }

    [Theory]
    [InlineData("""{ "hours": 12 }""")]
    [InlineData("""{ "hours": 12, "academicYearStart": "09-01" }""")]
    public void WriteLoad_ExamCreditsPerAcademicYear_GivesAnEqualSetting(string limit)
    {
        var first = PolicyDocument.Load(Policies(limit)).Value;

        var second = PolicyDocument.Load(PolicyDocument.Write(first)).Value;

        (Loaded(second)!.Limit, Loaded(second)!.AcademicYearStart).Should().Be((Loaded(first)!.Limit, Loaded(first)!.AcademicYearStart));
    }

    [Theory]
    [InlineData("""{ "hours": 12, "academicYearStart": "02-29" }""", DocumentErrorCode.InvalidValue, "$.institutions[0].policies[0].recordPolicy.examCreditsPerAcademicYear.academicYearStart", "02-29", "An academic year start is a month and day, MM-dd, such as 07-01 (29 February is refused); got '02-29'.")]
    [InlineData("""{ "hours": 12, "academicYearStart": "July 1" }""", DocumentErrorCode.InvalidValue, "$.institutions[0].policies[0].recordPolicy.examCreditsPerAcademicYear.academicYearStart", "July 1", "An academic year start is a month and day, MM-dd, such as 07-01 (29 February is refused); got 'July 1'.")]
    public void Load_BadAcademicYearStart_NamesPathAndValue(string limit, DocumentErrorCode code, string path, string value, string message)
    {
        var error = PolicyDocument.Load(Policies(limit)).Errors.Should().ContainSingle().Subject;

        (error.Code, error.Path, error.AttemptedValue, error.Message).Should().Be((code, path, value, message));
    }

    [Fact]
    public void Load_ZeroHours_NamesPathAndValue()
    {
        var error = PolicyDocument.Load(Policies("""{ "hours": 0 }""")).Errors.Should().ContainSingle().Subject;

        (error.Path, error.AttemptedValue).Should().Be(("$.institutions[0].policies[0].recordPolicy.examCreditsPerAcademicYear.hours", "0"));
    }
}
