using System.Globalization;
using System.Text.Json;
using Spectre.Console.Testing;

namespace CreditRules.Cli.Tests.Processes;

/// <summary>
/// <c>bulk</c> interrupted for real (issue 13, item 5): the tool runs as its own process and is killed (SIGKILL) or
/// terminated (SIGTERM, SIGINT) at seeded points, resumed with <c>--resume</c>, and the output it completes must equal an
/// uninterrupted run's line for line.
/// </summary>
public sealed class BulkInterruptionTests : IDisposable
{
    private const int Learners = 12_000;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private readonly string _directory = Directory.CreateTempSubdirectory("creditrules-interrupt-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string FilePath(string name) => Path.Combine(_directory, name);

    private static int RunInProcess(params string[] args)
    {
        var console = new TestConsole();
        using var stdout = new StringWriter();
        return Program.Run(args, console, stdout, stdout);
    }

    /// <summary>The input and the decisions of an uninterrupted run of it.</summary>
    private (string Input, string[] Expected) InputAndReference()
    {
        var input = FilePath("learners.jsonl");
        RunInProcess("generate", "--learners", Learners.ToString(CultureInfo.InvariantCulture), "--seed", "2013", "--out", input).Should().Be(0);
        var reference = FilePath("reference.jsonl");
        RunInProcess("bulk", input, "--out", reference, "--parallel", "2", "--batch-lines", "128").Should().Be(0);
        return (input, File.ReadAllLines(reference));
    }

    private static long? NextPosition(string output)
    {
        try
        {
            using var progress = JsonDocument.Parse(File.ReadAllBytes(output + ".progress.json"));
            return progress.RootElement.GetProperty("completed").GetBoolean() ? long.MaxValue : progress.RootElement.GetProperty("nextPosition").GetInt64();
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            return null; // not written yet, or being replaced
        }
    }

    [Fact]
    public void Bulk_KilledAtSeededPointsAndResumed_EqualsAnUninterruptedRunLineForLine()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "sends POSIX signals");
        var (input, expected) = InputAndReference();
        var output = FilePath("decisions.jsonl");
        var random = new Random(20261204);
        var interruptedMidRun = 0;
        var resume = false;
        for (var round = 0; round < 4; round++)
        {
            // Kill once this run has written past a seeded line beyond where it starts (checkpoints come per block of 128
            // lines; a position past the start also proves the signal handlers are in place).
            var start = NextPosition(output) ?? 0;
            var target = start + 1 + random.Next((int)(Learners - start) * 8 / 10);
            var useSigterm = round % 2 == 1;
            string[] args = ["bulk", input, "--out", output, "--parallel", "2", "--batch-lines", "128", .. resume ? new[] { "--resume" } : []];
            using var cli = CliProcess.Start(_directory, null, args);
            while (!cli.HasExited && (NextPosition(output) ?? 0) < target)
            {
                Thread.Sleep(5);
            }

            if (!cli.HasExited)
            {
                if (useSigterm)
                {
                    cli.Terminate();
                }
                else
                {
                    cli.Kill();
                }
            }

            var exitCode = cli.WaitForExit(Timeout);
            resume = true;
            var reached = NextPosition(output);
            if (reached == long.MaxValue)
            {
                break; // this round completed before the signal landed
            }

            interruptedMidRun++;
            reached.Should().BeInRange(1, Learners - 1);
            if (useSigterm)
            {
                exitCode.Should().Be(143, cli.Stderr);
                cli.Stderr.Should().StartWith("Interrupted by SIGTERM after line " + reached + ": lines 1 to " + reached + " are decided and written to " + output + ".partial; " + output
                    + " was left as it was. Resume with: creditrules bulk " + input + " --out " + output + " --resume");
                File.ReadAllLines(output + ".partial").Should().Equal(expected.Take((int)reached!.Value), "a terminated run flushes whole lines up to where it says");
            }
        }

        if (NextPosition(output) != long.MaxValue)
        {
            using var last = CliProcess.Start(_directory, null, "bulk", input, "--out", output, "--resume");
            last.WaitForExit(Timeout).Should().Be(0, last.Stderr);
        }

        interruptedMidRun.Should().BeGreaterThan(0, "at least one signal must land mid-run for the test to prove anything");
        File.ReadAllLines(output).Should().Equal(expected);
        File.Exists(output + ".partial").Should().BeFalse();
    }

    [Fact]
    public void Bulk_CtrlCWithPartial_KeepsTheCompletePrefixInOutAndSaysSo()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "sends POSIX signals");
        var (input, expected) = InputAndReference();
        var output = FilePath("partial.jsonl");
        File.WriteAllText(output, "an earlier run\n");

        using var cli = CliProcess.Start(_directory, null, "bulk", input, "--out", output, "--parallel", "2", "--batch-lines", "128", "--partial");
        while (!cli.HasExited && (NextPosition(output) ?? 0) < Learners / 3 + 1)
        {
            Thread.Sleep(5);
        }

        Assert.SkipWhen(cli.HasExited, "the run ended before the signal could be sent");
        cli.Interrupt();
        var exitCode = cli.WaitForExit(Timeout);

        exitCode.Should().Be(130, cli.Stderr);
        var reached = NextPosition(output)!.Value;
        cli.Stderr.Should().Be("Interrupted by SIGINT after line " + reached + ": " + output + " holds only lines 1 to " + reached + " (--partial), all complete. Resume with: creditrules bulk "
            + input + " --out " + output + " --resume\n");
        cli.Stdout.Should().Contain("Lines " + reached.ToString("N0", CultureInfo.InvariantCulture) + ";");
        File.ReadAllLines(output).Should().Equal(expected.Take((int)reached));

        using var resumed = CliProcess.Start(_directory, null, "bulk", input, "--out", output, "--resume");
        resumed.WaitForExit(Timeout).Should().Be(0, resumed.Stderr);
        File.ReadAllLines(output).Should().Equal(expected);
    }
}
