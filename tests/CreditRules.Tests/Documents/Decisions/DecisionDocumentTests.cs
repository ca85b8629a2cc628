using System.Text;
using System.Text.Json;
using CreditRules.Documents;

namespace CreditRules.Tests.Documents.Decisions;

/// <summary>DecisionDocument writes decisions in the CLI's --json shape, reads them back, and maps reasons only through their public members.</summary>
public sealed class DecisionDocumentTests
{
    private static readonly JsonSerializerOptions HostOptions = new(JsonSerializerDefaults.Web) { TypeInfoResolver = DecisionDocument.TypeInfoResolver };

    private static Decision Ada => SampleOutputs.Value.Decisions.First(d => d.LearnerId == "ada");

    [Fact]
    public void ToJson_EligibleDecision_WritesTheDocumentedShape()
    {
        using var json = JsonDocument.Parse(DecisionDocument.ToJson(Ada));
        var root = json.RootElement;

        root.EnumerateObject().Select(p => p.Name).Should().Equal(
            "learnerId", "courseId", "institutionId", "programId", "outcome", "asOf", "policyVersion", "exhibitId", "recommendationVersion",
            "qualifyingDate", "qualifyingZone", "qualifyingZoneSource", "creditsRecommended", "creditsGranted", "rounding", "reasons", "nextSteps", "trace", "settings", "policySelection");
        root.GetProperty("outcome").GetString().Should().Be("Eligible");
        root.GetProperty("asOf").GetString().Should().Be("2014-06-30");
        root.GetProperty("qualifyingDate").GetString().Should().Be("2013-05-20");
        root.GetProperty("creditsGranted").GetRawText().Should().Be("""{"unit":"SemesterHour","numerator":3,"denominator":1,"hours":3,"text":"3 SH"}""");
        root.GetProperty("nextSteps").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void ToJson_DecisionWithDataVersion_WritesIt()
    {
        var outputs = SampleOutputs.Value;
        var catalog = CatalogDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "catalog.json")).Value;
        var policies = PolicyDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "policies.json")).Value;
        var provider = new CreditRules.DependencyInjection.CreditRulesDataProvider(
            new CreditRules.DependencyInjection.DelegateCreditRulesDataSource(() => new CreditRules.DependencyInjection.CreditRulesData(catalog, policies, "2014-06-30.1")),
            NodaTime.Testing.FakeClock.FromUtc(2014, 6, 30),
            []);
        var decision = provider.Evaluator.Evaluate(new EvaluationRequest(outputs.Records[0].Request.Learner, Ada.CourseId, Ada.InstitutionId, Ada.ProgramId, Ada.AsOf));

        DecisionDocument.ReadDecision(DecisionDocument.ToUtf8Bytes(decision)).DataVersion.Should().Be("2014-06-30.1");
        DecisionDocument.ToJson(Ada).Should().NotContain("dataVersion", "nulls are omitted");
    }

    [Fact]
    public void ToJson_IncompleteDecision_WritesNextStepsWithDatesAndCosts()
    {
        var incomplete = SampleOutputs.Value.Decisions.First(d => d.NextSteps.Any(s => s.Cost is not null && s.Deadline is not null));
        var step = incomplete.NextSteps.First(s => s.Cost is not null && s.Deadline is not null);

        var read = DecisionDocument.ReadDecision(DecisionDocument.ToUtf8Bytes(incomplete));

        read.Outcome.Should().Be("Incomplete");
        read.NextSteps.Should().ContainEquivalentOf(new NextStepJson(
            step.Code.Value, step.Action, step.EarliestDate?.ToString("uuuu-MM-dd", null), step.Deadline!.Value.ToString("uuuu-MM-dd", null), step.Cost!.Value.Amount, step.Cost.Value.Currency));
    }

    [Fact]
    public void ReadDecision_WhatToJsonWrote_GivesAnEquivalentJsonForm()
    {
        foreach (var decision in SampleOutputs.Value.Decisions)
        {
            DecisionDocument.ReadDecision(DecisionDocument.ToUtf8Bytes(decision)).Should().BeEquivalentTo(DecisionJson.From(decision));
        }
    }

    [Fact]
    public void ReadRecordDecisionDiffAndImpact_WhatWriteWrote_GiveEquivalentJsonForms()
    {
        var outputs = SampleOutputs.Value;

        foreach (var record in outputs.Records)
        {
            DecisionDocument.ReadRecordDecision(Write(w => DecisionDocument.Write(w, record))).Should().BeEquivalentTo(RecordDecisionJson.From(record));
        }

        DecisionDocument.ReadDiff(Write(w => DecisionDocument.Write(w, outputs.Diffs[0]))).Should().BeEquivalentTo(DecisionDiffJson.From(outputs.Diffs[0]));
        DecisionDocument.ReadImpact(Write(w => DecisionDocument.Write(w, outputs.Impact))).Should().BeEquivalentTo(ImpactJson.From(outputs.Impact));
    }

    [Fact]
    public void ReadDecision_UnknownProperty_Throws()
    {
        var json = DecisionDocument.ToJson(Ada).Replace("\"outcome\":", "\"verdict\":\"x\",\"outcome\":", StringComparison.Ordinal);

        var read = () => DecisionDocument.ReadDecision(Encoding.UTF8.GetBytes(json));

        read.Should().Throw<JsonException>().Which.Message.Should().Contain("verdict");
    }

    [Fact]
    public void ReadDecision_Null_ThrowsNamingTheType()
    {
        var read = () => DecisionDocument.ReadDecision("null"u8);

        read.Should().Throw<JsonException>().WithMessage("The JSON holds null, not a DecisionJson.");
    }

    [Fact]
    public void Write_NeverEmitsASchemaProperty()
    {
        DecisionDocument.ToJson(Ada).Should().NotContain("$schema");
    }

    [Fact]
    public async Task WriteAsync_WritesWhatToUtf8BytesReturns()
    {
        using var stream = new MemoryStream();

        await DecisionDocument.WriteAsync(stream, Ada, TestContext.Current.CancellationToken);

        stream.ToArray().Should().Equal(DecisionDocument.ToUtf8Bytes(Ada));
    }

    [Fact]
    public void TypeInfoResolver_InWebDefaultOptions_WritesTheSamePropertiesWithNullsWritten()
    {
        using var host = JsonDocument.Parse(JsonSerializer.Serialize(DecisionJson.From(Ada), HostOptions));
        using var ours = JsonDocument.Parse(DecisionDocument.ToJson(Ada));

        // Nulls omitted at every level (a setting from the institution policy has no override id) give our document.
        static string WithoutNulls(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => "{" + string.Join(",", element.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => JsonSerializer.Serialize(p.Name) + ":" + WithoutNulls(p.Value))) + "}",
            JsonValueKind.Array => "[" + string.Join(",", element.EnumerateArray().Select(WithoutNulls)) + "]",
            _ => element.GetRawText(),
        };
        host.RootElement.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => p.Name + "=" + WithoutNulls(p.Value))
            .Should().Equal(ours.RootElement.EnumerateObject().Select(p => p.Name + "=" + p.Value.GetRawText()));
        host.RootElement.GetProperty("settings")[0].GetProperty("overrideId").ValueKind.Should().Be(JsonValueKind.Null);
        host.RootElement.GetProperty("dataVersion").ValueKind.Should().Be(JsonValueKind.Null);
        DecisionSchema.Validate(host.RootElement, DecisionSchemaTests.Schema.Value.RootElement, "Decision").Should().BeEmpty("the schema accepts nulls written or omitted");
    }

    [Fact]
    public void DecisionTypeInfo_WritesWhatToJsonWrites()
    {
        JsonSerializer.Serialize(DecisionJson.From(Ada), DecisionDocument.DecisionTypeInfo).Should().Be(DecisionDocument.ToJson(Ada));
    }

    [Fact]
    public void ReasonJson_From_UsesOnlyThePublicReasonMembers()
    {
        var reason = new Reason(ReasonCode.ExamFailed, ReasonSeverity.Outstanding, "exam", "eastern-2013",
            [new("BestScore", "55%"), new("PassingScore", "60%"), new("AttemptsUsed", "1")]);

        var json = ReasonJson.From(reason);

        json.Should().BeEquivalentTo(new ReasonJson("ExamFailed", "Outstanding", "exam", "eastern-2013",
            "No passing attempt: best score 55% against the passing score 60%; 1 attempt(s) used.",
            new Dictionary<string, string> { ["BestScore"] = "55%", ["PassingScore"] = "60%", ["AttemptsUsed"] = "1" }));
    }

    [Fact]
    public void ImpactJson_CreditsInSemesterHours_AddQuarterHoursConvertedExactly()
    {
        var report = SampleOutputs.Value.Impact;

        var json = ImpactJson.From(report);

        var expected = report.GetCreditsLost(CreditUnit.SemesterHour).Plus(report.GetCreditsLost(CreditUnit.QuarterHour).ConvertTo(CreditUnit.SemesterHour));
        json.CreditsLostInSemesterHours.Text.Should().Be(expected.ToString());
        json.CreditsLost.Select(c => c.Unit).Should().Equal("SemesterHour", "QuarterHour");
        json.Claims.Should().Be(report.Claims);
    }

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.ToArray();
    }
}
