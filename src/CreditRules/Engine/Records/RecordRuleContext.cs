using CreditRules.Domain;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>
/// What a host record rule (<see cref="IRecordRule"/>) reads and writes for one record: the request, the learner (with
/// any hypothetical facts applied), the institution, program and policy version, every claim as decided so far; and the
/// reasons, next steps and trace note the rule adds.
/// </summary>
/// <remarks>One context per rule and record; not thread-safe (a rule applies to one record on one thread).</remarks>
public sealed class RecordRuleContext
{
    private readonly List<(int Claim, Reason Reason)> _added = [];
    private readonly List<(int Claim, NextStep Step)> _steps = [];
    private readonly RecordRuleClaim[] _claims;
    private bool _failed;
    private bool _limited;

    internal RecordRuleContext(string ruleId, RecordEvaluationRequest request, LearnerRecord learner, Institution institution, DegreeProgram program, InstitutionPolicy? policy, RecordRuleClaim[] claims)
    {
        RuleId = ruleId;
        Request = request;
        Learner = learner;
        Institution = institution;
        Program = program;
        Policy = policy;
        _claims = claims;
        Claims = Array.AsReadOnly(claims);
    }

    /// <summary>Gets the id of the rule applying.</summary>
    public string RuleId { get; }

    /// <summary>Gets the record request decided.</summary>
    public RecordEvaluationRequest Request { get; }

    /// <summary>Gets the learner's record with the request's hypothetical facts applied.</summary>
    public LearnerRecord Learner { get; }

    /// <summary>Gets the as-of date of the decision.</summary>
    public LocalDate AsOf => Request.AsOf;

    /// <summary>Gets the institution.</summary>
    public Institution Institution { get; }

    /// <summary>Gets the program.</summary>
    public DegreeProgram Program { get; }

    /// <summary>Gets the policy version selected (<see cref="PolicyVersionSelection"/>), or <see langword="null"/> when none applies.</summary>
    public InstitutionPolicy? Policy { get; }

    /// <summary>Gets every claim as decided so far, in the request's (ordinal) course order.</summary>
    public IReadOnlyList<RecordRuleClaim> Claims { get; }

    /// <summary>Gets the trace note set by the rule, or <see langword="null"/>.</summary>
    public string? Note { get; private set; }

    internal IReadOnlyList<(int Claim, Reason Reason)> Added => _added;

    internal IReadOnlyList<(int Claim, NextStep Step)> Steps => _steps;

    /// <summary>The trace outcome: Failed after a blocking or outstanding reason, Limited after only informational or limiting ones, else Passed.</summary>
    internal RuleOutcome Outcome => _failed ? RuleOutcome.Failed : _limited ? RuleOutcome.Limited : RuleOutcome.Passed;

    /// <summary>Adds a reason about the whole record at the code's default severity; it changes no claim's outcome.</summary>
    /// <param name="code">The code, usually a host code from <see cref="ReasonCode.Custom"/>.</param>
    /// <param name="arguments">The facts used, by placeholder name, in template order.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is default.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="arguments"/> is null.</exception>
    public void AddReason(ReasonCode code, params KeyValuePair<string, string>[] arguments) => Add(-1, code, code.DefaultSeverity, arguments);

    /// <summary>Adds a reason about one claim at the code's default severity; it decides the claim's outcome like a built-in reason.</summary>
    /// <param name="courseId">The claimed course.</param>
    /// <param name="code">The code, usually a host code from <see cref="ReasonCode.Custom"/>.</param>
    /// <param name="arguments">The facts used, by placeholder name, in template order.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is default, or <paramref name="courseId"/> is not claimed in this record.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="courseId"/> or <paramref name="arguments"/> is null.</exception>
    public void AddReason(string courseId, ReasonCode code, params KeyValuePair<string, string>[] arguments) => Add(IndexOf(courseId), code, code.DefaultSeverity, arguments);

    /// <summary>Adds a reason about one claim at a given severity; it decides the claim's outcome like a built-in reason.</summary>
    /// <param name="courseId">The claimed course.</param>
    /// <param name="code">The code, usually a host code from <see cref="ReasonCode.Custom"/>.</param>
    /// <param name="severity">The severity: it decides the claim's outcome like a built-in reason's.</param>
    /// <param name="arguments">The facts used, by placeholder name, in template order.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is default, or <paramref name="courseId"/> is not claimed in this record.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="courseId"/> or <paramref name="arguments"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined severity.</exception>
    public void AddReason(string courseId, ReasonCode code, ReasonSeverity severity, params KeyValuePair<string, string>[] arguments) => Add(IndexOf(courseId), code, severity, arguments);

    /// <summary>Adds a next step for one claim, listed in its award when its outcome is Incomplete.</summary>
    /// <param name="courseId">The claimed course.</param>
    /// <param name="step">The step.</param>
    /// <exception cref="ArgumentException"><paramref name="courseId"/> is not claimed in this record.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void AddNextStep(string courseId, NextStep step)
    {
        var index = IndexOf(courseId);
        _steps.Add((index, Preconditions.NotNull(step)));
    }

    /// <summary>Sets the note recorded for this rule in the record decision's trace.</summary>
    /// <param name="note">A short note for people on the facts the rule used.</param>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    public void SetNote(string note) => Note = Preconditions.NotNull(note);

    private int IndexOf(string courseId)
    {
        Preconditions.NotNull(courseId);
        for (var i = 0; i < _claims.Length; i++)
        {
            if (string.Equals(_claims[i].CourseId, courseId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException("Course '" + courseId + "' is not claimed in this record; claimed: " + string.Join(", ", _claims.Select(c => c.CourseId)) + ".", nameof(courseId));
    }

    private void Add(int claim, ReasonCode code, ReasonSeverity severity, KeyValuePair<string, string>[] arguments)
    {
        if (code.Value is null)
        {
            throw new ArgumentException("The reason code must not be default.", nameof(code));
        }

        Preconditions.NotNull(arguments);
        Preconditions.Defined(severity);
        _added.Add((claim, new Reason(code, severity, RuleId, Policy?.Id, arguments)));
        if (claim >= 0 && severity >= ReasonSeverity.Outstanding)
        {
            _failed = true;
        }
        else
        {
            _limited = true;
        }
    }
}
