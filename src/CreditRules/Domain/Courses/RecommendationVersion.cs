using System.Globalization;
using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>A dated version of a credit recommendation: its validity, its lines and the evaluator's minimum passing score.</summary>
/// <remarks>Learning qualifies for this version when its qualifying date lies within <see cref="Validity"/>, both ends included.</remarks>
public sealed class RecommendationVersion
{
    /// <summary>Initialises a version.</summary>
    /// <param name="number">The version number, 1 or more.</param>
    /// <param name="validity">The dates on which the version applies, both included.</param>
    /// <param name="lines">The recommendation lines, at least one.</param>
    /// <param name="minimumPassingScore">The evaluator's minimum passing score on the credit exam, or <see langword="null"/> when the exam provider's pass stands.</param>
    /// <param name="isConditional">Whether the review was conditional.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="lines"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date or instant lies outside <see cref="SupportedDates"/>.</exception>
    public RecommendationVersion(int number, DateRange validity, IEnumerable<RecommendationLine> lines, Score? minimumPassingScore = null, bool isConditional = false)
    {
        if (number < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "A version number must be 1 or more.");
        }

        Number = number;
        Validity = SupportedDates.Check(validity, nameof(validity));
        Lines = Preconditions.CopyList(lines);
        if (Lines.Count == 0)
        {
            throw new ArgumentException("A recommendation version needs at least one line.", nameof(lines));
        }

        if (minimumPassingScore is { Scale: null })
        {
            throw new ArgumentException("The minimum passing score has no scale.", nameof(minimumPassingScore));
        }

        MinimumPassingScore = minimumPassingScore;
        IsConditional = isConditional;
    }

    /// <summary>Gets the version number.</summary>
    public int Number { get; }

    /// <summary>Gets the dates on which the version applies, both included.</summary>
    public DateRange Validity { get; }

    /// <summary>Gets the recommendation lines.</summary>
    public IReadOnlyList<RecommendationLine> Lines { get; }

    /// <summary>Gets the evaluator's minimum passing score, or <see langword="null"/>.</summary>
    public Score? MinimumPassingScore { get; }

    /// <summary>Gets a value indicating whether the review was conditional.</summary>
    public bool IsConditional { get; }

    /// <summary>Gets the total recommended credit of all lines, in semester hours unless every line uses quarter hours.</summary>
    public CreditAmount TotalCredits
    {
        get
        {
            var unit = Lines[0].Credits.Unit;
            var total = CreditAmount.Zero(unit);
            foreach (var line in Lines)
            {
                total = total.Plus(line.Credits.ConvertTo(unit));
            }

            return total;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => "v" + Number.ToString(CultureInfo.InvariantCulture) + " " + Validity;
}
