using NodaTime;

namespace CreditRules.Engine;

/// <summary>The answer to an <see cref="ExploreRequest"/>: every institution and program considered, ranked.</summary>
/// <remarks>
/// Ranked by credits granted in semester hours (most first), then <see cref="ExploreOption.Cost"/> (least first, none
/// before any), then time to complete, <see cref="ExploreOption.StepsOutstanding"/> (fewest first), then
/// <see cref="ExploreOption.ClaimsOutstanding"/> (fewest first), then institution and program id (ordinal), so the order
/// is total and deterministic. Immutable; thread-safe.
/// </remarks>
public sealed class ExploreResult
{
    internal ExploreResult(string learnerId, LocalDate asOf, IReadOnlyList<string> courseIds, ExploreOption[] options)
    {
        LearnerId = learnerId;
        AsOf = asOf;
        CourseIds = courseIds;
        Options = Array.AsReadOnly(options);
    }

    /// <summary>Gets the learner's id.</summary>
    public string LearnerId { get; }

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the claimed course ids, in ordinal order.</summary>
    public IReadOnlyList<string> CourseIds { get; }

    /// <summary>Gets every institution and program that passed the filters, best first.</summary>
    public IReadOnlyList<ExploreOption> Options { get; }
}
