using CreditRules.Domain;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>
/// A request to explore where one learner's record counts: the courses claimed, decided as a whole record against every
/// institution and program of the loaded policies, or a filtered set of them.
/// </summary>
/// <remarks>Immutable; thread-safe to share (the filter, if any, must be thread-safe too).</remarks>
public sealed class ExploreRequest
{
    /// <summary>Initialises a request.</summary>
    /// <param name="learner">The learner's record (prior credit included).</param>
    /// <param name="courseIds">The courses claimed, each once.</param>
    /// <param name="asOf">The date decided for; facts dated later are ignored.</param>
    /// <param name="unit">The only credit unit to consider, or <see langword="null"/> for both.</param>
    /// <param name="maximumCost">The most an option may still cost (see <see cref="ExploreOption.Cost"/>), or <see langword="null"/> for no limit; options in another currency are kept.</param>
    /// <param name="institutionIds">The institutions to consider (ids), or <see langword="null"/> for every institution.</param>
    /// <param name="filter">A filter over institution and program, or <see langword="null"/> for none; called concurrently, so it must be thread-safe.</param>
    /// <param name="explainTop">How many of the best options are explained, 0 or more.</param>
    /// <param name="maxDegreeOfParallelism">The most threads the ranked pass uses, 1 to 64, or <see langword="null"/> for the processor count (at most 64).</param>
    /// <param name="state">The only US state to consider (<see cref="Institution.State"/>, a two-letter USPS code such as <c>NY</c>), or <see langword="null"/> for every state; institutions that state none are left out when it is set.</param>
    /// <param name="programKind">The only kind of program to consider (<see cref="DegreeProgram.Kind"/>), or <see langword="null"/> for every kind; programs that state none are left out when it is set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="learner"/> or <paramref name="courseIds"/> is null.</exception>
    /// <exception cref="ArgumentException">A course id is blank or listed twice, or <paramref name="state"/> is not a two-letter USPS code of a US state, district or territory.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> lies outside <see cref="SupportedDates"/>, <paramref name="explainTop"/> is negative, <paramref name="maxDegreeOfParallelism"/> is not 1 to 64, or <paramref name="programKind"/> is not a defined value.</exception>
    public ExploreRequest(
        LearnerRecord learner,
        IEnumerable<string> courseIds,
        LocalDate asOf,
        CreditUnit? unit = null,
        Money? maximumCost = null,
        IReadOnlyCollection<string>? institutionIds = null,
        Func<Institution, DegreeProgram, bool>? filter = null,
        int explainTop = 10,
        int? maxDegreeOfParallelism = null,
        string? state = null,
        DegreeProgramKind? programKind = null)
    {
        // The record request validates and orders the claim once; each target reuses it with another program.
        Template = new RecordEvaluationRequest(Preconditions.NotNull(learner), Preconditions.NotNull(courseIds), "-", "-", asOf);
        ArgumentOutOfRangeException.ThrowIfNegative(explainTop);
        if (maxDegreeOfParallelism is < 1 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "The degree of parallelism must be 1 to 64.");
        }

        Unit = unit is { } u ? Preconditions.Defined(u) : null;
        MaximumCost = maximumCost;
        InstitutionIds = institutionIds is null ? null : Array.AsReadOnly(institutionIds.ToArray());
        Filter = filter;
        ExplainTop = explainTop;
        MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Math.Min(Environment.ProcessorCount, 64);
        State = state is null || Institution.IsUsState(state) ? state : throw new ArgumentException("State " + Institution.NotAUsState(state), nameof(state));
        ProgramKind = programKind is null ? null : Preconditions.Defined(programKind.Value, nameof(programKind));
    }

    /// <summary>Gets the only US state to consider (two-letter USPS code), or <see langword="null"/> for every state.</summary>
    public string? State { get; }

    /// <summary>Gets the only kind of program to consider, or <see langword="null"/> for every kind.</summary>
    public DegreeProgramKind? ProgramKind { get; }

    /// <summary>Gets the learner.</summary>
    public LearnerRecord Learner => Template.Learner;

    /// <summary>Gets the claimed course ids, in ordinal order.</summary>
    public IReadOnlyList<string> CourseIds => Template.CourseIds;

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf => Template.AsOf;

    /// <summary>Gets the only credit unit to consider, or <see langword="null"/> for both.</summary>
    public CreditUnit? Unit { get; }

    /// <summary>Gets the most an option may still cost (see <see cref="ExploreOption.Cost"/>), or <see langword="null"/> for no limit.</summary>
    public Money? MaximumCost { get; }

    /// <summary>Gets the institutions to consider (ids), or <see langword="null"/> for every institution.</summary>
    public IReadOnlyCollection<string>? InstitutionIds { get; }

    /// <summary>Gets the filter over institution and program, or <see langword="null"/> for none.</summary>
    public Func<Institution, DegreeProgram, bool>? Filter { get; }

    /// <summary>Gets how many of the best options are explained.</summary>
    public int ExplainTop { get; }

    /// <summary>Gets the most threads the ranked pass uses.</summary>
    public int MaxDegreeOfParallelism { get; }

    internal RecordEvaluationRequest Template { get; }

    /// <summary>Whether an institution passes the institution-level filters (unit, state); the id list is checked by the explorer.</summary>
    internal bool Keeps(Institution institution) =>
        (Unit is not { } unit || institution.CreditUnit == unit) && (State is not { } state || string.Equals(institution.State, state, StringComparison.Ordinal));

    /// <summary>Whether a program of a kept institution passes the program-level filters (kind, then the caller's filter).</summary>
    internal bool Keeps(Institution institution, DegreeProgram program) =>
        (ProgramKind is not { } kind || program.Kind == kind) && (Filter is not { } filter || filter(institution, program));
}
