using CreditRules.Documents;
using CreditRules.Tests.Fixtures;

namespace CreditRules.Testing.Tests;

/// <summary>Loading fixture files: references, inline documents, and every validation error with its path, line and value.</summary>
public sealed class ScenarioFixtureTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("creditrules-fixtures-").FullName;

    public ScenarioFixtureTests()
    {
        // The fixtures' documents must lie under their document root (here the temporary folder): copy the samples in.
        Samples = Path.Combine(_folder, "samples");
        Directory.CreateDirectory(Samples);
        foreach (var file in Directory.GetFiles(RepositoryRoot.File("samples"), "*.json"))
        {
            File.Copy(file, Path.Combine(Samples, Path.GetFileName(file)));
        }
    }

    private string Samples { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The 1-based column of <paramref name="token"/> on a line of a written fixture (sample paths vary in length by machine).</summary>
    private static int ColumnOf(string file, int line, string token) => File.ReadAllLines(file)[line - 1].IndexOf(token, StringComparison.Ordinal) + 1;

    private string Write(string name, string json)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, json.Replace("{{samples}}", Samples.Replace("\\", "/", StringComparison.Ordinal), StringComparison.Ordinal));
        return path;
    }

    [Fact]
    public void LoadFile_LearnerById_BuildsTheScenario()
    {
        var path = Write("ada.json", """
            {
              "schemaVersion": 1,
              "documents": { "catalog": "{{samples}}/catalog.json", "policies": "{{samples}}/policies.json", "learners": "{{samples}}/learners.json" },
              "learner": "ada",
              "claim": { "courseId": "uci-precalculus", "institutionId": "eastern-state", "programId": "aa-general" },
              "asOf": "2014-06-30",
              "expect": { "outcome": "Eligible", "creditsGranted": "3 SH", "nextStepCodes": [] }
            }
            """);

        var fixture = ScenarioFixture.LoadFileOrThrow(path);

        fixture.Scenario!.Name.Should().Be("ada", "a fixture without a name is named after its file");
        fixture.Scenario.Source.Should().Be(path);
        fixture.Scenario.Request.Learner.LearnerId.Should().Be("ada");
        fixture.Scenario.Request.AsOf.Should().Be(new LocalDate(2014, 6, 30));
        fixture.Scenario.ReasonCodes.Should().BeNull("reason codes left out are not checked");
        fixture.Scenario.NextStepCodes.Should().BeEmpty("an empty list means: no next steps");
        ScenarioRunner.RunFile(path).Passed.Should().BeTrue();
    }

    [Fact]
    public void LoadFile_EveryFieldInvalid_ReportsEveryErrorWithPathLineAndValue()
    {
        var path = Write("bad.json", """
            {
              "schemaVersion": 2,
              "name": " ",
              "documents": { "catalog": "{{samples}}/catalog.json", "policies": "missing-policies.json" },
              "learner": 7,
              "claim": { "courseId": "no-such-course", "institutionId": "eastern-state" },
              "asOf": "2014-02-30",
              "expect": { "outcome": "Passed", "creditsGranted": "3", "reasonCodes": ["NotResidenceCredit", "Nope"], "nextStepCodes": ["Wait"] }
            }
            """);

        var result = ScenarioFixture.LoadFile(path);

        result.IsSuccess.Should().BeFalse();
        result.Errors.Select(e => e.ToString() + " [value " + (e.AttemptedValue ?? "absent") + "]").Should().Equal(
            "$.schemaVersion (2:20) UnsupportedSchemaVersion: schemaVersion must be 1; got '2'. [value 2]",
            "$.name (3:11) BlankValue: name must not be blank; got ' '. [value  ]",
            "$.documents.policies (4:" + ColumnOf(path, 4, "\"missing-policies.json\"") + ") UnknownReference: documents.policies names 'missing-policies.json', but '" + Path.Combine(_folder, "missing-policies.json") + "' does not exist. [value missing-policies.json]",
            "$.asOf (7:11) InvalidDate: asOf must be an ISO date (yyyy-MM-dd) that exists; got '2014-02-30'. [value 2014-02-30]",
            "$.claim.programId (6:12) MissingProperty: claim.programId is required and must not be blank; got absent. [value absent]",
            "$.learner (5:14) WrongType: learner must be an inline learner record (an object) or a learner id (a string); got Number. [value 7]",
            "$.expect.outcome (8:26) InvalidEnumValue: expect.outcome must be one of Incomplete, NotEligible, Eligible; got 'Passed'. [value Passed]",
            "$.expect.reasonCodes[1] (8:" + ColumnOf(path, 8, "\"Nope\"") + ") InvalidEnumValue: 'Nope' is not a built-in reason code. [value Nope]",
            "$.expect.nextStepCodes[0] (8:" + ColumnOf(path, 8, "\"Wait\"") + ") InvalidEnumValue: 'Wait' is not a built-in next-step code. [value Wait]",
            "$.expect.creditsGranted (8:" + ColumnOf(path, 8, "\"3\"") + ") InvalidCredits: expect.creditsGranted must be written as the decision prints it, such as '3 SH' or '4.5 QH'; got '3'. [value 3]");
        var act = () => ScenarioRunner.RunFile(path);
        act.Should().Throw<DocumentValidationException>().Which.Errors.Should().Equal(result.Errors);
    }

    [Fact]
    public void LoadFile_InlineLearnerWithAnError_ReportsItWhereItIsInTheFixture()
    {
        var path = Write("inline.json", """
            {
              "schemaVersion": 1,
              "name": "inline",
              "documents": { "catalog": "{{samples}}/catalog.json", "policies": "{{samples}}/policies.json" },
              "learner": {
                "id": "zed",
                "completions": [ { "sessionId": "uci-precalculus-2013s", "status": "Completed", "recordedOn": "2013-13-12" } ]
              },
              "claim": { "courseId": "uci-precalculus", "institutionId": "eastern-state", "programId": "aa-general" },
              "asOf": "2014-06-30",
              "expect": { "outcome": "Incomplete" }
            }
            """);

        var errors = ScenarioFixture.LoadFile(path).Errors;

        errors.Should().ContainSingle();
        errors[0].Code.Should().Be(DocumentErrorCode.InvalidDate);
        errors[0].Path.Should().Be("$.learner.completions[0].recordedOn");
        errors[0].AttemptedValue.Should().Be("2013-13-12");
        (errors[0].Line, errors[0].Column).Should().Be((7, ColumnOf(path, 7, "\"2013-13-12\"")));
    }

    [Fact]
    public void LoadFile_InvalidReferencedCatalog_ReportsEachOfItsErrorsAtTheReference()
    {
        var catalog = Write("catalog.json", "{ \"schemaVersion\": 1, \"evaluators\": [], \"providers\": [], \"courses\": [], \"sessions\": [], \"recommendations\": 7 }");
        var path = Write("uses-bad-catalog.json", """
            {
              "schemaVersion": 1,
              "documents": { "catalog": "catalog.json", "policies": "{{samples}}/policies.json" },
              "learner": { "id": "zed" },
              "claim": { "courseId": "uci-precalculus", "institutionId": "eastern-state", "programId": "aa-general" },
              "asOf": "2014-06-30",
              "expect": { "outcome": "Incomplete" }
            }
            """);

        var errors = ScenarioFixture.LoadFile(path).Errors;
        var catalogErrors = CatalogDocument.LoadFile(catalog).Errors;

        catalogErrors.Should().NotBeEmpty();
        errors.Should().HaveCount(catalogErrors.Count);
        errors.Should().OnlyContain(e => e.Path == "$.documents.catalog" && e.AttemptedValue == "catalog.json" && e.Line == 3 && e.Column == ColumnOf(path, 3, "\"catalog.json\""));
        errors[0].Message.Should().Be("the catalog document 'catalog.json' does not load: " + catalog + ":" + catalogErrors[0].Line + ":" + catalogErrors[0].Column + ": "
            + catalogErrors[0].Code + " at " + catalogErrors[0].Path + " (value '" + catalogErrors[0].AttemptedValue + "'): " + catalogErrors[0].Message);
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": 1, ", DocumentErrorCode.JsonSyntax, "$", null)]
    [InlineData("{ \"schemaVersion\": 1, \"surprise\": true }", DocumentErrorCode.UnknownProperty, "$.surprise", "true")]
    [InlineData("{ \"schemaVersion\": 1, \"asOf\": 20140630 }", DocumentErrorCode.WrongType, "$.asOf", "20140630")]
    [InlineData("{ \"schemaVersion\": 1, \"expect\": { \"reasonCodes\": [\"A\", 7] } }", DocumentErrorCode.WrongType, "$.expect.reasonCodes[1]", "7")]
    public void LoadFile_MalformedJson_ReportsOneLocatedErrorWithItsValue(string json, DocumentErrorCode code, string jsonPath, string? value)
    {
        var errors = ScenarioFixture.LoadFile(Write("malformed.json", json)).Errors;

        errors.Should().ContainSingle().Which.Code.Should().Be(code);
        (errors[0].Path, errors[0].AttemptedValue, errors[0].Line).Should().Be((jsonPath, value, 1));
    }

    [Fact]
    public void LoadFile_UnknownLearnerId_NamesTheIdAndTheDocument()
    {
        var path = Write("ghost.json", """
            {
              "schemaVersion": 1,
              "documents": { "catalog": "{{samples}}/catalog.json", "policies": "{{samples}}/policies.json", "learners": "{{samples}}/learners.json" },
              "learner": "ghost",
              "claim": { "courseId": "uci-precalculus", "institutionId": "eastern-state", "programId": "nope" },
              "asOf": "2014-06-30",
              "expect": { "outcome": "Eligible" }
            }
            """);

        ScenarioFixture.LoadFile(path).Errors.Select(e => e.ToString()).Should().Equal(
            "$.claim.programId (5:" + ColumnOf(path, 5, "\"nope\"") + ") UnknownReference: claim.programId 'nope' is not a program of institution 'eastern-state'.",
            "$.learner (4:14) UnknownReference: learner 'ghost' is not in the learners document '" + Samples.Replace("\\", "/", StringComparison.Ordinal) + "/learners.json'.");
    }

    [Fact]
    public void RunFile_WrongNextSteps_ListsTheMismatch()
    {
        var path = Write("ben.json", """
            {
              "schemaVersion": 1,
              "name": "ben, wrongly expected",
              "documents": { "catalog": "{{samples}}/catalog.json", "policies": "{{samples}}/policies.json", "learners": "{{samples}}/learners.json" },
              "learner": "ben",
              "claim": { "courseId": "duke-genetics-evolution", "institutionId": "eastern-state", "programId": "aa-general" },
              "asOf": "2014-06-30",
              "expect": { "outcome": "Incomplete", "nextStepCodes": ["PayFee", "VerifyIdentity"] }
            }
            """);

        var result = ScenarioRunner.RunFile(path);

        result.Mismatches.Should().Equal("NextStepCodes: missing [VerifyIdentity]; unexpected [SubmitEvidence].");
    }

    [Fact]
    public void RunFiles_InvalidFixtureAndDuplicateName_ReportsOrThrows()
    {
        Write("a-invalid.json", "{ \"schemaVersion\": 1 }");
        var report = ScenarioRunner.RunFiles([_folder]);

        report.Passed.Should().BeFalse();
        report.Results.Should().BeEmpty();
        report.InvalidFixtures.Should().ContainSingle().Which.Path.Should().Be(Path.Combine(_folder, "a-invalid.json"));
        report.ToString().Should().Be("0 of 0 scenarios passed; 1 fixture(s) invalid");

        var ada = File.ReadAllText(RepositoryRoot.File("tests", "scenarios", "eligible-ada.json")).Replace("../../samples", Samples.Replace("\\", "/", StringComparison.Ordinal), StringComparison.Ordinal);
        File.Delete(Path.Combine(_folder, "a-invalid.json"));
        Write("one.json", ada);
        Write("two.json", ada);
        var act = () => ScenarioRunner.RunFiles([_folder]);
        act.Should().Throw<ArgumentException>().Which.Message.Should().StartWith(
            "Scenario name 'ada: Pre-Calculus at Eastern State is eligible for 3 SH' is used by both '" + Path.Combine(_folder, "one.json") + "' and '" + Path.Combine(_folder, "two.json") + "'.");
    }

    [Fact]
    public void LoadFile_RecordFixture_BuildsTheRecordScenario()
    {
        var path = Write("noor.json", """
            {
              "schemaVersion": 1,
              "documents": { "catalog": "{{samples}}/catalog.json", "policies": "{{samples}}/policies.json", "learners": "{{samples}}/learners.json" },
              "learner": "noor",
              "record": { "institutionId": "eastern-state", "programId": "aa-general", "courseIds": ["uci-precalculus", "penn-calculus"] },
              "asOf": "2014-06-30",
              "expect": { "claims": [ { "courseId": "uci-precalculus", "outcome": "NotEligible" }, { "courseId": "penn-calculus", "outcome": "NotEligible", "creditsGranted": "0 SH" } ], "creditsGranted": "0 SH" }
            }
            """);

        var fixture = ScenarioFixture.LoadFileOrThrow(path);

        fixture.Scenario.Should().BeNull();
        var record = fixture.RecordScenario!;
        record.Name.Should().Be("noor");
        record.Request.CourseIds.Should().Equal("penn-calculus", "uci-precalculus");
        record.Claims.Select(c => c.ToString()).Should().Equal("uci-precalculus: NotEligible", "penn-calculus: NotEligible 0 SH");
        record.ReasonCodes.Should().BeNull("record reason codes left out are not checked");
        fixture.HostRuleIds.Should().BeEmpty();
        ScenarioRunner.RunFile(path).EnsurePassed();
    }

    [Fact]
    public void LoadFile_RecordFixtureEveryFieldInvalid_ReportsEveryErrorWithPathLineAndValue()
    {
        var path = Write("bad-record.json", """
            {
              "schemaVersion": 1,
              "documents": { "catalog": "{{samples}}/catalog.json", "policies": "{{samples}}/policies.json", "learners": "{{samples}}/learners.json" },
              "learner": "noor",
              "claim": { "courseId": "penn-calculus", "institutionId": "eastern-state", "programId": "aa-general" },
              "record": { "institutionId": "eastern-state", "programId": "aa-general", "courseIds": ["penn-calculus", "penn-calculus", "nope"] },
              "asOf": "2014-06-30",
              "expect": { "outcome": "Eligible", "claims": [ { "courseId": "uci-precalculus", "outcome": "Maybe" } ], "reasonCodes": ["Nope"] }
            }
            """);

        var result = ScenarioFixture.LoadFile(path);

        result.Errors.Select(e => e.ToString() + " [value " + (e.AttemptedValue ?? "absent") + "]").Should().Equal(
            "$.record (6:13) InvalidValue: a fixture decides one claim (claim) or a whole record (record), not both; remove one. [value absent]",
            "$.record.courseIds[1] (6:" + ColumnOf(path, 6, "\"penn-calculus\", \"nope") + ") DuplicateId: record.courseIds[1] claims 'penn-calculus' a second time; claim each course once. [value penn-calculus]",
            "$.record.courseIds[2] (6:" + ColumnOf(path, 6, "\"nope\"") + ") UnknownReference: record.courseIds[2] 'nope' is not a course of the catalog. [value nope]",
            "$.expect.outcome (8:26) InvalidValue: expect.outcome applies to a single claim; a record fixture expects each claim's outcome in expect.claims. [value absent]",
            "$.expect.reasonCodes[0] (8:" + ColumnOf(path, 8, "\"Nope\"") + ") InvalidEnumValue: 'Nope' is not a built-in reason code. [value Nope]",
            "$.expect.claims[0].courseId (8:" + ColumnOf(path, 8, "\"uci-precalculus\"") + ") UnknownReference: expect.claims[0].courseId 'uci-precalculus' is not one of record.courseIds (penn-calculus, penn-calculus, nope). [value uci-precalculus]",
            "$.expect.claims[0].outcome (8:" + ColumnOf(path, 8, "\"Maybe\"") + ") InvalidEnumValue: expect.claims[0].outcome must be one of Incomplete, NotEligible, Eligible; got 'Maybe'. [value Maybe]",
            "$.expect.claims (8:" + ColumnOf(path, 8, "[ {") + ") MissingProperty: expect.claims has no entry for claimed course 'penn-calculus'; expect every course of record.courseIds. [value penn-calculus]",
            "$.expect.claims (8:" + ColumnOf(path, 8, "[ {") + ") MissingProperty: expect.claims has no entry for claimed course 'nope'; expect every course of record.courseIds. [value nope]");
    }

    [Fact]
    public void RunFile_RecordFixtureWrongExpectations_ListsMismatchesOfBothPaths()
    {
        var path = Write("wes.json", """
            {
              "schemaVersion": 1,
              "name": "wes, wrongly expected",
              "documents": { "catalog": "{{samples}}/catalog.json", "policies": "{{samples}}/policies.json", "learners": "{{samples}}/learners.json" },
              "learner": "wes",
              "record": { "institutionId": "western-tech", "programId": "aas-technology", "courseIds": ["uci-algebra", "uci-intermediate-algebra"] },
              "asOf": "2014-06-30",
              "expect": {
                "claims": [
                  { "courseId": "uci-algebra", "outcome": "Eligible", "creditsGranted": "3 SH", "reasonCodes": ["NotResidenceCredit", "CapOverflowToElectives", "AreaRedirected"] },
                  { "courseId": "uci-intermediate-algebra", "outcome": "Eligible", "reasonCodes": ["CourseNotCompleted", "ExamNotTaken"], "nextStepCodes": [] }
                ],
                "creditsGranted": "6 SH",
                "reasonCodes": ["ResidencyOutstanding"]
              }
            }
            """);

        var result = ScenarioRunner.RunFile(path);
        var act = result.EnsurePassed;

        result.Should().BeOfType<RecordScenarioResult>().Which.ClaimSummaries.Select(s => s.Outcome).Should().Equal(DecisionOutcome.Eligible, DecisionOutcome.NotEligible);
        act.Should().Throw<ScenarioFailedException>().Which.Message.Should().Be(
            "Scenario 'wes, wrongly expected' failed:\n"
            + "- Claims[uci-intermediate-algebra].Outcome: expected Eligible, got NotEligible.\n"
            + "- Claims[uci-intermediate-algebra].ReasonCodes: missing []; unexpected [DuplicateWithinRequest].\n"
            + "- Summary.Claims[uci-intermediate-algebra].Outcome: expected Eligible, got NotEligible.\n"
            + "- Summary.Claims[uci-intermediate-algebra].ReasonCodes: missing []; unexpected [DuplicateWithinRequest].\n"
            + "- Record.CreditsGranted: expected 6 SH, got 3 SH.\n"
            + "- Record.ReasonCodes: missing []; unexpected [PostedCreditExceedsCap].\n"
            + "- Summary.Record.CreditsGranted: expected 6 SH, got 3 SH.\n"
            + "- Summary.Record.ReasonCodes: missing []; unexpected [PostedCreditExceedsCap].\n"
            + "Decision: wes @ western-tech/aas-technology as of 2014-06-30: 3 SH\n"
            + "  uci-algebra: Eligible 3 SH\n"
            + "  uci-intermediate-algebra: NotEligible 0 SH");
    }

    [Fact]
    public void FindFilesAndMemberData_MissingPath_Throw()
    {
        var missing = Path.Combine(_folder, "nope");

        FluentActions.Invoking(() => ScenarioFixture.FindFiles([missing])).Should().Throw<FileNotFoundException>()
            .WithMessage("'" + missing + "' is neither a scenario fixture file nor a folder.");
        FluentActions.Invoking(() => ScenarioFixture.MemberData(missing)).Should().Throw<DirectoryNotFoundException>()
            .WithMessage("The scenario fixture folder '" + missing + "' does not exist.");
    }
}
