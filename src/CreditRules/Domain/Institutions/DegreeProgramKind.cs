namespace CreditRules.Domain;

/// <summary>The kind of credential a <see cref="DegreeProgram"/> leads to.</summary>
/// <remarks>Values are stable: new kinds are appended, never renumbered.</remarks>
public enum DegreeProgramKind
{
    /// <summary>A certificate or diploma (vocational or undergraduate), below an associate degree.</summary>
    Certificate = 0,

    /// <summary>An associate degree (AA, AS, AAS, ASN...), about 60 semester hours.</summary>
    Associate = 1,

    /// <summary>A bachelor's degree (BA, BS, BBA, BSN...), about 120 semester hours.</summary>
    Bachelor = 2,

    /// <summary>A master's degree or other graduate program.</summary>
    Master = 3,

    /// <summary>A doctoral program.</summary>
    Doctorate = 4,
}
