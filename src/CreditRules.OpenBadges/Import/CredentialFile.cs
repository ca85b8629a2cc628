namespace CreditRules.OpenBadges;

/// <summary>One credential as received: a file name (or other source label) and its bytes (JSON, or a compact JWS as text).</summary>
public sealed class CredentialFile
{
    /// <summary>Initialises a credential file.</summary>
    /// <param name="source">A label for reports, e.g. the file name.</param>
    /// <param name="content">The bytes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public CredentialFile(string source, ReadOnlyMemory<byte> content)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        Content = content;
    }

    /// <summary>Gets the source label.</summary>
    public string Source { get; }

    /// <summary>Gets the bytes.</summary>
    public ReadOnlyMemory<byte> Content { get; }
}
