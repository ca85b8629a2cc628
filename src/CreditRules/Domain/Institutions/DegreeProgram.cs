using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>A degree program of an institution, with the overrides it applies on top of the institution's policy.</summary>
public sealed class DegreeProgram
{
    /// <summary>Initialises a program.</summary>
    /// <param name="id">A stable id, such as <c>bsn</c>.</param>
    /// <param name="name">The display name.</param>
    /// <param name="overrides">The program's overrides, with unique ids.</param>
    /// <param name="totalCredits">The credits the degree requires, or <see langword="null"/>; percentage caps need it.</param>
    /// <param name="residencyRequired">The credits that must be earned in residence, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A required argument is blank or override ids repeat.</exception>
    public DegreeProgram(string id, string name, IEnumerable<ProgramOverride>? overrides = null, CreditAmount? totalCredits = null, CreditAmount? residencyRequired = null)
    {
        TotalCredits = totalCredits;
        ResidencyRequired = residencyRequired;
        Id = Preconditions.NotBlank(id);
        Name = Preconditions.NotBlank(name);
        Overrides = Preconditions.CopyList(overrides ?? [], nameof(overrides));
        Preconditions.EnsureUniqueIds(Overrides, o => o.Id, nameof(overrides));
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the program's overrides.</summary>
    public IReadOnlyList<ProgramOverride> Overrides { get; }

    /// <summary>Gets the credits the degree requires, or <see langword="null"/>.</summary>
    public CreditAmount? TotalCredits { get; }

    /// <summary>Gets the credits that must be earned in residence, or <see langword="null"/>.</summary>
    /// <remarks>Credit by evaluation never counts toward it.</remarks>
    public CreditAmount? ResidencyRequired { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
