namespace CreditRules.Domain;

/// <summary>
/// Counts a recommendation line's level as another level, such as graduate-level recommendations accepted as upper
/// division credit. Stated on an institution policy version or on a program's own settings.
/// </summary>
/// <remarks>
/// A line's level <see cref="From"/> is accepted when <see cref="To"/> is accepted, and the credit is granted at
/// <see cref="To"/> (record caps scoped by level see <see cref="To"/>); the decision says so with the reason
/// <c>LevelMapped</c>, while its granted line keeps the recommendation's own level. A level that is itself accepted is still mapped: the mapping says how the institution records it.
/// Mappings do not chain. Immutable.
/// </remarks>
public sealed class LevelMapping
{
    /// <summary>Initialises a level mapping.</summary>
    /// <param name="from">The recommendation's level.</param>
    /// <param name="to">The level it counts as.</param>
    /// <exception cref="ArgumentOutOfRangeException">A level is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="from"/> equals <paramref name="to"/>.</exception>
    public LevelMapping(CreditLevel from, CreditLevel to)
    {
        From = Internal.Preconditions.Defined(from);
        To = Internal.Preconditions.Defined(to);
        if (from == to)
        {
            throw new ArgumentException("A level mapping counts a level as another; " + from + " is mapped to itself.", nameof(to));
        }
    }

    /// <summary>Gets the recommendation's level.</summary>
    public CreditLevel From { get; }

    /// <summary>Gets the level it counts as.</summary>
    public CreditLevel To { get; }

    /// <summary>Returns e.g. "Graduate as UpperDivision".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => From + " as " + To;
}
