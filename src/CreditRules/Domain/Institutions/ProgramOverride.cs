using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>
/// A program's rule that refuses or restricts what its institution accepts, optionally only for some evaluators and
/// only for learners whose program enrolment falls in a date range.
/// </summary>
/// <remarks>An override can only tighten: levels it lists are intersected with the institution's, its minimum score only raises.</remarks>
public sealed class ProgramOverride
{
    /// <summary>Initialises an override.</summary>
    /// <param name="id">A stable id, reported as the rule that produced a reason.</param>
    /// <param name="kind">Refuse or restrict.</param>
    /// <param name="description">Why the program has this rule, shown in reasons.</param>
    /// <param name="appliesTo">The program-enrolment dates the override applies to, inclusive, or <see langword="null"/> for all.</param>
    /// <param name="evaluatorIds">The evaluators it targets, or <see langword="null"/> for all.</param>
    /// <param name="acceptedLevels">For <see cref="OverrideKind.Restrict"/>: the only levels the program accepts, or <see langword="null"/>.</param>
    /// <param name="minimumScore">For <see cref="OverrideKind.Restrict"/>: a higher minimum exam score, or <see langword="null"/>.</param>
    /// <param name="maxCreditsPerCourse">For <see cref="OverrideKind.Restrict"/>: the most credit granted for one course, in the institution's unit, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A required field is blank, or a refusal carries restrictions.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date or instant lies outside <see cref="SupportedDates"/>.</exception>
    public ProgramOverride(
        string id,
        OverrideKind kind,
        string description,
        DateRange? appliesTo = null,
        IEnumerable<string>? evaluatorIds = null,
        IEnumerable<CreditLevel>? acceptedLevels = null,
        Score? minimumScore = null,
        CreditAmount? maxCreditsPerCourse = null)
    {
        Id = Preconditions.NotBlank(id);
        Kind = Preconditions.Defined(kind);
        Description = Preconditions.NotBlank(description);
        AppliesTo = SupportedDates.Check(appliesTo, nameof(appliesTo));
        EvaluatorIds = evaluatorIds is null ? null : Preconditions.CopyList(evaluatorIds);
        AcceptedLevels = acceptedLevels is null ? null : Preconditions.CopyValues(acceptedLevels);
        MinimumScore = minimumScore;
        MaxCreditsPerCourse = maxCreditsPerCourse;
        if (kind == OverrideKind.Refuse && (acceptedLevels is not null || minimumScore is not null || maxCreditsPerCourse is not null))
        {
            throw new ArgumentException("Override '" + id + "' refuses credit, so it cannot also restrict levels, scores or credits.", nameof(kind));
        }

        if (kind == OverrideKind.Restrict && acceptedLevels is null && minimumScore is null && maxCreditsPerCourse is null)
        {
            throw new ArgumentException("Override '" + id + "' restricts nothing: give accepted levels, a minimum score or a credit limit.", nameof(kind));
        }
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the kind.</summary>
    public OverrideKind Kind { get; }

    /// <summary>Gets the description.</summary>
    public string Description { get; }

    /// <summary>Gets the program-enrolment dates it applies to, inclusive, or <see langword="null"/> for all.</summary>
    public DateRange? AppliesTo { get; }

    /// <summary>Gets the evaluators it targets, or <see langword="null"/> for all.</summary>
    public IReadOnlyList<string>? EvaluatorIds { get; }

    /// <summary>Gets the only levels accepted, or <see langword="null"/>.</summary>
    public IReadOnlyList<CreditLevel>? AcceptedLevels { get; }

    /// <summary>Gets the raised minimum score, or <see langword="null"/>.</summary>
    public Score? MinimumScore { get; }

    /// <summary>Gets the per-course credit limit, or <see langword="null"/>.</summary>
    public CreditAmount? MaxCreditsPerCourse { get; }

    /// <summary>Determines whether the override applies to a learner enrolled on <paramref name="selectionDate"/> claiming a recommendation of <paramref name="evaluatorId"/>.</summary>
    /// <param name="selectionDate">The learner's program enrolment date (or the as-of date when unknown).</param>
    /// <param name="evaluatorId">The evaluator of the recommendation.</param>
    /// <returns><see langword="true"/> when it applies.</returns>
    public bool AppliesFor(NodaTime.LocalDate selectionDate, string evaluatorId)
    {
        if (AppliesTo is { } range && !range.Contains(selectionDate))
        {
            return false;
        }

        if (EvaluatorIds is not { } ids)
        {
            return true;
        }

        // An index loop: evaluated for every claim on the outcome-only path, which allocates nothing.
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i], evaluatorId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
