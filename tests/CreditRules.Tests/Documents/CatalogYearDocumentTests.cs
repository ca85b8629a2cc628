using CreditRules.Documents;

namespace CreditRules.Tests.Documents;

/// <summary>
/// The catalog-year facts in documents: a program enrolment's <c>catalogYear</c> (learners) and an institution's
/// <c>policySelection</c> and <c>catalogYearStart</c> (policies): loaded, written back, and refused naming path, line and value.
/// </summary>
public sealed class CatalogYearDocumentTests
{
    private static string Learners(string enrolment) =>
        "{ \"schemaVersion\": 1, \"learners\": [ { \"id\": \"L1\",\n"
        + "  \"programEnrollments\": [\n"
        + "    { \"institutionId\": \"east\", \"programId\": \"aa\", \"enrolledOn\": \"2013-09-01\"" + enrolment + " }\n"
        + "  ] } ] }";

    private static string Policies(string institution) => $$"""
        { "schemaVersion": 1, "institutions": [ { "id": "east", "name": "East", "creditUnit": "SemesterHour", "timeZone": "America/New_York"{{institution}},
          "policies": [ { "id": "v1", "acceptedEvaluators": ["ace"], "acceptedLevels": ["LowerDivision"] } ],
          "programs": [{ "id": "aa", "name": "AA" }] } ] }
        """;

    [Fact]
    public void Load_CatalogYear_ReadOntoTheEnrolment_AndWrittenBack()
    {
        var learners = LearnerDocument.Load(Learners(", \"catalogYear\": \"2013-2014\"")).Value;

        var enrolment = learners.Learners[0].ProgramEnrollments.Should().ContainSingle().Subject;
        enrolment.CatalogYear.Should().Be(CatalogYear.FromStartYear(2013));
        var again = LearnerDocument.Load(LearnerDocument.Write(learners)).Value;
        again.Learners[0].ProgramEnrollments[0].CatalogYear.Should().Be(CatalogYear.FromStartYear(2013));
    }

    [Fact]
    public void Load_NoCatalogYear_NoneStated_AndNoneWritten()
    {
        var learners = LearnerDocument.Load(Learners(string.Empty)).Value;

        learners.Learners[0].ProgramEnrollments[0].CatalogYear.Should().BeNull();
        LearnerDocument.Write(learners).Should().NotContain("catalogYear");
    }

    [Theory]
    [InlineData("2013")]          // a start year alone is not the documented shape
    [InlineData("2013-14")]       // the short form is refused: which century the second year is in is not guessed
    [InlineData("2013-2015")]     // the years must be consecutive
    [InlineData("2013/2014")]
    [InlineData("1899-1900")]     // before the supported range
    [InlineData("2999-3000")]     // ends after the supported range
    public void Load_BadCatalogYear_NamesPathLineAndValue(string value)
    {
        var error = LearnerDocument.Load(Learners(", \"catalogYear\": \"" + value + "\"")).Errors.Should().ContainSingle().Subject;

        (error.Code, error.Path, error.AttemptedValue, error.Line, error.Message).Should().Be((
            DocumentErrorCode.InvalidValue,
            "$.learners[0].programEnrollments[0].catalogYear",
            value,
            3,
            "A catalog year is written yyyy-yyyy, the academic year it starts in and the next, such as 2013-2014 (years from 1900-1901 to 2998-2999); got '" + value + "'."));
    }

    [Theory]
    [InlineData("", PolicySelectionBasis.EnrollmentDate, 7, 1)]   // both defaults: the enrolment date selects; catalog years start 1 July
    [InlineData(""", "policySelection": "CatalogYear" """, PolicySelectionBasis.CatalogYear, 7, 1)]
    [InlineData(""", "policySelection": "CatalogYear", "catalogYearStart": "08-15" """, PolicySelectionBasis.CatalogYear, 8, 15)]
    public void Load_PolicySelection_ReadsBasisAndCatalogYearStart_AndWritesThemBack(string institution, PolicySelectionBasis basis, int month, int day)
    {
        var set = PolicyDocument.Load(Policies(institution)).Value;

        var loaded = set.Institutions[0];
        (loaded.PolicySelection, loaded.CatalogYearStart).Should().Be((basis, new AnnualDate(month, day)));
        var again = PolicyDocument.Load(PolicyDocument.Write(set)).Value.Institutions[0];
        (again.PolicySelection, again.CatalogYearStart).Should().Be((basis, new AnnualDate(month, day)));
    }

    [Theory]
    [InlineData(""", "policySelection": "Term" """, DocumentErrorCode.InvalidEnumValue, "$.institutions[0].policySelection", "Term", "'Term' is not a valid PolicySelectionBasis; expected one of: EnrollmentDate, CatalogYear.")]
    [InlineData(""", "catalogYearStart": "02-29" """, DocumentErrorCode.InvalidValue, "$.institutions[0].catalogYearStart", "02-29", "A catalog year start is a month and day, MM-dd, such as 07-01 (29 February is refused); got '02-29'.")]
    [InlineData(""", "catalogYearStart": "Fall" """, DocumentErrorCode.InvalidValue, "$.institutions[0].catalogYearStart", "Fall", "A catalog year start is a month and day, MM-dd, such as 07-01 (29 February is refused); got 'Fall'.")]
    public void Load_BadPolicySelection_NamesPathAndValue(string institution, DocumentErrorCode code, string path, string value, string message)
    {
        var error = PolicyDocument.Load(Policies(institution)).Errors.Should().ContainSingle().Subject;

        (error.Code, error.Path, error.AttemptedValue, error.Message).Should().Be((code, path, value, message));
    }
}
