namespace CreditRules.Domain;

/// <summary>The kind of an evidence document.</summary>
public enum EvidenceKind
{
    /// <summary>An ACE transcript issued through Credly.</summary>
    AceTranscriptCredly = 0,

    /// <summary>An ACE transcript issued through Accredible.</summary>
    AceTranscriptAccredible = 1,

    /// <summary>A transcript from the legacy ACE Registry.</summary>
    AceTranscriptLegacy = 2,

    /// <summary>The course provider's transcript.</summary>
    ProviderTranscript = 3,

    /// <summary>The course provider's certificate.</summary>
    ProviderCertificate = 4,

    /// <summary>An Open Badges 3.0 credential.</summary>
    OpenBadge3 = 5,

    /// <summary>A Comprehensive Learner Record 2.0.</summary>
    Clr2 = 6,
}
