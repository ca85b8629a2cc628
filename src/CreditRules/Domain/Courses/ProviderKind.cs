namespace CreditRules.Domain;

/// <summary>What kind of organisation a <see cref="Provider"/> is, for policies that refuse credit by provider type.</summary>
/// <remarks>A catalog that does not state a provider's kind gets <see cref="Unspecified"/>, which no policy can refuse by kind.</remarks>
public enum ProviderKind
{
    /// <summary>Not stated (the default); never matched by a refusal by kind.</summary>
    Unspecified = 0,

    /// <summary>A massive open online course platform, such as Coursera, edX or Udacity.</summary>
    Mooc = 1,

    /// <summary>A college or university delivering its own courses.</summary>
    College = 2,

    /// <summary>An employer or training company (corporate training).</summary>
    Corporate = 3,

    /// <summary>Military training and occupations.</summary>
    Military = 4,

    /// <summary>An examination or certification body (such as a licensing exam).</summary>
    ExamBody = 5,
}
