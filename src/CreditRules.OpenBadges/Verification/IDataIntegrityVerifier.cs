namespace CreditRules.OpenBadges;

/// <summary>
/// Verifies an embedded Data Integrity proof (e.g. <c>eddsa-rdfc-2022</c>), which needs RDF Dataset Canonicalization that
/// this package does not implement; the host supplies it (see <see cref="DataIntegrityProofs.VerifyEddsaRdfc2022"/> for the
/// signature step once the host has the canonical N-Quads).
/// </summary>
public interface IDataIntegrityVerifier
{
    /// <summary>Verifies one proof.</summary>
    /// <param name="request">The credential, the proof and the trusted key.</param>
    /// <returns><see langword="true"/> when the proof verifies; <see langword="false"/> refuses the credential.</returns>
    bool Verify(DataIntegrityRequest request);
}
