using CreditRules.Domain;

namespace CreditRules.Reports;

/// <summary>One line of credit a course grants: the amount, the level and the subject areas.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LetterCreditLine
{
    /// <summary>Initializes a line.</summary>
    /// <param name="credits">The credits, in the institution's unit.</param>
    /// <param name="level">The level granted.</param>
    /// <param name="areas">The subject areas, by name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="areas"/> is null.</exception>
    public LetterCreditLine(CreditAmount credits, CreditLevel level, IEnumerable<string> areas)
    {
        Credits = credits;
        Level = level;
        Areas = Check.List(areas, nameof(areas));
    }

    /// <summary>Gets the credits, in the institution's unit.</summary>
    public CreditAmount Credits { get; }

    /// <summary>Gets the level granted.</summary>
    public CreditLevel Level { get; }

    /// <summary>Gets the level in plain words, e.g. "lower-division undergraduate".</summary>
    public string LevelText => Level switch
    {
        CreditLevel.VocationalCertificate => "vocational certificate",
        CreditLevel.LowerDivision => "lower-division undergraduate",
        CreditLevel.UpperDivision => "upper-division undergraduate",
        CreditLevel.Graduate => "graduate",
        _ => Level.ToString(),
    };

    /// <summary>Gets the subject areas, by name (any one of them may be used).</summary>
    public IReadOnlyList<string> Areas { get; }
}
