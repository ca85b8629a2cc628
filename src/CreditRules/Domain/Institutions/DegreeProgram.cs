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

    /// <summary>Gets the per-claim settings the program states for itself (inheriting the rest from the institution policy version), or <see langword="null"/> when it inherits everything.</summary>
    /// <value>Defaults to <see langword="null"/>. Set with <see cref="WithSettings"/>.</value>
    public ProgramSettings? Settings { get; private init; }

    /// <summary>Returns a copy of this program with <paramref name="settings"/> as its own settings.</summary>
    /// <param name="settings">The settings the program states, or <see langword="null"/> to inherit every setting from the institution.</param>
    /// <returns>The new program; this one is unchanged.</returns>
    public DegreeProgram WithSettings(ProgramSettings? settings) =>
        new(Id, Name, Overrides, TotalCredits, ResidencyRequired) { Settings = settings, Kind = Kind };

    /// <summary>Gets the kind of credential the program leads to (associate, bachelor's...), or <see langword="null"/> when not stated.</summary>
    /// <value>Defaults to <see langword="null"/>. Set with <see cref="WithKind"/>. Read only by filters (<c>creditrules where --program-kind</c>), never by the rules.</value>
    public DegreeProgramKind? Kind { get; private init; }

    /// <summary>Returns a copy of this program with <paramref name="kind"/> as its kind.</summary>
    /// <param name="kind">The kind, or <see langword="null"/> for none stated.</param>
    /// <returns>The new program; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public DegreeProgram WithKind(DegreeProgramKind? kind) =>
        new(Id, Name, Overrides, TotalCredits, ResidencyRequired) { Settings = Settings, Kind = kind is null ? null : Preconditions.Defined(kind.Value, nameof(kind)) };

    /// <inheritdoc/>
    public override string ToString() => Id;
}
