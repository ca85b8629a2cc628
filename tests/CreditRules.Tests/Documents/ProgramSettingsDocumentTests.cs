using System.Text.Json;
using CreditRules.Documents;

namespace CreditRules.Tests.Documents;

/// <summary>A program's <c>settings</c> fragment: loads, writes back, refuses bad values naming path and value, and is linted across scopes.</summary>
public sealed class ProgramSettingsDocumentTests
{
    private static string Policies(string settings, string overrides = "[]") => $$"""
        { "schemaVersion": 1, "institutions": [ { "id": "east", "name": "East", "creditUnit": "SemesterHour", "timeZone": "America/New_York",
          "policies": [ { "id": "v1", "acceptedEvaluators": ["ace"], "acceptedLevels": ["LowerDivision", "UpperDivision"], "minimumScore": { "value": 70, "scale": "percent" } } ],
          "programs": [{ "id": "aas", "name": "AAS", "overrides": {{overrides}}, "settings": {{settings}} }] } ] }
        """;

    private const string Full = """
        { "acceptedEvaluators": ["ace", "nccrs"], "acceptedLevels": ["VocationalCertificate", "LowerDivision"], "minimumScore": { "value": 60, "scale": "percent" },
          "recency": { "maxAge": "P7Y", "anchor": "ProgramEnrollmentDate" }, "retakes": { "minimumWait": "P3M", "maxAttempts": 3 },
          "evidence": { "acceptedKinds": ["ProviderTranscript"], "requireOfficial": false }, "qualifyingDateZone": "Candidate",
          "rounding": { "mode": "Floor", "step": 1 }, "requireProviderFees": false }
        """;

    [Fact]
    public void Load_EverySetting_ReadsEachAndLeavesTheInstitutionUntouched()
    {
        var institution = PolicyDocument.Load(Policies(Full)).Value.Institutions[0];
        var settings = institution.Programs[0].Settings!;

        settings.AcceptedEvaluators.Should().Equal("ace", "nccrs");
        settings.AcceptedLevels.Should().Equal(CreditLevel.VocationalCertificate, CreditLevel.LowerDivision);
        settings.MinimumScore.Should().Be(Score.Percent(60));
        (settings.Recency!.MaxAge, settings.Recency.Anchor).Should().Be((Period.FromYears(7), RecencyAnchor.ProgramEnrollmentDate));
        (settings.Retakes!.MinimumWait, settings.Retakes.MaxAttempts).Should().Be((Period.FromMonths(3), (int?)3));
        (settings.Evidence!.RequireOfficial, settings.Evidence.RequireVerified).Should().Be((false, true), "requireVerified defaults to true");
        (settings.QualifyingDateZone, settings.Rounding, settings.RequireProviderFees).Should().Be((QualifyingDateZone.Candidate, RoundingPolicy.FloorTo(1), false));
        institution.Policies[0].MinimumScore.Should().Be(Score.Percent(70));
    }

    [Theory]
    [InlineData(Full)]
    [InlineData("""{ "minimumScore": { "value": 60, "scale": "percent" } }""")]
    [InlineData("""{ "rounding": { "mode": "Exact" } }""")]
    public void WriteLoad_Settings_GivesAnEqualModel(string settings)
    {
        var first = PolicyDocument.Load(Policies(settings)).Value;

        var second = PolicyDocument.Load(PolicyDocument.Write(first)).Value;

        second.ShouldEqual(first);
        second.Institutions[0].Programs[0].Settings.Should().NotBeNull();
    }

    [Theory]
    [InlineData("{}", DocumentErrorCode.EmptyList, "$.institutions[0].programs[0].settings", "{}",
        "Program settings state nothing: give at least one setting (acceptedEvaluators, acceptedLevels, minimumScore, recency, retakes, evidence, qualifyingDateZone, rounding, requireProviderFees, levelMappings, refusedProviders, refundedFee), or leave settings out to inherit every setting.")]
    [InlineData("""{ "acceptedEvaluators": [] }""", DocumentErrorCode.EmptyList, "$.institutions[0].programs[0].settings.acceptedEvaluators", "[]",
        "A program that states its accepted evaluators needs at least one; leave acceptedEvaluators out to inherit the institution's.")]
    [InlineData("""{ "qualifyingDateZone": "Moon" }""", DocumentErrorCode.InvalidEnumValue, "$.institutions[0].programs[0].settings.qualifyingDateZone", "Moon",
        "'Moon' is not a valid QualifyingDateZone; expected one of: Evaluator, Institution, Candidate.")]
    [InlineData("""{ "recency": { "maxAge": "P0Y", "anchor": "AsOfDate" } }""", DocumentErrorCode.InvalidPeriod, "$.institutions[0].programs[0].settings.recency.maxAge", "P0Y",
        "'P0Y' is not a positive ISO period of whole years, months, weeks or days of at most a century, such as P5Y or P3M.")]
    public void Load_BadSettings_NamesPathAndValue(string settings, DocumentErrorCode code, string path, string value, string message)
    {
        var error = PolicyDocument.Load(Policies(settings)).Errors.Should().ContainSingle().Subject;

        (error.Code, error.Path, error.AttemptedValue, error.Message).Should().Be((code, path, value, message));
        error.Line.Should().Be(3, "the error is located in the document");
    }

