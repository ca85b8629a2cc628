using CreditRules.Internal;

namespace CreditRules.DependencyInjection;

/// <summary>
/// A data source over one file: each <see cref="Load"/> reads the whole file and hands it to the host's parser (for
/// example the CreditRules document loader) with a version label computed from the file's content.
/// </summary>
/// <remarks>The file is read into memory before parsing, so a writer replacing it meanwhile cannot tear a snapshot. The
/// version label is <c>sha256:</c> and the first 16 hex digits of the content's SHA-256: equal content gives an equal
/// version. The parser may return a snapshot with a version of its own instead.</remarks>
public sealed class FileCreditRulesDataSource : ICreditRulesDataSource
{
    private readonly Func<Stream, string, CreditRulesData> _parse;

    /// <summary>Initialises the source.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="parse">Turns the file's content and its content version into a snapshot.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    public FileCreditRulesDataSource(string path, Func<Stream, string, CreditRulesData> parse)
    {
        Path = Preconditions.NotBlank(path);
        _parse = Preconditions.NotNull(parse);
    }

    /// <summary>Gets the file's path.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidOperationException">The parser returned <see langword="null"/>.</exception>
    public CreditRulesData Load() => ContentSource.Parse(File.ReadAllBytes(Path), _parse, "file '" + Path + "'");
}
