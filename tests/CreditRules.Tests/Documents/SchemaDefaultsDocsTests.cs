using System.Text;
using System.Text.Json;
using CreditRules.Tests.Fixtures;

namespace CreditRules.Tests.Documents;

/// <summary>
/// Stated defaults, kept in one place: every optional setting of the policy and learner schemas states what leaving it out
/// means (a <c>default</c> keyword, or "Default: ..." in its description), and the defaults table of
/// <c>docs/documents.md</c> is generated from the schemas (<c>CREDITRULES_WRITE_DOCS=1</c> rewrites it).
/// </summary>
public sealed class SchemaDefaultsDocsTests
{
    private const string Begin = "<!-- defaults:begin (generated from schemas/*.schema.json by SchemaDefaultsDocsTests; CREDITRULES_WRITE_DOCS=1 rewrites it) -->\n";
    private const string End = "<!-- defaults:end -->\n";

    /// <summary>Optional properties that are data or text, not settings with a default.</summary>
    private static readonly HashSet<string> NotSettings = new(StringComparer.Ordinal) { "notes", "$schema", "id", "supersedes", "story", "partner", "name" };

    /// <summary>The schema definitions holding settings (policies) and optional learner facts whose absence has a meaning.</summary>
    private static readonly (string Schema, string[] Defs)[] Scope =
    [
        ("policies", ["Institution", "PolicyVersion", "EvidenceRequirement", "Retakes", "RecordPolicy", "PostingFee", "ExamCreditYearLimit", "ProgramRecordPolicy", "RequirementArea", "AreaLimit", "Cap", "Program", "ProgramSettings", "Override"]),
        ("learners", ["ProgramEnrollment"]),
    ];

    private static List<(string Schema, string Def, string Property, string? Default, string Meaning)> Rows()
    {
        var rows = new List<(string, string, string, string?, string)>();
        foreach (var (schema, defs) in Scope)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.File("schemas", schema + ".schema.json")));
            var all = document.RootElement.GetProperty("$defs");
            foreach (var def in defs)
            {
                var definition = all.GetProperty(def);
                var required = definition.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal);
                foreach (var property in definition.GetProperty("properties").EnumerateObject().Where(p => !required.Contains(p.Name) && !NotSettings.Contains(p.Name)))
                {
                    var value = property.Value;
                    var keyword = value.TryGetProperty("default", out var d) ? d.GetRawText() : null;
                    var description = value.TryGetProperty("description", out var text) ? text.GetString()! : string.Empty;
                    var at = description.IndexOf("Default", StringComparison.Ordinal);
                    rows.Add((schema, def, property.Name, keyword, at >= 0 ? description[at..] : string.Empty));
                }
            }
        }

        return rows;
    }

    [Fact]
    public void Schemas_EveryOptionalSetting_StatesItsDefault()
    {
        var missing = Rows().Where(r => r.Meaning.Length == 0).Select(r => r.Schema + "#/$defs/" + r.Def + "/" + r.Property);

        missing.Should().BeEmpty("every optional setting states what leaving it out means, in a description starting 'Default:' (schemas/generate.py)");
    }

    [Fact]
    public void Schemas_DefaultKeyword_IsTheValueTheDescriptionStates()
    {
        foreach (var row in Rows().Where(r => r.Default is not null))
        {
            row.Meaning.Should().StartWith("Default: " + row.Default!.Trim('"'), row.Def + "." + row.Property + "'s default keyword and description must agree");
        }
    }

    [Fact]
    public void DocsDefaultsTable_IsGeneratedFromTheSchemas_AndNotStale()
    {
        var table = new StringBuilder(Begin).Append("| Schema | Where | Setting | `default` | Left out means |\n|---|---|---|---|---|\n");
        foreach (var (schema, def, property, keyword, meaning) in Rows())
        {
            table.Append("| ").Append(schema).Append(" | ").Append(def).Append(" | `").Append(property).Append("` | ")
                .Append(keyword is null ? "—" : "`" + keyword + "`").Append(" | ").Append(meaning.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
        }

        table.Append(End);
        var path = RepositoryRoot.File("docs", "documents.md");
        var docs = File.ReadAllText(path).ReplaceLineEndings("\n");
        var begin = docs.IndexOf("<!-- defaults:begin", StringComparison.Ordinal);
        var end = docs.IndexOf(End, StringComparison.Ordinal);
        begin.Should().BePositive("docs/documents.md holds the generated defaults table between its markers");
        var generated = docs[..begin] + table + docs[(end + End.Length)..];
        if (Environment.GetEnvironmentVariable("CREDITRULES_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, generated);
        }

        docs.Should().Be(generated, "the defaults table in docs/documents.md is generated from the schemas; rerun this test with CREDITRULES_WRITE_DOCS=1 to regenerate it");
    }
}
