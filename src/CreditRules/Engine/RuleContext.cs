using CreditRules.Domain;
using CreditRules.Engine.Rules;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>
/// What an <see cref="IEligibilityRule"/> sees of one evaluation: the request, the course, institution, program and
/// policy selected, the qualifying date and the reason codes so far; and where it adds its own reasons and next steps.
/// </summary>
/// <remarks>
/// <para>
/// One context serves one rule in one evaluation and must not be kept after <see cref="IEligibilityRule.Apply"/>
/// returns. Reasons added here carry the rule's id and the policy version in force.
/// </para>
/// <para>
/// Host rules run on both paths: the explained one (<see cref="EligibilityEvaluator.Evaluate"/>) and the outcome-only
/// one (batch summaries, record summaries), where reasons are not rendered. Read <see cref="HasReason"/> (codes, both
/// paths) rather than <see cref="Reasons"/> (rendered reasons, explained path only) so the rule decides the same on both.
/// Reasons and severities added here decide the outcome and credits on both paths; their arguments, next steps and the
/// note are kept only when the decision is explained.
/// </para>
/// </remarks>
public sealed class RuleContext
{
    private readonly List<Reason> _added = [];
    private readonly List<NextStep> _steps = [];
    private readonly IReadOnlyList<Reason>? _reasons;
    private readonly BitSet _raised;
    private readonly IReadOnlyList<ReasonCode>? _hostCodes;
    private bool _failed;
    private bool _limited;

    internal RuleContext(
        string ruleId,
        EvaluationRequest request,
        Course course,
        Institution institution,
        DegreeProgram program,
        InstitutionPolicy? policy,
        ProgramEnrollment? programEnrollment,
        LocalDate? qualifyingDate,
        BitSet raised,
        IReadOnlyList<ReasonCode>? hostCodes,
        IReadOnlyList<Reason>? earlier)
    {
        RuleId = ruleId;
        Request = request;
        Course = course;
        Institution = institution;
        Program = program;
        Policy = policy;
        ProgramEnrollment = programEnrollment;
        QualifyingDate = qualifyingDate;
        _raised = raised;
        _hostCodes = hostCodes;
        _reasons = earlier is null ? null : new ConcatenatedReasons(earlier, _added);
    }

    /// <summary>Gets the id of the rule this context serves.</summary>
    public string RuleId { get; }

    /// <summary>Gets the request being decided.</summary>
    public EvaluationRequest Request { get; }

    /// <summary>Gets the learner's record.</summary>
    public LearnerRecord Learner => Request.Learner;

    /// <summary>Gets the as-of date; facts dated later must be ignored.</summary>
    public LocalDate AsOf => Request.AsOf;

    /// <summary>Gets the course claimed.</summary>
    public Course Course { get; }

    /// <summary>Gets the institution asked to grant credit.</summary>
    public Institution Institution { get; }

    /// <summary>Gets the degree program.</summary>
    public DegreeProgram Program { get; }

    /// <summary>Gets the institution policy version in force, or <see langword="null"/> when none applies.</summary>
    public InstitutionPolicy? Policy { get; }

    /// <summary>Gets the learner's enrolment in the program dated on or before the as-of date, or <see langword="null"/> when there is none.</summary>
    public ProgramEnrollment? ProgramEnrollment { get; }

    /// <summary>Gets the qualifying date (the date the proctored exam was passed), or <see langword="null"/> when there is none yet.</summary>
    public LocalDate? QualifyingDate { get; }

    /// <summary>Gets every reason added so far by the built-in rules, earlier host rules and this rule, rendered.</summary>
    /// <value>The reasons in the order raised; available only when the decision is explained.</value>
    /// <exception cref="InvalidOperationException">The claim is decided outcome-only (a batch or record summary), where reasons are not rendered; read <see cref="HasReason"/> instead.</exception>
    public IReadOnlyList<Reason> Reasons => _reasons ?? throw new InvalidOperationException(
        "RuleContext.Reasons is not available to rule '" + RuleId + "' on the outcome-only path (batch and record summaries), where reasons are not rendered; read RuleContext.HasReason instead.");

