using NodaTime;

namespace CreditRules.OpenBadges;

/// <summary>How a <see cref="BadgeImporter"/> verifies and maps credentials. Validated and copied when the importer is built.</summary>
/// <remarks>Mutable while configuring; the importer keeps its own snapshot, so later changes do not affect it.</remarks>
public sealed class BadgeImportOptions
{
    /// <summary>The default largest credential read, in bytes (1 MiB).</summary>
    public const int DefaultMaxCredentialBytes = 1024 * 1024;

    /// <summary>The default deepest JSON nesting read (a CLR holds credentials holding achievements holding endorsements).</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>Gets or sets the resolver of trusted signing keys.</summary>
    /// <value>Default <see langword="null"/>: every VC-JWT is refused (<see cref="BadgeIssueCode.KeyNotFound"/>).</value>
    public IVerificationKeyResolver? KeyResolver { get; set; }

    /// <summary>Gets or sets the verifier of embedded Data Integrity proofs.</summary>
    /// <value>Default <see langword="null"/>: credentials with such proofs import as unverified.</value>
    public IDataIntegrityVerifier? DataIntegrityVerifier { get; set; }

    /// <summary>Gets or sets the revocation checker.</summary>
    /// <value>Default <see langword="null"/>: credentials with a <c>credentialStatus</c> import as unverified.</value>
    public ICredentialStatusChecker? StatusChecker { get; set; }

    /// <summary>Gets the mapping table from an achievement id, an alignment <c>targetCode</c> or <c>targetUrl</c> (e.g. an
    /// exhibit or CTDL id) to a catalog course id; consulted before the catalog's own ids.</summary>
    public IDictionary<string, string> CourseMappings { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets the issuers the host knows, by issuer id; others get the default profile (Open Badge or CLR evidence,
    /// not official, results not attested).</summary>
    public IDictionary<string, IssuerProfile> Issuers { get; } = new Dictionary<string, IssuerProfile>(StringComparer.Ordinal);

    /// <summary>Gets or sets a value indicating whether a credential naming no email recipient imports (as unverified)
    /// instead of being refused.</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool AcceptUnidentifiedRecipients { get; set; }

    /// <summary>Gets or sets the tolerance for clock differences on validity dates.</summary>
    /// <value>Default 5 minutes; 0 to 1 hour.</value>
    public Duration ClockSkew { get; set; } = Duration.FromMinutes(5);

    /// <summary>Gets or sets the largest credential read, in bytes.</summary>
    /// <value>Default <see cref="DefaultMaxCredentialBytes"/>; 1 KiB to 16 MiB.</value>
    public int MaxCredentialBytes { get; set; } = DefaultMaxCredentialBytes;

    /// <summary>Gets or sets the deepest JSON nesting read.</summary>
    /// <value>Default <see cref="DefaultMaxDepth"/>; 8 to 256.</value>
    public int MaxDepth { get; set; } = DefaultMaxDepth;

    /// <summary>Gets or sets the zone imported exam attempts are recorded in (a credential gives an instant, not the candidate's zone).</summary>
    /// <value>Default UTC.</value>
    public DateTimeZone ExamZone { get; set; } = DateTimeZone.Utc;
}
