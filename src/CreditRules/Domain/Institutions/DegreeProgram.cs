using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>A degree program of an institution, with the overrides it applies on top of the institution's policy.</summary>
public sealed class DegreeProgram
{
    /// <summary>Initialises a program.</summary>
    /// <param name="id">A stable id, such as <c>bsn</c>.</param>
    /// <param name="name">The display name.</param>
    /// <param name="overrides">The program's overrides, with unique ids.</param>
    /// <exception cref="ArgumentException">A required argument is blank or override ids repeat.</exception>
    public DegreeProgram(string id, string name, IEnumerable<ProgramOverride>? overrides = null)
    {
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

    /// <inheritdoc/>
    public override string ToString() => Id;
}
