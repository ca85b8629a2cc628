namespace CreditRules.OpenBadges;

/// <summary>Supplies the public key that should have signed a credential. The host decides which keys it trusts.</summary>
/// <remarks>
/// Implementations must not fetch URLs on the importer's behalf unless the host means them to; the ones in this package
/// (<see cref="JsonWebKeySet"/>, <see cref="DidKeyResolver"/>, <see cref="CallbackKeyResolver"/>) never do. Called from
/// the importer's thread; implementations used by concurrent imports must be thread-safe.
/// </remarks>
public interface IVerificationKeyResolver
{
    /// <summary>Finds the key for <paramref name="request"/>.</summary>
    /// <param name="request">What the credential says about its key.</param>
    /// <returns>The trusted key, or <see langword="null"/> when none is known (the credential is then refused).</returns>
    VerificationKey? ResolveKey(KeyRequest request);
}
