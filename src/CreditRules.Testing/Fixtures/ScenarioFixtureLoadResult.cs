using CreditRules.Documents;

namespace CreditRules.Testing;

/// <summary>The result of loading a scenario fixture file: the fixture, or every error found in it and in the documents it names.</summary>
/// <remarks>Immutable.</remarks>
public sealed class ScenarioFixtureLoadResult
{
    private readonly ScenarioFixture? _fixture;

    internal ScenarioFixtureLoadResult(string path, ScenarioFixture? fixture, IReadOnlyList<DocumentError> errors)
    {
        Path = path;
        _fixture = fixture;
        Errors = errors;
    }

    /// <summary>Gets the fixture file's full path.</summary>
    public string Path { get; }

    /// <summary>Gets a value indicating whether the fixture loaded without error.</summary>
    public bool IsSuccess => _fixture is not null;

    /// <summary>Gets every error found, each with its JSON path in the fixture, line, column and offending value; empty on success.</summary>
    public IReadOnlyList<DocumentError> Errors { get; }

    /// <summary>Gets the loaded fixture.</summary>
    /// <exception cref="DocumentValidationException">The fixture did not load; the exception lists every error.</exception>
    public ScenarioFixture Fixture => _fixture ?? throw new DocumentValidationException(Path, Errors);

    /// <inheritdoc/>
    public override string ToString() => Path + ": " + (IsSuccess ? "loaded" : Errors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " error(s)");
}
