using CreditRules.Documents;

namespace CreditRules.Tests.Documents;

/// <summary>
/// The claim-level settings in documents: a provider's kind, refusedProviders, refundedFee and a recency window's from and
/// subjects load, write back, refuse bad values naming path, line and value, and are linted against the catalog.
/// </summary>
public sealed class ClaimScopeDocumentTests
{
    private static string Policies(string version, string settings = """{ "notes": "none" , "rounding": { "mode": "Exact" } }""") => $$"""
        { "schemaVersion": 1, "institutions": [ { "id": "east", "name": "East", "creditUnit": "SemesterHour", "timeZone": "America/New_York",
          "policies": [ { "id": "v1", "acceptedEvaluators": ["ace"], "acceptedLevels": ["LowerDivision"] {{version}} } ],
          "programs": [{ "id": "aas", "name": "AAS", "settings": {{settings}} }] } ] }
        """;

    private const string Stated = """
        , "refusedProviders": { "providerIds": ["coursera"], "kinds": ["Mooc", "Corporate"] }, "refundedFee": "Outstanding",
          "recency": { "maxAge": "P5Y", "anchor": "ProgramEnrollmentDate", "from": "CourseCompletion", "subjects": ["mathematics", "biology"] }
        """;

    [Fact]
    public void Load_PolicyVersionSettings_ReadsEach()
    {
        var policy = PolicyDocument.Load(Policies(Stated)).Value.Institutions[0].Policies[0];

        policy.RefusedProviders!.ProviderIds.Should().Equal("coursera");
        policy.RefusedProviders.Kinds.Should().Equal(ProviderKind.Mooc, ProviderKind.Corporate);
        policy.RefundedFee.Should().Be(RefundedFeeTreatment.Outstanding);
        (policy.Recency!.Start, policy.Recency.Anchor).Should().Be((RecencyStart.CourseCompletion, RecencyAnchor.ProgramEnrollmentDate));
        policy.Recency.Subjects.Should().Equal("mathematics", "biology");
    }

    [Fact]
    public void Load_LeftOut_StatedDefaults()
    {
        var policy = PolicyDocument.Load(Policies(""", "recency": { "maxAge": "P5Y", "anchor": "AsOfDate" }""")).Value.Institutions[0].Policies[0];

        (policy.RefusedProviders, policy.RefundedFee, policy.Recency!.Start, policy.Recency.Subjects.Count).Should().Be((null, RefundedFeeTreatment.Blocking, RecencyStart.QualifyingDate, 0));
    }

    [Theory]
    [InlineData(Stated, """{ "rounding": { "mode": "Exact" } }""")]
    [InlineData("", """{ "refusedProviders": {}, "refundedFee": "Blocking", "recency": { "maxAge": "P2Y", "anchor": "AsOfDate", "subjects": ["biology"] } }""")]
    [InlineData("", """{ "refusedProviders": { "kinds": ["Mooc"] } }""")]
    public void WriteLoad_ClaimScopedSettings_GivesAnEqualModel(string version, string settings)
    {
        var first = PolicyDocument.Load(Policies(version, settings)).Value;

        var written = PolicyDocument.Write(first);
        var second = PolicyDocument.Load(written).Value;

        second.ShouldEqual(first);
        var (a, b) = (first.Institutions[0], second.Institutions[0]);
        (b.Policies[0].RefundedFee, b.Programs[0].Settings!.RefundedFee).Should().Be((a.Policies[0].RefundedFee, a.Programs[0].Settings!.RefundedFee));
        b.Policies[0].RefusedProviders?.ToString().Should().Be(a.Policies[0].RefusedProviders?.ToString());
        b.Programs[0].Settings!.RefusedProviders?.ToString().Should().Be(a.Programs[0].Settings!.RefusedProviders?.ToString());
        b.Policies[0].Recency?.ToString().Should().Be(a.Policies[0].Recency?.ToString());
        b.Programs[0].Settings!.Recency?.ToString().Should().Be(a.Programs[0].Settings!.Recency?.ToString());
    }

