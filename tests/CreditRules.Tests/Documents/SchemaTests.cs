using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CreditRules.Documents;
using CreditRules.Documents.Dto;

namespace CreditRules.Tests.Documents;

/// <summary>The published schemas (schemas/*.schema.json) describe exactly what the loader reads: same properties, same required ones.</summary>
public sealed class SchemaTests
{
    private static readonly string[] Schemas = ["catalog", "policies", "learners"];

    /// <summary>The root DTO of each published schema; every other DTO is a definition under <c>$defs</c>.</summary>
    private static readonly Dictionary<string, string> Roots = new(StringComparer.Ordinal) { ["Catalog"] = "catalog", ["PolicySet"] = "policies", ["LearnerSet"] = "learners" };

    /// <summary>Every document DTO the loader reads (every type the source-generated context serialises from the Dto
    /// namespace), each with the schema that declares it: derived, so no DTO is skipped and a new one must be published.
    /// An abstract DTO (properties shared by DTOs, such as PolicySettingsDto) is never read on its own: its properties are checked in each derived one.</summary>
    public static TheoryData<string, string> Definitions()
    {
        var data = new TheoryData<string, string>();
        foreach (var definition in DocumentDtos().Select(t => t.Name[..^"Dto".Length]).Order(StringComparer.Ordinal))
        {
            data.Add(SchemaDeclaring(definition), definition);
        }

        return data;
    }

    private static IEnumerable<Type> DocumentDtos() =>
        typeof(DocumentJsonContext).Assembly.GetTypes()
            .Where(t => t.Namespace == "CreditRules.Documents.Dto" && t.Name.EndsWith("Dto", StringComparison.Ordinal) && t.IsClass && !t.IsAbstract && !t.IsNested);

    /// <summary>The schema whose root is the DTO, else the first (of catalog, policies, learners) with it under <c>$defs</c>, else "(none)".</summary>
    private static string SchemaDeclaring(string definition)
    {
        if (Roots.TryGetValue(definition, out var root))
        {
            return root;
        }

        foreach (var schema in Schemas)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", schema + ".schema.json")));
            if (document.RootElement.GetProperty("$defs").TryGetProperty(definition, out _))
            {
                return schema;
            }
        }

        return "(none)";
    }

    [Fact]
    public void Definitions_CoverEveryDto_AndEveryObjectDefinitionOfTheSchemas()
    {
        var dtos = DocumentDtos().Select(t => t.Name[..^"Dto".Length]).ToArray();
        dtos.Should().HaveCountGreaterThan(30).And.Contain(["RecordPolicy", "Cap", "Equivalence", "PrecedenceChain", "PostingFee", "PriorCredit"]);
        foreach (var schema in Schemas)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", schema + ".schema.json")));
            var objects = document.RootElement.GetProperty("$defs").EnumerateObject()
                .Where(d => d.Value.TryGetProperty("type", out var type) && type.GetString() == "object")
                .Select(d => d.Name);
            objects.Should().BeSubsetOf(dtos, "every object the {0} schema declares is a DTO the loader reads", schema);
        }
    }

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Schema_Definition_MatchesTheDtoTheLoaderReads(string schema, string definition)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", schema + ".schema.json")));
        var root = document.RootElement;
        schema.Should().NotBe("(none)", "the DTO {0}Dto must be published in a schema", definition);
        var node = Roots.ContainsKey(definition) ? root : root.GetProperty("$defs").GetProperty(definition);
        var dto = typeof(DocumentJsonContext).Assembly.GetType("CreditRules.Documents.Dto." + definition + "Dto", throwOnError: true)!;
        var info = DocumentJsonContext.Default.GetTypeInfo(dto)!;

        node.GetProperty("additionalProperties").GetBoolean().Should().BeFalse();
        node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(info.Properties.Select(p => p.Name));
        node.GetProperty("required").EnumerateArray().Select(p => p.GetString()).Should().BeEquivalentTo(info.Properties.Where(p => p.IsRequired).Select(p => p.Name));
    }

    [Theory]
    [InlineData("catalog")]
    [InlineData("policies")]
    [InlineData("learners")]
    public void SchemaEnums_AreTheNamesOfTheDomainEnumsTheLoaderParses(string schema)
    {
        // Every enum of identifiers in the schema lists exactly the names of one domain enum: a value added to the domain
        // (and so accepted by the loader) or to the schema alone makes them disagree.
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", schema + ".schema.json")));
        var domainEnums = typeof(CatalogDocument).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic && t.Namespace == "CreditRules.Domain").ToArray();
        var enums = new List<(string Path, string[] Values)>();
        Collect(document.RootElement, "#", enums);

        var identifiers = enums.Where(e => e.Values.All(v => v.Length > 0 && char.IsUpper(v[0]) && v.All(char.IsLetterOrDigit))).ToArray();
        identifiers.Should().NotBeEmpty();
        foreach (var (path, values) in identifiers)
        {
            domainEnums.Where(t => Enum.GetNames(t).Order(StringComparer.Ordinal).SequenceEqual(values.Order(StringComparer.Ordinal)))
                .Should().NotBeEmpty("the enum at {0} ({1}) must list every name of a domain enum", path, string.Join(", ", values));
        }
    }

    private static void Collect(JsonElement node, string path, List<(string Path, string[] Values)> found)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in node.EnumerateObject())
            {
                if (property.Name == "enum")
                {
                    found.Add((path, property.Value.EnumerateArray().Select(v => v.GetString()!).ToArray()));
                }
                else
                {
                    Collect(property.Value, path + "/" + property.Name, found);
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in node.EnumerateArray())
            {
                Collect(item, path + "/" + i++, found);
            }
        }
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
