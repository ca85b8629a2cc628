using CreditRules.DependencyInjection;
using CreditRules.Documents;
using CreditRules.Tests.Documents;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;

namespace CreditRules.Tests.DependencyInjection;

/// <summary>The document data source over the bundled samples: loading, reloading after a change, and a malformed reload.</summary>
public sealed class DocumentDataSourceTests : IDisposable
{
    private static readonly IClock Clock = new FakeClock(Instant.FromUtc(2014, 6, 30, 12, 0));
    private readonly string _folder = Directory.CreateTempSubdirectory("creditrules-docs-").FullName;

    public DocumentDataSourceTests()
    {
        File.Copy(Sample("catalog.json"), CatalogPath);
        File.Copy(Sample("policies.json"), PoliciesPath);
    }

    private string CatalogPath => Path.Combine(_folder, "catalog.json");

    private string PoliciesPath => Path.Combine(_folder, "policies.json");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_SampleFiles_LoadsBothDocumentsWithAContentHashVersion()
    {
        var data = DocumentCreditRulesDataSource.FromFiles(Sample("catalog.json"), Sample("policies.json")).Load();

        data.Catalog.Courses.Select(c => c.Id).Should().Equal(CatalogDocument.LoadFile(Sample("catalog.json")).Value.Courses.Select(c => c.Id));
        data.Policies.Institutions.Select(i => i.Id).Should().Equal(PolicyDocument.LoadFile(Sample("policies.json")).Value.Institutions.Select(i => i.Id));
        data.Version.Should().MatchRegex("^sha256:[0-9a-f]{16}$");
        DocumentCreditRulesDataSource.FromFiles(CatalogPath, PoliciesPath).Load().Version.Should().Be(data.Version, "equal content gives an equal version");
    }

    [Fact]
    public void Load_EmbeddedSamples_HaveTheSameVersionAsTheFiles()
    {
        var embedded = DocumentCreditRulesDataSource.FromEmbeddedResources(
            typeof(DocumentDataSourceTests).Assembly, "CreditRules.Tests.samples.catalog.json", "CreditRules.Tests.samples.policies.json").Load();

        embedded.Version.Should().Be(DocumentCreditRulesDataSource.FromFiles(Sample("catalog.json"), Sample("policies.json")).Load().Version);
        embedded.Catalog.Courses.Should().HaveCount(CatalogDocument.LoadFile(Sample("catalog.json")).Value.Courses.Count);
    }

    [Fact]
    public void Reload_PolicyFileChanged_SwapsAndTheDecisionNamesTheNewVersion()
    {
        var provider = new CreditRulesDataProvider(DocumentCreditRulesDataSource.FromFiles(CatalogPath, PoliciesPath), Clock, []);
        var before = provider.Evaluator;
        var oldVersion = provider.DataVersion;

        File.WriteAllText(PoliciesPath, File.ReadAllText(PoliciesPath).Replace("\"notes\": \"", "\"notes\": \"Revised. ", StringComparison.Ordinal));
        var newVersion = provider.Reload(TestContext.Current.CancellationToken);

        newVersion.Should().NotBe(oldVersion).And.MatchRegex("^sha256:[0-9a-f]{16}$");
        provider.DataVersion.Should().Be(newVersion);
        provider.Evaluator.Evaluate(AdaRequest(provider.Evaluator)).DataVersion.Should().Be(newVersion);
        before.Evaluate(AdaRequest(before)).DataVersion.Should().Be(oldVersion, "an evaluator already read finishes on its own snapshot");
    }

