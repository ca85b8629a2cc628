using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>
/// One statement of a recommendation version: "N semester hours, at one of these levels, in one of these subjects",
/// e.g. "3 SH, vocational certificate or lower division, in mathematics or statistics".
/// </summary>
public sealed class RecommendationLine
{
    /// <summary>Initialises a line.</summary>
    /// <param name="credits">The recommended credit, greater than zero (ACE recommends in semester hours).</param>
    /// <param name="levels">The acceptable alternative levels, at least one, no duplicates.</param>
    /// <param name="subjects">The acceptable alternative subjects in the evaluator's order, at least one.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="credits"/> is zero.</exception>
    /// <exception cref="ArgumentException">A list is empty or holds a duplicate or undefined level.</exception>
    public RecommendationLine(CreditAmount credits, IEnumerable<CreditLevel> levels, IEnumerable<SubjectArea> subjects)
    {
        if (credits.IsZero)
        {
            throw new ArgumentOutOfRangeException(nameof(credits), credits.ToString(), "A recommendation line must recommend more than zero credit.");
        }

        Credits = credits;
        var levelList = Preconditions.CopyValues(levels);
        if (levelList.Count == 0)
        {
            throw new ArgumentException("A recommendation line needs at least one level.", nameof(levels));
        }

        foreach (var level in levelList)
        {
            Preconditions.Defined(level, nameof(levels));
        }

        if (levelList.Distinct().Count() != levelList.Count)
        {
            throw new ArgumentException("A recommendation line lists a level twice: " + string.Join(", ", levelList) + ".", nameof(levels));
        }

        Levels = levelList;
        var subjectList = Preconditions.CopyValues(subjects);
        if (subjectList.Count == 0)
        {
            throw new ArgumentException("A recommendation line needs at least one subject area.", nameof(subjects));
        }

        if (subjectList.Any(s => s.Code is null))
        {
            throw new ArgumentException("A recommendation line holds a default (empty) subject area.", nameof(subjects));
        }

        Subjects = subjectList;
    }

    /// <summary>Gets the recommended credit.</summary>
    public CreditAmount Credits { get; }

    /// <summary>Gets the acceptable alternative levels, in the order given.</summary>
    public IReadOnlyList<CreditLevel> Levels { get; }

    /// <summary>Gets the acceptable alternative subjects, in the evaluator's order.</summary>
    public IReadOnlyList<SubjectArea> Subjects { get; }

    /// <inheritdoc/>
    public override string ToString() => Credits + " " + string.Join(" or ", Levels) + " in " + string.Join(" or ", Subjects);
}
