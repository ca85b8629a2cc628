using CreditRules.Domain;
using CreditRules.Internal;

namespace CreditRules.Engine;

/// <summary>
/// One recommendation line a <see cref="Decision"/> accepted: its credits in the institution's unit, the level it is
/// granted at (the highest alternative the institution and any restricting program override accept) and its subjects.
/// </summary>
/// <remarks>
/// <see cref="Credits"/> is the line's exact conversion, before rounding and per-course limits, which apply to the
/// decision's total (<see cref="Decision.CreditsGranted"/>). Record-level caps scoped to a level use <see cref="Level"/>.
/// </remarks>
public sealed class GrantedLine
{
    /// <summary>Initialises a granted line.</summary>
    /// <param name="line">The recommendation line.</param>
    /// <param name="level">The level it is granted at; one of the line's levels.</param>
    /// <param name="unit">The institution's credit unit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="level"/> is not one of the line's levels.</exception>
    public GrantedLine(RecommendationLine line, CreditLevel level, CreditUnit unit)
    {
        Line = Preconditions.NotNull(line);
        if (!line.Levels.Contains(level))
        {
            throw new ArgumentException("Level " + level + " is not one of the line's levels (" + string.Join(", ", line.Levels) + ").", nameof(level));
        }

        Level = level;
        Credits = line.Credits.ConvertTo(Preconditions.Defined(unit));
    }

    /// <summary>Gets the recommendation line.</summary>
    public RecommendationLine Line { get; }

    /// <summary>Gets the line's credits converted exactly to the institution's unit.</summary>
    public CreditAmount Credits { get; }

    /// <summary>Gets the level the line is granted at.</summary>
    public CreditLevel Level { get; }

    /// <summary>Gets the line's subject areas.</summary>
    public IReadOnlyList<SubjectArea> Subjects => Line.Subjects;

    /// <inheritdoc/>
    public override string ToString() => Credits + " at " + Level + " in " + string.Join(" or ", Subjects);
}
