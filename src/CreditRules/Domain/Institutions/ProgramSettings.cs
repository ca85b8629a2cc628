using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>
/// The per-claim settings a degree program states for itself: any of the accepted evaluators and levels, the minimum
/// score, recency, retakes, evidence, the qualifying-date zone, the rounding, the provider-fee demand, the level mappings,
/// the refused providers and what a refunded fee means. What the
/// program does not state it inherits from the institution policy version selected for the claim.
/// </summary>
/// <remarks>
/// <para>
/// A stated setting <em>replaces</em> the institution's, so a program can widen as well as narrow: accept an extra level
/// or evaluator, a lower minimum score (the evaluator's own minimum still applies), a longer recency window. Program
/// overrides of kind <see cref="OverrideKind.Restrict"/> still narrow the result, and <see cref="OverrideKind.Refuse"/>
/// still refuses.
/// </para>
/// <para>
/// A <see langword="null"/> argument means "inherit". A program cannot remove a recency window, retake rule or evidence
/// requirement the institution states; it can only replace it. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class ProgramSettings
{
    /// <summary>Initialises a program's settings; every argument is optional and <see langword="null"/> inherits.</summary>
    /// <param name="acceptedEvaluators">The evaluators the program accepts instead of the institution's, or <see langword="null"/>.</param>
    /// <param name="acceptedLevels">The levels the program accepts instead of the institution's, or <see langword="null"/>.</param>
    /// <param name="minimumScore">The program's minimum exam score instead of the institution's, or <see langword="null"/>.</param>
    /// <param name="recency">The program's recency window, or <see langword="null"/>.</param>
    /// <param name="retakes">The program's retake rules, or <see langword="null"/>.</param>
    /// <param name="evidence">The program's evidence requirement, or <see langword="null"/>.</param>
    /// <param name="qualifyingDateZone">The zone that fixes the qualifying date, or <see langword="null"/>.</param>
    /// <param name="rounding">The rounding of converted credit, or <see langword="null"/>.</param>
    /// <param name="requireProviderFees">Whether the provider's fees must be paid or waived, or <see langword="null"/>.</param>
    /// <param name="levelMappings">The program's level mappings instead of the institution's, or <see langword="null"/>.</param>
    /// <param name="refusedProviders">The providers and kinds the program refuses instead of the institution's (<see cref="ProviderRefusal.None"/> accepts every provider), or <see langword="null"/>.</param>
    /// <param name="refundedFee">What a refunded provider fee means in the program, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">Nothing is stated, a list is empty or holds a blank id, or the minimum score has no scale.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A level, zone or refunded-fee treatment is not defined.</exception>
    public ProgramSettings(
        IEnumerable<string>? acceptedEvaluators = null,
        IEnumerable<CreditLevel>? acceptedLevels = null,
        Score? minimumScore = null,
        RecencyWindow? recency = null,
        RetakePolicy? retakes = null,
        EvidenceRequirement? evidence = null,
        QualifyingDateZone? qualifyingDateZone = null,
        RoundingPolicy? rounding = null,
        bool? requireProviderFees = null,
        IEnumerable<LevelMapping>? levelMappings = null,
        ProviderRefusal? refusedProviders = null,
        RefundedFeeTreatment? refundedFee = null)
    {
        RefusedProviders = refusedProviders;
        RefundedFee = refundedFee is { } treatment ? Preconditions.Defined(treatment, nameof(refundedFee)) : null;
        LevelMappings = levelMappings is null ? null : InstitutionPolicy.LevelMappingList(levelMappings, nameof(levelMappings));
        if (acceptedEvaluators is not null)
        {
            AcceptedEvaluators = Preconditions.CopyList(acceptedEvaluators, nameof(acceptedEvaluators));
            if (AcceptedEvaluators.Count == 0)
            {
                throw new ArgumentException("A program that states its accepted evaluators needs at least one; leave the setting out to inherit the institution's.", nameof(acceptedEvaluators));
            }

            foreach (var evaluator in AcceptedEvaluators)
            {
                Preconditions.NotBlank(evaluator, nameof(acceptedEvaluators));
            }
        }

        if (acceptedLevels is not null)
        {
            AcceptedLevels = Preconditions.CopyValues(acceptedLevels).Distinct().ToArray();
            if (AcceptedLevels.Count == 0)
            {
                throw new ArgumentException("A program that states its accepted levels needs at least one; leave the setting out to inherit the institution's.", nameof(acceptedLevels));
            }

            foreach (var level in AcceptedLevels)
            {
                Preconditions.Defined(level, nameof(acceptedLevels));
            }
        }

        if (minimumScore is { Scale: null })
        {
            throw new ArgumentException("The minimum score has no scale.", nameof(minimumScore));
        }

        MinimumScore = minimumScore;
        Recency = recency;
        Retakes = retakes;
        Evidence = evidence;
        QualifyingDateZone = qualifyingDateZone is { } zone ? Preconditions.Defined(zone, nameof(qualifyingDateZone)) : null;
        Rounding = rounding;
        RequireProviderFees = requireProviderFees;
        if (AcceptedEvaluators is null && AcceptedLevels is null && minimumScore is null && recency is null && retakes is null && evidence is null
            && qualifyingDateZone is null && rounding is null && requireProviderFees is null && levelMappings is null
            && refusedProviders is null && refundedFee is null)
        {
            throw new ArgumentException("Program settings state nothing: give at least one setting, or give the program no settings.", nameof(acceptedEvaluators));
        }
    }

    /// <summary>Gets the accepted evaluators the program states, or <see langword="null"/> (inherited).</summary>
    public IReadOnlyList<string>? AcceptedEvaluators { get; }

    /// <summary>Gets the accepted levels the program states, or <see langword="null"/> (inherited).</summary>
    public IReadOnlyList<CreditLevel>? AcceptedLevels { get; }

    /// <summary>Gets the minimum score the program states, or <see langword="null"/> (inherited).</summary>
    public Score? MinimumScore { get; }

    /// <summary>Gets the recency window the program states, or <see langword="null"/> (inherited).</summary>
    public RecencyWindow? Recency { get; }

    /// <summary>Gets the retake rules the program states, or <see langword="null"/> (inherited).</summary>
    public RetakePolicy? Retakes { get; }

    /// <summary>Gets the evidence requirement the program states, or <see langword="null"/> (inherited).</summary>
    public EvidenceRequirement? Evidence { get; }

    /// <summary>Gets the qualifying-date zone the program states, or <see langword="null"/> (inherited).</summary>
    public QualifyingDateZone? QualifyingDateZone { get; }

    /// <summary>Gets the rounding the program states, or <see langword="null"/> (inherited).</summary>
    public RoundingPolicy? Rounding { get; }

    /// <summary>Gets whether the program demands the provider's fees, or <see langword="null"/> (inherited).</summary>
    public bool? RequireProviderFees { get; }

    /// <summary>Gets the level mappings the program states, or <see langword="null"/> (inherited).</summary>
    public IReadOnlyList<LevelMapping>? LevelMappings { get; }

    /// <summary>Gets the providers and kinds the program refuses, or <see langword="null"/> (inherited).</summary>
    public ProviderRefusal? RefusedProviders { get; }

    /// <summary>Gets what a refunded provider fee means in the program, or <see langword="null"/> (inherited).</summary>
    public RefundedFeeTreatment? RefundedFee { get; }

    /// <summary>
    /// Resolves the effective settings of a claim: the institution policy version with every setting this program states
    /// put in place of the institution's. The one definition of inheritance: the engine (every path) and the linter use it.
    /// </summary>
    /// <param name="policy">The institution policy version selected for the claim.</param>
    /// <returns>A policy version with the same id, dates and record policy, carrying the effective per-claim settings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public InstitutionPolicy ApplyTo(InstitutionPolicy policy)
    {
        Preconditions.NotNull(policy);
        return new InstitutionPolicy(
            policy.Id,
            AcceptedEvaluators ?? policy.AcceptedEvaluators,
            AcceptedLevels ?? policy.AcceptedLevels,
            policy.AppliesTo,
            MinimumScore ?? policy.MinimumScore,
            Recency ?? policy.Recency,
            Retakes ?? policy.Retakes,
            Evidence ?? policy.Evidence,
            QualifyingDateZone ?? policy.QualifyingDateZone,
            Rounding ?? policy.Rounding,
            RequireProviderFees ?? policy.RequireProviderFees,
            policy.RecordPolicy,
            LevelMappings ?? policy.LevelMappings,
            RefusedProviders ?? policy.RefusedProviders,
            RefundedFee ?? policy.RefundedFee);
    }
}