    [Fact]
    public void Lint_SettingEqualToEveryPolicyVersion_WarnsItChangesNothing()
    {
        var diagnostic = Lint(Policies("""{ "minimumScore": { "value": 70, "scale": "percent" } }""")).Should().ContainSingle().Subject;

        (diagnostic.Code, diagnostic.Severity, diagnostic.Path, diagnostic.Message).Should().Be((
            LintCode.ProgramSettingChangesNothing,
            LintSeverity.Warning,
            "$.institutions[0].programs[0].settings.minimumScore",
            "Program 'aas' states minimumScore equal to every policy version of institution 'east' (v1); the setting changes nothing, so leave it out to inherit."));
    }

    [Fact]
    public void Lint_OverrideLevelsDisjointFromTheProgramsOwnLevels_ContradictionAcrossScopes()
    {
        var overrides = """[{ "id": "grad-only", "kind": "Restrict", "description": "graduate only", "acceptedLevels": ["UpperDivision"] }]""";

        var diagnostics = Lint(Policies("""{ "acceptedLevels": ["VocationalCertificate", "LowerDivision"] }""", overrides));

        var diagnostic = diagnostics.Should().ContainSingle(d => d.Code == LintCode.SettingContradictedAcrossScopes).Subject;
        (diagnostic.Severity, diagnostic.Path, diagnostic.Message).Should().Be((
            LintSeverity.Error,
            "$.institutions[0].programs[0].settings.acceptedLevels",
            "Program 'aas' accepts levels VocationalCertificate, LowerDivision in its settings, but its override 'grad-only' accepts only UpperDivision; no level is accepted by both, so every claim the override applies to is refused. Make the scopes agree, or refuse with kind Refuse."));
    }

    [Fact]
    public void Lint_WideningSettings_NoWarning()
    {
        Lint(Policies("""{ "acceptedLevels": ["VocationalCertificate", "LowerDivision", "UpperDivision"] }""")).Should().BeEmpty();
    }

    [Fact]
    public void Write_EverySettingOfAPolicyAndAProgram_WritesThemInTheDocumentOrder()
    {
        // The settings both state are declared once (PolicySettingsDto); a policy version's record policy still sits between them.
        const string Every = """
            "minimumScore": { "value": 60, "scale": "percent" }, "recency": { "maxAge": "P7Y", "anchor": "ProgramEnrollmentDate" },
            "retakes": { "minimumWait": "P3M", "maxAttempts": 3 }, "evidence": { "acceptedKinds": ["ProviderTranscript"] }, "qualifyingDateZone": "Candidate",
            "rounding": { "mode": "Floor", "step": 1 }, "requireProviderFees": false, "levelMappings": [{ "from": "VocationalCertificate", "to": "LowerDivision" }],
            "refusedProviders": { "providerIds": ["x"], "kinds": ["Corporate"] }, "refundedFee": "Outstanding"
            """;
        var document = $$"""
            { "schemaVersion": 1, "institutions": [ { "id": "east", "name": "East", "creditUnit": "SemesterHour", "timeZone": "America/New_York",
              "policies": [ { "id": "v1", "appliesTo": { "start": "2010-01-01", "end": "2030-12-31" }, "acceptedEvaluators": ["ace"], "acceptedLevels": ["LowerDivision"], "recordPolicy": { "id": "r1" }, {{Every}} } ],
              "programs": [{ "id": "aas", "name": "AAS", "settings": { "acceptedEvaluators": ["ace"], "acceptedLevels": ["LowerDivision"], {{Every}} } }] } ] }
            """;

        using var written = JsonDocument.Parse(PolicyDocument.Write(PolicyDocument.Load(document).Value));

        var institution = written.RootElement.GetProperty("institutions")[0];
        institution.GetProperty("policies")[0].EnumerateObject().Select(p => p.Name).Should().Equal(
            "id", "appliesTo", "acceptedEvaluators", "acceptedLevels", "minimumScore", "recency", "retakes", "evidence", "qualifyingDateZone", "rounding", "requireProviderFees",
            "recordPolicy", "levelMappings", "refusedProviders", "refundedFee");
        institution.GetProperty("programs")[0].GetProperty("settings").EnumerateObject().Select(p => p.Name).Should().Equal(
            "acceptedEvaluators", "acceptedLevels", "minimumScore", "recency", "retakes", "evidence", "qualifyingDateZone", "rounding", "requireProviderFees",
            "levelMappings", "refusedProviders", "refundedFee");
    }

    private static IReadOnlyList<LintDiagnostic> Lint(string policies) =>
        PolicyLinter.Lint([new("valid-catalog.json", File.ReadAllText(DocumentFiles.Fixture("valid-catalog"))), new("policies.json", policies)]);
}
