using CreditRules.Domain;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>
/// The explained answer to an <see cref="EvaluationRequest"/>: the outcome, the credits recommended and granted in the
/// institution's unit, every reason, the next steps, and the versions, dates and zone that were used.
/// </summary>
/// <remarks>Immutable. The same request against the same data always gives an equal decision.</remarks>
public sealed class Decision
{
    internal Decision(
        DecisionOutcome outcome,
        EvaluationRequest request,
        string? policyVersion,
        string? exhibitId,
        int? recommendationVersion,
        LocalDate? qualifyingDate,
        DateTimeZone qualifyingZone,
        QualifyingDateZone qualifyingZoneSource,
        CreditAmount creditsRecommended,
        CreditAmount creditsGranted,
        RoundingPolicy rounding,
        IReadOnlyList<Reason> reasons,
        IReadOnlyList<NextStep> nextSteps,
        IReadOnlyList<RuleTraceEntry> trace,
        string? dataVersion = null,
        IReadOnlyList<GrantedLine>? grantedLines = null,
        PolicyVersionSelection policySelection = default,
        IReadOnlyList<AttemptDate>? attemptDates = null,
        RecencyCheck? recency = null,
        IReadOnlyList<SettingSource>? settings = null,
        IReadOnlyList<RuleBranch>? dateBranches = null)
    {
        Settings = settings ?? [];
        DateBranches = dateBranches ?? [];
        AttemptDates = attemptDates ?? [];
        Recency = recency;
        PolicySelection = policySelection;
        GrantedLines = grantedLines ?? [];
        DataVersion = dataVersion;
        Outcome = outcome;
        LearnerId = request.Learner.LearnerId;
        CourseId = request.CourseId;
        InstitutionId = request.InstitutionId;
        ProgramId = request.ProgramId;
        AsOf = request.AsOf;
        AsKnownOn = request.AsKnownOn;
        PolicyVersion = policyVersion;
        ExhibitId = exhibitId;
        RecommendationVersion = recommendationVersion;
        QualifyingDate = qualifyingDate;
        QualifyingZone = qualifyingZone;
        QualifyingZoneSource = qualifyingZoneSource;
        CreditsRecommended = creditsRecommended;
        CreditsGranted = creditsGranted;
        Rounding = rounding;
        Reasons = reasons;
        NextSteps = nextSteps;
        Trace = trace;
    }

    /// <summary>Gets the outcome.</summary>
    public DecisionOutcome Outcome { get; }

    /// <summary>Gets how the policy version was chosen: the enrolment (or the as-of date) and the date that selected it.</summary>
    /// <value><c>default</c> on decisions not made by the rules (such as a deserialised or hand-built decision).</value>
    public PolicyVersionSelection PolicySelection { get; }

    /// <summary>Gets every exam attempt at the course dated on or before the as-of date, in order of start, with its date as the rules read it (the qualifying zone, or the candidate's zone under a candidate-zone policy).</summary>
    public IReadOnlyList<AttemptDate> AttemptDates { get; }

    /// <summary>Gets how the recency rule decided (window, anchor, last recent day), or <see langword="null"/> when it did not compare dates (no window, or no qualifying date yet).</summary>
    public RecencyCheck? Recency { get; }

    /// <summary>Gets the settings the rules applied and the scope that supplied each, with ids: the institution policy
    /// version's settings, then each applying program override's (see <see cref="SettingSource"/>); empty when no policy version
    /// is in effect and no override applies.</summary>
    public IReadOnlyList<SettingSource> Settings { get; }

    /// <summary>Gets the date branches the rules took for this claim (such as <c>version.first-day</c>,
    /// <c>recency.last-day</c>, <c>retake.too-soon</c>, <c>zone.date-differs</c>), each once, in pipeline order: each is
    /// declared by the rule that decides it (<see cref="BuiltInRule.DateBranches"/>) and recorded by that rule as it
    /// decides, so test kits read it instead of recomputing it.</summary>
    /// <value>Empty on decisions not made by the rules (such as a deserialised or hand-built decision).</value>
    public IReadOnlyList<RuleBranch> DateBranches { get; }

