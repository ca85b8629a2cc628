using CreditRules.Domain;

namespace CreditRules.OpenBadges;

/// <summary>The learner with the imported facts merged in, and one report per credential, in input order.</summary>
public sealed class BadgeImportResult
{
    internal BadgeImportResult(LearnerRecord learner, IReadOnlyList<CredentialImport> credentials)
    {
        Learner = learner;
        Credentials = credentials;
    }

    /// <summary>Gets the learner: the original facts plus those of every credential not refused (facts already present are not repeated).</summary>
    public LearnerRecord Learner { get; }

    /// <summary>Gets one report per input credential, in order.</summary>
    public IReadOnlyList<CredentialImport> Credentials { get; }

    /// <summary>Gets the number of credentials refused.</summary>
    public int RefusedCount => Credentials.Count(c => c.Status == CredentialImportStatus.Refused);
}
