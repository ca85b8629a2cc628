using CreditRules.Domain;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>
/// One institution and program in an <see cref="ExploreResult"/>: the record-aware outcome of the learner's claimed
/// courses there, the credits granted (in the institution's unit and in semester hours), and what is still missing.
/// </summary>
/// <remarks>
/// Every option carries the outcome-only figures; only the best <see cref="ExploreRequest.ExplainTop"/> carry
/// <see cref="Explanation"/> and <see cref="NextSteps"/>. Immutable; thread-safe.
/// </remarks>
public sealed class ExploreOption
{
    internal ExploreOption(in ExploreEntry entry, DecisionSummary[] claims)
    {
        Institution = entry.Institution;
        Program = entry.Program;
        Claims = Array.AsReadOnly(claims);
        Summary = entry.Summary;
        Cost = entry.Cost;
        ClaimsOutstanding = entry.ClaimsOutstanding;
        StepsOutstanding = entry.StepsOutstanding;
        CreditsGrantedSemesterHours = entry.CreditsGrantedSemesterHours;
        Outcome = entry.Outcome;
    }

    /// <summary>Gets the rank, 1 for the best option.</summary>
    public int Rank { get; internal set; }

    /// <summary>Gets the institution.</summary>
    public Institution Institution { get; }

    /// <summary>Gets the program.</summary>
    public DegreeProgram Program { get; }

    /// <summary>Gets the institution id.</summary>
    public string InstitutionId => Institution.Id;

    /// <summary>Gets the program id.</summary>
    public string ProgramId => Program.Id;

    /// <summary>Gets the institution's credit unit.</summary>
    public CreditUnit Unit => Institution.CreditUnit;

    /// <summary>
    /// Gets the best record-aware outcome of the claimed courses: <see cref="DecisionOutcome.Eligible"/> when any
    /// course is granted credit or eligible, else <see cref="DecisionOutcome.Incomplete"/> when any can still be,
    /// else <see cref="DecisionOutcome.NotEligible"/>. Each course's own outcome is in <see cref="Claims"/>.
    /// </summary>
    public DecisionOutcome Outcome { get; }

    /// <summary>Gets each claimed course's record-aware summary, in the order of <see cref="ExploreRequest.CourseIds"/>.</summary>
    public IReadOnlyList<DecisionSummary> Claims { get; }

    /// <summary>Gets the record's totals (credits granted, posted prior credit, residency outstanding, posting fee due).</summary>
    public RecordSummary Summary { get; }

    /// <summary>Gets the credits granted now over the claimed courses, in the institution's unit.</summary>
    public CreditAmount CreditsGranted => Summary.CreditsGranted;

    /// <summary>Gets <see cref="CreditsGranted"/> in semester hours (exact), to compare institutions on different units.</summary>
    public CreditAmount CreditsGrantedSemesterHours { get; }

    /// <summary>
    /// Gets what the learner still owes to complete: the unpaid provider fees of courses that are
    /// <see cref="DecisionOutcome.Incomplete"/> because of them (<see cref="ReasonCode.FeeUnpaid"/>), the refunded fees a
    /// policy counts as unpaid (<see cref="ReasonCode.FeeRefundedPayAgain"/>), plus the record's posting fee due;
    /// <see langword="null"/> when nothing is owed.
    /// </summary>
    /// <remarks>
    /// The one cost of an option: ranking, <see cref="ExploreRequest.MaximumCost"/> and the total shown with
    /// <see cref="NextSteps"/> all read it. Each fee is counted once, not once per next step that mentions it: sitting or
    /// retaking an exam and paying its fee are separate steps that each show the same exam fee
    /// (<see cref="NextStep.Cost"/>), but the fee is owed once.
    /// </remarks>
    public Money? Cost { get; }

    /// <summary>Gets the number of claimed courses still <see cref="DecisionOutcome.Incomplete"/>.</summary>
    public int ClaimsOutstanding { get; }

    /// <summary>
    /// Gets the time to complete, counted in steps: the number of reasons of <see cref="ReasonSeverity.Outstanding"/>
    /// severity (by <see cref="ReasonCode.DefaultSeverity"/>) on the claimed courses still
    /// <see cref="DecisionOutcome.Incomplete"/>, plus those on the record itself. Each is one thing the learner must
    /// still do (join the verified track, complete the course, verify identity, pass the exam, pay a fee, send evidence, earn
    /// local credit first...), and each becomes one or more <see cref="NextSteps"/> when explained. 0 when nothing is left to do.
    /// </summary>
    /// <remarks>Counted from reason codes on the outcome-only pass, so it is known for every option, not only the explained
    /// ones; calendar deadlines are in <see cref="CompleteBy"/> (explained options only).</remarks>
    public int StepsOutstanding { get; }

    /// <summary>Gets the explained record decision, for the best options only; otherwise <see langword="null"/>.</summary>
    public RecordDecision? Explanation { get; internal set; }

    /// <summary>Gets the next steps of every incomplete course (explained options only; otherwise empty).</summary>
    public IReadOnlyList<NextStep> NextSteps { get; internal set; } = [];

    /// <summary>Gets the latest deadline of <see cref="NextSteps"/>, or <see langword="null"/> when none has one or the option is not explained.</summary>
    public LocalDate? CompleteBy { get; internal set; }

    /// <summary>Returns e.g. <c>1. eastern-state/aa-general Eligible 3 SH (3 SH)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Rules.Texts.Format(Rank) + ". " + InstitutionId + "/" + ProgramId + " " + Outcome + " " + CreditsGranted + " (" + CreditsGrantedSemesterHours + ")";

    /// <summary>The best record-aware outcome of the claims (see <see cref="Outcome"/>).</summary>
    internal static DecisionOutcome BestOutcome(ReadOnlySpan<DecisionSummary> claims)
    {
        var best = DecisionOutcome.NotEligible;
        foreach (ref readonly var claim in claims)
        {
            if (claim.Outcome == DecisionOutcome.Eligible || !claim.CreditsGranted.IsZero)
            {
                return DecisionOutcome.Eligible;
            }

            best = claim.Outcome == DecisionOutcome.Incomplete ? DecisionOutcome.Incomplete : best;
        }

        return best;
    }

    /// <summary>The number of codes of <see cref="ReasonSeverity.Outstanding"/> default severity in a mask (see <see cref="StepsOutstanding"/>).</summary>
    internal static int OutstandingSteps(ReasonMask reasons) =>
        System.Numerics.BitOperations.PopCount(reasons.Low & OutstandingCodes.Low) + System.Numerics.BitOperations.PopCount(reasons.High & OutstandingCodes.High);

    /// <summary>Every built-in code whose default severity is <see cref="ReasonSeverity.Outstanding"/>.</summary>
    private static readonly ReasonMask OutstandingCodes = Outstanding();

    private static ReasonMask Outstanding()
    {
        var mask = ReasonMask.Empty;
        foreach (var code in ReasonCode.All)
        {
            mask = code.DefaultSeverity == ReasonSeverity.Outstanding ? mask.With(code) : mask;
        }

        // The steps are counted over the two 64-bit words; more codes need the mask's further words counted too.
        return ReasonCode.All.Count <= 128 ? mask : throw new InvalidOperationException("More than 128 reason codes: count StepsOutstanding over every word of the mask.");
    }
}
