using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>An organisation that delivers courses, such as Coursera.</summary>
public sealed class Provider
{
    /// <summary>Initialises a provider.</summary>
    /// <param name="id">A stable id, such as <c>coursera</c>.</param>
    /// <param name="name">The display name.</param>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public Provider(string id, string name)
    {
        Id = Preconditions.NotBlank(id);
        Name = Preconditions.NotBlank(name);
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
