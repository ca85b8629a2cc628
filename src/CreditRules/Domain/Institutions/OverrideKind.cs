namespace CreditRules.Domain;

/// <summary>How a program override changes what the institution accepts.</summary>
public enum OverrideKind
{
    /// <summary>The program refuses the credit outright (e.g. "none for core").</summary>
    Refuse = 0,

    /// <summary>The program narrows what the institution accepts: fewer levels, a higher minimum score, fewer credits.</summary>
    Restrict = 1,
}
