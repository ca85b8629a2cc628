using System.Text.Json;
using System.Text.RegularExpressions;
using Spectre.Console.Testing;

namespace CreditRules.Cli.Tests;

/// <summary>
/// <c>evaluate</c>, <c>whatif</c> and <c>diff</c> on the scoped model: each decision names the settings applied with the scope
/// that supplied each (institution policy, program, program override), how the policy version was selected (catalog year,
/// enrolment date or as-of date) and the requirement area its credit lands in.
/// </summary>
public sealed class SettingScopeOutputTests
{
    private static (int ExitCode, string Console, string Stdout) Run(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 400;   // wide enough that no line wraps
        using var stdout = new StringWriter();
        var exitCode = Program.Run(args, console, stdout);
        return (exitCode, console.Output, stdout.ToString());
    }

    private static string[] Lines(string console) => console.Split('\n').Select(l => l.TrimEnd()).ToArray();

    private static string[] Block(string console, string learner)
    {
        var lines = Lines(console);
        var start = Array.FindIndex(lines, l => l.StartsWith("── " + learner + " · ", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("── ", StringComparison.Ordinal));
        return lines[start..end];
    }

    [Fact]
    public void Evaluate_CatalogYearLearner_ShowsTheSelectionAndEachSettingWithItsScope()
    {
        var (exitCode, console, _) = Run("evaluate");

        exitCode.Should().Be(0);
        var cora = Block(console, "cora");
        cora.Should().Contain("policy selected: acl-2013-07 by catalog year 2013-2014 (starting 2013-07-01)");
        cora.Should().Contain(l => Regex.IsMatch(l, @"│ MinimumScore +│ 80 \(percent\)") && l.Contains("│ institution policy acl-2013-07 │", StringComparison.Ordinal));
        cora.Should().Contain("area: (none: the program lists no requirement area for this course)");
        Block(console, "dirk").Should().Contain(l => l.Contains("NoPolicyForCatalogYear", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_ProgramSettings_NameTheProgramScope_AndTheArea()
    {
        var (_, console, _) = Run("evaluate");

        // kim's genetics course lands in aa-general's gen-ed area, whose setting the program states.
        var kim = Block(console, "kim");
        kim.Should().Contain("area: gen-ed (area setting from program aa-general)");
        kim.Should().Contain(l => Regex.IsMatch(l, @"│ AcceptedLevels +│ LowerDivision, UpperDivision ") && l.Contains("│ institution policy eastern-2013 │", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_AreaSetting_NamesItsAreaOnce()
    {
        var (_, console, stdout) = Run("evaluate", "--json");
        using var document = JsonDocument.Parse(stdout);
        var ada = document.RootElement.EnumerateArray().Single(d => d.GetProperty("learnerId").GetString() == "ada");
        ada.GetProperty("settings").EnumerateArray().Single(s => s.GetProperty("setting").GetString() == "AreaLimit").GetProperty("value").GetString()
            .Should().Be("area gen-ed: at most 20 % of the area (Floor(1)), redirect to electives");

        var (_, table, _) = Run("evaluate");
        Block(table, "ada").Should().Contain(l => Regex.IsMatch(l, @"│ AreaLimit +│ area gen-ed: at most 20 % of the area \(Floor\(1\)\), redirect to electives +│ program aa-general +│"));
        console.Should().BeEmpty("--json writes the decisions to standard output only");
    }

    [Fact]
    public void Evaluate_RecordLevelAward_NamesTheAreaScopeAsTheClaimAndItsReasonsDo()
    {
        var (_, console, _) = Run("evaluate");

        // One wording for the area's scope: the claim's area line, the record-level award and the AreaAssigned reason.
        var lines = Lines(console);
        lines.Should().Contain("area: gen-ed (area setting from program aa-general)");
        lines.Should().Contain("     area gen-ed (area setting from program aa-general) · policy eastern-2013 by as-of date 2014-06-30");
        lines.Should().Contain("     Informational AreaAssigned: 3 SH counts in requirement area gen-ed, 3 SH of the 7 SH it takes by evaluation used after this course (area setting from program aa-general).");
    }

    [Fact]
    public void EvaluateJson_EachDecision_CarriesSettingsSelectionAndArea()
    {
        var (_, _, stdout) = Run("evaluate", "--json");

        using var document = JsonDocument.Parse(stdout);
        var decisions = document.RootElement.EnumerateArray().ToArray();
        var cora = decisions.Single(d => d.GetProperty("learnerId").GetString() == "cora");
        JsonSerializer.Serialize(cora.GetProperty("policySelection")).Should().Be("""{"by":"CatalogYear","date":"2013-07-01","policyVersion":"acl-2013-07","enrolledOn":"2014-01-13","catalogYear":"2013-2014"}""");
        cora.GetProperty("settings").EnumerateArray().Should().Contain(s => s.GetProperty("setting").GetString() == "MinimumScore" && s.GetProperty("scope").GetString() == "InstitutionPolicy" && s.GetProperty("value").GetString() == "80 (percent)");
        cora.TryGetProperty("area", out _).Should().BeFalse("the program lists no area for the course");
        var kim = decisions.Single(d => d.GetProperty("learnerId").GetString() == "kim" && d.GetProperty("courseId").GetString() == "duke-genetics-evolution");
        JsonSerializer.Serialize(kim.GetProperty("area")).Should().Be("""{"areaId":"gen-ed","scope":"Program"}""");
        kim.GetProperty("policySelection").GetProperty("by").GetString().Should().Be("AsOfDate");
    }

    [Fact]
    public void WhatIf_AnotherProgramWithItsOwnMinimumScore_NamesTheProgramScope()
    {
        var (exitCode, console, _) = Run("whatif", "--learner", "kim", "--program", "aas-engineering-tech", "--exam-passed", "duke-bioelectricity:72:2014-06-20", "--fee-paid", "duke-bioelectricity:2014-06-16");

        exitCode.Should().Be(0);
        var lines = Lines(console);
        var whatIf = Array.FindIndex(lines, l => l.StartsWith("── What-if · kim → eastern-state/aas-engineering-tech", StringComparison.Ordinal));
        whatIf.Should().BePositive();
        lines[..whatIf].Should().Contain("     setting AcceptedLevels LowerDivision, UpperDivision from institution policy eastern-2013").And.NotContain(l => l.Contains("MinimumScore", StringComparison.Ordinal));
        lines[whatIf..].Should().Contain("     setting MinimumScore 75 (percent) from program aas-engineering-tech");
        lines[whatIf..].Should().Contain("     setting AcceptedLevels VocationalCertificate, LowerDivision, UpperDivision from program aas-engineering-tech");
        // The minimum is the program's own setting, so the reason names the program, as the setting line above does (not "institution").
        lines[whatIf..].Should().Contain("     Blocking ScoreBelowMinimum: Exam score 72 is 3 point(s) below the program aas-engineering-tech minimum 75.");
    }

    [Fact]
    public void Diff_AnotherProgramWithItsOwnMinimumScore_ShowsTheSettingChangeWithItsScopeAndItsEffect()
    {
        var (exitCode, console, _) = Run("diff", "--learner", "kim", "--program", "aas-engineering-tech", "--exam-passed", "duke-bioelectricity:72:2014-06-20", "--fee-paid", "duke-bioelectricity:2014-06-16");

        exitCode.Should().Be(0);
        var lines = Lines(console);
        lines.Should().Contain("  • program aa-general → aas-engineering-tech");
        var course = Array.IndexOf(lines, "duke-bioelectricity: Incomplete → NotEligible, 0 SH → 0 SH (0 SH)");
        course.Should().BePositive();
        lines[(course + 1)..(course + 4)].Should().Equal(
            "  - setting AcceptedLevels LowerDivision, UpperDivision from institution policy eastern-2013",
            "  + setting AcceptedLevels VocationalCertificate, LowerDivision, UpperDivision from program aas-engineering-tech",
            "  + setting MinimumScore 75 (percent) from program aas-engineering-tech");
        lines.Should().Contain("  + ScoreBelowMinimum [institution.minimum-score] Exam score 72 is 3 point(s) below the program aas-engineering-tech minimum 75.");
        // The area the credit lands in changes with the program: aas-engineering-tech lists no areas.
        lines.Should().Contain("  - area gen-ed (area setting from program aa-general)").And.Contain("  + area (none)");
    }

    [Fact]
    public void DiffJson_EachCourse_CarriesTheSettingAndAreaChangesTheTableShows()
    {
        string[] args = ["diff", "--learner", "kim", "--program", "aas-engineering-tech", "--exam-passed", "duke-bioelectricity:72:2014-06-20", "--fee-paid", "duke-bioelectricity:2014-06-16"];
        var (_, console, _) = Run(args);
        var (exitCode, _, stdout) = Run([.. args, "--json"]);

        exitCode.Should().Be(0);
        using var document = JsonDocument.Parse(stdout);
        var course = document.RootElement.GetProperty("courses").EnumerateArray().Single(c => c.GetProperty("courseId").GetString() == "duke-bioelectricity");
        var changes = course.GetProperty("settingChanges").EnumerateArray()
            .Select(c => (c.GetProperty("change").GetString() == "Removed" ? "  - " : "  + ") + c.GetProperty("text").GetString()).ToArray();
        changes.Should().Equal(
            "  - setting AcceptedLevels LowerDivision, UpperDivision from institution policy eastern-2013",
            "  + setting AcceptedLevels VocationalCertificate, LowerDivision, UpperDivision from program aas-engineering-tech",
            "  + setting MinimumScore 75 (percent) from program aas-engineering-tech");
        Lines(console).Should().Contain(changes, "the table lists the same changes");
        // The genetics course's credit leaves aa-general's gen-ed area: aas-engineering-tech lists no areas.
        var genetics = document.RootElement.GetProperty("courses").EnumerateArray().Single(c => c.GetProperty("courseId").GetString() == "duke-genetics-evolution");
        genetics.GetProperty("settingChanges").EnumerateArray().Where(c => c.GetProperty("kind").GetString() == "Area").Select(c => JsonSerializer.Serialize(c)).Should().Equal(
            """{"change":"Removed","kind":"Area","text":"area gen-ed (area setting from program aa-general)"}""",
            """{"change":"Added","kind":"Area","text":"area (none)"}""");
    }
}
