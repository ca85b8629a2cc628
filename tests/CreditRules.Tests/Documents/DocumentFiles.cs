using CreditRules.Documents;

namespace CreditRules.Tests.Documents;

/// <summary>Finds the corpus, fixtures and samples copied next to the test assembly.</summary>
internal static class DocumentFiles
{
    public static string CorpusDirectory => Path.Combine(AppContext.BaseDirectory, "Documents", "Corpus");

    public static string FixturesDirectory => Path.Combine(AppContext.BaseDirectory, "Documents", "Fixtures");

    public static string SamplesDirectory => Path.Combine(AppContext.BaseDirectory, "samples");

    public static string Fixture(string name) => Path.Combine(FixturesDirectory, name + ".json");

    public static Catalog ValidCatalog => CatalogDocument.LoadFile(Fixture("valid-catalog")).Value;

    public static PolicySet ValidPolicies => PolicyDocument.LoadFile(Fixture("valid-policies")).Value;

    public static IReadOnlyList<DocumentError> LoadCorpus(string name)
    {
        var path = Path.Combine(CorpusDirectory, name + ".json");
        return name.Split('-')[0] switch
        {
            "catalog" => CatalogDocument.LoadFile(path).Errors,
            "policies" => PolicyDocument.LoadFile(path).Errors,
            "learners" => LearnerDocument.LoadFile(path, ValidCatalog, ValidPolicies).Errors,
            _ => throw new ArgumentException("Corpus file names start with catalog-, policies- or learners-; got " + name + ".", nameof(name)),
        };
    }
}
