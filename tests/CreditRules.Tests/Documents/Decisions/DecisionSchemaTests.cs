using System.Text.Json;
using CreditRules.Documents;
using CreditRules.Tests.Fixtures;

namespace CreditRules.Tests.Documents.Decisions;

/// <summary>schemas/decision.schema.json is generated from the DTOs, and everything DecisionDocument writes for the samples satisfies it.</summary>
public sealed class DecisionSchemaTests
{
    internal static readonly Lazy<JsonDocument> Schema = new(() => JsonDocument.Parse(File.ReadAllText(DecisionSchema.SourcePath(RepositoryRoot.Path))));

    [Fact]
    public void SchemaFile_IsWhatTheDtosGenerate()
    {
        var generated = DecisionSchema.Generate();
        var path = DecisionSchema.SourcePath(RepositoryRoot.Path);
        if (Environment.GetEnvironmentVariable("CREDITRULES_WRITE_SCHEMAS") == "1")
        {
            File.WriteAllText(path, generated);
        }

        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(generated, "schemas/decision.schema.json is generated; rerun with CREDITRULES_WRITE_SCHEMAS=1 after changing a DTO");
    }

    [Fact]
    public void Schema_HasAnAbsoluteIdAndTheDocumentedDefinitions()
    {
        var root = Schema.Value.RootElement;

        root.GetProperty("$id").GetString().Should().Be(DecisionDocument.SchemaId).And.StartWith("https://");
        root.GetProperty("$defs").EnumerateObject().Select(d => d.Name).Should().Contain(["Decision", "RecordDecision", "DecisionDiff", "Impact", "Reason", "NextStep", "Credit"]);
        root.GetProperty("$defs").GetProperty("Reason").GetProperty("properties").EnumerateObject().Select(p => p.Name)
            .Should().Equal("code", "severity", "ruleId", "policyVersion", "message", "arguments");
        root.GetProperty("$defs").GetProperty("Decision").GetProperty("required").EnumerateArray().Select(r => r.GetString())
            .Should().Contain("outcome").And.NotContain(["policyVersion", "dataVersion", "qualifyingDate"]);
    }

    [Fact]
    public void EverySampleDecision_SatisfiesTheSchema()
    {
        var outputs = SampleOutputs.Value;
        outputs.Decisions.Should().HaveCountGreaterThan(50);

        var errors = outputs.Decisions.SelectMany(d => Validate(DecisionDocument.ToUtf8Bytes(d), "Decision")).ToArray();

        errors.Should().BeEmpty();
        outputs.Decisions.Select(d => d.Outcome).Distinct().Should().HaveCount(3, "the samples cover every outcome, so every branch of the shape is written");
    }

    [Fact]
    public void EverySampleRecordDecisionDiffAndTheImpact_SatisfyTheSchema()
    {
        var outputs = SampleOutputs.Value;

        var errors = outputs.Records.SelectMany(r => Validate(Write(w => DecisionDocument.Write(w, r)), "RecordDecision"))
            .Concat(outputs.Diffs.SelectMany(d => Validate(Write(w => DecisionDocument.Write(w, d)), "DecisionDiff")))
            .Concat(Validate(Write(w => DecisionDocument.Write(w, outputs.Impact)), "Impact"))
            .ToArray();

        errors.Should().BeEmpty();
        outputs.Records.Should().Contain(r => r.Caps.Count > 0, "the samples exercise caps");
        outputs.Records.Should().Contain(r => r.PostingFeeDue != null, "the samples exercise posting fees");
        outputs.Diffs.Should().Contain(d => d.HasChanges);
    }

    [Fact]
    public void Validate_OutputThatBreaksTheSchema_ReportsEachViolation()
    {
        var written = DecisionDocument.ToJson(SampleOutputs.Value.Decisions[0]);
        var at = written.IndexOf("\"outcome\":\"", StringComparison.Ordinal) + "\"outcome\":\"".Length;
        var json = (written[..at] + "Maybe" + written[at..]).Replace("\"learnerId\":", "\"learner\":", StringComparison.Ordinal);

        var errors = Validate(System.Text.Encoding.UTF8.GetBytes(json), "Decision");

        errors.Should().HaveCount(3);
        errors.Should().Contain(e => e.StartsWith("$: required property 'learnerId' is missing", StringComparison.Ordinal));
        errors.Should().Contain(e => e.StartsWith("$: property 'learner' is not in the schema", StringComparison.Ordinal));
        errors.Should().Contain("$.outcome: 'MaybeEligible' is not one of Incomplete, NotEligible, Eligible");
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

    private static IReadOnlyList<string> Validate(byte[] utf8, string definition)
    {
        using var value = JsonDocument.Parse(utf8);
        return DecisionSchema.Validate(value.RootElement, Schema.Value.RootElement, definition);
    }
}
