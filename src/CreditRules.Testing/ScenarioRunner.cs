using CreditRules.Documents;
using CreditRules.Domain;
using CreditRules.Engine;

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
        return new ScenarioResult(scenario, decision, SummaryOf(engine, scenario.Request), engine?.Policies, ProbeOf(_evaluator, scenario.Request));
    }

    /// <summary>A probe for setting-scope coverage: the same claim decided under another program of its institution.</summary>
    internal static Func<string, Decision> ProbeOf(IEligibilityEvaluator evaluator, EvaluationRequest request) =>
        programId => evaluator.Evaluate(new EvaluationRequest(request.Learner, request.CourseId, request.InstitutionId, programId, request.AsOf, request.AsKnownOn));

    /// <summary>Loads a scenario fixture file and the documents it names, and runs it on those documents, as
    /// <see cref="ScenarioFixtureRunner.RunFile(string)"/> does with no host rules registered.</summary>
    /// <param name="path">The fixture file's path.</param>
    /// <returns>The result (a <see cref="ScenarioResult"/> for a claim fixture, a <see cref="RecordScenarioResult"/> for a
    /// whole-record fixture); call <see cref="IScenarioResult.EnsurePassed"/> in a test.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="DocumentValidationException">The fixture, or a document it names, is invalid (a fixture naming a
    /// host rule is: register it with <see cref="ScenarioFixtureRunner.WithHostRule(IEligibilityRule)"/>); the exception lists every error.</exception>
    public static IScenarioResult RunFile(string path) => new ScenarioFixtureRunner().RunFile(path);

    /// <summary>Runs every fixture file among files and folders (see <see cref="ScenarioFixture.FindFiles"/>), each on the
    /// documents it names, and measures coverage: rules, reason codes, program overrides and date branches; as
    /// <see cref="ScenarioFixtureRunner.RunFiles(IEnumerable{string})"/> does with no host rules registered.</summary>
    /// <param name="pathsOrFolders">Fixture files and folders of fixture files.</param>
    /// <returns>The results in file order, the fixtures that did not load, and the coverage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pathsOrFolders"/> is null.</exception>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    /// <exception cref="ArgumentException">Two fixtures have the same name.</exception>
    public static ScenarioReport RunFiles(IEnumerable<string> pathsOrFolders) => new ScenarioFixtureRunner().RunFiles(pathsOrFolders);

    /// <summary>Runs every fixture file among files and folders, as <see cref="RunFiles(IEnumerable{string})"/> does, with the fixtures' documents confined to <paramref name="documentRoot"/>.</summary>
    /// <param name="pathsOrFolders">Fixture files and folders of fixture files.</param>
    /// <param name="documentRoot">The folder every document a fixture names must lie under, once symbolic links are followed (the default is the nearest folder above each fixture holding <c>.git</c>, a solution or <c>global.json</c>).</param>
    /// <returns>The results in file order, the fixtures that did not load, and the coverage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pathsOrFolders"/> or <paramref name="documentRoot"/> is null.</exception>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    /// <exception cref="ArgumentException">Two fixtures have the same name, or <paramref name="documentRoot"/> is blank.</exception>
    public static ScenarioReport RunFiles(IEnumerable<string> pathsOrFolders, string documentRoot) =>
        new ScenarioFixtureRunner().WithDocumentRoot(documentRoot).RunFiles(pathsOrFolders);

    /// <summary>The outcome-only summary of a request, the plan's second path through the same rules; none for an evaluator
    /// that is not the engine's, or for a request decided as known on a date (an <see cref="EvaluationPlan"/> of the
    /// evaluator decides with every fact on record).</summary>
    internal static DecisionSummary? SummaryOf(EligibilityEvaluator? engine, EvaluationRequest request) =>
        engine is null || request.AsKnownOn is not null
            ? null
            : engine.Compile(request.AsOf).Summarize(new CreditClaim(request.Learner, request.CourseId, request.InstitutionId, request.ProgramId));

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
}
