using NodaTime;

namespace CreditRules.Domain;

/// <summary>
/// Sets the rules of one policy version of an institution; obtained from <see cref="InstitutionBuilder.Policy"/>.
/// </summary>
/// <remarks>
/// <para>Required: <see cref="AcceptsEvaluators"/> and <see cref="AcceptsLevels"/>; a version that accepts no evaluator or no level is an error when the policy set builds.</para>
/// <para>Stated defaults: the version applies to every program-enrolment date; no institutional minimum score (the
/// recommendation's minimum still applies); no recency limit; no retake rules; no evidence required; the qualifying date
/// is the exam's date in the evaluator's zone (<see cref="QualifyingDateZone.Evaluator"/>); converted credit is kept exact
/// (<see cref="RoundingPolicy.Exact"/>); the provider's fees must be paid or waived; no record policy (caps, duplicates,
/// posting); no provider refused; a refunded provider fee is blocking (<see cref="RefundedFeeTreatment.Blocking"/>). Each setter replaces an earlier call's value; the accepted lists add up.</para>
/// <para>Checked when the policy set builds. Mutable and not thread-safe.</para>
/// </remarks>
public sealed class InstitutionPolicyBuilder
{
    private readonly List<string> _evaluators = [];
    private readonly List<CreditLevel> _levels = [];
    private DateRange? _appliesTo;
    private Score? _minimumScore;
    private (Period MaxAge, RecencyAnchor Anchor)? _recency;
    private RetakePolicy? _retakes;
    private EvidenceRequirement? _evidence;
    private EvidenceKind[]? _evidenceKinds;
    private QualifyingDateZone _qualifyingDateZone = QualifyingDateZone.Evaluator;
    private RoundingPolicy _rounding = RoundingPolicy.Exact;
    private bool _requireProviderFees = true;
    private RecordPolicy? _recordPolicy;
    private readonly List<LevelMapping> _levelMappings = [];
    private readonly List<string> _refusedProviders = [];
    private readonly List<ProviderKind> _refusedProviderKinds = [];
    private RefundedFeeTreatment _refundedFee = RefundedFeeTreatment.Blocking;

    internal InstitutionPolicyBuilder()
    {
    }

    /// <summary>Accepts the recommendations of these evaluators (adds to earlier calls).</summary>
    /// <param name="evaluatorIds">Evaluator ids, e.g. <c>ace</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluatorIds"/> is null.</exception>
    public InstitutionPolicyBuilder AcceptsEvaluators(params string[] evaluatorIds)
    {
        _evaluators.AddRange(evaluatorIds ?? throw new ArgumentNullException(nameof(evaluatorIds)));
        return this;
    }

    /// <summary>Accepts credit at these levels (adds to earlier calls).</summary>
    /// <param name="levels">The levels.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="levels"/> is null.</exception>
    public InstitutionPolicyBuilder AcceptsLevels(params CreditLevel[] levels)
    {
        _levels.AddRange(levels ?? throw new ArgumentNullException(nameof(levels)));
        return this;
    }

    /// <summary>Limits the version to learners who enrolled in their program on these dates, inclusive (default: all dates).</summary>
    /// <param name="enrolmentDates">The program-enrolment dates.</param>
    /// <returns>This builder.</returns>
    public InstitutionPolicyBuilder AppliesTo(DateRange enrolmentDates)
    {
        _appliesTo = enrolmentDates;
        return this;
    }

    /// <summary>Sets the institution's minimum exam score (default: none).</summary>
    /// <param name="score">The minimum score.</param>
    /// <returns>This builder.</returns>
    public InstitutionPolicyBuilder MinimumScore(Score score)
    {
        _minimumScore = score;
        return this;
    }

    /// <summary>Limits how old credit may be (default: no limit).</summary>
    /// <param name="maxAge">The longest age, e.g. <c>Period.FromYears(5)</c>; checked at build.</param>
    /// <param name="anchor">The date the age is counted to.</param>
    /// <returns>This builder.</returns>
    public InstitutionPolicyBuilder Recency(Period maxAge, RecencyAnchor anchor)
    {
        _recency = (maxAge, anchor);
        return this;
    }

    /// <summary>Sets the retake rules (default: none).</summary>
    /// <param name="retakes">The retake rules.</param>
    /// <returns>This builder.</returns>
    public InstitutionPolicyBuilder Retakes(RetakePolicy retakes)
    {
        _retakes = retakes;
        return this;
    }

    /// <summary>Requires official, verified evidence of one of these kinds (default: no evidence required).</summary>
    /// <param name="acceptedKinds">The kinds accepted, e.g. <see cref="EvidenceKind.AceTranscriptCredly"/>.</param>
    /// <returns>This builder.</returns>
    public InstitutionPolicyBuilder RequiresEvidence(params EvidenceKind[] acceptedKinds)
    {
        _evidenceKinds = acceptedKinds;
        _evidence = null;
        return this;
    }

