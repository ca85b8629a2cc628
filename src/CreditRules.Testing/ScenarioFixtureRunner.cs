using CreditRules.Documents;
using CreditRules.Engine;
using CreditRules.Testing.Fixtures;

namespace CreditRules.Testing;

/// <summary>
/// Runs scenario fixture files (<c>schemas/scenario.schema.json</c>), single-claim and whole-record, each on the documents
/// it names and with the host rules it names, registered here in code; checks every fixture on the explained path and on
/// the outcome-only path; and measures coverage of the built-in rules (claim and record rules, from the engine's rule
/// registry) and of the host rules registered.
/// </summary>
/// <remarks>
/// <para>Immutable: each <c>With…</c> method returns a new runner. Thread-safe; each run loads its fixtures afresh.</para>
/// <para>A fixture names host rules by id (<c>hostRules</c> for <see cref="IEligibilityRule"/>, <c>hostRecordRules</c>
/// for <see cref="IRecordRule"/>), never code: documents are data. A fixture naming an id no registered rule has does not
/// load, with an error naming the fixture file, the field (such as <c>$.hostRules[0]</c>) and the id. A registered rule
/// runs only in the fixtures that name it.</para>
/// </remarks>
/// <example><code>
/// var runner = new ScenarioFixtureRunner()
///     .WithHostRule(new ProgramAdmissionRule())
///     .WithHostRecordRule(new ProviderLimitRule());
/// ScenarioReport report = runner.RunFiles(["scenarios"]);
/// Assert.True(report.Passed);
/// </code></example>
public sealed class ScenarioFixtureRunner
{
    private readonly IEligibilityRule[] _hostRules;
    private readonly IRecordRule[] _hostRecordRules;

    /// <summary>Initialises a runner with no host rules, whose fixtures' documents must lie under each fixture's default document root.</summary>
    public ScenarioFixtureRunner()
        : this([], [], null)
    {
    }

    private ScenarioFixtureRunner(IEligibilityRule[] hostRules, IRecordRule[] hostRecordRules, string? documentRoot)
    {
        _hostRules = hostRules;
        _hostRecordRules = hostRecordRules;
        DocumentRoot = documentRoot;
    }

    /// <summary>Gets the host claim rules fixtures may name, in registration order.</summary>
    public IReadOnlyList<IEligibilityRule> HostRules => Array.AsReadOnly(_hostRules);

    /// <summary>Gets the host record rules fixtures may name, in registration order.</summary>
    public IReadOnlyList<IRecordRule> HostRecordRules => Array.AsReadOnly(_hostRecordRules);

    /// <summary>Gets the folder every document a fixture names must lie under, or <see langword="null"/> for each fixture's
    /// default (the nearest folder above it holding <c>.git</c>, a solution or <c>global.json</c>).</summary>
    public string? DocumentRoot { get; }

    /// <summary>Returns a runner that also offers a host claim rule to the fixtures, which name it by <see cref="IEligibilityRule.Id"/> in <c>hostRules</c>.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The new runner.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">The rule's id is blank, a built-in rule id, or the id of a rule already registered.</exception>
    public ScenarioFixtureRunner WithHostRule(IEligibilityRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        CheckId(rule.Id, nameof(rule));
        return new([.. _hostRules, rule], _hostRecordRules, DocumentRoot);
    }

    /// <summary>Returns a runner that also offers a host record rule to the whole-record fixtures, which name it by <see cref="IRecordRule.Id"/> in <c>hostRecordRules</c>.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The new runner.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">The rule's id is blank, a built-in rule id, or the id of a rule already registered.</exception>
    public ScenarioFixtureRunner WithHostRecordRule(IRecordRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        CheckId(rule.Id, nameof(rule));
        return new(_hostRules, [.. _hostRecordRules, rule], DocumentRoot);
    }

