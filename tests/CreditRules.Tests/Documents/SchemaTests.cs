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
        { "policies", "EvidenceRequirement" }, { "policies", "Rounding" }, { "policies", "Program" }, { "policies", "Override" },
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
    public void SchemaUri_WrittenBySamplesWriter_PointsAtThePublishedSchema(string schema, string uri)
    {
        uri.Should().Be("../schemas/" + schema + ".schema.json");
        File.Exists(Path.Combine(AppContext.BaseDirectory, "schemas", schema + ".schema.json")).Should().BeTrue();
    }
}
