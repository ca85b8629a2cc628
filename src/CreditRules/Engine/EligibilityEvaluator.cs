using CreditRules.Domain;
using CreditRules.Engine.Rules;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>
/// The rules engine: decides one learner's claim for one course at one institution and program, as of a date, and
/// explains the decision with reasons, next steps and a rule trace.
/// </summary>
/// <remarks>
/// <para>The pipeline: pick the recommendation from an accepted evaluator and the zone that dates exam instants; the
/// learner side (verified track, completion, identity, proctored exam and retakes, fees, evidence); the recommendation
/// version containing the qualifying date; the institution side (program overrides, levels, minimum score, recency);
/// then conversion to the institution's unit and rounding. Every independent reason is collected; no rule stops at the
/// first failure. Rules defined by the host (<see cref="IEligibilityRule"/>) run last, in the order given, and their
/// reasons count like built-in ones.</para>
/// <para>Facts dated after the as-of date are ignored. Outcome precedence: any blocking reason gives
/// <see cref="DecisionOutcome.NotEligible"/>; otherwise any outstanding reason gives
/// <see cref="DecisionOutcome.Incomplete"/>; otherwise <see cref="DecisionOutcome.Eligible"/>.</para>
/// <para>Immutable and thread-safe: one instance can serve many threads.</para>
/// </remarks>
public sealed class EligibilityEvaluator : IEligibilityEvaluator
{
    private static readonly HashSet<string> BuiltInIds = RulePlan.BuiltInRuleIds.ToHashSet(StringComparer.Ordinal);

    private readonly IClock? _clock;
    private readonly IEligibilityRule[] _hostRules;

    /// <summary>Initialises an evaluator over a catalog and a policy set.</summary>
    /// <param name="catalog">The courses and their recommendations.</param>
    /// <param name="policies">The institutions and their policies.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public EligibilityEvaluator(Catalog catalog, PolicySet policies)
        : this(catalog, policies, clock: null, hostRules: null, dataVersion: null)
    {
    }

    /// <summary>Initialises an evaluator that can also decide "as of today" through <paramref name="clock"/>.</summary>
    /// <param name="catalog">The courses and their recommendations.</param>
    /// <param name="policies">The institutions and their policies.</param>
    /// <param name="clock">The clock that gives today's date in the institution's zone.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public EligibilityEvaluator(Catalog catalog, PolicySet policies, IClock clock)
        : this(catalog, policies, Preconditions.NotNull(clock), hostRules: null, dataVersion: null)
    {
    }

    /// <summary>Initialises an evaluator that also applies rules defined by the host, after the built-in rules.</summary>
    /// <param name="catalog">The courses and their recommendations.</param>
    /// <param name="policies">The institutions and their policies.</param>
    /// <param name="hostRules">The host's rules, applied in this order after the built-in rules.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A rule is null, or its id is blank, repeated or the id of a built-in rule.</exception>
    public EligibilityEvaluator(Catalog catalog, PolicySet policies, IEnumerable<IEligibilityRule> hostRules)
        : this(catalog, policies, clock: null, Preconditions.NotNull(hostRules), dataVersion: null)
    {
    }

    /// <summary>Initialises an evaluator with a clock and rules defined by the host.</summary>
    /// <param name="catalog">The courses and their recommendations.</param>
    /// <param name="policies">The institutions and their policies.</param>
    /// <param name="clock">The clock that gives today's date in the institution's zone.</param>
    /// <param name="hostRules">The host's rules, applied in this order after the built-in rules.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A rule is null, or its id is blank, repeated or the id of a built-in rule.</exception>
    public EligibilityEvaluator(Catalog catalog, PolicySet policies, IClock clock, IEnumerable<IEligibilityRule> hostRules)
        : this(catalog, policies, Preconditions.NotNull(clock), Preconditions.NotNull(hostRules), dataVersion: null)
    {
    }

    /// <summary>The one constructor that does the work; <paramref name="dataVersion"/> is stamped on every decision.</summary>
    internal EligibilityEvaluator(Catalog catalog, PolicySet policies, IClock? clock, IEnumerable<IEligibilityRule>? hostRules, string? dataVersion)
    {
        Catalog = Preconditions.NotNull(catalog);
        Policies = Preconditions.NotNull(policies);
        _clock = clock;
        _hostRules = ValidateHostRules(hostRules);
        HostRules = Array.AsReadOnly(_hostRules);
        DataVersion = dataVersion;
        Plan = new RulePlan(Catalog, Policies, HostRules);
    }

