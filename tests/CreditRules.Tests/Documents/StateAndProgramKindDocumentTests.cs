using CreditRules.Documents;

namespace CreditRules.Tests.Documents;

/// <summary>An institution's <c>state</c> and a program's <c>kind</c>: optional, read, written back, and refused naming path and value.</summary>
public sealed class StateAndProgramKindDocumentTests
{
    private static string Policies(string state, string kind) => $$"""
        { "schemaVersion": 1, "institutions": [ { "id": "east", "name": "East", "creditUnit": "SemesterHour", "timeZone": "America/New_York", {{state}}
          "policies": [ { "id": "v1", "acceptedEvaluators": ["ace"], "acceptedLevels": ["LowerDivision"] } ],
          "programs": [{ "id": "aas", "name": "AAS", {{kind}} "totalCredits": 60 }] } ] }
        """;

    [Fact]
    public void Load_StateAndKind_ReadsBoth()
    {
        var institution = PolicyDocument.Load(Policies("\"state\": \"NY\",", "\"kind\": \"Associate\",")).Value.Institutions[0];

        institution.State.Should().Be("NY");
        institution.Programs[0].Kind.Should().Be(DegreeProgramKind.Associate);
    }

    [Fact]
    public void Load_NeitherStated_LeavesBothNull()
    {
        var institution = PolicyDocument.Load(Policies(string.Empty, string.Empty)).Value.Institutions[0];

        institution.State.Should().BeNull();
        institution.Programs[0].Kind.Should().BeNull();
    }

    [Fact]
    public void WriteLoad_StateAndKind_GivesAnEqualModel()
    {
        var policies = PolicyDocument.Load(Policies("\"state\": \"PR\",", "\"kind\": \"Bachelor\",")).Value;

        var again = PolicyDocument.Load(PolicyDocument.Write(policies)).Value;

        again.ShouldEqual(policies);
        (again.Institutions[0].State, again.Institutions[0].Programs[0].Kind).Should().Be(("PR", (DegreeProgramKind?)DegreeProgramKind.Bachelor));
    }

    [Theory]
    [InlineData("\"state\": \"ny\",", "", DocumentErrorCode.InvalidValue, "$.institutions[0].state", "ny",
        "'ny' is not a two-letter USPS code of a US state, district or territory (such as NY, CA, DC or PR).")]
    [InlineData("\"state\": \"XX\",", "", DocumentErrorCode.InvalidValue, "$.institutions[0].state", "XX",
        "'XX' is not a two-letter USPS code of a US state, district or territory (such as NY, CA, DC or PR).")]
    [InlineData("", "\"kind\": \"Diploma\",", DocumentErrorCode.InvalidEnumValue, "$.institutions[0].programs[0].kind", "Diploma",
        "'Diploma' is not a valid DegreeProgramKind; expected one of: Certificate, Associate, Bachelor, Master, Doctorate.")]
    public void Load_BadStateOrKind_NamesPathAndValue(string state, string kind, DocumentErrorCode code, string path, string value, string message)
    {
        var error = PolicyDocument.Load(Policies(state, kind)).Errors.Should().ContainSingle().Subject;

        (error.Code, error.Path, error.AttemptedValue, error.Message).Should().Be((code, path, value, message));
    }

    [Fact]
    public void Samples_StateEveryInstitutionAndTheKindOfEveryProgram()
    {
        var policies = PolicyDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "policies.json")).Value;

        policies.Institutions.Should().OnlyContain(i => i.State != null && i.Programs.All(p => p.Kind != null));
        policies.GetInstitutionOrNull("excelsior-style")!.State.Should().Be("NY");
        policies.GetInstitutionOrNull("american-college")!.GetProgramOrNull("med-leadership")!.Kind.Should().Be(DegreeProgramKind.Master);
    }
}
