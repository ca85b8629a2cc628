using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>An online course offered by a <see cref="Provider"/>, possibly written by a partner university.</summary>
public sealed class Course
{
    /// <summary>Initialises a course.</summary>
    /// <param name="id">A stable id, such as <c>uci-precalculus</c>.</param>
    /// <param name="title">The title.</param>
    /// <param name="providerId">The id of the delivering provider.</param>
    /// <param name="partner">The partner university that wrote it, if any.</param>
    /// <exception cref="ArgumentException">A required argument is blank.</exception>
    public Course(string id, string title, string providerId, string? partner = null)
    {
        Id = Preconditions.NotBlank(id);
        Title = Preconditions.NotBlank(title);
        ProviderId = Preconditions.NotBlank(providerId);
        Partner = string.IsNullOrWhiteSpace(partner) ? null : partner;
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the id of the delivering provider.</summary>
    public string ProviderId { get; }

    /// <summary>Gets the partner university, or <see langword="null"/>.</summary>
    public string? Partner { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
