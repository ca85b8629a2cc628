using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>The evidence an institution accepts before it grants credit, such as an official ACE transcript through Credly.</summary>
public sealed class EvidenceRequirement
{
    /// <summary>Initialises an evidence requirement.</summary>
    /// <param name="acceptedKinds">The document kinds accepted, at least one.</param>
    /// <param name="requireOfficial">Whether the document must be sent officially.</param>
    /// <param name="requireVerified">Whether the document must be verified.</param>
    /// <exception cref="ArgumentException"><paramref name="acceptedKinds"/> is empty.</exception>
    public EvidenceRequirement(IEnumerable<EvidenceKind> acceptedKinds, bool requireOfficial = true, bool requireVerified = true)
    {
        AcceptedKinds = _kinds = Preconditions.CopyValues(acceptedKinds).Distinct().ToArray();
        if (AcceptedKinds.Count == 0)
        {
            throw new ArgumentException("An evidence requirement needs at least one accepted kind.", nameof(acceptedKinds));
        }

        foreach (var kind in AcceptedKinds)
        {
            Preconditions.Defined(kind, nameof(acceptedKinds));
        }

        RequireOfficial = requireOfficial;
        RequireVerified = requireVerified;
    }

    /// <summary>Gets the accepted kinds.</summary>
    public IReadOnlyList<EvidenceKind> AcceptedKinds { get; }

    private readonly EvidenceKind[] _kinds;

    /// <summary>Gets a value indicating whether the document must be official.</summary>
    public bool RequireOfficial { get; }

    /// <summary>Gets a value indicating whether the document must be verified.</summary>
    public bool RequireVerified { get; }

    /// <summary>Determines whether <paramref name="document"/> satisfies this requirement.</summary>
    /// <param name="document">The document.</param>
    /// <returns><see langword="true"/> when the kind is accepted and the official and verified demands are met.</returns>
    public bool IsSatisfiedBy(EvidenceDocument document) =>
        Preconditions.NotNull(document) is var d && IsSatisfiedBy(d.Kind, d.IsOfficial, d.IsVerified);

    /// <summary>Whether a document of a kind, official or not, verified or not, satisfies the requirement: the one definition (the engine reads documents in compact form).</summary>
    internal bool IsSatisfiedBy(EvidenceKind kind, bool isOfficial, bool isVerified)
    {
        if ((RequireOfficial && !isOfficial) || (RequireVerified && !isVerified))
        {
            return false;
        }

        foreach (var accepted in _kinds)
        {
            if (accepted == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns e.g. "AceTranscriptCredly, OpenBadge3; official; verified": the accepted kinds, then what each document must be.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Join(", ", AcceptedKinds) + (RequireOfficial ? "; official" : string.Empty) + (RequireVerified ? "; verified" : string.Empty);
}
