using System.Text.Json;
using Spectre.Console.Testing;

namespace CreditRules.Cli.Tests;

/// <summary>Record-level output of <c>evaluate</c>, and the <c>whatif</c> and <c>diff</c> commands, on the bundled samples (learner kim unless named).</summary>
public sealed class RecordCommandTests
{
    private static (int ExitCode, string Console, string Stdout) Run(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 400;   // wide enough that no line wraps
        using var stdout = new StringWriter();
        var exitCode = Program.Run(args, console, stdout);
        return (exitCode, console.Output, stdout.ToString());
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static string[] Lines(string console) => console.Split('\n').Select(l => l.TrimEnd()).ToArray();

    [Fact]
    public void Evaluate_BundledSamples_PrintsKimsRecordTotalsAndAwards()
    {
        var (exitCode, console, _) = Run("evaluate");

        exitCode.Should().Be(0);
        var lines = Lines(console);
        lines.Should().ContainSingle(l => l.StartsWith("── Record · kim → eastern-state/aa-general as of 2014-06-30 ─", StringComparison.Ordinal));
        lines.Should().Contain("granted now 3 SH · posted prior credit 39 SH · residency outstanding 9 SH · posting fee due (none)");
        lines.Should().Contain("cap external-45 (45 SH of all external credit): 39 SH posted + 3 SH allocated of 45 SH, 3 SH remaining");
        lines.Should().Contain("1. duke-genetics-evolution Eligible granted 3 SH of 3 SH recommended");
        lines.Should().Contain("2. penn-calculus Eligible granted 0 SH of 4 SH recommended");
        lines.Should().Contain("     Limiting CapReached: Cap external-45 (45 SH of all external credit) reached: 3 SH of 45 SH remain, this course needs 4 SH.");
        lines.Should().Contain("record: Informational ResidencyOutstanding: Program aa-general requires 15 SH in residence; 6 SH earned, 9 SH outstanding. Credit by evaluation never counts toward residency.");
    }

    [Fact]
    public void Evaluate_BundledSamples_RecordSectionsOnlyForGroupsWhereRecordRulesMatter()
    {
        var (_, console, _) = Run("evaluate");

        var learners = Lines(console).Where(l => l.StartsWith("── Record · ", StringComparison.Ordinal)).Select(l => l.Split(' ')[3]).ToArray();
        learners.Should().Equal("kim", "noor", "wes", "ivy", "lee", "pat", "mae");   // the learners with several claims or prior credit, in document order
    }

    [Fact]
    public void Evaluate_BundledSamples_KeepsThePerClaimSummaryTable()
    {
        var (_, console, _) = Run("evaluate");

        var lines = Lines(console);
        // Record-aware: of the claims eligible alone, 4 are held until local credit is earned (Incomplete) and 2 refused by record rules; 2 incomplete alone are refused.
        lines.Should().Contain("  Eligible             27");
        lines.Should().Contain("  Incomplete           29");
        lines.Should().Contain("  NotEligible          24");
    }

    [Fact]
    public void Evaluate_JsonWithRecords_HoldsDecisionsAndOneRecordPerGroup()
    {
        var (exitCode, console, stdout) = Run("evaluate", "--json", "--records");

        exitCode.Should().Be(0);
        console.Should().BeEmpty();
        var root = Parse(stdout);
        root.GetProperty("decisions").GetArrayLength().Should().Be(80);
        root.GetProperty("records").GetArrayLength().Should().Be(73);   // 66 single-claim learners + kim, noor, wes, ivy, lee, pat, mae
    }

    [Fact]
    public void Evaluate_JsonWithRecords_EveryRecordLevelReasonAppearsInTheSamples()
    {
        var (_, _, stdout) = Run("evaluate", "--json", "--records");

        var records = Parse(stdout).GetProperty("records").EnumerateArray().ToArray();
        var codes = records.SelectMany(r => r.GetProperty("reasons").EnumerateArray()
                .Concat(r.GetProperty("awards").EnumerateArray().SelectMany(a => a.GetProperty("recordReasons").EnumerateArray())))
            .Select(x => x.GetProperty("code").GetString())
            .Distinct()
            .Order(StringComparer.Ordinal);
        codes.Should().Equal(
            "AreaAssigned", "AreaRedirected", "CapOverflowToElectives", "CapPartiallyApplied", "CapReached", "DuplicateBelowBlockingGrade", "DuplicateOfPriorCredit", "DuplicateWithinRequest",
            "LocalCreditsRequired", "LowerAfterAdvanced", "PostedCreditExceedsCap", "PostingFeeDue", "PostingFeePaid", "PostingFeeWaived", "ResidencyOutstanding");
    }

    [Theory]
    [InlineData("pat", "3 SH", "USD 380.00")]   // 125 once + 85 x 3
    [InlineData("lee", "6 SH", "USD 0.00")]     // a veteran: waived
    [InlineData("mae", "0 SH", "USD 0.00")]     // 3 SH held until 5 SH are earned locally; the posting fee is recorded as paid on 2014-06-02
    public void Evaluate_JsonWithRecords_PostingFeeDue(string learnerId, string granted, string fee)
    {
        var (_, _, stdout) = Run("evaluate", "--json", "--records");

        var record = Parse(stdout).GetProperty("records").EnumerateArray().Single(r => r.GetProperty("learnerId").GetString() == learnerId);
        record.GetProperty("creditsGranted").GetProperty("text").GetString().Should().Be(granted);
        record.GetProperty("postingFeeDue").GetProperty("text").GetString().Should().Be(fee);
    }

    [Fact]
    public void Evaluate_Records_ShowsEveryGroup()
    {
        var (_, console, _) = Run("evaluate", "--records");

        Lines(console).Count(l => l.StartsWith("── Record · ", StringComparison.Ordinal)).Should().Be(73);
    }

    [Fact]
    public void Evaluate_JsonWithRecords_IsDeterministic()
    {
        Run("evaluate", "--json", "--records").Stdout.Should().Be(Run("evaluate", "--json", "--records").Stdout);
    }

    [Fact]
    public void Evaluate_JsonWithoutRecords_IsStillThePerClaimArray()
    {
        var (_, _, stdout) = Run("evaluate", "--json");

        Parse(stdout).ValueKind.Should().Be(JsonValueKind.Array);
    }

    [Fact]
    public void WhatIf_Default_AssumesTheMissingExamAndFeeAndMarksThemHypothetical()
    {
        var (exitCode, console, stdout) = Run("whatif");

        exitCode.Should().Be(0);
        stdout.Should().BeEmpty();
        var lines = Lines(console);
        lines.Should().Contain("HYPOTHETICAL — assumes facts not on record:");
        lines.Should().Contain("  • ProctoredExam fee for duke-bioelectricity paid on 2014-06-16");
        lines.Should().Contain("  • exam for duke-bioelectricity passed with 80 (percent) on 2014-06-20");
        lines.Should().Contain("-- duke-bioelectricity Incomplete granted 0 SH of 3 SH recommended");
        lines.Should().Contain("3. duke-bioelectricity Eligible granted 3 SH of 3 SH recommended");
    }

    [Fact]
    public void WhatIf_Default_PrintsTheSmallestChangeLines()
    {
        var (_, console, _) = Run("whatif");

        var lines = Lines(console);
        lines.Should().Contain("     smallest change (FreeCapRoom): Cap external-45 reached: 3 SH of 45 SH remain, this course needs 4 SH.");
        lines.Should().Contain("     smallest change (PayFee): Pay the USD 90.00 exam fee.");
        lines.Should().Contain("     smallest change (PassExam): Pass the proctored exam by 2016-01-31, the last day version 1 is valid (exam fee USD 90.00).");
    }

    [Fact]
    public void WhatIf_Json_GivesBothDecisionsWithTotals()
    {
        var (exitCode, console, stdout) = Run("whatif", "--json");

        exitCode.Should().Be(0);
        console.Should().BeEmpty();
        var root = Parse(stdout);
        var onRecord = root.GetProperty("onRecord");
        var whatIf = root.GetProperty("whatIf");
        onRecord.GetProperty("hypothetical").GetBoolean().Should().BeFalse();
        onRecord.GetProperty("creditsGranted").GetProperty("text").GetString().Should().Be("3 SH");
        onRecord.GetProperty("capRemaining").GetProperty("text").GetString().Should().Be("3 SH");
        whatIf.GetProperty("hypothetical").GetBoolean().Should().BeTrue();
        whatIf.GetProperty("hypotheses").EnumerateArray().Select(h => h.GetString()).Should().Equal(
            "ProctoredExam fee for duke-bioelectricity paid on 2014-06-16",
            "exam for duke-bioelectricity passed with 80 (percent) on 2014-06-20");
        whatIf.GetProperty("creditsGranted").GetProperty("text").GetString().Should().Be("6 SH");
        whatIf.GetProperty("capRemaining").GetProperty("text").GetString().Should().Be("0 SH");
        var calculus = onRecord.GetProperty("awards").EnumerateArray().Single(a => a.GetProperty("courseId").GetString() == "penn-calculus");
        calculus.GetProperty("smallestChanges").EnumerateArray().Select(c => c.GetProperty("message").GetString())
            .Should().Equal("Cap external-45 reached: 3 SH of 45 SH remain, this course needs 4 SH.");
    }

    [Fact]
    public void WhatIf_AnotherProgram_DecidesAgainstItsTotals()
    {
        var (exitCode, _, stdout) = Run("whatif", "--json", "--program", "asn-nursing");

        exitCode.Should().Be(0);
        var whatIf = Parse(stdout).GetProperty("whatIf");
        whatIf.GetProperty("programId").GetString().Should().Be("asn-nursing");
        whatIf.GetProperty("residencyOutstanding").GetProperty("text").GetString().Should().Be("12 SH");   // 18 SH required, 6 SH earned
        whatIf.GetProperty("creditsGranted").GetProperty("text").GetString().Should().Be("0 SH");          // the nursing core refuses ACE credit
    }

    [Fact]
    public void Diff_AsOfShiftAndExam_NamesTheInputThatCausedEachChange()
    {
        var (exitCode, console, _) = Run("diff", "--as-of", "2016-02-15", "--exam-passed", "duke-bioelectricity:80:2016-02-01");

        exitCode.Should().Be(0);
        var lines = Lines(console);
        lines.Should().Contain("  • as-of date 2014-06-30 → 2016-02-15");
        lines.Should().Contain("  • hypothesis added: exam for duke-bioelectricity passed with 80 (percent) on 2016-02-01");
        lines.Should().Contain("duke-bioelectricity: Incomplete → NotEligible, 0 SH → 0 SH (0 SH)");
        var expired = Array.IndexOf(lines, "  + RecommendationExpired [recommendation.version] Exhibit ACE-COUR-0001 has no version in effect on or after 2016-02-15; the last ended on 2016-01-31.");
        expired.Should().BePositive();
        lines[expired + 1].Should().Be("      caused by: as-of date 2014-06-30 → 2016-02-15");
        lines.Should().Contain("duke-genetics-evolution: unchanged (Eligible, 3 SH)");
    }

    [Fact]
    public void Diff_Json_ListsInputChangesAndCourseDeltas()
    {
        var (exitCode, console, stdout) = Run("diff", "--json", "--as-of", "2016-02-15", "--exam-passed", "duke-bioelectricity:80:2016-02-01");

        exitCode.Should().Be(0);
        console.Should().BeEmpty();
        var root = Parse(stdout);
        root.GetProperty("inputChanges").EnumerateArray().Select(c => c.GetProperty("kind").GetString()).Should().Equal("AsOf", "HypothesisAdded");
        var bio = root.GetProperty("courses").EnumerateArray().Single(c => c.GetProperty("courseId").GetString() == "duke-bioelectricity");
        bio.GetProperty("outcomeBefore").GetString().Should().Be("Incomplete");
        bio.GetProperty("outcomeAfter").GetString().Should().Be("NotEligible");
        bio.GetProperty("reasonChanges").EnumerateArray()
            .Single(c => c.GetProperty("code").GetString() == "RecommendationNotInEffect")
            .GetProperty("causedBy").EnumerateArray().Select(c => c.GetProperty("kind").GetString()).Should().Equal("HypothesisAdded");
        root.GetProperty("before").GetProperty("asOf").GetString().Should().Be("2014-06-30");
        root.GetProperty("after").GetProperty("asOf").GetString().Should().Be("2016-02-15");
    }

    [Fact]
    public void Diff_DefaultWhatIf_GrantsBioelectricityAndUsesTheLastCapRoom()
    {
        var (_, _, stdout) = Run("diff", "--json");

        var root = Parse(stdout);
        root.GetProperty("totalDelta").GetString().Should().Be("+3 SH");
        var bio = root.GetProperty("courses").EnumerateArray().Single(c => c.GetProperty("courseId").GetString() == "duke-bioelectricity");
        bio.GetProperty("creditDelta").GetString().Should().Be("+3 SH");
    }

    [Fact]
    public void WhatIf_UnknownLearner_ExitsTwoNamingTheKnownOnes()
    {
        var (exitCode, console, stdout) = Run("whatif", "--learner", "nobody");

        exitCode.Should().Be(2);
        console.Should().BeEmpty();
        stdout.Should().StartWith("--learner: 'nobody' is not a learner with claims in the learner document; known: ada, ");
    }

    [Fact]
    public void Diff_MissingLearnerDocument_ExitsTwo()
    {
        var (exitCode, _, stdout) = Run("diff", "--learners", "no-such-file.json");

        exitCode.Should().Be(2);
        stdout.TrimEnd().Should().Be("no-such-file.json: no such file.");
    }

    [Fact]
    public void Diff_EnrolledUnderAnotherCatalogYear_SelectsThatYearsPolicyVersion()
    {
        // cora is enrolled at american-college (policy versions selected by catalog year) under 2013-2014: acl-2013-07.
        // Under catalog year 2012-2013 no version is in effect on its first day (acl-2013-07 starts 2013-07-01).
        var (exitCode, console, stdout) = Run("diff", "--learner", "cora", "--json", "--enrolled", "2014-01-13:2012-2013");

        (exitCode, console).Should().Be((0, string.Empty));
        var root = Parse(stdout);
        root.GetProperty("inputChanges").EnumerateArray().Select(c => c.GetProperty("text").GetString()).Should().Contain("hypothesis added: enrolled in american-college/bs-business on 2014-01-13 under catalog year 2012-2013");
        var course = root.GetProperty("courses").EnumerateArray().Single();
        (course.GetProperty("outcomeBefore").GetString(), course.GetProperty("outcomeAfter").GetString()).Should().Be(("Eligible", "NotEligible"));
        course.GetProperty("reasonChanges").EnumerateArray().Should().Contain(c => c.GetProperty("code").GetString() == "NoPolicyForCatalogYear" && c.GetProperty("kind").GetString() == "Appeared");
    }

    [Fact]
    public void WhatIf_EnrolledOnADateOnly_StatesNoCatalogYear()
    {
        var (exitCode, _, stdout) = Run("whatif", "--learner", "cora", "--json", "--enrolled", "2014-02-01");

        exitCode.Should().Be(0);
        Parse(stdout).GetProperty("whatIf").GetProperty("hypotheses").EnumerateArray().Select(h => h.GetString()).Should().Equal("enrolled in american-college/bs-business on 2014-02-01");
    }

    [Fact]
    public void Letter_EnrolledUnderAnotherCatalogYear_TheWhatIfSectionAssumesIt()
    {
        // The letter takes the same hypothesis options as whatif and diff (one parser): cora under catalog year 2012-2013.
        var (exitCode, console, stdout) = Run("letter", "--learner", "cora", "--institution", "american-college", "--program", "bs-business", "--enrolled", "2014-01-13:2012-2013", "--json");

        (exitCode, console).Should().Be((0, string.Empty));
        var whatIf = Parse(stdout).GetProperty("whatIf");
        whatIf.GetProperty("assumptions").EnumerateArray().Single().GetString().Should().EndWith(" on 2014-01-13 under catalog year 2012-2013");
        var course = whatIf.GetProperty("courses").EnumerateArray().Single();
        course.GetProperty("outcome").GetString().Should().Be("NotEligible");
        course.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()).Should().Contain("NoPolicyForCatalogYear");
    }

    [Theory]
    [InlineData("2014-01-13:2013")]
    [InlineData("2014-01-13:2013-2015")]
    [InlineData("2014-13-01")]
    [InlineData("2014-01-13:2013-2014:x")]
    public void WhatIf_BadEnrolledOption_ExitsTwoNamingTheForm(string value)
    {
        var (exitCode, console, stdout) = Run("whatif", "--enrolled", value);

        exitCode.Should().Be(2);
        console.Should().BeEmpty();
        stdout.TrimEnd().Should().Be("--enrolled: '" + value + "' is not yyyy-MM-dd or yyyy-MM-dd:yyyy-yyyy (an enrolment date, optionally with a catalog year such as 2013-2014).");
    }

    [Fact]
    public void WhatIf_BadExamOption_ExitsTwo()
    {
        var (exitCode, console, stdout) = Run("whatif", "--exam-passed", "duke-bioelectricity:80");

        exitCode.Should().Be(2);
        console.Should().BeEmpty();
        stdout.TrimEnd().Should().Be("--exam-passed: 'duke-bioelectricity:80' is not course:score:yyyy-MM-dd with a percent score.");
    }
}
