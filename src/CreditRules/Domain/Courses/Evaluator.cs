using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Domain;

/// <summary>A body that issues credit recommendations, such as ACE (<c>ace</c>) or NCCRS.</summary>
public sealed class Evaluator
{
    /// <summary>Initialises an evaluator.</summary>
    /// <param name="id">A stable id, such as <c>ace</c>.</param>
    /// <param name="name">The display name.</param>
    /// <param name="referenceZone">The zone whose calendar fixes the date of an exam instant by default (ACE/Coursera: America/New_York).</param>
    /// <exception cref="ArgumentException">An id or name is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="referenceZone"/> is null.</exception>
    public Evaluator(string id, string name, DateTimeZone referenceZone)
    {
        Id = Preconditions.NotBlank(id);
        Name = Preconditions.NotBlank(name);
        ReferenceZone = Preconditions.NotNull(referenceZone);
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the evaluator's reference zone.</summary>
    public DateTimeZone ReferenceZone { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
