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
}
