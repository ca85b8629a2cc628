using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CreditRules.Documents;
using CreditRules.Documents.Dto;

namespace CreditRules.Tests.Documents;

/// <summary>The published schemas (schemas/*.schema.json) describe exactly what the loader reads: same properties, same required ones.</summary>
public sealed class SchemaTests
{
    public static TheoryData<string, string> Definitions => new()
    {
        { "catalog", "Catalog" }, { "catalog", "Evaluator" }, { "catalog", "Provider" }, { "catalog", "Course" }, { "catalog", "Session" },
        { "catalog", "Recommendation" }, { "catalog", "Version" }, { "catalog", "Line" }, { "catalog", "Subject" }, { "catalog", "DateRange" }, { "catalog", "Score" },
        { "policies", "PolicySet" }, { "policies", "Institution" }, { "policies", "PolicyVersion" }, { "policies", "Recency" }, { "policies", "Retakes" },
        { "policies", "EvidenceRequirement" }, { "policies", "Rounding" }, { "policies", "Program" }, { "policies", "Override" }, { "policies", "RecordPolicy" }, { "policies", "ExamCreditYearLimit" },
        { "learners", "LearnerSet" }, { "learners", "Learner" }, { "learners", "Claim" }, { "learners", "ProgramEnrollment" }, { "learners", "CourseEnrollment" },
        { "learners", "Completion" }, { "learners", "IdentityVerification" }, { "learners", "ExamAttempt" }, { "learners", "Fee" }, { "learners", "EvidenceDocument" },
    };

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Schema_Definition_MatchesTheDtoTheLoaderReads(string schema, string definition)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", schema + ".schema.json")));
        var root = document.RootElement;
        var node = definition is "Catalog" or "PolicySet" or "LearnerSet" ? root : root.GetProperty("$defs").GetProperty(definition);
        var dto = typeof(DocumentJsonContext).Assembly.GetType("CreditRules.Documents.Dto." + definition + "Dto", throwOnError: true)!;
        var info = DocumentJsonContext.Default.GetTypeInfo(dto)!;

        node.GetProperty("additionalProperties").GetBoolean().Should().BeFalse();
        node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(info.Properties.Select(p => p.Name));
        node.GetProperty("required").EnumerateArray().Select(p => p.GetString()).Should().BeEquivalentTo(info.Properties.Where(p => p.IsRequired).Select(p => p.Name));
    }

    [Theory]
    [InlineData("catalog", CatalogDocument.SchemaUri)]
    [InlineData("policies", PolicyDocument.SchemaUri)]
    [InlineData("learners", LearnerDocument.SchemaUri)]
    public void SchemaUri_WrittenByWrite_IsThePublishedSchemasAbsoluteId(string schema, string uri)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", schema + ".schema.json")));

        uri.Should().Be("https://raw.githubusercontent.com/creditrules/creditrules/main/schemas/" + schema + ".schema.json");
        document.RootElement.GetProperty("$id").GetString().Should().Be(uri);
    }

    [Fact]
    public void Write_NeverEmitsARelativeSchema()
    {
        var written = CatalogDocument.Write(DocumentFiles.ValidCatalog);

        using var document = JsonDocument.Parse(written);
        document.RootElement.GetProperty("$schema").GetString().Should().Be(CatalogDocument.SchemaUri).And.StartWith("https://");
    }

    [Theory]
    [InlineData("catalog")]
    [InlineData("policies")]
    [InlineData("learners")]
    [InlineData("decision")]
    public void Schema_IsEmbeddedInTheLibraryAsPublished(string schema)
    {
        using var stream = typeof(CatalogDocument).Assembly.GetManifestResourceStream("CreditRules.Schemas." + schema + ".schema.json");

        stream.Should().NotBeNull();
        new StreamReader(stream!).ReadToEnd().Should().Be(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", schema + ".schema.json")));
    }

    public static TheoryData<string, bool, bool> FeeCombinations()
    {
        var data = new TheoryData<string, bool, bool>();
        foreach (var status in new[] { "Unpaid", "Paid", "Waived", "Refunded", "PartiallyRefunded" })
        {
            foreach (var withDate in new[] { true, false })
            {
                foreach (var withReason in new[] { true, false })
                {
                    data.Add(status, withDate, withReason);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FeeCombinations))]
    public void FeeSchemaConditions_AgreeWithTheLoader(string status, bool withDate, bool withReason)
    {
        var fee = new System.Text.Json.Nodes.JsonObject
        {
            ["courseId"] = "uci-precalculus", ["kind"] = "ProctoredExam", ["amount"] = 90, ["currency"] = "USD", ["status"] = status,
        };
        if (withDate)
        {
            fee["statusDate"] = "2013-05-01";
        }

        if (withReason)
        {
            fee["waiverReason"] = "hardship";
        }

        var document = "{\"schemaVersion\":1,\"learners\":[{\"id\":\"ada\",\"fees\":[" + fee.ToJsonString() + "]}]}";
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "learners.schema.json")));
        using var value = JsonDocument.Parse(fee.ToJsonString());

        var schemaAccepts = schema.RootElement.GetProperty("$defs").GetProperty("Fee").GetProperty("allOf").EnumerateArray().All(rule => Satisfies(value.RootElement, rule));
        var loaderAccepts = LearnerDocument.Load(document).IsSuccess;

        schemaAccepts.Should().Be(loaderAccepts, "the schema and the loader must agree on {0} with statusDate {1} and waiverReason {2}", status, withDate, withReason);
    }

    // The subset of JSON Schema the Fee conditions use: if/then/else, properties+const, required, not.
    private static bool Satisfies(JsonElement value, JsonElement rule)
    {
        if (rule.TryGetProperty("if", out var condition))
        {
            return Satisfies(value, condition)
                ? !rule.TryGetProperty("then", out var then) || Satisfies(value, then)
                : !rule.TryGetProperty("else", out var otherwise) || Satisfies(value, otherwise);
        }

        var ok = true;
        if (rule.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                ok &= !value.TryGetProperty(property.Name, out var actual)
                    || !property.Value.TryGetProperty("const", out var constant)
                    || actual.GetRawText() == constant.GetRawText();
            }
        }

        if (rule.TryGetProperty("required", out var required))
        {
            ok &= required.EnumerateArray().All(r => value.TryGetProperty(r.GetString()!, out _));
        }

        if (rule.TryGetProperty("not", out var not))
        {
            ok &= !Satisfies(value, not);
        }

        return ok;
    }
}
