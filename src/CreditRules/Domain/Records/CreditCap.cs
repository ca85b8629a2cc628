using System.Globalization;
using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>
/// A limit on external credit in a learner's record: absolute hours or a percentage of the program's total credits,
/// over all external credit or one source or level.
/// </summary>
/// <remarks>
/// Limits are converted exactly to the institution's unit (1 QH = 2/3 SH) before use. A percentage needs the program's
/// <see cref="DegreeProgram.TotalCredits"/>. Several caps may bind at once; a course gets the least room any of them leaves.
/// </remarks>
public sealed class CreditCap
{
    private CreditCap(string id, CreditAmount? limit, decimal? percent, CapScope scope, PriorCreditSource? source, CreditLevel? level)
    {
        Id = Preconditions.NotBlank(id);
        Limit = limit;
        PercentOfProgram = percent;
        Scope = Preconditions.Defined(scope);
        switch (scope)
        {
            case CapScope.All when source is not null || level is not null:
                throw new ArgumentException("Cap '" + id + "' covers all credit, so it takes no source or level; got source " + (source?.ToString() ?? "(none)") + ", level " + (level?.ToString() ?? "(none)") + ".", nameof(scope));
            case CapScope.Source when source is null || level is not null:
                throw new ArgumentException("Cap '" + id + "' is scoped to a source, so it takes a source and no level.", nameof(source));
            case CapScope.Level when level is null || source is not null:
                throw new ArgumentException("Cap '" + id + "' is scoped to a level, so it takes a level and no source.", nameof(level));
        }

        Source = source is { } s ? Preconditions.Defined(s, nameof(source)) : null;
        if (source == PriorCreditSource.LocalCourse)
        {
            throw new ArgumentException("Cap '" + id + "' limits LocalCourse credit, which never counts against a cap: a local course is earned at the institution itself.", nameof(source));
        }

        Level = level is { } l ? Preconditions.Defined(l, nameof(level)) : null;
    }

    /// <summary>Gets the id, named as the rule in reasons.</summary>
    public string Id { get; }

    /// <summary>Gets the absolute limit, or <see langword="null"/> for a percentage cap.</summary>
    public CreditAmount? Limit { get; }

    /// <summary>Gets the percentage of the program's total credits, or <see langword="null"/> for an absolute cap.</summary>
    public decimal? PercentOfProgram { get; }

    /// <summary>Gets which credit the cap limits.</summary>
    public CapScope Scope { get; }

    /// <summary>Gets the source limited, for <see cref="CapScope.Source"/>; otherwise <see langword="null"/>.</summary>
    public PriorCreditSource? Source { get; }

    /// <summary>Gets the level limited, for <see cref="CapScope.Level"/>; otherwise <see langword="null"/>.</summary>
    public CreditLevel? Level { get; }

    /// <summary>Creates a cap of absolute hours.</summary>
    /// <param name="id">A stable id.</param>
    /// <param name="limit">The most credit, zero or more, in semester or quarter hours.</param>
    /// <param name="scope">Which credit it limits.</param>
    /// <param name="source">The source, for <see cref="CapScope.Source"/>.</param>
    /// <param name="level">The level, for <see cref="CapScope.Level"/>.</param>
    /// <returns>The cap.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank, <paramref name="source"/> and <paramref name="level"/> do not fit <paramref name="scope"/>, or <paramref name="source"/> is <see cref="PriorCreditSource.LocalCourse"/> (never capped).</exception>
    public static CreditCap Absolute(string id, CreditAmount limit, CapScope scope = CapScope.All, PriorCreditSource? source = null, CreditLevel? level = null) =>
        new(id, limit, null, scope, source, level);

    /// <summary>Creates a cap of a percentage of the program's total credits.</summary>
    /// <param name="id">A stable id.</param>
    /// <param name="percent">The percentage, more than 0 and at most 100.</param>
    /// <param name="scope">Which credit it limits.</param>
    /// <param name="source">The source, for <see cref="CapScope.Source"/>.</param>
    /// <param name="level">The level, for <see cref="CapScope.Level"/>.</param>
    /// <returns>The cap.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is not in (0, 100].</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank, <paramref name="source"/> and <paramref name="level"/> do not fit <paramref name="scope"/>, or <paramref name="source"/> is <see cref="PriorCreditSource.LocalCourse"/> (never capped).</exception>
    public static CreditCap Percent(string id, decimal percent, CapScope scope = CapScope.All, PriorCreditSource? source = null, CreditLevel? level = null) =>
        percent is > 0 and <= 100
            ? new(id, null, percent, scope, source, level)
            : throw new ArgumentOutOfRangeException(nameof(percent), percent, "A cap's percentage must be more than 0 and at most 100.");

    /// <summary>Determines whether credit of <paramref name="source"/> at <paramref name="level"/> counts against this cap.</summary>
    /// <param name="source">The credit's source.</param>
    /// <param name="level">The credit's level.</param>
    /// <returns><see langword="true"/> when it counts.</returns>
    public bool Covers(PriorCreditSource source, CreditLevel level) => Scope switch
    {
        CapScope.Source => Source == source,
        CapScope.Level => Level == level,
        _ => true,
    };

    /// <summary>Formats the limit and scope, without the id: <c>45 SH of all external credit</c>, <c>50 % of the program of Exam credit</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        (Limit is { } limit ? limit.ToString() : PercentOfProgram!.Value.ToString(CultureInfo.InvariantCulture) + " % of the program")
        + Scope switch
        {
            CapScope.Source => " of " + Source + " credit",
            CapScope.Level => " of " + Level + " credit",
            _ => " of all external credit",
        };
}
