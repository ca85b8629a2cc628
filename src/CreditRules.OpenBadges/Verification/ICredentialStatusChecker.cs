namespace CreditRules.OpenBadges;

/// <summary>Checks revocation through whatever the host trusts (a cached status list, its own registry). The importer never fetches.</summary>
public interface ICredentialStatusChecker
{
    /// <summary>Checks one credential's status.</summary>
    /// <param name="request">The credential's status entry.</param>
    /// <returns>The state; <see cref="CredentialStatusState.Revoked"/> and <see cref="CredentialStatusState.Suspended"/> refuse the credential.</returns>
    CredentialStatusState Check(CredentialStatusRequest request);
}