    [Theory]
    [InlineData(""", "refundedFee": "Later" """, DocumentErrorCode.InvalidEnumValue, "$.institutions[0].policies[0].refundedFee", "Later",
        "'Later' is not a valid RefundedFeeTreatment; expected one of: Blocking, Outstanding.")]
    [InlineData(""", "refusedProviders": { "kinds": ["Unspecified"] } """, DocumentErrorCode.InvalidValue, "$.institutions[0].policies[0].refusedProviders.kinds[0]", "Unspecified",
        "A refusal lists provider kinds a catalog states; Unspecified is not one.")]
    [InlineData(""", "refusedProviders": { "kinds": ["Mook"] } """, DocumentErrorCode.InvalidEnumValue, "$.institutions[0].policies[0].refusedProviders.kinds[0]", "Mook",
        "'Mook' is not a valid ProviderKind; expected one of: Unspecified, Mooc, College, Corporate, Military, ExamBody.")]
    [InlineData(""", "recency": { "maxAge": "P5Y", "anchor": "AsOfDate", "from": "ExamStart" } """, DocumentErrorCode.InvalidEnumValue, "$.institutions[0].policies[0].recency.from", "ExamStart",
        "'ExamStart' is not a valid RecencyStart; expected one of: QualifyingDate, CourseCompletion.")]
    [InlineData(""", "recency": { "maxAge": "P5Y", "anchor": "AsOfDate", "subjects": [] } """, DocumentErrorCode.EmptyList, "$.institutions[0].policies[0].recency.subjects", "[]",
        "A recency window limited to subjects needs at least one subject code; leave subjects out for a window over every subject.")]
    public void Load_BadClaimScopedSetting_NamesPathLineAndValue(string version, DocumentErrorCode code, string path, string value, string message)
    {
        var error = PolicyDocument.Load(Policies(version)).Errors.Should().ContainSingle().Subject;

        (error.Code, error.Path, error.AttemptedValue, error.Message).Should().Be((code, path, value, message));
        error.Line.Should().Be(2, "the error is located in the document");
    }

    [Fact]
    public void Load_CatalogProviderKind_ReadsAndWritesBack()
    {
        var catalog = CatalogDocument.LoadFile(DocumentFiles.Fixture("valid-catalog")).Value;
        var withKind = new Catalog(catalog.Evaluators, [.. catalog.Providers.Select(p => new Provider(p.Id, p.Name, ProviderKind.Mooc))], catalog.Courses, catalog.Sessions, catalog.Recommendations);

        var reread = CatalogDocument.Load(CatalogDocument.Write(withKind)).Value;

        reread.Providers.Select(p => p.Kind).Should().AllBeEquivalentTo(ProviderKind.Mooc);
        CatalogDocument.Load(CatalogDocument.Write(catalog)).Value.Providers.Select(p => p.Kind).Should().AllBeEquivalentTo(ProviderKind.Unspecified, "a kind left out reads as Unspecified");
    }

    [Fact]
    public void Lint_RecencySubjectNoCourseHas_Warns()
    {
        var diagnostics = Lint(Policies(""", "recency": { "maxAge": "P5Y", "anchor": "AsOfDate", "subjects": ["mathematics", "astrology"] } """));

        var diagnostic = diagnostics.Should().ContainSingle(d => d.Code == LintCode.RecencySubjectNeverRecommended).Subject;
        (diagnostic.Severity, diagnostic.Path, diagnostic.Line, diagnostic.Message).Should().Be((
            LintSeverity.Warning,
            "$.institutions[0].policies[0].recency.subjects[1]",
            (int?)2,
            "Policy version 'v1' limits recency to subject 'astrology', which no recommendation line of the catalog names; the window never applies to it."));
    }

    [Fact]
    public void Lint_ProgramRecencySubjectNoCourseHas_WarnsAtTheProgram()
    {
        var diagnostics = Lint(Policies("", """{ "recency": { "maxAge": "P5Y", "anchor": "AsOfDate", "subjects": ["astrology"] } }"""));

        diagnostics.Should().ContainSingle(d => d.Code == LintCode.RecencySubjectNeverRecommended).Which.Message
            .Should().Be("Program 'aas' limits recency to subject 'astrology', which no recommendation line of the catalog names; the window never applies to it.");
    }

    [Fact]
    public void Lint_RefusedProviderNotInCatalog_Warns()
    {
        var diagnostic = Lint(Policies(""", "refusedProviders": { "providerIds": ["udacity"] } """)).Should().ContainSingle(d => d.Code == LintCode.RefusedProviderNotInCatalog).Subject;

        (diagnostic.Path, diagnostic.Message).Should().Be(("$.institutions[0].policies[0].refusedProviders.providerIds[0]", "Policy version 'v1' refuses provider 'udacity', which the catalog does not define; the refusal changes nothing."));
    }

    [Fact]
    public void Lint_ProgramRefundedFeeEqualToEveryVersion_ChangesNothing()
    {
        var diagnostics = Lint(Policies(""", "refundedFee": "Outstanding" """, """{ "refundedFee": "Outstanding" }"""));

        diagnostics.Should().ContainSingle(d => d.Code == LintCode.ProgramSettingChangesNothing).Which.Path.Should().Be("$.institutions[0].programs[0].settings.refundedFee");
    }

    [Fact]
    public void Lint_KnownSubjectsAndProviders_NoClaimScopeWarning()
    {
        Lint(Policies(""", "refusedProviders": { "providerIds": ["coursera"] }, "recency": { "maxAge": "P5Y", "anchor": "AsOfDate", "subjects": ["mathematics"] } """))
            .Should().NotContain(d => d.Code == LintCode.RecencySubjectNeverRecommended || d.Code == LintCode.RefusedProviderNotInCatalog);
    }

    private static IReadOnlyList<LintDiagnostic> Lint(string policies) =>
        PolicyLinter.Lint([new("valid-catalog.json", File.ReadAllText(DocumentFiles.Fixture("valid-catalog"))), new("policies.json", policies)]);
}
