using CreditRules.Domain;

namespace CreditRules.Reports;

/// <summary>The impact on one institution and program, in the institution's credit unit.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ImpactBreakdownRow
{
    /// <summary>Initializes a breakdown row.</summary>
    /// <param name="institutionId">The institution id.</param>
    /// <param name="institutionName">The institution's name.</param>
    /// <param name="programId">The program id.</param>
    /// <param name="programName">The program's name.</param>
    /// <param name="claims">The decided claims.</param>
    /// <param name="changed">The claims whose outcome changed.</param>
    /// <param name="eligibleBefore">The claims eligible under the baseline.</param>
    /// <param name="eligibleAfter">The claims eligible under the proposal.</param>
    /// <param name="creditsGained">The credits gained, summed over claims that gained.</param>
    /// <param name="creditsLost">The credits lost, summed over claims that lost.</param>
    /// <exception cref="ArgumentException">An id or name is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public ImpactBreakdownRow(string institutionId, string institutionName, string programId, string programName, long claims, long changed, long eligibleBefore, long eligibleAfter, CreditAmount creditsGained, CreditAmount creditsLost)
    {
        InstitutionId = Check.NotBlank(institutionId, nameof(institutionId));
        InstitutionName = Check.NotBlank(institutionName, nameof(institutionName));
        ProgramId = Check.NotBlank(programId, nameof(programId));
        ProgramName = Check.NotBlank(programName, nameof(programName));
        Claims = Check.NotNegative(claims, nameof(claims));
        Changed = Check.NotNegative(changed, nameof(changed));
        EligibleBefore = Check.NotNegative(eligibleBefore, nameof(eligibleBefore));
        EligibleAfter = Check.NotNegative(eligibleAfter, nameof(eligibleAfter));
        CreditsGained = creditsGained;
        CreditsLost = creditsLost;
    }

    /// <summary>Gets the institution id.</summary>
    public string InstitutionId { get; }

    /// <summary>Gets the institution's name.</summary>
    public string InstitutionName { get; }

    /// <summary>Gets the program id.</summary>
    public string ProgramId { get; }

    /// <summary>Gets the program's name.</summary>
    public string ProgramName { get; }

    /// <summary>Gets the number of decided claims.</summary>
    public long Claims { get; }

    /// <summary>Gets the number of claims whose outcome changed.</summary>
    public long Changed { get; }

    /// <summary>Gets the number of claims eligible under the baseline.</summary>
    public long EligibleBefore { get; }

    /// <summary>Gets the number of claims eligible under the proposal.</summary>
    public long EligibleAfter { get; }

    /// <summary>Gets the credits gained, in the institution's unit.</summary>
    public CreditAmount CreditsGained { get; }

    /// <summary>Gets the credits lost, in the institution's unit.</summary>
    public CreditAmount CreditsLost { get; }
}
