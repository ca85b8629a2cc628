using CreditRules.Cli.Commands;
using Spectre.Console.Testing;

namespace CreditRules.Cli.Tests.Output;

/// <summary>
/// Every command reports a usage, option or unknown-id error the same way (<c>CliErrors.Fail</c>): one plain line on
/// standard error, nothing on standard output or the console, exit code 2.
/// </summary>
public sealed class CliErrorsTests
{
    private static (int ExitCode, string Console, string Stdout, string Stderr) Run(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 320;
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = Program.Run(args, console, stdout, stderr);
        return (exitCode, console.Output, stdout.ToString(), stderr.ToString());
    }

    public static TheoryData<string[], string> OptionErrors => new()
    {
        { ["evaluate", "--as-of", "not-a-date"], "--as-of: 'not-a-date' is not a valid ISO date (yyyy-MM-dd): The value string does not match the required number from the format string \"uuuu\". Value being parsed: '^not-a-date'. (^ indicates error position.)" },
        { ["whatif", "--learner", "kim", "--as-of", "2014-13-01"], "--as-of: '2014-13-01' is not a valid ISO date (yyyy-MM-dd)." },
        { ["whatif", "--learner", "kim", "--exam-passed", "duke-bioelectricity:80"], "--exam-passed: 'duke-bioelectricity:80' is not course:score:yyyy-MM-dd with a percent score." },
        { ["whatif", "--learner", "kim", "--fee-paid", "duke-bioelectricity"], "--fee-paid: 'duke-bioelectricity' is not course:yyyy-MM-dd." },
        { ["diff", "--learner", "kim", "--exam-passed", "x:101:2014-01-01"], "--exam-passed: 'x:101:2014-01-01' is not course:score:yyyy-MM-dd with a percent score." },
        { ["letter", "--learner", "kim", "--institution", "atlantis", "--program", "aa-general"], "--institution: 'atlantis' is not an institution of the policy document." },
        { ["letter", "--learner", "kim", "--institution", "eastern-state", "--program", "nope"], "--program: 'nope' is not a program of eastern-state; known: aa-general, asn-nursing, aas-engineering-tech." },
        { ["letter", "--learner", "kim", "--institution", "eastern-state", "--program", "aa-general", "--as-of", "2014-02-30"], "--as-of: '2014-02-30' is not a valid ISO date (yyyy-MM-dd)." },
        { ["letter", "--learner", "kim", "--institution", "eastern-state", "--program", "aa-general", "--as-of", "3000-01-01"], "--as-of: '3000-01-01' is outside the supported range of dates, 1900-01-01 to 2999-12-31." },
        { ["whatif", "--learner", "kim", "--as-of", "1899-12-31"], "--as-of: '1899-12-31' is outside the supported range of dates, 1900-01-01 to 2999-12-31." },
        { ["letter", "--learner", "kim", "--institution", "eastern-state", "--program", "aa-general", "--exam-passed", "x:80"], "--exam-passed: 'x:80' is not course:score:yyyy-MM-dd with a percent score." },
        { ["letter", "--learner", "kim", "--institution", "eastern-state", "--program", "aa-general", "--exam-passed", "x:80:0001-01-01"], "--exam-passed: 'x:80:0001-01-01' is not course:score:yyyy-MM-dd with a percent score." },
        { ["letter", "--learner", "kim", "--institution", "eastern-state", "--program", "aa-general", "--enrolled", "2014-01-13:2014"], "--enrolled: '2014-01-13:2014' is not yyyy-MM-dd or yyyy-MM-dd:yyyy-yyyy (an enrolment date, optionally with a catalog year such as 2013-2014)." },
        { ["letter", "--learner", "kim", "--institution", "eastern-state", "--program", "aa-general", "--fee-paid", "x"], "--fee-paid: 'x' is not course:yyyy-MM-dd." },
        { ["whatif", "--learner", "kim", "--exam-passed", "duke-bioelectricity:80:3000-01-01"], "--exam-passed: 'duke-bioelectricity:80:3000-01-01' is not course:score:yyyy-MM-dd with a percent score." },
        { ["impact", SampleDocuments.Learners, "--as-of-shift", "P1Y", "--proposed-as-of", "2015-01-01"], "--as-of-shift and --proposed-as-of both set the proposal's date; give one." },
        { ["impact", SampleDocuments.Learners, "--as-of-shift", "PT1H"], "--as-of-shift: 'PT1H' is not an ISO date period such as P1Y or P6M." },
        { ["impact", SampleDocuments.Learners, "--as-of", "2014-13-01"], "--as-of: '2014-13-01' is not a valid ISO date (yyyy-MM-dd)." },
    };

    [Theory]
    [MemberData(nameof(OptionErrors))]
    public void Run_BadOption_OneLineOnStandardErrorAndExitTwo(string[] args, string message)
    {
        var (exitCode, console, stdout, stderr) = Run(args);

        exitCode.Should().Be(2);
        stderr.Should().Be(message + "\n");
        stdout.Should().BeEmpty();
        console.Should().BeEmpty();
    }

    [Theory]
    [InlineData("whatif")]
    [InlineData("diff")]
    [InlineData("letter")]
    public void Run_UnknownLearner_NamesTheKnownOnesOnStandardError(string command)
    {
        var (exitCode, console, stdout, stderr) = Run(command, "--learner", "nobody", "--institution", "eastern-state", "--program", "aa-general");

        exitCode.Should().Be(2);
        stderr.Should().StartWith("--learner: 'nobody' is not a learner with claims in the learner document; known: ").And.EndWith(".\n");
        stderr.TrimEnd('\n').Should().NotContain("\n", "the error is one line");
        stdout.Should().BeEmpty();
        console.Should().BeEmpty();
    }
}
