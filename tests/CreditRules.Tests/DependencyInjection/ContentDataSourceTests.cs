using CreditRules.DependencyInjection;
using CreditRules.Tests.Support;
using NodaTime.Testing;

namespace CreditRules.Tests.DependencyInjection;

/// <summary>File and embedded-resource sources; the parser here stands in for the document loader and records what it was given.</summary>
public sealed class ContentDataSourceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("creditrules-source-").FullName;
    private readonly List<(string Content, string Version)> _parsed = [];

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private CreditRulesData Parse(Stream stream, string version)
    {
        using var reader = new StreamReader(stream);
        _parsed.Add((reader.ReadToEnd(), version));
        return new CreditRulesData(HostSamples.Catalog, HostSamples.Policies, version);
    }

    [Fact]
    public void Load_File_ParsesItsContentWithAContentHashVersion()
    {
        var path = Path.Combine(_directory, "catalog.txt");
        File.WriteAllText(path, "catalog v1\n");

        var data = new FileCreditRulesDataSource(path, Parse).Load();

        data.Version.Should().Be("sha256:a81ae3bbd4c84dc1");
        _parsed.Should().Equal(("catalog v1\n", "sha256:a81ae3bbd4c84dc1"));
    }

    [Fact]
    public void Reload_FileChanged_SwapsToTheNewContentVersion()
    {
        var path = Path.Combine(_directory, "catalog.txt");
        File.WriteAllText(path, "catalog v1\n");
        var provider = new CreditRulesDataProvider(new FileCreditRulesDataSource(path, Parse), new FakeClock(Instant.FromUtc(2014, 6, 30, 12, 0)), []);

        File.WriteAllText(path, "catalog v2\n");
        provider.Reload(TestContext.Current.CancellationToken);

        provider.Evaluator.Evaluate(HostSamples.AdaRequest()).DataVersion.Should().Be("sha256:afd036f14f33fe89");
    }

    [Fact]
    public void Load_MissingFile_ThrowsFileNotFoundNamingThePath()
    {
        var path = Path.Combine(_directory, "missing.json");

        var act = () => new FileCreditRulesDataSource(path, Parse).Load();

        act.Should().Throw<FileNotFoundException>().Which.FileName.Should().Be(path);
    }

    [Fact]
    public void Load_ParserReturnsNull_ThrowsNamingTheFile()
    {
        var path = Path.Combine(_directory, "catalog.txt");
        File.WriteAllText(path, "catalog v1\n");

        var act = () => new FileCreditRulesDataSource(path, (_, _) => null!).Load();

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("The parser for file '" + path + "' returned null; it must return a CreditRulesData snapshot.");
    }

    [Fact]
    public void Load_EmbeddedResource_ParsesItsContentWithAContentHashVersion()
    {
        var data = new EmbeddedResourceCreditRulesDataSource(typeof(ContentDataSourceTests).Assembly, "CreditRules.Tests.embedded-catalog.txt", Parse).Load();

        data.Version.Should().Be("sha256:fbf3c54adca43d96");
        _parsed.Should().Equal(("embedded catalog\n", "sha256:fbf3c54adca43d96"));
    }

    [Fact]
    public void Load_MissingEmbeddedResource_ThrowsListingTheAvailableOnes()
    {
        var act = () => new EmbeddedResourceCreditRulesDataSource(typeof(ContentDataSourceTests).Assembly, "CreditRules.Tests.nope.json", Parse).Load();

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("Assembly 'CreditRules.Tests' has no embedded resource 'CreditRules.Tests.nope.json'; it has: CreditRules.Tests.embedded-catalog.txt, CreditRules.Tests.samples.catalog.json, CreditRules.Tests.samples.policies.json.");
    }
}
