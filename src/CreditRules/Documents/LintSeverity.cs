namespace CreditRules.Documents;

/// <summary>How serious a <see cref="LintDiagnostic"/> is.</summary>
public enum LintSeverity
{
    /// <summary>Probably unintended, but the documents still mean something: a gap between versions, a rule that cuts every award.</summary>
    Warning = 0,

    /// <summary>Wrong: the document does not load, or a rule can never apply or contradicts another. <c>creditrules lint</c> exits non-zero.</summary>
    Error = 1,
}
