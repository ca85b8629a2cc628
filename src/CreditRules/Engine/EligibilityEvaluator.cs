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
/// first failure.</para>
/// <para>Facts dated after the as-of date are ignored. Outcome precedence: any blocking reason gives
/// <see cref="DecisionOutcome.NotEligible"/>; otherwise any outstanding reason gives
/// <see cref="DecisionOutcome.Incomplete"/>; otherwise <see cref="DecisionOutcome.Eligible"/>.</para>
/// <para>Immutable and thread-safe: one instance can serve many threads.</para>
/// </remarks>
public sealed class EligibilityEvaluator : IEligibilityEvaluator
{
    private static readonly IRule[] Pipeline =
    [
        new SourceRule(),
        new VerifiedTrackRule(),
        new CompletionRule(),
        new IdentityRule(),
        new ExamRule(),
        new VersionRule(),
        new FeeRule(),
        new EvidenceRule(),
        new ProgramOverrideRule(),
        new LevelRule(),
        new MinimumScoreRule(),
        new RecencyRule(),
        new CreditRule(),
    ];

    private readonly IClock? _clock;

    /// <summary>Initialises an evaluator over a catalog and a policy set.</summary>
    /// <param name="catalog">The courses and their recommendations.</param>
    /// <param name="policies">The institutions and their policies.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public EligibilityEvaluator(Catalog catalog, PolicySet policies)
    {
        Catalog = Preconditions.NotNull(catalog);
        Policies = Preconditions.NotNull(policies);
    }

    /// <summary>Initialises an evaluator that can also decide "as of today" through <paramref name="clock"/>.</summary>
    /// <param name="catalog">The courses and their recommendations.</param>
    /// <param name="policies">The institutions and their policies.</param>
    /// <param name="clock">The clock that gives today's date in the institution's zone.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public EligibilityEvaluator(Catalog catalog, PolicySet policies, IClock clock)
        : this(catalog, policies)
    {
        _clock = Preconditions.NotNull(clock);
    }

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
        var today = clock.GetCurrentInstant().InZone(institution.TimeZone).Date;
        return Evaluate(new EvaluationRequest(learner, courseId, institutionId, programId, today));
    }

    /// <summary>Compiles this evaluator's catalog and policies for an as-of date, for fast outcome-only and bulk evaluation.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The plan; its explained decisions equal this evaluator's.</returns>
    public EvaluationPlan Compile(LocalDate asOf) => EvaluationPlan.Compile(Catalog, Policies, asOf);

    /// <inheritdoc/>
    public Decision Evaluate(EvaluationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var course = Catalog.GetCourseOrNull(request.CourseId)
            ?? throw new UnknownReferenceException(nameof(request.CourseId), request.CourseId, "course");
        var institution = Policies.GetInstitutionOrNull(request.InstitutionId)
            ?? throw new UnknownReferenceException(nameof(request.InstitutionId), request.InstitutionId, "institution");
        var program = institution.GetProgramOrNull(request.ProgramId)
            ?? throw new UnknownReferenceException(nameof(request.ProgramId), request.ProgramId, "program of institution '" + institution.Id + "'");
        ValidateReferences(request.Learner);

        var enrollment = request.Learner.ProgramEnrollments
            .Where(e => string.Equals(e.InstitutionId, institution.Id, StringComparison.Ordinal)
                && string.Equals(e.ProgramId, program.Id, StringComparison.Ordinal)
                && e.EnrolledOn <= request.AsOf)
            .OrderBy(e => e.EnrolledOn)
            .LastOrDefault();
        var selectionDate = enrollment?.EnrolledOn ?? request.AsOf;
        var policy = institution.GetPolicyOrNull(selectionDate);

        var context = new EvaluationContext(request, Catalog, course, institution, program, policy, selectionDate, enrollment);
        foreach (var rule in Pipeline)
        {
            rule.Apply(context);
        }

        var outcome = context.IsBlocked
            ? DecisionOutcome.NotEligible
            : context.Reasons.Any(r => r.Severity == ReasonSeverity.Outstanding) ? DecisionOutcome.Incomplete : DecisionOutcome.Eligible;

        var zone = context.ZoneSource == QualifyingDateZone.Candidate && context.QualifyingAttempt is { } attempt
            ? attempt.CandidateZone
            : context.QualifyingZone;
        return new Decision(
            outcome,
            request,
            policy?.Id,
            context.Recommendation?.ExhibitId,
            context.Version?.Number,
            context.QualifyingDate,
            zone,
            context.ZoneSource,
            context.CreditsRecommended,
            outcome == DecisionOutcome.Eligible ? context.CreditsGranted : CreditAmount.Zero(institution.CreditUnit),
            policy?.Rounding ?? RoundingPolicy.Exact,
            context.Reasons.ToArray(),
            outcome == DecisionOutcome.Incomplete ? context.NextSteps.ToArray() : [],
            context.Trace.ToArray());
    }

    /// <summary>Learner facts that name sessions must name sessions the catalog knows: a typo must not silently become "not enrolled".</summary>
    private void ValidateReferences(LearnerRecord learner)
    {
        for (var i = 0; i < learner.CourseEnrollments.Count; i++)
        {
            if (Catalog.GetSessionOrNull(learner.CourseEnrollments[i].SessionId) is null)
            {
                throw new UnknownReferenceException("Learner '" + learner.LearnerId + "' CourseEnrollments[" + EvaluationContext.Format(i) + "].SessionId", learner.CourseEnrollments[i].SessionId, "course session");
            }
        }

        for (var i = 0; i < learner.Completions.Count; i++)
        {
            if (Catalog.GetSessionOrNull(learner.Completions[i].SessionId) is null)
            {
                throw new UnknownReferenceException("Learner '" + learner.LearnerId + "' Completions[" + EvaluationContext.Format(i) + "].SessionId", learner.Completions[i].SessionId, "course session");
            }
        }

        for (var i = 0; i < learner.ExamAttempts.Count; i++)
        {
            if (Catalog.GetCourseOrNull(learner.ExamAttempts[i].CourseId) is null)
            {
                throw new UnknownReferenceException("Learner '" + learner.LearnerId + "' ExamAttempts[" + EvaluationContext.Format(i) + "].CourseId", learner.ExamAttempts[i].CourseId, "course");
            }
        }

        for (var i = 0; i < learner.Fees.Count; i++)
        {
            if (Catalog.GetCourseOrNull(learner.Fees[i].CourseId) is null)
            {
                throw new UnknownReferenceException("Learner '" + learner.LearnerId + "' Fees[" + EvaluationContext.Format(i) + "].CourseId", learner.Fees[i].CourseId, "course");
            }
        }
    }
}
