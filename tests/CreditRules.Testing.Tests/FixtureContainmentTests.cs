using CreditRules.Documents;
using CreditRules.Tests.Fixtures;

namespace CreditRules.Testing.Tests;

/// <summary>
/// A fixture's documents resolve inside its document root (issue 13, item 9): <c>../..</c>, absolute paths and symbolic
/// links out of it are refused unread, the root can be widened, and a named file that is not JSON is never echoed.
/// </summary>
public sealed class FixtureContainmentTests : IDisposable
{
    private const string Secret = "password=hunter2 token=ghp_0123456789";
    private readonly string _base = Directory.CreateTempSubdirectory("creditrules-containment-").FullName;

    public FixtureContainmentTests()
    {
        // <base>/project (a solution marker makes it the default root) holds the fixture and a copy of the samples;
        // <base>/outside holds a file that must never be reached.
        Project = Path.Combine(_base, "project");
        Directory.CreateDirectory(Path.Combine(Project, "fixtures"));
        Directory.CreateDirectory(Path.Combine(Project, "samples"));
        File.WriteAllText(Path.Combine(Project, "global.json"), "{}");
        foreach (var file in Directory.GetFiles(RepositoryRoot.File("samples"), "*.json"))
        {
            File.Copy(file, Path.Combine(Project, "samples", Path.GetFileName(file)));
        }

        Directory.CreateDirectory(Path.Combine(_base, "outside"));
        File.WriteAllText(Path.Combine(_base, "outside", "secrets.json"), Secret + "\n");
    }

    private string Project { get; }

    public void Dispose() => Directory.Delete(_base, recursive: true);

    private string Fixture(string catalog)
    {
        var path = Path.Combine(Project, "fixtures", "ada.json");
        File.WriteAllText(path, """
            {
              "schemaVersion": 1,
              "documents": { "catalog": "{{catalog}}", "policies": "../samples/policies.json", "learners": "../samples/learners.json" },
              "learner": "ada",
              "claim": { "courseId": "uci-precalculus", "institutionId": "eastern-state", "programId": "aa-general" },
              "asOf": "2014-06-30",
              "expect": { "outcome": "Eligible", "creditsGranted": "3 SH", "nextStepCodes": [] }
            }
            """.Replace("{{catalog}}", catalog.Replace("\\", "/", StringComparison.Ordinal), StringComparison.Ordinal));
        return path;
    }

    [Fact]
    public void LoadFile_DocumentsInsideTheRoot_Load()
    {
        var result = ScenarioFixture.LoadFile(Fixture("../samples/catalog.json"));

        result.IsSuccess.Should().BeTrue(string.Join("\n", result.Errors));
    }

    [Theory]
    [InlineData("../../outside/secrets.json")]
    [InlineData("{{absolute}}")]
    public void LoadFile_PathOutsideTheRoot_IsRefusedUnread(string reference)
    {
        var named = reference.Replace("{{absolute}}", Path.Combine(_base, "outside", "secrets.json"), StringComparison.Ordinal).Replace("\\", "/", StringComparison.Ordinal);

        var result = ScenarioFixture.LoadFile(Fixture(named));

        result.IsSuccess.Should().BeFalse();
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(DocumentErrorCode.InvalidValue);
        error.Path.Should().Be("$.documents.catalog");
        error.Message.Should().Be("documents.catalog names '" + named + "', which leads outside the fixture's document root '" + Project
            + "'; documents must lie under it (widen it with the document root option, --document-root).");
        string.Join("\n", result.Errors).Should().NotContain("hunter2");
    }

    [Fact]
    public void LoadFile_SymbolicLinkOutOfTheRoot_IsRefused()
    {
        var link = Path.Combine(Project, "samples", "linked.json");
        try
        {
            File.CreateSymbolicLink(link, Path.Combine(_base, "outside", "secrets.json"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Assert.Skip("symbolic links cannot be created here: " + ex.Message);
        }

        var result = ScenarioFixture.LoadFile(Fixture("../samples/linked.json"));

        result.Errors.Should().ContainSingle().Which.Message.Should().Be("documents.catalog names '../samples/linked.json', which leads outside the fixture's document root '" + Project
            + "' through a symbolic link; documents must lie under it (widen it with the document root option, --document-root).");
        string.Join("\n", result.Errors).Should().NotContain("hunter2");
    }

    [Fact]
    public void LoadFile_WidenedRoot_ReadsTheFileButNeverEchoesNonJsonContent()
    {
        var result = ScenarioFixture.LoadFile(Fixture("../../outside/secrets.json"), _base);

        result.IsSuccess.Should().BeFalse();
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(DocumentErrorCode.JsonSyntax);
        error.Message.Should().Be("the catalog document '../../outside/secrets.json' does not load: " + Path.Combine(_base, "outside", "secrets.json")
            + ":1:1: JsonSyntax: the file is not a JSON document of the expected kind; its content is not shown.");
        string.Join("\n", result.Errors.Select(e => e.Message + " " + e.AttemptedValue)).Should().NotContain("hunter2").And.NotContain("ghp_");
    }

    [Fact]
    public void RunFiles_WithDocumentRoot_AppliesItToEveryFixture()
    {
        Fixture("../../outside/secrets.json");

        var confined = ScenarioRunner.RunFiles([Path.Combine(Project, "fixtures")], Project);

        confined.InvalidFixtures.Should().ContainSingle().Which.Errors.Should().ContainSingle().Which.Code.Should().Be(DocumentErrorCode.InvalidValue);
    }
}
