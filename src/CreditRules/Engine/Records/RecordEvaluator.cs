using CreditRules.Domain;
using CreditRules.Engine.Rules;
using CreditRules.Internal;

namespace CreditRules.Engine;

/// <summary>
/// Decides a learner's whole record at one institution and program: every claimed course together with prior credit,
/// under the policy's <see cref="RecordPolicy"/>. The decision for each claim is the record-aware one: the claim rules
/// and then the record rules run as one compiled plan over the record, explained (<see cref="Evaluate"/>) or
/// outcome-only (<see cref="Summarize"/>), with the same result.
/// </summary>
/// <remarks>
/// <para>The record pipeline: apply hypothetical facts to a copy of the record; decide each course with the claim rules;
/// then the record rules, each one type in <c>Engine/Rules/Records</c>: refuse duplicates of prior credit (unless the
/// prior grade is below the blocking minimum), duplicates within the request (the later in allocation order, naming the
/// one kept) and lower courses after more advanced ones; count posted external credit against the caps first (it is
/// never removed); allocate what remains to eligible courses in the policy's named order, ties by course id; hold credit
/// until enough local credit is earned; report residency outstanding and the posting fee; then the host's record rules
/// (<see cref="IRecordRule"/>).</para>
/// <para>Only courses eligible on their own take part in allocation: an Incomplete course reserves no room, so finishing
/// it later may find a cap already used. Unposted external prior credit counts for duplicates and precedence, not caps.</para>
/// <para>Deterministic: courses, prior credit and hypotheses are put in canonical order first, so the same facts in any
/// order give an equal decision. Immutable and thread-safe.</para>
/// </remarks>
public sealed class RecordEvaluator
{
    private readonly RecordPlan _plan;

    /// <summary>Initialises a record evaluator on top of a single-course evaluator.</summary>
    /// <param name="evaluator">The single-course evaluator, which also supplies the catalog, policies and host claim rules.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is null.</exception>
    public RecordEvaluator(EligibilityEvaluator evaluator)
        : this(evaluator, [])
    {
    }

    /// <summary>Initialises a record evaluator with host record rules, run after the built-in record rules in the order given.</summary>
    /// <param name="evaluator">The single-course evaluator, which also supplies the catalog, policies and host claim rules.</param>
    /// <param name="hostRules">The host's record rules.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A rule is null, its id is blank, repeats an earlier rule's or is a built-in rule id.</exception>
    public RecordEvaluator(EligibilityEvaluator evaluator, IEnumerable<IRecordRule> hostRules)
    {
        Preconditions.NotNull(evaluator);
        var rules = ValidateHostRules(evaluator, Preconditions.NotNull(hostRules));
        HostRules = Array.AsReadOnly(rules);
        Evaluator = evaluator;
        _plan = new RecordPlan(evaluator, rules);
    }

    /// <summary>Gets the single-course evaluator the claims are decided with (its catalog, policies and host claim rules).</summary>
    public EligibilityEvaluator Evaluator { get; }

    /// <summary>Gets the ids of the built-in record rules, in the order they run (after the claim rules of <see cref="EligibilityEvaluator.BuiltInRuleIds"/>).</summary>
    public static IReadOnlyList<string> BuiltInRuleIds { get; } = Array.AsReadOnly(RuleRegistry.RecordRules.Select(r => r.Id).ToArray());

    /// <summary>The compiled record plan (the explorer's ranked pass runs it directly).</summary>
    internal RecordPlan Plan => _plan;

    /// <summary>Gets the host's record rules, in the order they run.</summary>
    public IReadOnlyList<IRecordRule> HostRules { get; }

    /// <summary>Decides a whole record, explained: every award with its reasons, next steps and the record's trace.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="UnknownReferenceException">A course (claimed or named by a hypothesis), the institution or the program is not loaded.</exception>
    /// <exception cref="ArgumentException">A hypothetical prior credit repeats the id of one on record.</exception>
    /// <exception cref="InvalidPolicyException">A percentage cap has no program total, or grades are on different scales.</exception>
    /// <exception cref="InvalidOperationException">A host rule threw (the message names the rule and the learner).</exception>
    public RecordDecision Evaluate(RecordEvaluationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _plan.Explain(request);
    }

    /// <summary>
    /// Decides a whole record outcome-only with the same rules as <see cref="Evaluate"/>: writes each claim's
    /// record-aware summary (outcome, credits, reason codes) into <paramref name="claims"/>, in the order of
    /// <see cref="RecordEvaluationRequest.CourseIds"/>, and returns the record's totals. Builds no reasons, next steps or
    /// trace; equal, claim for claim, to <see cref="DecisionSummary.FromAward"/> of <see cref="Evaluate"/>'s awards.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="claims">Where each claim's summary goes; at least <c>request.CourseIds.Count</c> long.</param>
    /// <returns>The record's totals and record-level reason codes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="claims"/> is shorter than the request's course list.</exception>
    /// <exception cref="UnknownReferenceException">A course (claimed or named by a hypothesis), the institution or the program is not loaded.</exception>
    /// <exception cref="InvalidPolicyException">A percentage cap has no program total, or grades are on different scales.</exception>
    /// <exception cref="InvalidOperationException">A host rule threw (the message names the rule and the learner).</exception>
    public RecordSummary Summarize(RecordEvaluationRequest request, Span<DecisionSummary> claims)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (claims.Length < request.CourseIds.Count)
        {
            throw new ArgumentException("claims holds " + Texts.Format(claims.Length) + " summaries; the request claims " + Texts.Format(request.CourseIds.Count) + " course(s).", nameof(claims));
        }

