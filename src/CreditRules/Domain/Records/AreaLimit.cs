using System.Globalization;
using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>
/// A record policy's setting for one requirement area: a cap on credit by evaluation landing there (absolute, or a
/// percentage of the area's size with a stated rounding), the sources excluded from it, and the area that takes
/// excluded or overflowing credit instead of refusing it.
/// </summary>
/// <remarks>
/// <para>Credit by evaluation (an evaluator-recommended course) is of source <see cref="PriorCreditSource.PriorLearning"/>.
/// Excluded credit with no <see cref="RedirectTo"/> is refused (a blocking reason); credit over the cap with no
/// <see cref="RedirectTo"/> is limited (whole-course awards unless the record policy allows partial ones). A redirect is one hop:
/// the target area's own cap and exclusions apply, and credit it cannot take is limited there.</para>
/// <para>The area's size always bounds it: a cap larger than the area changes nothing (the linter warns).</para>
/// </remarks>
public sealed class AreaLimit
{
    /// <summary>Initialises an area setting.</summary>
    /// <param name="areaId">The requirement area it applies to.</param>
    /// <param name="limit">An absolute cap on credit by evaluation in the area, or <see langword="null"/>.</param>
    /// <param name="percentOfArea">A cap as a percentage of the area's size, more than 0 and at most 100, or <see langword="null"/>.</param>
    /// <param name="rounding">How a percentage cap is rounded, in the institution's unit. Default: <see cref="RoundingPolicy.Exact"/>.</param>
    /// <param name="excludedSources">Sources whose credit may not land in the area.</param>
    /// <param name="redirectTo">The area that takes excluded or overflowing credit, or <see langword="null"/> to refuse or limit it.</param>
    /// <exception cref="ArgumentException"><paramref name="areaId"/> or <paramref name="redirectTo"/> is blank, both caps are given, or the area redirects to itself.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentOfArea"/> is not in (0, 100], or a source is not defined.</exception>
    public AreaLimit(string areaId, CreditAmount? limit = null, decimal? percentOfArea = null, RoundingPolicy rounding = default, IEnumerable<PriorCreditSource>? excludedSources = null, string? redirectTo = null)
    {
        AreaId = Preconditions.NotBlank(areaId);
        if (limit is not null && percentOfArea is not null)
        {
            throw new ArgumentException("Area setting '" + areaId + "' gives both an absolute cap and a percentage; give one.", nameof(percentOfArea));
        }

        if (percentOfArea is { } p && p is not (> 0 and <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(percentOfArea), p, "An area cap's percentage must be more than 0 and at most 100.");
        }

        Limit = limit;
        PercentOfArea = percentOfArea;
        Rounding = rounding;
        ExcludedSources = [.. (excludedSources ?? []).Select(s => Preconditions.Defined(s, nameof(excludedSources))).Distinct().Order()];
        RedirectTo = redirectTo is null ? null : Preconditions.NotBlank(redirectTo);
        if (string.Equals(RedirectTo, AreaId, StringComparison.Ordinal))
        {
            throw new ArgumentException("Area setting '" + areaId + "' redirects credit to its own area.", nameof(redirectTo));
        }
    }

    /// <summary>Gets the requirement area it applies to.</summary>
    public string AreaId { get; }

    /// <summary>Gets the absolute cap, or <see langword="null"/>.</summary>
    public CreditAmount? Limit { get; }

    /// <summary>Gets the cap as a percentage of the area's size, or <see langword="null"/>.</summary>
    public decimal? PercentOfArea { get; }

    /// <summary>Gets how a percentage cap is rounded in the institution's unit.</summary>
    /// <value>Defaults to <see cref="RoundingPolicy.Exact"/>.</value>
    public RoundingPolicy Rounding { get; }

    /// <summary>Gets the sources whose credit may not land in the area, in enum order.</summary>
    public IReadOnlyList<PriorCreditSource> ExcludedSources { get; }

    /// <summary>Gets the area that takes excluded or overflowing credit, or <see langword="null"/>.</summary>
    public string? RedirectTo { get; }

    /// <summary>Determines whether credit of <paramref name="source"/> is excluded from the area.</summary>
    /// <param name="source">The source.</param>
    /// <returns><see langword="true"/> when excluded.</returns>
    public bool Excludes(PriorCreditSource source) => ExcludedSources.Contains(source);

    /// <summary>The cap in <paramref name="unit"/> for an area of <paramref name="size"/>: the stated cap (a percentage rounded by <see cref="Rounding"/>), never more than the size.</summary>
    /// <param name="size">The area's size.</param>
    /// <param name="unit">The institution's unit.</param>
    /// <returns>The cap.</returns>
    public CreditAmount LimitFor(CreditAmount size, CreditUnit unit)
    {
        var area = size.ConvertTo(unit);
        var stated = Limit is { } l
            ? l.ConvertTo(unit)
            : PercentOfArea is { } p
                ? CreditAmount.FromRational(Rounding.Apply(area.Hours * Rational.FromDecimal(p) / Rational.FromInteger(100)), unit)
                : area;
        return CreditAmount.Min(stated, area);
    }

    /// <summary>Formats the setting: <c>nursing-core: at most 6 SH, excludes PriorLearning, redirect to electives</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        AreaId + ": "
        + (Limit is { } l ? "at most " + l : PercentOfArea is { } p ? "at most " + p.ToString(CultureInfo.InvariantCulture) + " % of the area" + (Rounding == RoundingPolicy.Exact ? string.Empty : " (" + Rounding + ")") : "up to the area's size")
        + (ExcludedSources.Count == 0 ? string.Empty : ", excludes " + string.Join(", ", ExcludedSources))
        + (RedirectTo is null ? ", refuse what does not fit" : ", redirect to " + RedirectTo);
}
