using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>An organisation that delivers courses, such as Coursera.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Provider
{
    /// <summary>Initialises a provider.</summary>
    /// <param name="id">A stable id, such as <c>coursera</c>.</param>
    /// <param name="name">The display name.</param>
    /// <param name="kind">What kind of organisation it is (default <see cref="ProviderKind.Unspecified"/>), for refusals by provider type.</param>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public Provider(string id, string name, ProviderKind kind = ProviderKind.Unspecified)
    {
        Id = Preconditions.NotBlank(id);
        Name = Preconditions.NotBlank(name);
        Kind = Preconditions.Defined(kind);
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets what kind of organisation the provider is.</summary>
    /// <value>Defaults to <see cref="ProviderKind.Unspecified"/>.</value>
    public ProviderKind Kind { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