    /// <summary>Returns a runner whose fixtures' documents must lie under <paramref name="documentRoot"/>, once symbolic links are followed.</summary>
    /// <param name="documentRoot">The folder.</param>
    /// <returns>The new runner.</returns>
    /// <exception cref="ArgumentException"><paramref name="documentRoot"/> is null or blank.</exception>
    public ScenarioFixtureRunner WithDocumentRoot(string documentRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentRoot);
        return new(_hostRules, _hostRecordRules, documentRoot);
    }

    /// <summary>Loads a fixture file and the documents it names, resolving the host rules it names against this runner's.</summary>
    /// <param name="path">The fixture file's path.</param>
    /// <returns>The fixture, or every error found (a missing fixture file too).</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    public ScenarioFixtureLoadResult Load(string path) => NewLoader().Load(path);

    /// <summary>Loads a fixture file and the documents it names, and runs it on both paths.</summary>
    /// <param name="path">The fixture file's path.</param>
    /// <returns>A <see cref="ScenarioResult"/> for a claim fixture, a <see cref="RecordScenarioResult"/> for a whole-record
    /// fixture; call <see cref="IScenarioResult.EnsurePassed"/> in a test.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="DocumentValidationException">The fixture, or a document it names, is invalid (an unknown host rule
    /// id too); the exception names the file and lists every error with its JSON path, line, column and value.</exception>
    public IScenarioResult RunFile(string path)
    {
        var loader = NewLoader();
        return Run(loader, loader.Load(path).Fixture);
    }

    /// <summary>Runs every fixture file among files and folders (see <see cref="ScenarioFixture.FindFiles"/>) and measures
    /// coverage: built-in claim and record rules, the host rules registered, reason codes, program overrides and date branches.</summary>
    /// <param name="pathsOrFolders">Fixture files and folders of fixture files.</param>
    /// <returns>The results in file order, the fixtures that did not load (with every error), and the coverage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pathsOrFolders"/> is null.</exception>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    /// <exception cref="ArgumentException">Two fixtures have the same name.</exception>
    public ScenarioReport RunFiles(IEnumerable<string> pathsOrFolders)
    {
        var files = ScenarioFixture.FindFiles(pathsOrFolders);
        var loader = NewLoader();
        var invalid = new List<ScenarioFixtureLoadResult>();
        var results = new List<IScenarioResult>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var loaded = loader.Load(file);
            if (!loaded.IsSuccess)
            {
                invalid.Add(loaded);
                continue;
            }

            var name = loaded.Fixture.Name;
            if (names.TryGetValue(name, out var first))
            {
                throw new ArgumentException("Scenario name '" + name + "' is used by both '" + first + "' and '" + file + "'.", nameof(pathsOrFolders));
            }

            names[name] = file;
            results.Add(Run(loader, loaded.Fixture));
        }

        var hostRuleIds = _hostRules.Select(r => r.Id).Concat(_hostRecordRules.Select(r => r.Id));
        return new ScenarioReport(results, RuleCoverage.FromResults(results, hostRuleIds), invalid);
    }

    private FixtureLoader NewLoader() => new(DocumentRoot, _hostRules, _hostRecordRules);

    private static IScenarioResult Run(FixtureLoader loader, ScenarioFixture fixture)
    {
        if (fixture.RecordScenario is { } record)
        {
            var evaluator = loader.RecordEvaluatorFor(fixture);
            var decision = evaluator.Evaluate(record.Request);
            var claims = new DecisionSummary[record.Request.CourseIds.Count];
            var summary = evaluator.Summarize(record.Request, claims);
            return new RecordScenarioResult(record, decision, summary, claims, fixture.Policies, loader.EvaluatorFor(fixture));
        }

        var scenario = fixture.Scenario!;
        var engine = loader.EvaluatorFor(fixture);
        return new ScenarioResult(scenario, engine.Evaluate(scenario.Request), ScenarioRunner.SummaryOf(engine, scenario.Request), fixture.Policies, ScenarioRunner.ProbeOf(engine, scenario.Request));
    }

    private void CheckId(string? id, string parameter)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("The host rule's Id must not be blank; got '" + id + "'.", parameter);
        }

        if (EligibilityEvaluator.BuiltInRuleIds.Contains(id, StringComparer.Ordinal) || RecordEvaluator.BuiltInRuleIds.Contains(id, StringComparer.Ordinal))
        {
            throw new ArgumentException("Host rule id '" + id + "' is the id of a built-in rule; give the host rule its own id.", parameter);
        }

        if (_hostRules.Any(r => string.Equals(r.Id, id, StringComparison.Ordinal)) || _hostRecordRules.Any(r => string.Equals(r.Id, id, StringComparison.Ordinal)))
        {
            throw new ArgumentException("Host rule id '" + id + "' is already registered with this runner; give each host rule its own id.", parameter);
        }
    }
}
