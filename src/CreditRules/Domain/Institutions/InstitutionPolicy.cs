using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>
/// One version of an institution's policy for evaluator-recommended credit: which evaluators and levels it accepts,
/// a minimum score, recency, retakes, evidence, the zone that fixes the qualifying date and the rounding of converted credit.
/// </summary>
/// <remarks>
/// A policy version applies to learners whose program enrolment date lies in <see cref="AppliesTo"/> (inclusive);
/// a learner with no enrolment at the institution is matched by the as-of date. <see cref="MinimumScore"/> can only
/// raise the evaluator's minimum, never lower it.
/// </remarks>
public sealed class InstitutionPolicy
{
    /// <summary>Initialises a policy version.</summary>
    /// <param name="id">A stable version id, such as <c>efsc-2013</c>, named in every decision.</param>
    /// <param name="acceptedEvaluators">The evaluators whose recommendations are accepted.</param>
    /// <param name="acceptedLevels">The levels accepted.</param>
    /// <param name="appliesTo">The program-enrolment dates this version applies to, inclusive, or <see langword="null"/> for all.</param>
    /// <param name="minimumScore">The institution's minimum exam score, or <see langword="null"/>.</param>
    /// <param name="recency">How old credit may be, or <see langword="null"/> for no limit.</param>
    /// <param name="retakes">Retake rules, or <see langword="null"/> for none.</param>
    /// <param name="evidence">Required evidence, or <see langword="null"/> for none.</param>
    /// <param name="qualifyingDateZone">Which zone fixes the qualifying date.</param>
    /// <param name="rounding">How credit converted to the institution's unit is recorded.</param>
    /// <param name="requireProviderFees">Whether the provider's fees must be paid or waived.</param>
    /// <param name="recordPolicy">The rules over a learner's whole record (caps, duplicates, posting), or <see langword="null"/> for none.</param>
    /// <param name="levelMappings">Levels counted as other levels (e.g. graduate as upper division), at most one per recommendation level, or <see langword="null"/> for none.</param>
    /// <param name="refusedProviders">Providers and provider kinds whose courses get no credit, or <see langword="null"/> for none.</param>
    /// <param name="refundedFee">What a refunded provider fee means (default <see cref="RefundedFeeTreatment.Blocking"/>).</param>
    /// <exception cref="ArgumentException">A required list is empty or an id is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date or instant lies outside <see cref="SupportedDates"/>, or <paramref name="refundedFee"/> is not defined.</exception>
    public InstitutionPolicy(
        string id,
        IEnumerable<string> acceptedEvaluators,
        IEnumerable<CreditLevel> acceptedLevels,
        DateRange? appliesTo = null,
        Score? minimumScore = null,
        RecencyWindow? recency = null,
        RetakePolicy? retakes = null,
        EvidenceRequirement? evidence = null,
        QualifyingDateZone qualifyingDateZone = QualifyingDateZone.Evaluator,
        RoundingPolicy rounding = default,
        bool requireProviderFees = true,
        RecordPolicy? recordPolicy = null,
        IEnumerable<LevelMapping>? levelMappings = null,
        ProviderRefusal? refusedProviders = null,
        RefundedFeeTreatment refundedFee = RefundedFeeTreatment.Blocking)
    {
        RefusedProviders = refusedProviders;
        RefundedFee = Preconditions.Defined(refundedFee);
        LevelMappings = LevelMappingList(levelMappings, nameof(levelMappings));
        RecordPolicy = recordPolicy;
        Id = Preconditions.NotBlank(id);
        AcceptedEvaluators = Preconditions.CopyList(acceptedEvaluators);
        AcceptedLevels = Preconditions.CopyValues(acceptedLevels).Distinct().ToArray();
        foreach (var level in AcceptedLevels)
        {
            Preconditions.Defined(level, nameof(acceptedLevels));
        }

        AppliesTo = SupportedDates.Check(appliesTo, nameof(appliesTo));
        if (minimumScore is { Scale: null })
        {
            throw new ArgumentException("The minimum score has no scale.", nameof(minimumScore));
        }

        MinimumScore = minimumScore;
        Recency = recency;
        Retakes = retakes;
        Evidence = evidence;
        QualifyingDateZone = Preconditions.Defined(qualifyingDateZone);
        Rounding = rounding;
        RequireProviderFees = requireProviderFees;
    }

    /// <summary>Gets the version id.</summary>
    public string Id { get; }

    /// <summary>Gets the accepted evaluator ids.</summary>
    public IReadOnlyList<string> AcceptedEvaluators { get; }

    /// <summary>Gets the accepted levels.</summary>
    public IReadOnlyList<CreditLevel> AcceptedLevels { get; }

    /// <summary>Gets the program-enrolment dates this version applies to, or <see langword="null"/> for all.</summary>
    public DateRange? AppliesTo { get; }

    /// <summary>Gets the institution's minimum exam score, or <see langword="null"/>.</summary>
    public Score? MinimumScore { get; }

    /// <summary>Gets the recency window, or <see langword="null"/>.</summary>
    public RecencyWindow? Recency { get; }

    /// <summary>Gets the retake rules, or <see langword="null"/>.</summary>
    public RetakePolicy? Retakes { get; }

    /// <summary>Gets the evidence requirement, or <see langword="null"/>.</summary>
    public EvidenceRequirement? Evidence { get; }

    /// <summary>Gets which zone fixes the qualifying date.</summary>
    /// <value>Defaults to <see cref="QualifyingDateZone.Evaluator"/>.</value>
    public QualifyingDateZone QualifyingDateZone { get; }

    /// <summary>Gets the rounding of converted credit.</summary>
    /// <value>Defaults to <see cref="RoundingPolicy.Exact"/>.</value>
    public RoundingPolicy Rounding { get; }

    /// <summary>Gets a value indicating whether the provider's fees must be paid or waived.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool RequireProviderFees { get; }

    /// <summary>Gets the levels counted as other levels (<see cref="LevelMapping"/>).</summary>
    /// <value>Defaults to empty: every level counts as itself.</value>
    public IReadOnlyList<LevelMapping> LevelMappings { get; }

    /// <summary>Gets the providers and provider kinds whose courses get no credit, or <see langword="null"/> for none.</summary>
    /// <value>Defaults to <see langword="null"/>: no provider is refused.</value>
    public ProviderRefusal? RefusedProviders { get; }

    /// <summary>Gets what a refunded provider fee means for a claim.</summary>
    /// <value>Defaults to <see cref="RefundedFeeTreatment.Blocking"/>.</value>
    public RefundedFeeTreatment RefundedFee { get; }

    /// <summary>Copies level mappings, refusing two for one level.</summary>
    internal static IReadOnlyList<LevelMapping> LevelMappingList(IEnumerable<LevelMapping>? mappings, string paramName)
    {
        var list = Preconditions.CopyList(mappings ?? [], paramName);
        if (list.GroupBy(m => m.From).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new ArgumentException("Level " + repeated.Key + " is mapped twice; give each level at most one mapping.", paramName);
        }

        return list;
    }

    /// <summary>Gets the rules over a learner's whole record, or <see langword="null"/> for none.</summary>
    public RecordPolicy? RecordPolicy { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