    /// <summary>
    /// Whether a reason with the code has been raised so far for this claim, by the built-in rules, earlier host rules or
    /// this rule. Reads codes only, so it answers the same on the explained and outcome-only paths.
    /// </summary>
    /// <param name="code">The code, built-in or a host code.</param>
    /// <returns><see langword="true"/> when a reason with the code was raised, whatever its severity; otherwise <see langword="false"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is default.</exception>
    public bool HasReason(ReasonCode code)
    {
        if (code.Value is null)
        {
            throw new ArgumentException("The reason code must not be default.", nameof(code));
        }

        if (ReasonMask.TryIndexOf(code.Value, out var index) && _raised.Contains(index))
        {
            return true;
        }

        if (_hostCodes is not null)
        {
            foreach (var raised in _hostCodes)
            {
                if (raised == code)
                {
                    return true;
                }
            }
        }

        foreach (var reason in _added)
        {
            if (reason.Code == code)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the note recorded in the trace for this rule, or <see langword="null"/> for the default note.</summary>
    public string? Note { get; private set; }

    /// <summary>The reasons this rule added, in order.</summary>
    internal IReadOnlyList<Reason> Added => _added;

    /// <summary>The next steps this rule added, in order.</summary>
    internal IReadOnlyList<NextStep> Steps => _steps;

    /// <summary>Adds a reason with the code's default severity.</summary>
    /// <param name="code">The code, usually a host code from <see cref="ReasonCode.Custom"/>.</param>
    /// <param name="arguments">The facts used, by placeholder name, in template order.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is default.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="arguments"/> is null.</exception>
    public void AddReason(ReasonCode code, params KeyValuePair<string, string>[] arguments) =>
        AddReason(code, code.DefaultSeverity, arguments);

    /// <summary>Adds a reason with an explicit severity.</summary>
    /// <param name="code">The code, usually a host code from <see cref="ReasonCode.Custom"/>.</param>
    /// <param name="severity">The severity: it decides the outcome like a built-in reason's.</param>
    /// <param name="arguments">The facts used, by placeholder name, in template order.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is default.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="arguments"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined severity.</exception>
    public void AddReason(ReasonCode code, ReasonSeverity severity, params KeyValuePair<string, string>[] arguments)
    {
        if (code.Value is null)
        {
            throw new ArgumentException("The reason code must not be default.", nameof(code));
        }

        Preconditions.NotNull(arguments);
        Preconditions.Defined(severity);
        _added.Add(new Reason(code, severity, RuleId, Policy?.Id, arguments));
        if (severity >= ReasonSeverity.Outstanding)
        {
            _failed = true;
        }
        else
        {
            _limited = true;
        }
    }

    /// <summary>Adds a next step, listed in the decision when its outcome is Incomplete.</summary>
    /// <param name="step">The step.</param>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    public void AddNextStep(NextStep step) => _steps.Add(Preconditions.NotNull(step));

    /// <summary>Sets the note recorded for this rule in the decision's trace.</summary>
    /// <param name="note">A short note for people on the facts the rule used.</param>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    public void SetNote(string note) => Note = Preconditions.NotNull(note);

    /// <summary>The trace outcome: Failed after a blocking or outstanding reason, Limited after only informational or limiting ones, else Passed.</summary>
    internal RuleOutcome Outcome => _failed ? RuleOutcome.Failed : _limited ? RuleOutcome.Limited : RuleOutcome.Passed;

    /// <summary>The reasons before this rule followed by this rule's own, as one live list.</summary>
    private sealed class ConcatenatedReasons(IReadOnlyList<Reason> first, IReadOnlyList<Reason> second) : IReadOnlyList<Reason>
    {
        public int Count => first.Count + second.Count;

        public Reason this[int index] => index < first.Count ? first[index] : second[index - first.Count];

        public IEnumerator<Reason> GetEnumerator() => first.Concat(second).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