    /// <summary>Sets the evidence requirement in full (e.g. accepting unofficial evidence).</summary>
    /// <param name="evidence">The requirement.</param>
    /// <returns>This builder.</returns>
    public InstitutionPolicyBuilder RequiresEvidence(EvidenceRequirement evidence)
    {
        _evidence = evidence;
        _evidenceKinds = null;
        return this;
    }

    /// <summary>Sets which zone turns the exam's instant into the qualifying date (default: <see cref="QualifyingDateZone.Evaluator"/>).</summary>
    /// <param name="zone">The zone.</param>
    /// <returns>This builder.</returns>
    public InstitutionPolicyBuilder QualifyingDateIn(QualifyingDateZone zone)
    {
        _qualifyingDateZone = zone;
        return this;
    }

    /// <summary>Sets how credit converted to the institution's unit is recorded (default: <see cref="RoundingPolicy.Exact"/>).</summary>
    /// <param name="rounding">The rounding.</param>
    /// <returns>This builder.</returns>
    public InstitutionPolicyBuilder Rounding(RoundingPolicy rounding)
    {
        _rounding = rounding;
        return this;
    }

    /// <summary>Does not require the provider's fees to be paid or waived (default: they are required).</summary>
    /// <returns>This builder.</returns>
    public InstitutionPolicyBuilder WithoutProviderFees()
    {
        _requireProviderFees = false;
        return this;
    }

    /// <summary>Sets the rules over a learner's whole record: caps, duplicates, posting (default: none).</summary>
    /// <param name="recordPolicy">The record policy.</param>
    /// <returns>This builder.</returns>
    public InstitutionPolicyBuilder Record(RecordPolicy recordPolicy)
    {
        _recordPolicy = recordPolicy;
        return this;
    }

    /// <summary>Counts a recommendation level as another, such as <see cref="CreditLevel.Graduate"/> as <see cref="CreditLevel.UpperDivision"/> (default: none).</summary>
    /// <param name="from">The recommendation's level.</param>
    /// <param name="to">The level it counts as.</param>
    /// <returns>This builder.</returns>
    public InstitutionPolicyBuilder MapsLevel(CreditLevel from, CreditLevel to)
    {
        _levelMappings.Add(new LevelMapping(from, to));
        return this;
    }

    /// <summary>Refuses credit for courses from these providers (adds to earlier calls; default: no provider refused).</summary>
    /// <param name="providerIds">Provider ids, e.g. <c>coursera</c>; checked at build.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="providerIds"/> is null.</exception>
    public InstitutionPolicyBuilder RefusesProviders(params string[] providerIds)
    {
        _refusedProviders.AddRange(providerIds ?? throw new ArgumentNullException(nameof(providerIds)));
        return this;
    }

    /// <summary>Refuses credit for courses from providers of these kinds, e.g. <see cref="ProviderKind.Mooc"/> (adds to earlier calls; default: none).</summary>
    /// <param name="kinds">Provider kinds; checked at build.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kinds"/> is null.</exception>
    public InstitutionPolicyBuilder RefusesProviderKinds(params ProviderKind[] kinds)
    {
        _refusedProviderKinds.AddRange(kinds ?? throw new ArgumentNullException(nameof(kinds)));
        return this;
    }

    /// <summary>Sets what a refunded provider fee means (default: <see cref="RefundedFeeTreatment.Blocking"/>).</summary>
    /// <param name="treatment">Blocking, or Outstanding with a next step to pay again; checked at build.</param>
    /// <returns>This builder.</returns>
    public InstitutionPolicyBuilder RefundedFee(RefundedFeeTreatment treatment)
    {
        _refundedFee = treatment;
        return this;
    }

    internal InstitutionPolicy Build(string id)
    {
        // The constructor accepts empty lists (a version that accepts nothing); from a builder they are a forgotten call.
        if (_evaluators.Count == 0)
        {
            throw new ArgumentException("Policy '" + id + "' accepts no evaluator; call AcceptsEvaluators with at least one evaluator id.");
        }

        if (_levels.Count == 0)
        {
            throw new ArgumentException("Policy '" + id + "' accepts no credit level; call AcceptsLevels with at least one level.");
        }

        return new(
            id,
            _evaluators,
            _levels,
            _appliesTo,
            _minimumScore,
            _recency is { } recency ? new RecencyWindow(recency.MaxAge, recency.Anchor) : null,
            _retakes,
            _evidenceKinds is { } kinds ? new EvidenceRequirement(kinds) : _evidence,
            _qualifyingDateZone,
            _rounding,
            _requireProviderFees,
            _recordPolicy,
            _levelMappings,
            _refusedProviders.Count == 0 && _refusedProviderKinds.Count == 0 ? null : new ProviderRefusal(_refusedProviders, _refusedProviderKinds),
            _refundedFee);
    }
}
