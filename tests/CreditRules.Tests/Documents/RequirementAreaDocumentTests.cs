using CreditRules.Documents;

namespace CreditRules.Tests.Documents;

/// <summary>The record policy's <c>areaLimits</c> and <c>programs</c> (requirement areas): load, write back, refuse bad values naming path, line and value.</summary>
public sealed class RequirementAreaDocumentTests
{
    private const string Areas = """
        [ { "id": "core", "hours": 30, "courses": ["NUR1020"] }, { "id": "electives", "hours": 12, "subjects": ["biology", "general"] } ]
        """;

    private static string Policies(string institutionLimits, string programLimits, string areas = Areas, string programId = "bsn") => $$"""
        { "schemaVersion": 1, "institutions": [ { "id": "east", "name": "East", "creditUnit": "SemesterHour", "timeZone": "America/New_York",
          "policies": [ { "id": "v1", "acceptedEvaluators": ["ace"], "acceptedLevels": ["LowerDivision"], "recordPolicy": { "id": "r",
            "areaLimits": {{institutionLimits}},
            "programs": [ { "programId": "{{programId}}", "areas": {{areas}},
              "areaLimits": {{programLimits}} } ] } } ],
          "programs": [{ "id": "bsn", "name": "BSN" }] } ] }
        """;

    private static RecordPolicy Loaded(PolicySet set) => set.Institutions[0].Policies[0].RecordPolicy!;

    [Fact]
    public void Load_AreasAndSettings_ReadsEveryFieldWithItsDefaults()
    {
        var rules = Loaded(PolicyDocument.Load(Policies(
            """[ { "areaId": "electives", "percentOfArea": 25, "rounding": { "mode": "Floor", "step": 1 } } ]""",
            """[ { "areaId": "core", "excludedSources": ["PriorLearning"], "redirectTo": "electives" } ]""")).Value);

        var program = rules.GetProgramOrNull("bsn")!;
        program.Areas.Select(a => (a.Id, a.Size)).Should().Equal(("core", CreditAmount.FromSemesterHours(30)), ("electives", CreditAmount.FromSemesterHours(12)));
        program.Areas[1].Subjects.Should().Equal("biology", "general");
        var core = rules.ResolveAreaLimitOrNull(program, "core")!.Value;
        (core.Scope, core.Limit.Limit, core.Limit.PercentOfArea, core.Limit.Rounding, core.Limit.RedirectTo).Should().Be((AreaSettingScope.Program, (CreditAmount?)null, (decimal?)null, RoundingPolicy.Exact, "electives"));
        core.Limit.ExcludedSources.Should().Equal(PriorCreditSource.PriorLearning);
        var electives = rules.ResolveAreaLimitOrNull(program, "electives")!.Value;
        electives.Scope.Should().Be(AreaSettingScope.Institution);
        electives.Limit.LimitFor(program.Areas[1].Size, CreditUnit.SemesterHour).Should().Be(CreditAmount.FromSemesterHours(3), "25 % of 12 SH is 3 SH");
    }

    [Fact]
    public void WriteLoad_AreasAndSettings_GivesEqualSettings()
    {
        var first = PolicyDocument.Load(Policies(
            """[ { "areaId": "electives", "percentOfArea": 33.5, "rounding": { "mode": "HalfUp", "step": 0.5 } } ]""",
            """[ { "areaId": "core", "hours": 6, "excludedSources": ["Exam", "PriorLearning"] } ]""")).Value;

        var second = PolicyDocument.Load(PolicyDocument.Write(first)).Value;

        Describe(Loaded(second)).Should().Be(Describe(Loaded(first)));
        Describe(Loaded(first)).Should().Contain("core: at most 6 SH, excludes Exam, PriorLearning, refuse what does not fit");
    }

    private static string Describe(RecordPolicy rules) =>
        string.Join("; ", rules.AreaLimits.Select(a => "institution " + a))
        + " | " + string.Join("; ", rules.Programs.SelectMany(p => p.Areas.Select(a => p.ProgramId + " " + a + " [" + string.Join(",", a.Subjects) + "/" + string.Join(",", a.Courses) + "]").Concat(p.AreaLimits.Select(a => p.ProgramId + " " + a))));

