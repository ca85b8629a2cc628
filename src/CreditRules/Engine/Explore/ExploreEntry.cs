using CreditRules.Domain;

namespace CreditRules.Engine;

/// <summary>
/// One institution and program on the ranked outcome-only pass (<see cref="CreditExplorer.Rank"/>): the record-aware
/// outcome of the learner's claimed courses there, the credits granted, what is still owed and how much is left to do.
/// A value written into the caller's buffer, so the pass allocates nothing per institution.
/// </summary>
/// <remarks>
/// <c>default</c> is "no entry" (<see cref="Institution"/> is <see langword="null"/>). Ranking: see
/// <see cref="ExploreResult"/>. Immutable; thread-safe.
/// </remarks>
public readonly struct ExploreEntry
{
    internal ExploreEntry(Institution institution, DegreeProgram program, int order, DecisionOutcome outcome, RecordSummary summary, CreditAmount semesterHours, Money? cost, int claimsOutstanding, int stepsOutstanding)
    {
        Institution = institution;
        Program = program;
        Order = order;
        Outcome = outcome;
        Summary = summary;
        CreditsGrantedSemesterHours = semesterHours;
        Cost = cost;
        ClaimsOutstanding = claimsOutstanding;
        StepsOutstanding = stepsOutstanding;
    }

    /// <summary>Gets the institution.</summary>
    public Institution Institution { get; }

    /// <summary>Gets the program.</summary>
    public DegreeProgram Program { get; }

    /// <summary>Gets the best record-aware outcome of the claimed courses (see <see cref="ExploreOption.Outcome"/>).</summary>
    public DecisionOutcome Outcome { get; }

    /// <summary>Gets the record's totals (credits granted, posted prior credit, residency outstanding, posting fee due).</summary>
    public RecordSummary Summary { get; }

    /// <summary>Gets the credits granted now over the claimed courses, in the institution's unit.</summary>
    public CreditAmount CreditsGranted => Summary.CreditsGranted;

    /// <summary>Gets <see cref="CreditsGranted"/> in semester hours (exact), to compare institutions on different units.</summary>
    public CreditAmount CreditsGrantedSemesterHours { get; }

    /// <summary>Gets what the learner still owes (see <see cref="ExploreOption.Cost"/>), or <see langword="null"/> when nothing is owed.</summary>
    public Money? Cost { get; }

    /// <summary>Gets the number of claimed courses still <see cref="DecisionOutcome.Incomplete"/>.</summary>
    public int ClaimsOutstanding { get; }

    /// <summary>Gets the time to complete, counted in steps (see <see cref="ExploreOption.StepsOutstanding"/>).</summary>
    public int StepsOutstanding { get; }

    /// <summary>The position of (institution id, program id) in ordinal order among every loaded program: the last tie-break.</summary>
    internal int Order { get; }
}
