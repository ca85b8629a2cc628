using System.Text;
using System.Text.Json;
using CreditRules.Cli.Commands;
using Spectre.Console.Testing;

namespace CreditRules.Cli.Tests;

/// <summary>
/// The hostile-input corpus of the command line (issue 13): each input a new user or an attacker could give, with the
/// exact message the user sees. Standard output and standard error are captured apart.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("creditrules-hostile-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string FilePath(string name) => Path.Combine(_directory, name);

    private static (int ExitCode, string Console, string Stdout, string Stderr) Run(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 320;
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = Program.Run(args, console, stdout, stderr);
        return (exitCode, console.Output, stdout.ToString(), stderr.ToString());
    }

    private string[] GeneratedLines(int learners)
    {
        var path = FilePath("generated.jsonl");
        Run("generate", "--learners", learners.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "13", "--out", path).ExitCode.Should().Be(0);
        return File.ReadAllLines(path);
    }

    /// <summary>The sample learner document with the first occurrence of <paramref name="from"/> replaced.</summary>
    private string SampleLearnersWith(string name, string from, string to)
    {
        var text = File.ReadAllText(SampleDocuments.Learners);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        at.Should().BeGreaterThan(0);
        var path = FilePath(name);
        File.WriteAllText(path, text[..at] + to + text[(at + from.Length)..]);
        return path;
    }

    // 1. Invalid UTF-8 in one line of a bulk file.
    [Fact]
    public void Bulk_LineWithInvalidUtf8_IsThatLinesErrorAndTheRunGoesOn()
    {
        var generated = GeneratedLines(4);
        var input = FilePath("utf8.jsonl");
        using (var stream = File.Create(input))
        {
            foreach (var line in generated[..2])
            {
                stream.Write(Encoding.UTF8.GetBytes(line + "\n"));
            }

            stream.Write("{\"id\":\"a"u8);
            stream.WriteByte(0xFF);
            stream.Write("\"}\n"u8);
            foreach (var line in generated[2..])
            {
                stream.Write(Encoding.UTF8.GetBytes(line + "\n"));
            }
        }

        var output = FilePath("out.jsonl");
        var (exitCode, console, _, stderr) = Run("bulk", input, "--out", output, "--parallel", "1");

        exitCode.Should().Be(0);
        stderr.Should().BeEmpty();
        console.Should().Contain("Lines 5; inputs 5; outputs 5 (4 decisions, 1 errors).");
        var lines = File.ReadAllLines(output);
        lines.Should().HaveCount(5);
        lines[2].Should().Be("{\"position\":2,\"learnerId\":null,\"error\":{\"code\":\"Malformed\",\"path\":\"$\",\"attemptedValue\":\"0xFF\",\"message\":\"Line 3: Invalid UTF-8 at byte 9 (0xFF); the text must be UTF-8.\"}}");
        lines.Where((_, i) => i != 2).Should().OnlyContain(l => l.Contains("\"outcome\":", StringComparison.Ordinal));
    }

    // 2. Far-future dates: refused at load, located; --as-of outside the range refused.
    [Fact]
    public void Evaluate_FarFutureExamDate_IsALocatedErrorOnStandardError()
    {
        var learners = SampleLearnersWith("far.json", "\"startedAt\": \"2013-05-20T10:00:00-04\"", "\"startedAt\": \"9999-12-30T10:00:00Z\"");

        var (exitCode, console, stdout, stderr) = Run("evaluate", "--learners", learners, "--as-of", "2999-12-31", "--json");

        exitCode.Should().Be(1);
        stdout.Should().BeEmpty();
        console.Should().BeEmpty();
        stderr.Should().Be(
            learners + ": 1 error; nothing was evaluated.\n"
            + learners + ":41:24: error DateOutOfRange at $.learners[0].examAttempts[0].startedAt (value '9999-12-30T10:00:00Z'): '9999-12-30T10:00:00Z' is outside the supported range of dates, 1900-01-01 to 2999-12-31.\n");
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("bulk")]
    public void AsOf_OutsideTheSupportedRange_IsRefusedInOneLine(string command)
    {
        var args = command == "bulk" ? new[] { "bulk", SampleDocuments.Learners, "--as-of", "9999-12-31" } : ["evaluate", "--as-of", "9999-12-31"];

        var (exitCode, _, stdout, stderr) = Run(args);

        exitCode.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Be("--as-of: '9999-12-31' is outside the supported range of dates, 1900-01-01 to 2999-12-31.\n");
    }

    [Fact]
    public void Bulk_LineWithFarFutureExamDate_IsThatLinesError()
    {
        var line = GeneratedLines(40).First(l => l.Contains("\"startedAt\":\"", StringComparison.Ordinal));
        var at = line.IndexOf("\"startedAt\":\"", StringComparison.Ordinal) + "\"startedAt\":\"".Length;
        var end = line.IndexOf('"', at);
        var input = FilePath("far.jsonl");
        File.WriteAllText(input, line[..at] + "9999-12-30T10:00:00Z" + line[end..] + "\n");
        var output = FilePath("far.out.jsonl");

        var (exitCode, _, _, _) = Run("bulk", input, "--out", output, "--as-of", "2999-12-31");

        exitCode.Should().Be(0);
        var entry = JsonDocument.Parse(File.ReadAllLines(output).Single()).RootElement.GetProperty("error");
        entry.GetProperty("code").GetString().Should().Be("InvalidInput");
        entry.GetProperty("message").GetString().Should().Be("Line 1: '9999-12-30T10:00:00Z' is outside the supported range of dates, 1900-01-01 to 2999-12-31.");
    }

    // 3. Values the loader cannot represent: the offset date-time that overflowed, and years 0 and below.
    [Theory]
    [InlineData("9999-12-31T23:59:59-14:00")]
    [InlineData("0000-05-20T10:00:00Z")]
    [InlineData("-0001-05-20T10:00:00Z")]
    [InlineData("1899-12-31T23:59:59Z")]
    public void Evaluate_UnrepresentableDateTime_IsALocatedError(string value)
    {
        var learners = SampleLearnersWith("edge.json", "\"startedAt\": \"2013-05-20T10:00:00-04\"", "\"startedAt\": \"" + value + "\"");

        var (exitCode, _, stdout, stderr) = Run("evaluate", "--learners", learners);

        exitCode.Should().Be(1);
        stdout.Should().BeEmpty();
        stderr.Should().Be(
            learners + ": 1 error; nothing was evaluated.\n"
            + learners + ":41:24: error DateOutOfRange at $.learners[0].examAttempts[0].startedAt (value '" + value + "'): '" + value + "' is outside the supported range of dates, 1900-01-01 to 2999-12-31.\n");
    }

    // 4. Lines over the limit: one error entry naming the limit; the limit is an option.
    [Fact]
    public void Bulk_LineOverTheLimit_IsOneErrorEntryNamingTheLimit()
    {
        var generated = GeneratedLines(2);
        var input = FilePath("long.jsonl");
        File.WriteAllText(input, generated[0] + "\n{\"id\":\"" + new string('x', 2 * 1024 * 1024) + "\"}\n" + generated[1] + "\n");
        var output = FilePath("long.out.jsonl");

        var (exitCode, console, _, _) = Run("bulk", input, "--out", output);

        exitCode.Should().Be(0);
        console.Should().Contain("Lines 3; inputs 3; outputs 3 (2 decisions, 1 errors).");
        var lines = File.ReadAllLines(output);
        lines.Should().HaveCount(3);
        lines[1].Should().Be("{\"position\":1,\"learnerId\":null,\"error\":{\"code\":\"TooLarge\",\"path\":\"$\",\"attemptedValue\":null,\"message\":\"Line 2: the line is 2097161 bytes, over the limit of 1048576 bytes (--max-line-bytes); it was skipped unread.\"}}");
    }

    [Fact]
    public void Bulk_MaxLineBytesOption_SetsTheLimit()
    {
        var generated = GeneratedLines(3);
        var input = FilePath("lines.jsonl");
        File.WriteAllLines(input, generated);
        var output = FilePath("lines.out.jsonl");
        var longest = generated.Max(l => Encoding.UTF8.GetByteCount(l));

        var (exitCode, _, _, _) = Run("bulk", input, "--out", output, "--max-line-bytes", (longest - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

        exitCode.Should().Be(0);
        File.ReadAllLines(output).Should().Contain(l => l.Contains("\"code\":\"TooLarge\"", StringComparison.Ordinal) && l.Contains("over the limit of " + (longest - 1) + " bytes", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--max-line-bytes", "10", "--max-line-bytes: 10 is out of range; give 1024 to 16777216.")]
    [InlineData("--parallel", "100000", "--parallel: 100000 is out of range; give 1 to 256.")]
    [InlineData("--parallel", "0", "--parallel: 0 is out of range; give 1 to 256.")]
    [InlineData("--batch-lines", "0", "--batch-lines: 0 is out of range; give 1 to 65536.")]
    public void Bulk_OptionOutOfRange_IsOneLineAndExitCodeTwo(string option, string value, string message)
    {
        var (exitCode, _, stdout, stderr) = Run("bulk", SampleDocuments.Learners, option, value);

        exitCode.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Be(message + "\n");
    }

    [Fact]
    public void BulkHelp_DocumentsTheLimitsAndInterruption()
    {
        var (exitCode, _, stdout, _) = Run("bulk", "--help");

        exitCode.Should().Be(0);
        stdout.Should().Contain("--max-line-bytes").And.Contain("1024 to 16777216 (default 1048576, 1 MiB)")
            .And.Contain("from 1900-01-01 to 2999-12-31").And.Contain("1 to 256")
            .And.Contain("--resume").And.Contain("--partial").And.Contain("130 (SIGINT) or 143 (SIGTERM)");
    }

    // 5. Output safety: --out equal to the input, a run that fails early, a missing folder.
    [Fact]
    public void Bulk_OutIsTheInput_IsRefusedAndTheInputKept()
    {
        var input = FilePath("same.jsonl");
        File.WriteAllLines(input, GeneratedLines(3));
        var before = File.ReadAllBytes(input);

        var (exitCode, _, _, stderr) = Run("bulk", input, "--out", input);

        exitCode.Should().Be(2);
        stderr.Should().Be("--out: " + input + " is the input file; give another path, or the input would be destroyed.\n");
        File.ReadAllBytes(input).Should().Equal(before);
    }

    [Fact]
    public void Bulk_RunThatFailsEarly_LeavesThePreviousOutputAsItWas()
    {
        var input = FilePath("in.jsonl");
        File.WriteAllLines(input, GeneratedLines(3));
        var output = FilePath("previous.jsonl");
        File.WriteAllText(output, "previous run\n");

        var (exitCode, _, _, stderr) = Run("bulk", input, "--out", output, "--catalog", FilePath("absent-catalog.json"));

        exitCode.Should().Be(2);
        stderr.Should().Be(FilePath("absent-catalog.json") + ": no such file.\n");
        File.ReadAllText(output).Should().Be("previous run\n");
        File.Exists(output + ".partial").Should().BeFalse();
    }

    [Fact]
    public void Bulk_Resume_KeepsRecordsAndAsKnownOnOfTheInterruptedRun()
    {
        var input = FilePath("in.jsonl");
        File.WriteAllLines(input, GeneratedLines(3));
        var whole = FilePath("whole.jsonl");
        Run("bulk", input, "--out", whole, "--records", "--as-known-on", "2014-06-01").ExitCode.Should().Be(0);
        var expected = File.ReadAllLines(whole);
        expected.Should().HaveCount(3).And.OnlyContain(l => l.Contains("\"record\":", StringComparison.Ordinal) && l.Contains("\"asKnownOn\":\"2014-06-01\"", StringComparison.Ordinal));

        // The same run interrupted after its first line: its progress file as the run left it then.
        var output = FilePath("interrupted.jsonl");
        File.WriteAllText(output + ".partial", expected[0] + "\n");
        using (var progress = JsonDocument.Parse(File.ReadAllBytes(whole + ".progress.json")))
        {
            var state = System.Text.Json.Nodes.JsonNode.Parse(progress.RootElement.GetRawText())!.AsObject();
            state["completed"] = false;
            state["output"] = output;
            state["partialFile"] = output + ".partial";
            state["nextPosition"] = 1;
            state["nextInputOffset"] = Encoding.UTF8.GetByteCount(File.ReadAllLines(input)[0]) + 1;
            state["outputBytes"] = Encoding.UTF8.GetByteCount(expected[0]) + 1;
            state["records"]!.GetValue<bool>().Should().BeTrue();
            state["asKnownOn"]!.GetValue<string>().Should().Be("2014-06-01");
            File.WriteAllText(output + ".progress.json", state.ToJsonString());
        }

        Run("bulk", input, "--out", output, "--resume", "--records", "--as-known-on", "2014-06-02").Stderr
            .Should().Be("--resume: the interrupted run decided --as-known-on 2014-06-01, not --as-known-on 2014-06-02; resume without it.\n");
        var (exitCode, _, _, _) = Run("bulk", input, "--out", output, "--resume");

        exitCode.Should().Be(0);
        File.ReadAllLines(output).Should().Equal(expected, "the resumed lines carry records and the as-known-on date like the first");
    }

    [Fact]
    public void Bulk_ResumedAfterALearnersFirstLine_WarnsOfTheRepeatedIdLikeAnUninterruptedRun()
    {
        // Line 4 repeats the learner of line 1; the run is interrupted after line 2, so line 1 is decided before the
        // interruption and line 4 after it.
        var generated = GeneratedLines(3);
        var input = FilePath("repeat.jsonl");
        File.WriteAllLines(input, [.. generated, generated[0]]);
        var whole = FilePath("whole.jsonl");
        Run("bulk", input, "--out", whole).ExitCode.Should().Be(0);
        var expected = File.ReadAllLines(whole);
        var learnerId = JsonDocument.Parse(generated[0]).RootElement.GetProperty("id").GetString()!;
        expected[^1].Should().Be("{\"position\":3,\"learnerId\":\"" + learnerId + "\",\"warning\":{\"code\":\"DuplicateLearnerId\",\"message\":\"Line 4: the learner id '"
            + learnerId + "' already appeared on line 1; this line's claims were decided too.\"}}");

        var output = FilePath("interrupted.jsonl");
        var written = expected.TakeWhile(l => JsonDocument.Parse(l).RootElement.GetProperty("position").GetInt64() < 2).ToArray();
        File.WriteAllText(output + ".partial", string.Concat(written.Select(l => l + "\n")));
        using (var progress = JsonDocument.Parse(File.ReadAllBytes(whole + ".progress.json")))
        {
            var state = System.Text.Json.Nodes.JsonNode.Parse(progress.RootElement.GetRawText())!.AsObject();
            state["completed"] = false;
            state["output"] = output;
            state["partialFile"] = output + ".partial";
            state["nextPosition"] = 2;
            state["nextInputOffset"] = Encoding.UTF8.GetByteCount(generated[0]) + Encoding.UTF8.GetByteCount(generated[1]) + 2;
            state["outputBytes"] = written.Sum(l => Encoding.UTF8.GetByteCount(l) + 1);
            File.WriteAllText(output + ".progress.json", state.ToJsonString());
        }

        var (exitCode, _, _, _) = Run("bulk", input, "--out", output, "--resume");

        exitCode.Should().Be(0);
        File.ReadAllLines(output).Should().Equal(expected, "a resumed run knows the learner ids of the lines decided before it");
    }

    [Fact]
    public void Bulk_Settings_AddsEachLinesSettingsAndScopesAsEvaluateJsonWritesThem()
    {
        var input = FilePath("in.jsonl");
        File.WriteAllLines(input, GeneratedLines(2));
        var plain = FilePath("plain.jsonl");
        var withSettings = FilePath("settings.jsonl");
        Run("bulk", input, "--out", plain).ExitCode.Should().Be(0);
        Run("bulk", input, "--out", withSettings, "--settings").ExitCode.Should().Be(0);

        var lines = File.ReadAllLines(withSettings);
        File.ReadAllLines(plain).Should().OnlyContain(l => !l.Contains("\"settings\"", StringComparison.Ordinal), "settings are opt-in");
        using var first = JsonDocument.Parse(lines[0]);
        (first.RootElement.GetProperty("learnerId").GetString(), first.RootElement.GetProperty("programId").GetString()).Should().Be(("L0000001", "bsn-gened"));
        first.RootElement.GetProperty("settings").GetRawText().Should().Be(
            """[{"setting":"AcceptedEvaluators","scope":"InstitutionPolicy","policyId":"excelsior-2012-10","programId":"bsn-gened","value":"ace, nccrs"},"""
            + """{"setting":"AcceptedLevels","scope":"InstitutionPolicy","policyId":"excelsior-2012-10","programId":"bsn-gened","value":"LowerDivision, UpperDivision"},"""
            + """{"setting":"Evidence","scope":"InstitutionPolicy","policyId":"excelsior-2012-10","programId":"bsn-gened","value":"AceTranscriptCredly, AceTranscriptLegacy; official; verified"},"""
            + """{"setting":"Rounding","scope":"InstitutionPolicy","policyId":"excelsior-2012-10","programId":"bsn-gened","value":"Exact"}]""");
        using (var progress = JsonDocument.Parse(File.ReadAllBytes(withSettings + ".progress.json")))
        {
            progress.RootElement.GetProperty("settings").GetBoolean().Should().BeTrue("--resume keeps it");
        }

        // A run written without --settings cannot be resumed with it (its lines would differ).
        var state = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(plain + ".progress.json"))!.AsObject();
        state["completed"] = false;
        File.WriteAllText(plain + ".progress.json", state.ToJsonString());
        Run("bulk", input, "--out", plain, "--resume", "--settings").Stderr
            .Should().Be("--resume: the interrupted run wrote its lines without --settings; resume without it, or start again with it.\n");
    }

    [Fact]
    public void Bulk_CompletedRun_RenamesIntoPlaceAndRecordsCompletion()
    {
        var input = FilePath("in.jsonl");
        File.WriteAllLines(input, GeneratedLines(3));
        var output = FilePath("done.jsonl");

        var (exitCode, _, _, _) = Run("bulk", input, "--out", output);

        exitCode.Should().Be(0);
        File.ReadAllLines(output).Should().HaveCount(3);
        File.Exists(output + ".partial").Should().BeFalse();
        using var progress = JsonDocument.Parse(File.ReadAllBytes(output + ".progress.json"));
        progress.RootElement.GetProperty("completed").GetBoolean().Should().BeTrue();
        progress.RootElement.GetProperty("nextPosition").GetInt64().Should().Be(3);
        Run("bulk", input, "--out", output, "--resume").Stderr.Should().Be("--resume: the run writing " + output + " completed; there is nothing to resume.\n");
    }

    [Fact]
    public void Bulk_OutInMissingFolder_IsOneLineAndExitCodeTwo()
    {
        var output = Path.Combine(_directory, "no-such-folder", "out.jsonl");

        var (exitCode, _, _, stderr) = Run("bulk", SampleDocuments.Learners, "--out", output);

        exitCode.Should().Be(2);
        stderr.Should().Be("--out: the folder " + Path.Combine(_directory, "no-such-folder") + " does not exist.\n");
    }

    // 6. Unbounded errors: capped per document, echoed values shortened.
    [Fact]
    public void Evaluate_DocumentWithThousandsOfErrors_ReportsTheFirstHundredAndCountsTheRest()
    {
        var learners = FilePath("empties.json");
        File.WriteAllText(learners, "{\"schemaVersion\":1,\"learners\":[" + string.Join(",", Enumerable.Repeat("{}", 5_000)) + "]}");

        var (exitCode, _, stdout, stderr) = Run("evaluate", "--learners", learners);

        exitCode.Should().Be(1);
        stdout.Should().BeEmpty();
        var lines = stderr.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(102);
        lines[0].Should().Be(learners + ": 5000 errors (the first 100 shown); nothing was evaluated.");
        lines[1].Should().Be(learners + ":1:32: error MissingProperty at $.learners[0].id (value absent): Required property 'id' is missing.");
        lines[^1].Should().Be(learners + ": error TooManyErrors at $ (value '4900'): And 4900 more error(s), not reported: only the first 100 errors of a document are. Fix these and read it again.");
    }

    [Fact]
    public void Evaluate_HugeValueInAnError_IsShortened()
    {
        var huge = new string('z', 2_000_000);
        var learners = SampleLearnersWith("huge.json", "\"startedAt\": \"2013-05-20T10:00:00-04\"", "\"startedAt\": \"" + huge + "\"");

        var (exitCode, _, _, stderr) = Run("evaluate", "--learners", learners);

        exitCode.Should().Be(1);
        var shortened = new string('z', 120) + "… (2000000 characters)";
        stderr.Should().Be(
            learners + ": 1 error; nothing was evaluated.\n"
            + learners + ":41:24: error InvalidDateTime at $.learners[0].examAttempts[0].startedAt (value '" + shortened + "'): '" + shortened + "' is not an ISO date-time (yyyy-MM-ddTHH:mm:ss, with an offset or read in the candidate's zone).\n");
    }

    // 7. Size limits for every file and command: devices, pipes, lint.
    [Fact]
    public void Evaluate_DeviceWithoutEnd_IsRefusedAtTheLimit()
    {
        Assert.SkipUnless(File.Exists("/dev/zero"), "needs /dev/zero");

        var (exitCode, _, _, stderr) = Run("evaluate", "--learners", "/dev/zero");

        exitCode.Should().Be(1);
        stderr.Should().Be(
            "/dev/zero: 1 error; nothing was evaluated.\n"
            + "/dev/zero: error DocumentTooLarge at $ (value 'more than 16777216 bytes'): The document is more than 16777216 bytes; the limit is 16777216 bytes.\n");
    }

    [Fact]
    public void Lint_FileOverTheLimit_IsRefusedBeforeItIsRead()
    {
        var big = FilePath("big.json");
        using (var stream = File.Create(big))
        {
            stream.SetLength(DocumentLimitsBytes + 1);
        }

        var (exitCode, console, stdout, _) = Run("lint", big);

        exitCode.Should().Be(1);
        stdout.Should().Be(big + ": error DocumentError at $: DocumentTooLarge: The document is 16777217 bytes; the limit is 16777216 bytes.\n");
        console.Should().Contain("1 document(s): 1 error(s), 0 warning(s).");
    }

    private const int DocumentLimitsBytes = 16 * 1024 * 1024;

    // 8. lint and evaluate share one reading path: UTF-16 and invalid UTF-8 are refused by both, with one message.
    [Theory]
    [InlineData("utf16", "The text is UTF-16 (byte order mark FFFE); save it as UTF-8.", 1, 1)]
    [InlineData("invalid-utf8", "Invalid UTF-8 at byte 28 (0xC3); the text must be UTF-8.", 1, 28)]
    public void LintAndEvaluate_NonUtf8Document_RefuseItAlike(string kind, string message, int line, int column)
    {
        var catalogText = File.ReadAllText(SampleDocuments.Catalog);
        var file = FilePath(kind + ".json");
        if (kind == "utf16")
        {
            File.WriteAllText(file, catalogText, new UnicodeEncoding(bigEndian: false, byteOrderMark: true));
        }
        else
        {
            // "Caf\xC3" followed by a quote: a two-byte sequence cut short, at byte 28 of the file.
            File.WriteAllBytes(file, [.. "{\"schemaVersion\":1,\"x\":\"Caf"u8.ToArray(), 0xC3, .. "\"}"u8.ToArray()]);
        }

        var lint = Run("lint", file);
        var evaluate = Run("evaluate", "--catalog", file);

        lint.ExitCode.Should().Be(1);
        lint.Stdout.Should().Be(file + ":" + line + ":" + column + ": error DocumentError at $: InvalidEncoding: " + message + "\n");
        evaluate.ExitCode.Should().Be(1);
        evaluate.Stderr.Should().EndWith(": error InvalidEncoding at $ (value '" + (kind == "utf16" ? "FFFE" : "0xC3") + "'): " + message + "\n");
    }

    // 10. No stack traces: a folder, an unreadable file; load errors on standard error even with --json.
    [Theory]
    [InlineData("evaluate", "--learners")]
    [InlineData("evaluate", "--catalog")]
    [InlineData("whatif", "--learners")]
    public void Command_FolderGivenAsDocument_IsOneLineAndExitCodeTwo(string command, string option)
    {
        var (exitCode, _, stdout, stderr) = Run(command, option, _directory);

        exitCode.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Be(_directory + ": is a folder, not a file.\n");
    }

    [Theory]
    [InlineData("bulk")]
    [InlineData("impact")]
    public void JsonLinesCommand_FolderGivenAsInput_IsOneLineAndExitCodeTwo(string command)
    {
        var (exitCode, _, _, stderr) = Run(command, _directory);

        exitCode.Should().Be(2);
        stderr.Should().Be(_directory + ": is a folder, not a file.\n");
    }

    [Fact]
    public void Lint_FolderGivenAsDocument_IsOneLineAndExitCodeTwo()
    {
        var (exitCode, _, _, stderr) = Run("lint", _directory);

        exitCode.Should().Be(2);
        stderr.Should().Be(_directory + ": is a folder, not a file.\n");
    }

    [Fact]
    public void Evaluate_UnreadableFile_IsOneLineAndExitCodeTwo()
    {
        // /proc/self/mem opens but cannot be read from offset 0 (EIO), even for root, who reads any chmod 000 file.
        Assert.SkipUnless(OperatingSystem.IsLinux(), "needs /proc/self/mem");

        var (exitCode, _, stdout, stderr) = Run("evaluate", "--catalog", "/proc/self/mem");

        exitCode.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("/proc/self/mem: cannot be read: ").And.EndWith("\n");
        stderr.TrimEnd('\n').Should().NotContain("\n").And.NotContain("   at ");
    }

    [Fact]
    public void Evaluate_LoadErrorsWithJson_GoToStandardErrorNotStandardOutput()
    {
        var (exitCode, _, stdout, stderr) = Run("evaluate", "--json", "--catalog", Path.Combine(AppContext.BaseDirectory, "Fixtures", "catalog-impossible-date.json"));

        exitCode.Should().Be(1);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("error InvalidDate at $.recommendations[0].versions[1].validity.end (value '2023-02-30')");
    }

    [Theory]
    [InlineData("letter", "--learner", "kim", "--institution", "eastern-state", "--program", "aa-general", "--json", "--catalog")]
    [InlineData("import-badges", "x.jwt", "--learner", "cal", "--out", "never-written.json", "--json", "--catalog")]
    public void LetterAndImportBadges_LoadErrors_GoToStandardErrorNotStandardOutput(params string[] args)
    {
        var (exitCode, _, stdout, stderr) = Run([.. args, Path.Combine(AppContext.BaseDirectory, "Fixtures", "catalog-impossible-date.json")]);

        exitCode.Should().BeOneOf(1, 2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("error InvalidDate at $.recommendations[0].versions[1].validity.end (value '2023-02-30')");
    }

    // 10. Duplicate learner ids in bulk: a warning entry per repeat, counted in the summary.
    [Fact]
    public void Bulk_DuplicateLearnerIds_AreWarnedAndCounted()
    {
        var generated = GeneratedLines(3);
        var input = FilePath("dupes.jsonl");
        File.WriteAllLines(input, [generated[0], generated[1], generated[0], generated[2], generated[0]]);
        var output = FilePath("dupes.out.jsonl");
        var id = JsonDocument.Parse(generated[0]).RootElement.GetProperty("id").GetString();

        var (exitCode, console, stdout, _) = Run("bulk", input, "--out", output, "--parallel", "2", "--json");

        exitCode.Should().Be(0);
        console.Should().BeEmpty();
        JsonDocument.Parse(stdout).RootElement.GetProperty("duplicateLearnerIds").GetInt64().Should().Be(2);
        var lines = File.ReadAllLines(output);
        lines.Should().HaveCount(7);
        lines[3].Should().Be("{\"position\":2,\"learnerId\":\"" + id + "\",\"warning\":{\"code\":\"DuplicateLearnerId\",\"message\":\"Line 3: the learner id '" + id + "' already appeared on line 1; this line's claims were decided too.\"}}");
        lines[6].Should().Be("{\"position\":4,\"learnerId\":\"" + id + "\",\"warning\":{\"code\":\"DuplicateLearnerId\",\"message\":\"Line 5: the learner id '" + id + "' already appeared on line 1; this line's claims were decided too.\"}}");
    }
}