    public static TheoryData<string, string, string, DocumentErrorCode, string, string?, string> BadDocuments => new()
    {
        { "[]", """[ { "areaId": "core", "redirectTo": "free-electives" } ]""", Areas, DocumentErrorCode.UnknownReference, "$.institutions[0].policies[0].recordPolicy.programs[0].areaLimits[0].redirectTo", "free-electives", "The program lists no requirement area 'free-electives'; its areas are core, electives." },
        { "[]", """[ { "areaId": "core", "hours": 3, "percentOfArea": 50 } ]""", Areas, DocumentErrorCode.InvalidValue, "$.institutions[0].policies[0].recordPolicy.programs[0].areaLimits[0].percentOfArea", "50", "Area setting 'core' gives both hours and percentOfArea; give one." },
        { """[ { "areaId": "core", "percentOfArea": 120 } ]""", "[]", Areas, DocumentErrorCode.NumberOutOfRange, "$.institutions[0].policies[0].recordPolicy.areaLimits[0].percentOfArea", "120", "An area cap's percentage must be more than 0 and at most 100; got 120." },
        { "[]", "[]", """[ { "id": "core", "hours": 0 } ]""", DocumentErrorCode.InvalidCredits, "$.institutions[0].policies[0].recordPolicy.programs[0].areas[0].hours", "0", "Credit hours must be more than zero; got 0." },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Load_BadArea_NamesPathLineAndValue(string institutionLimits, string programLimits, string areas, DocumentErrorCode code, string path, string? value, string message)
    {
        var error = PolicyDocument.Load(Policies(institutionLimits, programLimits, areas)).Errors.Should().ContainSingle().Subject;

        (error.Code, error.Path, error.AttemptedValue, error.Message).Should().Be((code, path, value, message));
        error.Line.Should().BeInRange(3, 5, "the error points at the line of the area setting");
    }

    [Fact]
    public void Load_ProgramTheInstitutionLacks_NamesPathAndValue()
    {
        var error = PolicyDocument.Load(Policies("[]", "[]", programId: "bsn-online")).Errors.Should().ContainSingle().Subject;

        (error.Code, error.Path, error.AttemptedValue, error.Message).Should().Be((DocumentErrorCode.UnknownReference, "$.institutions[0].policies[0].recordPolicy.programs[0].programId", "bsn-online", "Institution 'east' has no program 'bsn-online'; its programs are bsn."));
    }

    private static string Window(string window) => $$"""
        { "schemaVersion": 1, "institutions": [ { "id": "east", "name": "East", "creditUnit": "QuarterHour", "timeZone": "America/New_York",
          "policies": [ { "id": "v1", "acceptedEvaluators": ["ace"], "acceptedLevels": ["LowerDivision"], "recordPolicy": { "id": "r",
            "programs": [ { "programId": "bsn", "residencyOfLast": {{window}} } ] } } ],
          "programs": [{ "id": "bsn", "name": "BSN" }] } ] }
        """;

    [Fact]
    public void LoadWriteLoad_ResidencyOfLast_ReadsInTheInstitutionsUnitAndRoundTrips()
    {
        var first = PolicyDocument.Load(Window("""{ "hours": 45, "ofLast": 54 }""")).Value;
        var second = PolicyDocument.Load(PolicyDocument.Write(first)).Value;

        foreach (var set in new[] { first, second })
        {
            var window = Loaded(set).GetProgramOrNull("bsn")!.ResidencyOfLast!;
            (window.Required, window.OfLast).Should().Be((CreditAmount.FromQuarterHours(45), CreditAmount.FromQuarterHours(54)));
        }
    }

    [Fact]
    public void Load_ResidencyWindowSmallerThanItsRequirement_NamesPathAndValue()
    {
        var error = PolicyDocument.Load(Window("""{ "hours": 45, "ofLast": 44 }""")).Errors.Should().ContainSingle().Subject;

        (error.Code, error.Path, error.AttemptedValue, error.Message).Should().Be((DocumentErrorCode.InvalidValue, "$.institutions[0].policies[0].recordPolicy.programs[0].residencyOfLast.ofLast", "44", "A residency window of the last 44 QH cannot require 45 QH; ofLast must be at least hours."));
        error.Line.Should().Be(3);
    }
}
