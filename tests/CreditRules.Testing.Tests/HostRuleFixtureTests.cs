using CreditRules.Testing.Tests.Support;
using CreditRules.Tests.Engine;
using CreditRules.Tests.Fixtures;

namespace CreditRules.Testing.Tests;

/// <summary>Fixtures naming host rules by id (tests/scenarios/host), run by a <see cref="ScenarioFixtureRunner"/> that registers the rule instances.</summary>
public sealed class HostRuleFixtureTests
{
    private static readonly string Folder = RepositoryRoot.File("tests", "scenarios", "host");

    private static readonly ScenarioFixtureRunner Runner = new ScenarioFixtureRunner()
        .WithHostRule(new ProgramAdmissionRule())
        .WithHostRecordRule(new OneCoursePerRecordRule());

    public static IEnumerable<object[]> Fixtures => ScenarioFixture.MemberData(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void RunFile_HostRuleFixture_PassesOnBothPaths(string file)
    {
        Runner.RunFile(Path.Combine(Folder, file)).EnsurePassed();
    }

    [Fact]
    public void RunFiles_HostRuleFixtures_CoverTheRegisteredHostRulesAndTheRecordRules()
    {
        var report = Runner.RunFiles([Folder]);

        TestContext.Current.TestOutputHelper?.WriteLine(report.Coverage.ToReport());
        report.Passed.Should().BeTrue(string.Join("\n", report.Failures.SelectMany(f => f.Mismatches)));
        report.RecordResults.Should().HaveCount(2);
        report.Results.Should().HaveCount(1);
        var rules = report.Coverage.Rules.ToDictionary(r => r.RuleId, r => r.ToString());
        // One claim of ada and two claims in each of two records.
        rules["host.program-admission"].Should().Be("host.program-admission: Failed");
        rules["host.one-course-per-record"].Should().Be("host.one-course-per-record: Failed", "it refused Calculus, and ran only in the fixture naming it");
        rules["record.duplicates"].Should().Be("record.duplicates: Passed");
        report.Coverage.Rules.Single(r => r.RuleId == "host.program-admission").Evaluations.Should().Be(3);
        report.Coverage.ReasonCodesExercised.Should().Contain(["NotAdmittedToProgram", "HostOneCoursePerRecord", "ResidencyOutstanding"]);
        // The vocabulary lists every registered host rule after the built-in rules, even one no fixture named.
        new ScenarioFixtureRunner().WithHostRule(new ProgramAdmissionRule()).RunFiles([Path.Combine(Folder, "host-claim-rule-ada-not-admitted.json")])
            .Coverage.Rules.Select(r => r.RuleId).Should().Contain("host.program-admission");
    }

    [Fact]
    public void RunFiles_HostRuleNotRegistered_ReportsTheFixtureFieldAndId()
    {
        var path = Path.Combine(Folder, "host-record-rule-kim-one-course.json");
        var line = Array.FindIndex(File.ReadAllLines(path), l => l.Contains("\"host.one-course-per-record\"", StringComparison.Ordinal)) + 1;

        var report = new ScenarioFixtureRunner().WithHostRule(new ProgramAdmissionRule()).RunFiles([path]);

        report.Passed.Should().BeFalse();
        var invalid = report.InvalidFixtures.Should().ContainSingle().Subject;
        invalid.Path.Should().Be(path);
        invalid.Errors.Select(e => e.Path + " (" + e.Line + ") " + e.Code + ": " + e.Message + " [value " + e.AttemptedValue + "]").Should().Equal(
            "$.hostRecordRules[0] (" + line + ") UnknownReference: hostRecordRules[0] names 'host.one-course-per-record', which is not a host record rule (IRecordRule) registered with the runner (registered: none); register it in C# with ScenarioFixtureRunner.WithHostRecordRule. [value host.one-course-per-record]");
        var act = () => ScenarioRunner.RunFile(Path.Combine(Folder, "host-claim-rule-ada-not-admitted.json"));
        act.Should().Throw<Documents.DocumentValidationException>().Which.Message.Should()
            .Contain("host-claim-rule-ada-not-admitted.json").And
            .Contain("$.hostRules[0]").And
            .Contain("hostRules[0] names 'host.program-admission', which is not a host claim rule (IEligibilityRule) registered with the runner (registered: none); register it in C# with ScenarioFixtureRunner.WithHostRule.");
    }

    [Fact]
    public void WithHostRule_BuiltInOrRegisteredId_ThrowsNamingTheId()
    {
        var runner = new ScenarioFixtureRunner().WithHostRule(new ProgramAdmissionRule());

        var again = () => runner.WithHostRule(new ProgramAdmissionRule());
        var builtIn = () => runner.WithHostRecordRule(new NamedRecordRule("record.cap"));

        again.Should().Throw<ArgumentException>().WithParameterName("rule").Which.Message.Should()
            .Be("Host rule id 'host.program-admission' is already registered with this runner; give each host rule its own id. (Parameter 'rule')");
        builtIn.Should().Throw<ArgumentException>().WithParameterName("rule").Which.Message.Should()
            .Be("Host rule id 'record.cap' is the id of a built-in rule; give the host rule its own id. (Parameter 'rule')");
        runner.HostRules.Select(r => r.Id).Should().Equal("host.program-admission");
        new ScenarioFixtureRunner().HostRules.Should().BeEmpty("each With method returns a new runner");
    }

    private sealed class NamedRecordRule(string id) : IRecordRule
    {
        public string Id => id;

        public void Apply(RecordRuleContext context)
        {
        }
    }
}
