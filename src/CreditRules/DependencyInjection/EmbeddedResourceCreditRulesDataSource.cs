using System.Reflection;
using CreditRules.Internal;

namespace CreditRules.DependencyInjection;

/// <summary>
/// A data source over a resource embedded in an assembly: <see cref="Load"/> reads it and hands it to the host's parser
/// (for example the CreditRules document loader) with a version label computed from its content.
/// </summary>
/// <remarks>The version label is <c>sha256:</c> and the first 16 hex digits of the content's SHA-256.</remarks>
public sealed class EmbeddedResourceCreditRulesDataSource : ICreditRulesDataSource
{
    private readonly Func<Stream, string, CreditRulesData> _parse;

    /// <summary>Initialises the source.</summary>
    /// <param name="assembly">The assembly holding the resource.</param>
    /// <param name="resourceName">The manifest resource name, such as <c>MyApp.Data.policies.json</c>.</param>
    /// <param name="parse">Turns the resource's content and its content version into a snapshot.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="resourceName"/> is blank.</exception>
    public EmbeddedResourceCreditRulesDataSource(Assembly assembly, string resourceName, Func<Stream, string, CreditRulesData> parse)
    {
        Assembly = Preconditions.NotNull(assembly);
        ResourceName = Preconditions.NotBlank(resourceName);
        _parse = Preconditions.NotNull(parse);
    }

    /// <summary>Gets the assembly holding the resource.</summary>
    public Assembly Assembly { get; }

    /// <summary>Gets the manifest resource name.</summary>
    public string ResourceName { get; }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The assembly has no such resource, or the parser returned <see langword="null"/>.</exception>
    public CreditRulesData Load()
    {
        using var stream = Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                "Assembly '" + Assembly.GetName().Name + "' has no embedded resource '" + ResourceName + "'; it has: "
                + string.Join(", ", Assembly.GetManifestResourceNames().Order(StringComparer.Ordinal)) + ".");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return ContentSource.Parse(buffer.ToArray(), _parse, "embedded resource '" + ResourceName + "'");
    }
}
