using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Domain;

/// <summary>
/// Credit a learner already holds: transfer, exam, military or earlier prior-learning credit, or credit earned at the
/// institution itself (<see cref="InResidence"/>).
/// </summary>
/// <remarks>
/// <para>Posted credit is on the institution's transcript: it counts first against caps and is never removed, even when it
/// alone exceeds a cap. Unposted external credit is used only for duplicates and precedence.</para>
/// <para>Credit in residence (earned at the institution) counts toward residency and toward the local credits some
/// institutions require before posting, never toward caps on external credit.</para>
/// <para>Prior credit dated after the as-of date of an evaluation is ignored.</para>
/// </remarks>
public sealed class PriorCredit
{
    /// <summary>Initialises a prior credit.</summary>
    /// <param name="id">A stable id, unique within the learner record, named in reasons.</param>
    /// <param name="source">Where the credit came from.</param>
    /// <param name="amount">The credit, more than zero, in semester or quarter hours.</param>
    /// <param name="level">The level of the credit.</param>
    /// <param name="date">The date the credit was earned.</param>
    /// <param name="isPosted">Whether it is posted on the institution's transcript.</param>
    /// <param name="inResidence">Whether it was earned at the institution itself; always <see langword="true"/> for <see cref="PriorCreditSource.LocalCourse"/>.</param>
    /// <param name="equivalenceKey">The local course it is equivalent to, or <see langword="null"/> for elective credit.</param>
    /// <param name="grade">The grade, or <see langword="null"/> when recorded without one (CR).</param>
    /// <param name="institutionId">The institution whose transcript <paramref name="isPosted"/> and <paramref name="inResidence"/> refer to, or <see langword="null"/> for whichever institution is evaluated.</param>
    /// <param name="recordedAt">When this fact was recorded, if later than <paramref name="date"/> (credit entered on the record after it was earned); <see langword="null"/>: recorded on <paramref name="date"/>. Read only by as-known-on decisions (<see cref="LearnerRecord.AsKnownOn"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank, <paramref name="equivalenceKey"/> or <paramref name="institutionId"/> is given but blank, or <paramref name="grade"/> has no scale.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero, or an enum value is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date or instant lies outside <see cref="SupportedDates"/>.</exception>
    public PriorCredit(
        string id,
        PriorCreditSource source,
        CreditAmount amount,
        CreditLevel level,
        LocalDate date,
        bool isPosted = false,
        bool inResidence = false,
        string? equivalenceKey = null,
        Score? grade = null,
        string? institutionId = null,
        Instant? recordedAt = null)
    {
        RecordedAt = recordedAt is { } at ? SupportedDates.Check(at, nameof(recordedAt)) : null;
        InstitutionId = institutionId is null ? null : Preconditions.NotBlank(institutionId);
        Id = Preconditions.NotBlank(id);
        Source = Preconditions.Defined(source);
        if (amount.IsZero)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "Prior credit '" + id + "' must carry more than zero hours.");
        }

        Amount = amount;
        Level = Preconditions.Defined(level);
        Date = SupportedDates.Check(date, nameof(date));
        IsPosted = isPosted;
        InResidence = inResidence || source == PriorCreditSource.LocalCourse;
        EquivalenceKey = equivalenceKey is null ? null : Preconditions.NotBlank(equivalenceKey);
        if (grade is { Scale: null })
        {
            throw new ArgumentException("The grade of prior credit '" + id + "' has no scale.", nameof(grade));
        }

        Grade = grade;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets where the credit came from.</summary>
    public PriorCreditSource Source { get; }

    /// <summary>Gets the credit, in the unit it was earned in.</summary>
    public CreditAmount Amount { get; }

    /// <summary>Gets the level.</summary>
    public CreditLevel Level { get; }

    /// <summary>Gets the date the credit was earned.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets when this fact was recorded, if later than <see cref="Date"/>; <see langword="null"/>: recorded on <see cref="Date"/>.</summary>
    public Instant? RecordedAt { get; }

    /// <summary>Gets a value indicating whether the credit is posted on the institution's transcript.</summary>
    public bool IsPosted { get; }

    /// <summary>Gets a value indicating whether the credit was earned at the institution itself (always, for <see cref="PriorCreditSource.LocalCourse"/>).</summary>
    public bool InResidence { get; }

    /// <summary>Gets the local course the credit is equivalent to, or <see langword="null"/>.</summary>
    public string? EquivalenceKey { get; }

    /// <summary>Gets the grade, or <see langword="null"/> when recorded without one.</summary>
    public Score? Grade { get; }

    /// <summary>Gets the institution whose transcript <see cref="IsPosted"/> and <see cref="InResidence"/> refer to, or <see langword="null"/> for whichever is evaluated.</summary>
    /// <remarks>A what-if at another institution treats credit posted or earned in residence elsewhere as unposted external credit.</remarks>
    public string? InstitutionId { get; }

    /// <summary>Determines whether the credit is posted on the transcript of <paramref name="institutionId"/>.</summary>
    /// <param name="institutionId">The institution evaluated.</param>
    /// <returns><see langword="true"/> when posted there.</returns>
    public bool IsPostedAt(string institutionId) => IsPosted && (InstitutionId is null || string.Equals(InstitutionId, institutionId, StringComparison.Ordinal));

    /// <summary>Determines whether the credit was earned in residence at <paramref name="institutionId"/>.</summary>
    /// <param name="institutionId">The institution evaluated.</param>
    /// <returns><see langword="true"/> when earned there.</returns>
    public bool IsInResidenceAt(string institutionId) => InResidence && (InstitutionId is null || string.Equals(InstitutionId, institutionId, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override string ToString() => Id + " (" + Source + ", " + Amount + ")";
}