    /// <summary>Gets the ids of the built-in rules, in the order they run; every decision's trace has one entry per id.</summary>
    public static IReadOnlyList<string> BuiltInRuleIds { get; } = Array.AsReadOnly(RulePlan.BuiltInRuleIds.ToArray());

    /// <summary>Gets every built-in rule, claim rules in the order they run, then the whole-record rules: id, summary, the
    /// reason codes each raises and the date branches each distinguishes, from the engine's rule registry.</summary>
    /// <remarks>Every built-in <see cref="ReasonCode"/> is raised by exactly one of these rules. Test kits derive their
    /// coverage vocabulary from this list.</remarks>
    public static IReadOnlyList<BuiltInRule> BuiltInRules { get; } = Array.AsReadOnly(Rules.RuleRegistry.Public.ToArray());

    /// <summary>The catalog, policies and rules compiled once; every path (explained, outcome-only, bulk) runs it.</summary>
    internal RulePlan Plan { get; }

    /// <summary>Gets the host-defined rules, in the order they run after the built-in rules.</summary>
    public IReadOnlyList<IEligibilityRule> HostRules { get; }

    /// <summary>Gets the version label of the data this evaluator decides with, stamped on every <see cref="Decision.DataVersion"/>, or <see langword="null"/>.</summary>
    public string? DataVersion { get; }

    /// <summary>Gets the catalog.</summary>
    public Catalog Catalog { get; }

    /// <summary>Gets the policy set.</summary>
    public PolicySet Policies { get; }

    /// <summary>Decides a claim as of today: the clock's current date in the institution's zone.</summary>
    /// <param name="learner">The learner's record.</param>
    /// <param name="courseId">The course claimed.</param>
    /// <param name="institutionId">The institution.</param>
    /// <param name="programId">The program.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="InvalidOperationException">The evaluator was built without a clock.</exception>
    /// <exception cref="UnknownReferenceException">The institution is not loaded.</exception>
    public Decision EvaluateToday(LearnerRecord learner, string courseId, string institutionId, string programId)
    {
        var clock = _clock ?? throw new InvalidOperationException("This evaluator has no clock; pass an IClock to the constructor or give an as-of date in an EvaluationRequest.");
        var institution = Policies.GetInstitutionOrNull(Preconditions.NotBlank(institutionId))
            ?? throw new UnknownReferenceException(nameof(EvaluationRequest.InstitutionId), institutionId, "institution");
        var today = Today.In(clock, institution.TimeZone);
        return Evaluate(new EvaluationRequest(learner, courseId, institutionId, programId, today));
    }

    /// <summary>Compiles this evaluator's catalog and policies for an as-of date, for fast outcome-only and bulk evaluation.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The plan; its explained decisions are this evaluator's, host rules and data version included.</returns>
    public EvaluationPlan Compile(LocalDate asOf) => EvaluationPlan.Compile(this, asOf);

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">A host rule threw; the inner exception is what it threw.</exception>
    public Decision Evaluate(EvaluationRequest request)
    {
        try
        {
            var decision = EvaluateCore(request);
            Diagnostics.CreditRulesDiagnostics.RecordDecision(decision.Outcome);
            return decision;
        }
        catch (Exception exception) when (Diagnostics.CreditRulesDiagnostics.RecordError(exception))
        {
            // Unreachable: RecordError counts the failure and returns false, so the exception propagates untouched.
            throw;
        }
    }

    /// <summary>Decides a claim compiled by <see cref="Plan"/> (its compact record built once) exactly as <see cref="Evaluate(EvaluationRequest)"/> decides the request, counted the same way.</summary>
    internal Decision EvaluateCompiled(Rules.CompiledClaim claim, EvaluationRequest request)
    {
        try
        {
            var decision = Plan.Explain(claim, request, DataVersion);
            Diagnostics.CreditRulesDiagnostics.RecordDecision(decision.Outcome);
            return decision;
        }
        catch (Exception exception) when (Diagnostics.CreditRulesDiagnostics.RecordError(exception))
        {
            // Unreachable: RecordError counts the failure and returns false, so the exception propagates untouched.
            throw;
        }
    }

    private Decision EvaluateCore(EvaluationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Plan.Explain(request, DataVersion);
    }

    private static IEligibilityRule[] ValidateHostRules(IEnumerable<IEligibilityRule>? hostRules) =>
        hostRules is null ? [] : Preconditions.HostRules(hostRules, r => r.Id, BuiltInIds, "a built-in rule", nameof(hostRules));
}
