using CreditRules.Documents;
using CreditRules.Domain;
using CreditRules.Engine;
using CreditRules.Testing.Fixtures;

namespace CreditRules.Testing;

/// <summary>
/// Runs scenario fixtures against an evaluator and compares each decision with its fixture; usable from xunit, NUnit or
/// MSTest (call <see cref="ScenarioResult.EnsurePassed"/> in a test) or from a tool.
/// </summary>
/// <remarks>Thread-safe when the evaluator is (every CreditRules evaluator is).</remarks>
public sealed class ScenarioRunner
{
    private readonly IEligibilityEvaluator _evaluator;

    /// <summary>Initialises a runner.</summary>
    /// <param name="evaluator">The evaluator the scenarios run against.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is null.</exception>
    public ScenarioRunner(IEligibilityEvaluator evaluator)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        _evaluator = evaluator;
    }

    /// <summary>Runs one scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The decision and its mismatches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    /// <exception cref="ArgumentException">The scenario's name is blank.</exception>
    public ScenarioResult Run(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (string.IsNullOrWhiteSpace(scenario.Name))
        {
            throw new ArgumentException("Scenario.Name must not be empty or white space; got '" + scenario.Name + "'.", nameof(scenario));
        }

        var decision = _evaluator.Evaluate(scenario.Request);
        var engine = _evaluator as EligibilityEvaluator;
        return new ScenarioResult(scenario, decision, Compare(scenario, decision), engine?.Catalog, engine?.Policies);
    }

    /// <summary>Loads a scenario fixture file and the documents it names, and runs it on those documents.</summary>
    /// <param name="path">The fixture file's path.</param>
    /// <returns>The decision and its mismatches; call <see cref="ScenarioResult.EnsurePassed"/> in a test.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="DocumentValidationException">The fixture, or a document it names, is invalid; the exception lists every error.</exception>
    public static ScenarioResult RunFile(string path)
    {
        var loader = new FixtureLoader();
        var fixture = loader.Load(path).Fixture;
        return RunFixture(loader, fixture);
    }

    /// <summary>Runs every fixture file among files and folders (see <see cref="ScenarioFixture.FindFiles"/>), each on the
    /// documents it names, and measures coverage: rules, reason codes, program overrides and date branches.</summary>
    /// <param name="pathsOrFolders">Fixture files and folders of fixture files.</param>
    /// <returns>The results in file order, the fixtures that did not load, and the coverage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pathsOrFolders"/> is null.</exception>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    /// <exception cref="ArgumentException">Two fixtures have the same name.</exception>
    public static ScenarioReport RunFiles(IEnumerable<string> pathsOrFolders) => RunFiles(pathsOrFolders, new FixtureLoader());

    /// <summary>Runs every fixture file among files and folders, as <see cref="RunFiles(IEnumerable{string})"/> does, with the fixtures' documents confined to <paramref name="documentRoot"/>.</summary>
    /// <param name="pathsOrFolders">Fixture files and folders of fixture files.</param>
    /// <param name="documentRoot">The folder every document a fixture names must lie under, once symbolic links are followed (the default is the nearest folder above each fixture holding <c>.git</c>, a solution or <c>global.json</c>).</param>
    /// <returns>The results in file order, the fixtures that did not load, and the coverage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pathsOrFolders"/> or <paramref name="documentRoot"/> is null.</exception>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    /// <exception cref="ArgumentException">Two fixtures have the same name, or <paramref name="documentRoot"/> is blank.</exception>
    public static ScenarioReport RunFiles(IEnumerable<string> pathsOrFolders, string documentRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentRoot);
        return RunFiles(pathsOrFolders, new FixtureLoader(documentRoot));
    }

    private static ScenarioReport RunFiles(IEnumerable<string> pathsOrFolders, FixtureLoader loader)
    {
        var files = ScenarioFixture.FindFiles(pathsOrFolders);
        var invalid = new List<ScenarioFixtureLoadResult>();
        var results = new List<ScenarioResult>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var loaded = loader.Load(file);
            if (!loaded.IsSuccess)
            {
                invalid.Add(loaded);
                continue;
            }

            var name = loaded.Fixture.Scenario.Name;
            if (names.TryGetValue(name, out var first))
            {
                throw new ArgumentException("Scenario name '" + name + "' is used by both '" + first + "' and '" + file + "'.", nameof(pathsOrFolders));
            }

            names[name] = file;
            results.Add(RunFixture(loader, loaded.Fixture));
        }

        return new ScenarioReport(results, RuleCoverage.From(results, []), invalid);
    }

    private static ScenarioResult RunFixture(FixtureLoader loader, ScenarioFixture fixture)
    {
        var decision = loader.EvaluatorFor(fixture).Evaluate(fixture.Scenario.Request);
        return new ScenarioResult(fixture.Scenario, decision, Compare(fixture.Scenario, decision), fixture.Catalog, fixture.Policies);
    }

    /// <summary>Runs every scenario and measures which rules and reason codes they exercised.</summary>
    /// <param name="scenarios">The scenarios.</param>
    /// <returns>The results, in order, with rule coverage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenarios"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A scenario's name is blank or used twice.</exception>
    public ScenarioReport RunAll(IEnumerable<Scenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var results = new List<ScenarioResult>();
        foreach (var scenario in scenarios)
        {
            var result = Run(scenario);
            if (!names.Add(scenario.Name))
            {
                throw new ArgumentException("Scenario name '" + scenario.Name + "' is used twice.", nameof(scenarios));
            }

            results.Add(result);
        }

        var hostRuleIds = _evaluator is EligibilityEvaluator engine ? engine.HostRules.Select(r => r.Id) : [];
        return new ScenarioReport(results, RuleCoverage.From(results, hostRuleIds));
    }

    private static List<string> Compare(Scenario scenario, Decision decision)
    {
        var mismatches = new List<string>();
        if (decision.Outcome != scenario.Outcome)
        {
            mismatches.Add("Outcome: expected " + scenario.Outcome + ", got " + decision.Outcome + ".");
        }

        if (scenario.CreditsGranted is { } credits && !string.Equals(credits, decision.CreditsGranted.ToString(), StringComparison.Ordinal))
        {
            mismatches.Add("CreditsGranted: expected " + credits + ", got " + decision.CreditsGranted + ".");
        }

        if (scenario.ReasonCodes is { } codes)
        {
            var actual = decision.Reasons.Select(r => r.Code.Value).ToList();
            var missing = codes.Where(c => !actual.Contains(c, StringComparer.Ordinal)).ToList();
            var unexpected = actual.Where(c => !codes.Contains(c, StringComparer.Ordinal)).ToList();
            if (missing.Count > 0 || unexpected.Count > 0)
            {
                mismatches.Add("ReasonCodes: missing [" + string.Join(", ", missing) + "]; unexpected [" + string.Join(", ", unexpected) + "].");
            }
        }

        if (scenario.NextStepCodes is { } steps)
        {
            var actual = decision.NextSteps.Select(s => s.Code.Value).ToList();
            var missing = steps.Where(c => !actual.Contains(c, StringComparer.Ordinal)).ToList();
            var unexpected = actual.Where(c => !steps.Contains(c, StringComparer.Ordinal)).ToList();
            if (missing.Count > 0 || unexpected.Count > 0)
            {
                mismatches.Add("NextStepCodes: missing [" + string.Join(", ", missing) + "]; unexpected [" + string.Join(", ", unexpected) + "].");
            }
        }

        if (scenario.Trace is { } trace)
        {
            var actual = decision.Trace.Select(t => t.ToString()).ToList();
            var count = Math.Max(trace.Count, actual.Count);
            for (var i = 0; i < count; i++)
            {
                var expected = i < trace.Count ? trace[i] : "(none)";
                var got = i < actual.Count ? actual[i] : "(none)";
                if (!string.Equals(expected, got, StringComparison.Ordinal))
                {
                    mismatches.Add("Trace[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]: expected '" + expected + "', got '" + got + "'.");
                }
            }
        }

        return mismatches;
    }
}
