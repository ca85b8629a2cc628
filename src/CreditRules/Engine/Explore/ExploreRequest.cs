using CreditRules.Domain;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>
/// A request to explore where one learner's record counts: the courses claimed, decided as a whole record against every
/// institution and program of the loaded policies, or a filtered set of them.
/// </summary>
/// <remarks>Immutable once built (init-only filters); thread-safe to share.</remarks>
public sealed class ExploreRequest
{
    /// <summary>Initialises a request.</summary>
    /// <param name="learner">The learner's record (prior credit included).</param>
    /// <param name="courseIds">The courses claimed, each once.</param>
    /// <param name="asOf">The date decided for; facts dated later are ignored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="learner"/> or <paramref name="courseIds"/> is null.</exception>
    /// <exception cref="ArgumentException">A course id is blank or listed twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> lies outside <see cref="SupportedDates"/>.</exception>
    public ExploreRequest(LearnerRecord learner, IEnumerable<string> courseIds, LocalDate asOf)
    {
        // The record request validates and orders the claim once; each target reuses it with another program.
        Template = new RecordEvaluationRequest(Preconditions.NotNull(learner), Preconditions.NotNull(courseIds), "-", "-", asOf);
    }

    /// <summary>Gets the learner.</summary>
    public LearnerRecord Learner => Template.Learner;

    /// <summary>Gets the claimed course ids, in ordinal order.</summary>
    public IReadOnlyList<string> CourseIds => Template.CourseIds;

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf => Template.AsOf;

    /// <summary>Gets or initialises the only credit unit to consider, or <see langword="null"/> for both.</summary>
    public CreditUnit? Unit { get; init; }

    /// <summary>
    /// Gets or initialises the most an option may still cost (see <see cref="ExploreOption.Cost"/>), or
    /// <see langword="null"/> for no limit. Options in another currency are kept.
    /// </summary>
    public Money? MaximumCost { get; init; }

    /// <summary>Gets or initialises the institutions to consider (ids), or <see langword="null"/> for every institution.</summary>
    public IReadOnlyCollection<string>? InstitutionIds { get; init; }

    /// <summary>
    /// Gets or initialises a filter over institution and program (for instance on the program's name or total), or
    /// <see langword="null"/> for none. Called concurrently from several threads; it must be thread-safe.
    /// </summary>
    public Func<Institution, DegreeProgram, bool>? Filter { get; init; }

    /// <summary>Gets or initialises how many of the best options are explained (0 or more; default 10).</summary>
    public int ExplainTop { get; init; } = 10;

    /// <summary>Gets or initialises the most threads the ranked pass uses (1 to 64; default: the processor count, at most 64).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Math.Min(Environment.ProcessorCount, 64);

    internal RecordEvaluationRequest Template { get; }
}
