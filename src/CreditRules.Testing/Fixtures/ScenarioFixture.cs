using CreditRules.Documents;
using CreditRules.Domain;
using CreditRules.Engine;
using CreditRules.Testing.Fixtures;

namespace CreditRules.Testing;

/// <summary>
/// A scenario fixture loaded from a JSON file (<c>schemas/scenario.schema.json</c>): the documents it decides with, the
/// learner, the claim (or the whole record of claims), the as-of date, the host rules it names, and what the decisions
/// must say, as a <see cref="Testing.Scenario"/> (one claim) or a <see cref="Testing.RecordScenario"/> (a whole record).
/// </summary>
/// <remarks>
/// <para>A fixture names its catalog and policy documents by a path relative to the fixture file, or holds them inline;
/// its learner is an inline learner record (the shape of one entry of a learner document's <c>learners</c>) or the id
/// of a learner in a learner document the fixture names. A fixture names host rules by id (<c>hostRules</c>,
/// <c>hostRecordRules</c>): documents are data, so the rule instances are registered in code with
/// <see cref="ScenarioFixtureRunner.WithHostRule(IEligibilityRule)"/> and
/// <see cref="ScenarioFixtureRunner.WithHostRecordRule(IRecordRule)"/>, and an id no registered rule has is an error of
/// the fixture naming the field and the id. Immutable.</para>
/// <para>Loading is reflection-free (System.Text.Json source generation) and reports every error it can find at once,
/// each with its JSON path in the fixture, line, column and offending value.</para>
/// </remarks>
public sealed class ScenarioFixture
{
    internal ScenarioFixture(
        string path,
        string? description,
        Scenario? scenario,
        RecordScenario? recordScenario,
        Catalog catalog,
        PolicySet policies,
        IReadOnlyList<IEligibilityRule> hostRules,
        IReadOnlyList<IRecordRule> hostRecordRules)
    {
        Path = path;
        Description = description;
        Scenario = scenario;
        RecordScenario = recordScenario;
        Catalog = catalog;
        Policies = policies;
        HostRules = hostRules;
        HostRecordRules = hostRecordRules;
        HostRuleIds = Array.AsReadOnly(hostRules.Select(r => r.Id).ToArray());
        HostRecordRuleIds = Array.AsReadOnly(hostRecordRules.Select(r => r.Id).ToArray());
    }

    internal IReadOnlyList<IEligibilityRule> HostRules { get; }

    internal IReadOnlyList<IRecordRule> HostRecordRules { get; }

    /// <summary>Gets the scenario's name.</summary>
    public string Name => Scenario?.Name ?? RecordScenario!.Name;

    /// <summary>Gets the ids of the host claim rules the fixture names (<c>hostRules</c>), in the order they run; empty when it names none.</summary>
    public IReadOnlyList<string> HostRuleIds { get; }

    /// <summary>Gets the ids of the host record rules the fixture names (<c>hostRecordRules</c>), in the order they run; empty when it names none.</summary>
    public IReadOnlyList<string> HostRecordRuleIds { get; }

    /// <summary>Gets the whole-record scenario (a fixture with <c>record</c>), or <see langword="null"/> for a single-claim fixture.</summary>
    public RecordScenario? RecordScenario { get; }

    /// <summary>Gets the fixture file's full path.</summary>
    public string Path { get; }

    /// <summary>Gets the fixture's description for people, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Gets the single-claim scenario (a fixture with <c>claim</c>): the claim and its expectations; <see langword="null"/> for a whole-record fixture (see <see cref="RecordScenario"/>).</summary>
    public Scenario? Scenario { get; }

    /// <summary>Gets the catalog the scenario decides with.</summary>
    public Catalog Catalog { get; }

    /// <summary>Gets the policy set the scenario decides with.</summary>
    public PolicySet Policies { get; }

    /// <summary>Loads a fixture file and the documents it names.</summary>
    /// <param name="path">The fixture file's path.</param>
    /// <returns>The fixture, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    /// <remarks>
    /// A missing fixture file is reported as an error of the result, not thrown. The documents it names must lie under
    /// its default document root, once symbolic links are followed: the nearest folder above the fixture holding
    /// <c>.git</c>, a <c>*.sln</c>/<c>*.slnx</c> or <c>global.json</c>, else the fixture's folder (see
    /// <see cref="LoadFile(string, string)"/> to choose it).
    /// </remarks>
    public static ScenarioFixtureLoadResult LoadFile(string path) => new FixtureLoader().Load(path);

    /// <summary>Loads a fixture file and the documents it names, which must lie under <paramref name="documentRoot"/>.</summary>
    /// <param name="path">The fixture file's path.</param>
    /// <param name="documentRoot">The folder the fixture's documents must lie under, once symbolic links are followed; a path outside it is an error of the result, and the file is not read.</param>
    /// <returns>The fixture, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="documentRoot"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> or <paramref name="documentRoot"/> is blank.</exception>
    public static ScenarioFixtureLoadResult LoadFile(string path, string documentRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentRoot);
        return new FixtureLoader(documentRoot).Load(path);
    }

    /// <summary>Loads a fixture file, or throws listing every error.</summary>
    /// <param name="path">The fixture file's path.</param>
    /// <returns>The fixture.</returns>
    /// <exception cref="DocumentValidationException">The fixture, or a document it names, is invalid.</exception>
    public static ScenarioFixture LoadFileOrThrow(string path) => LoadFile(path).Fixture;

    /// <summary>Lists the fixture files among files and folders: a file as given, a folder's <c>*.json</c> files (not its
    /// subfolders), each group in ordinal order of name.</summary>
    /// <param name="pathsOrFolders">Fixture files and folders of fixture files.</param>
    /// <returns>The full paths of the fixture files.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pathsOrFolders"/> is null.</exception>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    public static IReadOnlyList<string> FindFiles(IEnumerable<string> pathsOrFolders)
    {
        ArgumentNullException.ThrowIfNull(pathsOrFolders);
        var files = new List<string>();
        foreach (var path in pathsOrFolders)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.GetFiles(path, "*.json").Select(System.IO.Path.GetFullPath).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(System.IO.Path.GetFullPath(path));
            }
            else
            {
                throw new FileNotFoundException("'" + path + "' is neither a scenario fixture file nor a folder.", path);
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Theory data for a test framework (such as xunit's <c>[MemberData]</c>): one row per fixture file in
    /// <paramref name="folder"/>, holding the file's name relative to the folder.</summary>
    /// <param name="folder">The folder of fixture files.</param>
    /// <returns>One single-element row per <c>*.json</c> file, in ordinal order of name.</returns>
    /// <exception cref="DirectoryNotFoundException"><paramref name="folder"/> does not exist.</exception>
    /// <example><code>
    /// public static IEnumerable&lt;object[]&gt; Fixtures =&gt; ScenarioFixture.MemberData(FixtureFolder);
    ///
    /// [Theory, MemberData(nameof(Fixtures))]
    /// public void Fixture_Passes(string file) =&gt; ScenarioRunner.RunFile(Path.Combine(FixtureFolder, file)).EnsurePassed();
    /// </code></example>
    public static IEnumerable<object[]> MemberData(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException("The scenario fixture folder '" + folder + "' does not exist.");
        }

        return Directory.GetFiles(folder, "*.json").Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal).Select(f => new object[] { f! }).ToArray();
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
