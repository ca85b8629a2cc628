using System.Text;
using System.Text.RegularExpressions;
using CreditRules.DependencyInjection;
using CreditRules.Tests.Engine;
using CreditRules.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CreditRules.Tests.Packaging;

/// <summary>
/// The package README's C# blocks are compiled and run here: each block, without its using directives, must equal the
/// region marked <c>// README:n</c> in this file (or, for the host rule, in <c>Engine/ProgramAdmissionRule.cs</c>).
/// </summary>
public sealed partial class PackageReadmeTests
{
    [Fact]
    public void Readme_CSharpBlocks_MatchTheCompiledRegions()
    {
        var blocks = CSharpBlocks(File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "CreditRules", "README.md")));

        blocks.Should().HaveCount(3);
        blocks[0].Should().Be(Region(ThisFile(), 1));
        blocks[1].Should().Be(Region(ThisFile(), 2));
        blocks[2].Should().Be(Region(Path.Combine(RepositoryRoot(), "tests", "CreditRules.Tests", "Engine", "ProgramAdmissionRule.cs"), 3));
    }

    [Fact]
    public void ReadmeExample1_EligibleLearner_PrintsOutcomeAndReasons()
    {
        Console.Output.Clear();

        var decision = Example1(HostSamples.Catalog, HostSamples.Policies, HostSamples.CompleteLearner("ada"));

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        Console.Output.ToString().Should().Be("Eligible: 3 SH granted\nInformational NotResidenceCredit: Credit by evaluation never counts toward residency.\n");
    }

    [Fact]
    public void ReadmeExample2_AdmittedLearnerInAHost_PrintsOutcomeAndDataVersion()
    {
        Console.Output.Clear();
        var learner = HostSamples.CompleteLearner("ada", programEnrollments: [new ProgramEnrollment("eastern-state", "aa-general", new LocalDate(2013, 1, 10))]);

        var decision = Example2(HostSamples.Catalog, HostSamples.Policies, learner);

        decision.Trace[^1].RuleId.Should().Be("host.program-admission");
        Console.Output.ToString().Should().Be("Eligible on data 2014-06-30\n");
    }

    private static Decision Example1(Catalog catalog, PolicySet policies, LearnerRecord learner)
    {
        // README:1 begin
        var evaluator = new EligibilityEvaluator(catalog, policies);
        Decision decision = evaluator.Evaluate(
            new EvaluationRequest(learner, "uci-precalculus", "eastern-state", "aa-general", new LocalDate(2014, 6, 30)));

        Console.WriteLine($"{decision.Outcome}: {decision.CreditsGranted} granted");
        foreach (Reason reason in decision.Reasons)
            Console.WriteLine($"{reason.Severity} {reason.Code}: {reason.Message}");
        foreach (NextStep step in decision.NextSteps)
            Console.WriteLine($"{step.Code}: {step.Action} (by {step.Deadline}, costs {step.Cost})");
        // README:1 end
        return decision;
    }

    private static Decision Example2(Catalog catalog, PolicySet policies, LearnerRecord learner)
    {
        // README:2 begin
        var services = new ServiceCollection();
        services.AddSingleton<IEligibilityRule, ProgramAdmissionRule>(); // your own rules run after the built-in ones
        services.AddCreditRules(options =>
        {
            options.UseData(catalog, policies, version: "2014-06-30"); // or options.UseData(() => LoadFromYourStore())
            options.MaxDegreeOfParallelism = 4;
        });

        using ServiceProvider provider = services.BuildServiceProvider();
        var creditRules = provider.GetRequiredService<CreditRulesEvaluator>(); // resolve at startup: bad options fail here
        Decision decision = creditRules.Evaluate(
            new EvaluationRequest(learner, "uci-precalculus", "eastern-state", "aa-general", new LocalDate(2014, 6, 30)));
        Console.WriteLine($"{decision.Outcome} on data {decision.DataVersion}");
        // README:2 end
        return decision;
    }

    private static List<string> CSharpBlocks(string markdown) =>
        FencedCSharp().Matches(markdown.Replace("\r\n", "\n", StringComparison.Ordinal))
            .Select(m => string.Join("\n", m.Groups[1].Value.Split('\n').SkipWhile(l => l.StartsWith("using ", StringComparison.Ordinal) || l.Length == 0)).TrimEnd())
            .ToList();

    private static string Region(string path, int number)
    {
        var lines = File.ReadAllLines(path);
        var begin = Array.FindIndex(lines, l => l.Trim() == "// README:" + number + " begin");
        var end = Array.FindIndex(lines, l => l.Trim() == "// README:" + number + " end");
        var body = lines[(begin + 1)..end];
        var indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", body.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).TrimEnd();
    }

    // Not [CallerFilePath]: deterministic CI builds map source paths to /_/, so the file is found from the test binaries.
    private static string ThisFile() => Path.Combine(RepositoryRoot(), "tests", "CreditRules.Tests", "Packaging", "PackageReadmeTests.cs");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "CreditRules.sln")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("CreditRules.sln not found above " + AppContext.BaseDirectory);
        }

        return directory.FullName;
    }

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedCSharp();

    /// <summary>Stands in for <see cref="System.Console"/> inside the README regions, so their output can be asserted.</summary>
    private static class Console
    {
        [ThreadStatic]
        private static StringBuilder? _output;

        public static StringBuilder Output => _output ??= new StringBuilder();

        public static void WriteLine(string line) => Output.Append(line).Append('\n');
    }
}
