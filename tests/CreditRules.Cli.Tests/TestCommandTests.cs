using CreditRules.Testing;
using CreditRules.Tests.Fixtures;
using Spectre.Console.Testing;

namespace CreditRules.Cli.Tests;

/// <summary><c>creditrules test</c> over the project's scenario fixtures and over failing, invalid and missing ones.</summary>
public sealed class TestCommandTests : IDisposable
{
    private static readonly string Scenarios = RepositoryRoot.File("tests", "scenarios");
    private readonly string _folder = Directory.CreateTempSubdirectory("creditrules-cli-test-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int ExitCode, string Console, string Stdout) Run(params string[] args)
    {
        var console = new TestConsole().Width(240);
        var stdout = new StringWriter();
        var exitCode = Program.Run(args, console, stdout);
        return (exitCode, console.Output, stdout.ToString());
    }

    /// <summary>The project's ada fixture, moved to the temp folder with its document paths made absolute.</summary>
    private string CopyAda(string name, Func<string, string> edit)
    {
        var samples = RepositoryRoot.File("samples").Replace("\\", "/", StringComparison.Ordinal);
        var json = File.ReadAllText(Path.Combine(Scenarios, "eligible-ada.json")).Replace("../../samples", samples, StringComparison.Ordinal);
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, edit(json));
        return path;
    }

    [Fact]
    public void Test_ProjectScenarios_PassesAndPrintsTheCoverageReport()
    {
        var (exitCode, console, stdout) = Run("test", Scenarios);

        var count = Directory.GetFiles(Scenarios, "*.json").Length;
        exitCode.Should().Be(0);
        stdout.Should().Be(ScenarioRunner.RunFiles([Scenarios]).Coverage.ToReport());
        stdout.Should().Contain("Date branches never exercised: version.after-last\n").And.Contain("Program overrides never exercised: none\n");
        console.Should().Contain("eligible-ada.json").And.Contain("pass").And.NotContain("FAIL");
        console.Should().Contain(count + " scenario(s): " + count + " passed, 0 failed; 0 invalid fixture(s).");
    }

    [Fact]
    public void Test_WrongExpectation_FailsListingTheMismatch()
    {
        var wrong = CopyAda("wrong.json", json => json.Replace("\"creditsGranted\": \"3 SH\"", "\"creditsGranted\": \"4 SH\"", StringComparison.Ordinal));

        // The copy names the samples by absolute path, outside its temporary folder: widen the document root to allow it.
        var (exitCode, console, _) = Run("test", wrong, Path.Combine(Scenarios, "override-refuse-cleo-nursing.json"), "--document-root", Path.GetPathRoot(_folder)!);

        exitCode.Should().Be(1);
        console.Should().Contain("FAIL").And.Contain("CreditsGranted: expected 4 SH, got 3 SH.");
        console.Should().Contain("2 scenario(s): 1 passed, 1 failed; 0 invalid fixture(s).");
    }

    [Fact]
    public void Test_InvalidFixture_PrintsEveryLocatedErrorAndFails()
    {
        var invalid = CopyAda("invalid.json", json => json.Replace("\"asOf\": \"2014-06-30\"", "\"asOf\": \"2014-06-31\"", StringComparison.Ordinal));
        var line = Array.FindIndex(File.ReadAllLines(invalid), l => l.Contains("2014-06-31", StringComparison.Ordinal)) + 1;

        var (exitCode, console, stdout) = Run("test", _folder, "--document-root", Path.GetPathRoot(_folder)!);

        exitCode.Should().Be(1);
        stdout.Should().StartWith(
            invalid + ": 1 error; nothing was evaluated.\n"
            + invalid + ":" + line + ":11: error InvalidDate at $.asOf (value '2014-06-31'): asOf must be an ISO date (yyyy-MM-dd) that exists; got '2014-06-31'.\n");
        console.Should().Contain("0 scenario(s): 0 passed, 0 failed; 1 invalid fixture(s).");
    }

    [Fact]
    public void Test_MissingPath_ExitsWithTwo()
    {
        var (exitCode, _, stdout) = Run("test", "no-such-folder");

        exitCode.Should().Be(2);
        stdout.Should().Be("no-such-folder: no such file or folder.\n");
    }

    [Fact]
    public void Test_ProjectScenariosWithJson_PrintsResultsAndTheCoverageOfScopesAndAreas()
    {
        var (exitCode, console, stdout) = Run("test", Scenarios, "--json");

        var expected = ScenarioRunner.RunFiles([Scenarios]);
        exitCode.Should().Be(0);
        console.Should().BeEmpty();
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.GetProperty("passed").GetInt32().Should().Be(expected.AllResults.Count);
        root.GetProperty("failed").GetInt32().Should().Be(0);
        root.GetProperty("invalid").GetInt32().Should().Be(0);
        root.GetProperty("scenarios").EnumerateArray().Select(r => r.GetProperty("name").GetString()).Should().Equal(expected.AllResults.Select(r => r.Name));
        root.GetProperty("scenarios").EnumerateArray().Should().OnlyContain(r => r.GetProperty("passed").GetBoolean() && r.GetProperty("mismatches").GetArrayLength() == 0);
        var coverage = root.GetProperty("coverage");
        System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(coverage.GetRawText()), System.Text.Json.Nodes.JsonNode.Parse(expected.Coverage.ToJson()))
            .Should().BeTrue("the command prints the kit's coverage JSON");
        coverage.GetProperty("settingScopes").EnumerateArray().Select(i => i.GetProperty("id").GetString() + ": " + i.GetProperty("count").GetInt32())
            .Should().Equal(expected.Coverage.SettingScopes.Select(i => i.ToString()));
        coverage.GetProperty("settingScopes").EnumerateArray().Select(i => i.GetProperty("id").GetString()).Should().Contain(["MinimumScore from program", "AcceptedLevels from program override", "AreaLimit from area (program record settings)"]);
        coverage.GetProperty("areas").EnumerateArray().Select(a => a.GetProperty("id").GetString()).Should().Equal(expected.Coverage.Areas.Select(a => a.Id));
        coverage.GetProperty("areasNeverExercised").EnumerateArray().Select(a => a.GetString()).Should().Equal(expected.Coverage.AreasNeverExercised);
    }

    [Fact]
    public void Test_ProjectScenarios_PrintsSettingsByScopeAndRequirementAreas()
    {
        var (_, _, stdout) = Run("test", Scenarios);

        stdout.Should().Contain("Settings by scope (decisions it supplied):\n").And.Contain("Settings by scope never exercised: none\n")
            .And.Contain("Requirement areas (decisions per event):\n").And.Contain("Requirement area events never exercised:\n");
    }
}