    [Fact]
    public void Reload_BothDocumentsMalformed_ThrowsListingEveryErrorAndKeepsTheOldVersion()
    {
        var provider = new CreditRulesDataProvider(DocumentCreditRulesDataSource.FromFiles(CatalogPath, PoliciesPath), Clock, []);
        var oldVersion = provider.DataVersion;
        File.WriteAllText(CatalogPath, "{\n  \"schemaVersion\": 1,\n  \"evaluators\": [],\n  \"providers\": [],\n  \"courses\": [],\n  \"sessions\": [],\n  \"recommendations\": 7\n}\n");
        File.WriteAllText(PoliciesPath, "{ \"schemaVersion\": 1, \"institutions\": [ ] ");

        var act = () => provider.Reload();

        var thrown = act.Should().Throw<DocumentSetValidationException>().Which;
        var catalogErrors = CatalogDocument.LoadFile(CatalogPath).Errors;
        var policyErrors = PolicyDocument.LoadFile(PoliciesPath).Errors;
        thrown.Documents.Select(d => d.DocumentName).Should().Equal(CatalogPath, PoliciesPath);
        thrown.Documents[0].Errors.Should().Equal(catalogErrors);
        thrown.Documents[1].Errors.Should().Equal(policyErrors);
        catalogErrors.Should().Contain(e => e.Path == "$.recommendations" && e.AttemptedValue == "7" && e.Line == 7);
        var lines = thrown.Message.Split('\n');
        lines[0].Should().Be("The CreditRules documents did not load (" + (catalogErrors.Count + policyErrors.Count) + " errors):");
        lines.Skip(1).Should().Equal(
            catalogErrors.Select(e => "- " + CatalogPath + ":" + e.Line + ":" + e.Column + ": " + e.Code + " at " + e.Path + " (value " + (e.AttemptedValue is null ? "absent" : "'" + e.AttemptedValue + "'") + "): " + e.Message)
                .Concat(policyErrors.Select(e => "- " + PoliciesPath + (e.Line is null ? string.Empty : ":" + e.Line + ":" + e.Column) + ": " + e.Code + " at " + e.Path + " (value " + (e.AttemptedValue is null ? "absent" : "'" + e.AttemptedValue + "'") + "): " + e.Message)));
        provider.DataVersion.Should().Be(oldVersion);
        provider.Evaluator.Evaluate(AdaRequest(provider.Evaluator)).DataVersion.Should().Be(oldVersion);
    }

    [Fact]
    public void AddCreditRules_UseDocuments_DecidesWithTheDocumentsVersion()
    {
        using var services = new ServiceCollection()
            .AddSingleton(Clock)
            .AddCreditRules(o => o.UseDocuments(CatalogPath, PoliciesPath))
            .BuildServiceProvider();

        var evaluator = services.GetRequiredService<CreditRulesEvaluator>();
        var provider = services.GetRequiredService<CreditRulesDataProvider>();

        evaluator.Evaluate(AdaRequest(provider.Evaluator)).DataVersion.Should().Be(DocumentCreditRulesDataSource.FromFiles(CatalogPath, PoliciesPath).Load().Version);
    }

    [Fact]
    public void Validate_DocumentsThatDoNotExist_ListsEachOne()
    {
        var missing = Path.Combine(_folder, "missing-catalog.json");
        var files = () => new CreditRulesOptions().UseDocuments(missing, PoliciesPath).Validate();
        var resources = () => new CreditRulesOptions().UseEmbeddedDocuments(typeof(DocumentDataSourceTests).Assembly, "CreditRules.Tests.nope.json", "CreditRules.Tests.samples.policies.json").Validate();

        files.Should().Throw<CreditRulesOptionsValidationException>().Which.Errors.Should().Equal("DataSource: file '" + missing + "' does not exist.");
        resources.Should().Throw<CreditRulesOptionsValidationException>().Which.Errors.Should().Equal("DataSource: embedded resource 'CreditRules.Tests.nope.json' does not exist in assembly 'CreditRules.Tests'.");
    }

    [Fact]
    public void FromFiles_BlankPath_ThrowsNamingTheParameter()
    {
        var act = () => DocumentCreditRulesDataSource.FromFiles(" ", PoliciesPath);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("catalogPath");
    }

    private static string Sample(string name) => Path.Combine(DocumentFiles.SamplesDirectory, name);

    private static EvaluationRequest AdaRequest(EligibilityEvaluator evaluator)
    {
        var learners = LearnerDocument.LoadFile(Sample("learners.json"), evaluator.Catalog, evaluator.Policies).Value;
        var claim = learners.Claims[0];
        return new EvaluationRequest(learners.GetLearnerOrNull(claim.LearnerId)!, claim.CourseId, claim.InstitutionId, claim.ProgramId, learners.AsOf!.Value);
    }
}