    /// <summary>Gets the learner id.</summary>
    public string LearnerId { get; }

    /// <summary>Gets the course id.</summary>
    public string CourseId { get; }

    /// <summary>Gets the institution id.</summary>
    public string InstitutionId { get; }

    /// <summary>Gets the program id.</summary>
    public string ProgramId { get; }

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the as-known-on date (only facts recorded by then were used), or <see langword="null"/> when every fact on record was.</summary>
    public LocalDate? AsKnownOn { get; }

    /// <summary>Gets the id of the institution policy version used, or <see langword="null"/> when none applied.</summary>
    public string? PolicyVersion { get; }

    /// <summary>Gets the version label of the catalog and policy data the decision was made with, or <see langword="null"/> when the evaluator was built without one.</summary>
    /// <remarks>Set when the evaluator comes from a <c>CreditRules.DependencyInjection.CreditRulesDataProvider</c>: an evaluation finishes on the data version it started with, even if the host reloads the data meanwhile.</remarks>
    public string? DataVersion { get; }

    /// <summary>Gets the exhibit id of the recommendation used, or <see langword="null"/>.</summary>
    public string? ExhibitId { get; }

    /// <summary>Gets the number of the recommendation version used, or <see langword="null"/>.</summary>
    /// <remarks>Without a qualifying date this is the version in effect on the as-of date, whose end is the deadline in the next steps.</remarks>
    public int? RecommendationVersion { get; }

    /// <summary>Gets the qualifying date (the date the proctored exam was passed, in <see cref="QualifyingZone"/>), or <see langword="null"/>.</summary>
    public LocalDate? QualifyingDate { get; }

    /// <summary>Gets the zone that turned the exam instant into the qualifying date.</summary>
    public DateTimeZone QualifyingZone { get; }

    /// <summary>Gets where <see cref="QualifyingZone"/> came from (evaluator, institution or candidate).</summary>
    public QualifyingDateZone QualifyingZoneSource { get; }

    /// <summary>Gets the recommended credit converted exactly to the institution's unit.</summary>
    public CreditAmount CreditsRecommended { get; }

    /// <summary>Gets the credit granted in the institution's unit, after levels, rounding and limits; zero unless <see cref="Outcome"/> is Eligible.</summary>
    public CreditAmount CreditsGranted { get; }

    /// <summary>Gets the recommendation lines accepted, each with the level it is granted at (after program override restrictions); empty when no line is accepted.</summary>
    /// <remarks>Listed whatever the outcome, so a record-level cap or a planner sees the level the credit would carry. Line credits are exact conversions; rounding and limits apply to <see cref="CreditsGranted"/>.</remarks>
    public IReadOnlyList<GrantedLine> GrantedLines { get; }

    /// <summary>Gets the rounding policy applied to the granted credit.</summary>
    public RoundingPolicy Rounding { get; }

    /// <summary>Gets every reason, in rule order.</summary>
    public IReadOnlyList<Reason> Reasons { get; }

    /// <summary>Gets the next steps; empty unless <see cref="Outcome"/> is Incomplete.</summary>
    public IReadOnlyList<NextStep> NextSteps { get; }

    /// <summary>Gets the rule trace, one entry per rule, in evaluation order.</summary>
    public IReadOnlyList<RuleTraceEntry> Trace { get; }

    /// <summary>Determines whether a reason with <paramref name="code"/> is present.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool HasReason(ReasonCode code) => Reasons.Any(r => r.Code == code);

    /// <inheritdoc/>
    public override string ToString() => LearnerId + " " + CourseId + " @ " + InstitutionId + "/" + ProgramId + ": " + Outcome + " " + CreditsGranted;
}
