using CreditRules.Domain;

namespace CreditRules.OpenBadges;

/// <summary>What the host knows about an issuer: the evidence kind its credentials are, whether they count as official,
/// and whether its awards attest course completion and exam results.</summary>
public sealed class IssuerProfile
{
    /// <summary>Initialises a profile.</summary>
    /// <param name="evidenceKind">The kind of evidence document its credentials become, e.g. <see cref="EvidenceKind.AceTranscriptCredly"/>.</param>
    /// <param name="isOfficial">Whether its credentials count as sent officially.</param>
    /// <param name="attestsResults">Whether its awards attest completion of the course and the proctored exam result; only then
    /// are completions and exam attempts imported (otherwise only evidence documents).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="evidenceKind"/> is undefined.</exception>
    public IssuerProfile(EvidenceKind evidenceKind, bool isOfficial, bool attestsResults)
    {
        if (!Enum.IsDefined(evidenceKind))
        {
            throw new ArgumentOutOfRangeException(nameof(evidenceKind), evidenceKind, "Unknown evidence kind.");
        }

        EvidenceKind = evidenceKind;
        IsOfficial = isOfficial;
        AttestsResults = attestsResults;
    }

    /// <summary>Gets the evidence kind.</summary>
    public EvidenceKind EvidenceKind { get; }

    /// <summary>Gets a value indicating whether its credentials are official.</summary>
    public bool IsOfficial { get; }

    /// <summary>Gets a value indicating whether its awards attest completion and exam results.</summary>
    public bool AttestsResults { get; }
}
