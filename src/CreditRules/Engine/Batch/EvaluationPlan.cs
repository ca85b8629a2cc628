using CreditRules.Domain;
using CreditRules.Engine.Rules;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>
/// A catalog and a policy set compiled for one as-of date, deciding claims outcome-only (<see cref="Summarize(CreditClaim)"/>,
/// allocating nothing) or explained (<see cref="Explain(CreditClaim)"/>), and in bulk. Both run the same compiled
/// rules as <see cref="EligibilityEvaluator"/>: each rule is defined once and decides through one method that the
/// outcome-only path calls with a sink that keeps nothing and the explained path with one that keeps every reason, next
/// step and trace entry. What does not depend on the learner (course, session and recommendation lookups, the
/// recommendation and zone per policy version and course, versions and their credits in the institution's unit) is
/// computed once, on first use.
/// </summary>
/// <remarks>
/// <para>A summary always equals <see cref="DecisionSummary.FromDecision(Decision)"/> of the explained decision: both are
/// produced by the same rule code. Invalid claims (unknown ids, scores on another scale than a minimum) throw the same
/// precise exception on both paths. Host rules (<see cref="EligibilityEvaluator.HostRules"/>) run on the outcome-only path
/// too: they read reason codes (<see cref="RuleContext.HasReason"/>), and their reasons decide the outcome and credits;
/// a host rule that reads the rendered <see cref="RuleContext.Reasons"/> throws there.</para>
/// <para>The outcome-only path does not record decisions in <c>CreditRulesDiagnostics</c>; explained decisions do.</para>
/// <para>Immutable and thread-safe: one plan can serve many threads.</para>
/// </remarks>
public sealed partial class EvaluationPlan
{
    private readonly EligibilityEvaluator _evaluator;
    private readonly RulePlan _plan;
    private RecordEvaluator? _records;

    private EvaluationPlan(EligibilityEvaluator evaluator, LocalDate asOf, LocalDate? asKnownOn = null)
    {
        AsKnownOn = SupportedDates.Check(asKnownOn, nameof(asKnownOn));
        Catalog = evaluator.Catalog;
        Policies = evaluator.Policies;
        AsOf = asOf;
        _evaluator = evaluator;
        _plan = evaluator.Plan;
    }

    /// <summary>Gets a record evaluator on the plan's evaluator (built on first use; a race builds an equal one).</summary>
    internal RecordEvaluator Records => LazyInitializer.EnsureInitialized(ref _records, () => new RecordEvaluator(_evaluator));

    /// <summary>Gets the catalog.</summary>
    public Catalog Catalog { get; }

    /// <summary>Gets the policy set.</summary>
    public PolicySet Policies { get; }

    /// <summary>Gets the as-of date every claim is decided for.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the as-known-on date every claim is decided with (facts recorded later are ignored), or <see langword="null"/> for every fact on record.</summary>
    public LocalDate? AsKnownOn { get; }

    /// <summary>Compiles a catalog and a policy set for an as-of date.</summary>
    /// <param name="catalog">The courses and their recommendations.</param>
    /// <param name="policies">The institutions and their policies.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static EvaluationPlan Compile(Catalog catalog, PolicySet policies, LocalDate asOf) =>
        new(new EligibilityEvaluator(Preconditions.NotNull(catalog), Preconditions.NotNull(policies)), asOf);

    /// <summary>Compiles a catalog and a policy set for an as-of date, deciding with only the facts recorded by <paramref name="asKnownOn"/>.</summary>
    /// <param name="catalog">The courses and their recommendations.</param>
    /// <param name="policies">The institutions and their policies.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="asKnownOn">The as-known-on date (<see cref="LearnerRecord.AsKnownOn"/>), or <see langword="null"/> for every fact on record.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asKnownOn"/> lies outside <see cref="SupportedDates"/>.</exception>
    public static EvaluationPlan Compile(Catalog catalog, PolicySet policies, LocalDate asOf, LocalDate? asKnownOn) =>
        new(new EligibilityEvaluator(Preconditions.NotNull(catalog), Preconditions.NotNull(policies)), asOf, asKnownOn);

    /// <summary>Compiles an evaluator's catalog, policies and host rules for an as-of date.</summary>
    internal static EvaluationPlan Compile(EligibilityEvaluator evaluator, LocalDate asOf) => new(evaluator, asOf);

    /// <summary>Decides a claim with every reason, next step and trace entry: the same as <see cref="EligibilityEvaluator.Evaluate(EvaluationRequest)"/> as of <see cref="AsOf"/>.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    /// <exception cref="UnknownReferenceException">The claim or the learner's record names a course, session, institution or program that is not loaded.</exception>
    /// <exception cref="InvalidLearnerDataException">An exam attempt is scored on another scale than a minimum it must meet; the message names the attempt.</exception>
    public Decision Explain(CreditClaim claim)
    {
        Preconditions.NotNull(claim);
        var request = new EvaluationRequest(claim.Learner, claim.CourseId, claim.InstitutionId, claim.ProgramId, AsOf, AsKnownOn);
        CompiledClaim compiled;
        try
        {
            // The claim's compact record and route, built once and shared with Summarize (not rebuilt per explanation).
            compiled = _plan.Compile(claim, ref claim.Compiled, AsOf, AsKnownOn);
        }
        catch (Exception exception) when (Diagnostics.CreditRulesDiagnostics.RecordError(exception))
        {
            // Unreachable: RecordError counts the failure and returns false, so the exception propagates untouched.
            throw;
        }

        return _evaluator.EvaluateCompiled(compiled, request);
    }

    /// <summary>Decides a claim outcome-only: outcome, granted credits and reason codes, allocating nothing for a valid claim.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The summary; equal to <see cref="DecisionSummary.FromDecision(Decision)"/> of <see cref="Explain(CreditClaim)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    /// <exception cref="UnknownReferenceException">The claim or the learner's record names a course, session, institution or program that is not loaded.</exception>
    /// <exception cref="InvalidLearnerDataException">An exam attempt is scored on another scale than a minimum it must meet; the message names the attempt.</exception>
    public DecisionSummary Summarize(CreditClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return _plan.Summarize(_plan.Compile(claim, ref claim.Compiled, AsOf, AsKnownOn));
    }
}
