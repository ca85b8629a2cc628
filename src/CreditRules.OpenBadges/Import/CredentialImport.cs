namespace CreditRules.OpenBadges;

/// <summary>The report on one credential: its format and type, whether it was verified, imported or refused and why, and
/// what each achievement became.</summary>
/// <remarks>A refused credential contributes no fact at all (<see cref="Achievements"/> is empty): nothing is partially imported.</remarks>
public sealed class CredentialImport
{
    internal CredentialImport(string source, CredentialFormat format, string? credentialType, string? credentialId, string? issuerId,
        CredentialImportStatus status, string verification, IReadOnlyList<BadgeIssue> errors, IReadOnlyList<BadgeIssue> warnings,
        IReadOnlyList<ImportedAchievement> achievements)
    {
        Source = source;
        Format = format;
        CredentialType = credentialType;
        CredentialId = credentialId;
        IssuerId = issuerId;
        Status = status;
        Verification = verification;
        Errors = errors;
        Warnings = warnings;
        Achievements = status == CredentialImportStatus.Refused ? [] : achievements;
    }

    /// <summary>Gets the source label (file name).</summary>
    public string Source { get; }

    /// <summary>Gets the serialisation.</summary>
    public CredentialFormat Format { get; }

    /// <summary>Gets the credential type (<c>OpenBadgeCredential</c>, <c>AchievementCredential</c>, <c>ClrCredential</c>), or <see langword="null"/>.</summary>
    public string? CredentialType { get; }

    /// <summary>Gets the credential id, or <see langword="null"/>.</summary>
    public string? CredentialId { get; }

    /// <summary>Gets the issuer id, or <see langword="null"/>.</summary>
    public string? IssuerId { get; }

    /// <summary>Gets what became of the credential.</summary>
    public CredentialImportStatus Status { get; }

    /// <summary>Gets how authenticity was established, or why it was not, for people.</summary>
    public string Verification { get; }

    /// <summary>Gets the errors that refused the credential (empty unless <see cref="Status"/> is <see cref="CredentialImportStatus.Refused"/>).</summary>
    public IReadOnlyList<BadgeIssue> Errors { get; }

    /// <summary>Gets the warnings (unverified parts, unmapped achievements, credit mismatches).</summary>
    public IReadOnlyList<BadgeIssue> Warnings { get; }

    /// <summary>Gets what each achievement became (empty when refused).</summary>
    public IReadOnlyList<ImportedAchievement> Achievements { get; }
}
