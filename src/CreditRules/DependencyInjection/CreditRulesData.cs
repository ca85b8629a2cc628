using CreditRules.Domain;
using CreditRules.Internal;

namespace CreditRules.DependencyInjection;

/// <summary>One versioned snapshot of the data an evaluator decides with: the catalog, the policy set and a version label.</summary>
/// <remarks>Immutable. The version label is the host's name for this snapshot (a file hash, a release tag, a timestamp
/// the host formats); every decision made with it reports it as <see cref="Engine.Decision.DataVersion"/>.</remarks>
public sealed class CreditRulesData
{
    /// <summary>Initialises a snapshot.</summary>
    /// <param name="catalog">The courses and their recommendations.</param>
    /// <param name="policies">The institutions and their policies.</param>
    /// <param name="version">The version label, such as <c>2014-06-30.1</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="version"/> is blank.</exception>
    public CreditRulesData(Catalog catalog, PolicySet policies, string version)
    {
        Catalog = Preconditions.NotNull(catalog);
        Policies = Preconditions.NotNull(policies);
        Version = Preconditions.NotBlank(version);
    }

    /// <summary>Gets the catalog.</summary>
    public Catalog Catalog { get; }

    /// <summary>Gets the policy set.</summary>
    public PolicySet Policies { get; }

    /// <summary>Gets the version label.</summary>
    public string Version { get; }

    /// <inheritdoc/>
    public override string ToString() => Version;
}
