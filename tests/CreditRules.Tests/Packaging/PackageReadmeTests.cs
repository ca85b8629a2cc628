using System.Text;
using System.Text.RegularExpressions;
using CreditRules.DependencyInjection;
using CreditRules.Documents;
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

        blocks.Should().HaveCount(6);
        blocks[0].Should().Be(Region(ThisFile(), 1));
        blocks[1].Should().Be(Region(ThisFile(), 4));
        blocks[2].Should().Be(Region(ThisFile(), 5));
        blocks[3].Should().Be(Region(ThisFile(), 6));
        blocks[4].Should().Be(Region(ThisFile(), 2));
        blocks[5].Should().Be(Region(Path.Combine(RepositoryRoot(), "tests", "CreditRules.Tests", "Engine", "ProgramAdmissionRule.cs"), 3));
    }

    [Fact]
    public void Readme_JsonLearner_IsTheLearnerTheCSharpInputsBuild()
    {
        var markdown = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "CreditRules", "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var json = FencedJson().Match(markdown).Groups[1].Value;

        var (catalog, policies, built, read) = Example4(Encoding.UTF8.GetBytes(json));

        catalog.Courses.Should().NotBeEmpty();
        policies.Institutions.Should().NotBeEmpty();
        read.Should().BeEquivalentTo(built);
    }

    [Fact]
    public void ReadmeExample4_BuiltCatalogAndPolicies_DecideAdaAsTheSampleDocumentsDo()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        var (catalog, policies, ada, _) = Example4(Encoding.UTF8.GetBytes("{\"id\":\"x\"}"));
        var request = new EvaluationRequest(ada, "uci-precalculus", "eastern-state", "aa-general", new LocalDate(2014, 6, 30));

        var built = new EligibilityEvaluator(catalog, policies).Evaluate(request);
        var documents = new EligibilityEvaluator(
            CatalogDocument.LoadFile(Path.Combine(samples, "catalog.json")).GetValueOrThrow(),
            PolicyDocument.LoadFile(Path.Combine(samples, "policies.json")).GetValueOrThrow()).Evaluate(request);

        built.Outcome.Should().Be(DecisionOutcome.Eligible);
        (built.Outcome, built.CreditsGranted, built.QualifyingDate, built.PolicyVersion).Should().Be((documents.Outcome, documents.CreditsGranted, documents.QualifyingDate, documents.PolicyVersion));
        built.Reasons.Select(r => r.Code).Should().Equal(documents.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void ReadmeExample5And6_JsonBulkRecordAndImpact_Run()
    {
        Console.Output.Clear();
        var (catalog, policies, ada, _) = Example4(Encoding.UTF8.GetBytes("{\"id\":\"x\"}"));
        var decision = new EligibilityEvaluator(catalog, policies).Evaluate(new EvaluationRequest(ada, "uci-precalculus", "eastern-state", "aa-general", new LocalDate(2014, 6, 30)));

        var json = Example5(decision);
        Example6(catalog, policies, ada);

        json.Should().StartWith("{\"learnerId\":\"ada\",\"courseId\":\"uci-precalculus\",\"institutionId\":\"eastern-state\",\"programId\":\"aa-general\",\"outcome\":\"Eligible\"");
        Console.Output.ToString().Should().Be(
            "ada: Eligible\n"
            + "record: 3 SH granted\n"
            + "Eligible -> Eligible: 1\n");
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

    private static (Catalog Catalog, PolicySet Policies, LearnerRecord Ada, LearnerRecord FromJson) Example4(byte[] requestBody)
    {
        // README:4 begin
        // The catalog and the policies in C# (or from their JSON documents: CatalogDocument.LoadFile(path).GetValueOrThrow()).
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        Catalog catalog = new CatalogBuilder()
            .Evaluator("ace", "American Council on Education (ACE CREDIT)", newYork)
            .Provider("coursera", "Coursera")
            .Course("uci-precalculus", "Pre-Calculus", "coursera", "UC Irvine")
            .Session("uci-precalculus-2013s", "uci-precalculus", new DateRange(new LocalDate(2013, 3, 4), new LocalDate(2013, 5, 12)), Instant.FromUtc(2013, 3, 24, 16, 0))
            .Recommendation("ACE-COUR-0001", "ace", "uci-precalculus", new DateRange(new LocalDate(2013, 2, 1), new LocalDate(2016, 1, 31)),
                CreditAmount.FromSemesterHours(3), CreditLevel.LowerDivision, new SubjectArea("mathematics", "Mathematics"), Score.Percent(60))
            .Build();                                                      // every problem listed, naming the item and the value
        PolicySet policies = new PolicySetBuilder()
            .Institution("eastern-state", "Eastern State College", CreditUnit.SemesterHour, newYork, institution => institution
                .Policy("eastern-2013", policy => policy                   // unstated rules keep their documented defaults
                    .AcceptsEvaluators("ace")
                    .AcceptsLevels(CreditLevel.LowerDivision, CreditLevel.UpperDivision)
                    .RequiresEvidence(EvidenceKind.AceTranscriptCredly))
                .Program("aa-general", "Associate in Arts", CreditAmount.FromSemesterHours(60), CreditAmount.FromSemesterHours(15)))
            .Build();

        // One learner in C#: times of day are read in the zone given; every problem is listed by Build().
        LearnerRecord ada = new LearnerBuilder("ada", newYork)
            .JoinedVerifiedTrack("uci-precalculus-2013s", new LocalDateTime(2013, 3, 8, 14, 0))
            .VerifiedIdentity(IdentityMethod.TypingPattern, new LocalDateTime(2013, 3, 10, 9, 0))
            .Completed("uci-precalculus-2013s", new LocalDate(2013, 5, 12))
            .PassedExam("uci-precalculus", new LocalDateTime(2013, 5, 20, 10, 0), Score.Percent(84))
            .PaidFee("uci-precalculus", FeeKind.VerifiedTrack, Money.Usd(49), new LocalDate(2013, 3, 10))
            .PaidFee("uci-precalculus", FeeKind.ProctoredExam, Money.Usd(90), new LocalDate(2013, 5, 1))
            .With(new EvidenceDocument(EvidenceKind.AceTranscriptCredly, new LocalDate(2013, 7, 1), isOfficial: true, isVerified: true, courseId: "uci-precalculus"))
            .Build();

        // The same learner as JSON, such as a request body (the JSON below); errors name the JSON path and value.
        DocumentLoadResult<LearnerSet> read = LearnerDocument.ReadLearner(requestBody, catalog, policies);
        LearnerRecord fromJson = read.IsSuccess ? read.Value.Learners[0] : ada;
        // README:4 end
        return (catalog, policies, ada, fromJson);
    }

    private static string Example5(Decision decision)
    {
        // README:5 begin
        string json = DecisionDocument.ToJson(decision);                   // compact, camelCase, nulls omitted
        DecisionJson back = DecisionDocument.ReadDecision(Encoding.UTF8.GetBytes(json));
        // ASP.NET Core: return Results.Json(DecisionJson.From(decision), DecisionDocument.DecisionTypeInfo);
        // README:5 end
        _ = back;
        return json;
    }

    private static void Example6(Catalog catalog, PolicySet policies, LearnerRecord ada)
    {
        // README:6 begin
        // Bulk: compile once for an as-of date, then decide any number of claims (outcome-only or explained).
        EvaluationPlan plan = EvaluationPlan.Compile(catalog, policies, new LocalDate(2014, 6, 30));
        CreditClaim[] claims = [new CreditClaim(ada, "uci-precalculus", "eastern-state", "aa-general")];
        foreach (BulkEntry entry in plan.Evaluate(claims))               // a bad claim gives an entry with an Error, never a gap
            Console.WriteLine($"{entry.LearnerId}: {(entry.IsError ? entry.Error!.Message : entry.Summary.Outcome.ToString())}");

        // Record: every claim of one learner at one program, with caps, duplicates and posted prior credit.
        RecordDecision record = new RecordEvaluator(new EligibilityEvaluator(catalog, policies))
            .Evaluate(new RecordEvaluationRequest(ada, ["uci-precalculus"], "eastern-state", "aa-general", new LocalDate(2014, 6, 30)));
        Console.WriteLine($"record: {record.CreditsGranted} granted");

        // Impact: what a proposal (other policies, or a later date) changes for a population.
        ImpactReport impact = PopulationImpact.Compare(plan, EvaluationPlan.Compile(catalog, policies, new LocalDate(2015, 6, 30)), claims);
        foreach (ImpactTransition transition in impact.Transitions)
            Console.WriteLine($"{transition.From} -> {transition.To}: {transition.Count}");
        // README:6 end
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

    [GeneratedRegex("```json\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedJson();

    /// <summary>Stands in for <see cref="System.Console"/> inside the README regions, so their output can be asserted.</summary>
    private static class Console
    {
        [ThreadStatic]
        private static StringBuilder? _output;

        public static StringBuilder Output => _output ??= new StringBuilder();

        public static void WriteLine(string line) => Output.Append(line).Append('\n');
    }
}