        return _plan.Summarize(request, claims);
    }

    /// <summary>
    /// Compares the decisions for two requests about the same learner and names, for each reason that appeared,
    /// disappeared or changed, the one input change that settled it.
    /// </summary>
    /// <param name="before">The request on record (or the earlier what-if).</param>
    /// <param name="after">The what-if request.</param>
    /// <returns>The diff.</returns>
    /// <remarks>
    /// The changes are applied one at a time, each followed by an evaluation: institution and program, as-of date,
    /// courses claimed, hypotheses removed, then hypotheses added (each in canonical order). A reason change is caused by
    /// the last step that changed the reason's state; a policy version that changed in that step is named with it.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The requests are about different learners.</exception>
    /// <exception cref="UnknownReferenceException">A request names a course, institution or program that is not loaded.</exception>
    public DecisionDiff Diff(RecordEvaluationRequest before, RecordEvaluationRequest after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var first = Evaluate(before);
        var last = Evaluate(after);
        if (!string.Equals(first.LearnerId, last.LearnerId, StringComparison.Ordinal))
        {
            return DecisionDiff.Compare(first, last);   // throws, naming both learners
        }

        var inputs = DecisionDiff.InputsBetween(first, last);
        var steps = new List<(RecordDecision Decision, List<InputChange> Causes)> { (first, []) };
        var current = before;
        void Step(RecordEvaluationRequest next, params InputChangeKind[] kinds)
        {
            current = next;
            steps.Add((Evaluate(next), inputs.Where(i => kinds.Contains(i.Kind)).ToList()));
        }

        if (!string.Equals(before.InstitutionId, after.InstitutionId, StringComparison.Ordinal) || !string.Equals(before.ProgramId, after.ProgramId, StringComparison.Ordinal))
        {
            Step(current.WithProgram(after.InstitutionId, after.ProgramId), InputChangeKind.Institution, InputChangeKind.Program);
        }

        if (before.AsOf != after.AsOf)
        {
            Step(current.WithAsOf(after.AsOf), InputChangeKind.AsOf);
        }

        if (!before.CourseIds.SequenceEqual(after.CourseIds, StringComparer.Ordinal))
        {
            Step(new RecordEvaluationRequest(current.Learner, after.CourseIds, current.InstitutionId, current.ProgramId, current.AsOf, current.Hypotheses).WithAsKnownOn(current.AsKnownOn), InputChangeKind.CoursesClaimed);
        }

        foreach (var change in inputs.Where(i => i.Kind is InputChangeKind.HypothesisRemoved or InputChangeKind.HypothesisAdded))
        {
            var facts = change.Kind == InputChangeKind.HypothesisRemoved
                ? current.Hypotheses.Where(h => !string.Equals(h.Description, change.Before, StringComparison.Ordinal))
                : current.Hypotheses.Append(after.Hypotheses.First(h => string.Equals(h.Description, change.After, StringComparison.Ordinal)));
            current = new RecordEvaluationRequest(current.Learner, current.CourseIds, current.InstitutionId, current.ProgramId, current.AsOf, facts).WithAsKnownOn(current.AsKnownOn);
            steps.Add((Evaluate(current), [change]));
        }

        if (!ReferenceEquals(current.Learner, after.Learner))
        {
            // Facts on record differ too: no input change names them, so reasons settled here fall back to the heuristic.
            Step(new RecordEvaluationRequest(after.Learner, current.CourseIds, current.InstitutionId, current.ProgramId, current.AsOf, current.Hypotheses).WithAsKnownOn(current.AsKnownOn));
        }

        if (current.AsKnownOn != after.AsKnownOn)
        {
            // Knowledge as of another date: no input change names it, so reasons settled here fall back to the heuristic.
            Step(current.WithAsKnownOn(after.AsKnownOn));
        }

        var policyChange = inputs.FirstOrDefault(i => i.Kind == InputChangeKind.PolicyVersion);
        for (var k = 1; k < steps.Count && policyChange is not null; k++)
        {
            if (!string.Equals(steps[k].Decision.PolicyVersion, steps[k - 1].Decision.PolicyVersion, StringComparison.Ordinal))
            {
                steps[k].Causes.Add(policyChange);
            }
        }

        IReadOnlyList<InputChange>? Attribute(string? courseId, string key, int index)
        {
            string? StateOf(RecordDecision decision)
            {
                var reasons = courseId is null ? decision.Reasons : decision.GetAwardOrNull(courseId)?.AllReasons ?? [];
                return reasons.Where(r => string.Equals(DecisionDiff.Key(r), key, StringComparison.Ordinal)).Select(r => r.Message).ElementAtOrDefault(index);
            }

            IReadOnlyList<InputChange>? cause = null;
            for (var k = 1; k < steps.Count; k++)
            {
                if (!string.Equals(StateOf(steps[k].Decision), StateOf(steps[k - 1].Decision), StringComparison.Ordinal))
                {
                    cause = steps[k].Causes;
                }
            }

            return cause is { Count: > 0 } ? cause : null;
        }

        return DecisionDiff.Compare(first, last, Attribute);
    }

    private static IRecordRule[] ValidateHostRules(EligibilityEvaluator evaluator, IEnumerable<IRecordRule> hostRules) =>
        Preconditions.HostRules(
            hostRules,
            r => r.Id,
            new HashSet<string>(EligibilityEvaluator.BuiltInRuleIds.Concat(BuiltInRuleIds).Concat(evaluator.HostRules.Select(r => r.Id)), StringComparer.Ordinal),
            "a built-in rule or of one of the evaluator's rules",
            nameof(hostRules));
}
