using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// The scope that supplied a per-claim setting, and the words reasons use for it: the one place both
/// <see cref="Decision.Settings"/> and the reason texts that name a scope read it from.
/// </summary>
internal static class SettingScopes
{
    /// <summary>
    /// Returns the scope that supplied an effective setting of the claim: <see cref="SettingScope.Program"/> when the program's
    /// own settings state it (<see cref="ProgramSettings.ApplyTo"/> then put it in place of the institution's), else
    /// <see cref="SettingScope.InstitutionPolicy"/>. Allocation-free.
    /// </summary>
    public static SettingScope Of(DegreeProgram program, PolicySetting setting) =>
        program.Settings is { } own && setting switch
        {
            PolicySetting.AcceptedEvaluators => own.AcceptedEvaluators is not null,
            PolicySetting.AcceptedLevels => own.AcceptedLevels is not null,
            PolicySetting.MinimumScore => own.MinimumScore is not null,
            PolicySetting.Recency => own.Recency is not null,
            PolicySetting.Retakes => own.Retakes is not null,
            PolicySetting.Evidence => own.Evidence is not null,
            PolicySetting.Rounding => own.Rounding is not null,
            PolicySetting.QualifyingDateZone => own.QualifyingDateZone is not null,
            PolicySetting.RequireProviderFees => own.RequireProviderFees is not null,
            PolicySetting.LevelMappings => own.LevelMappings is not null,
            PolicySetting.RefusedProviders => own.RefusedProviders is not null,
            PolicySetting.RefundedFee => own.RefundedFee is not null,
            _ => false,
        }
            ? SettingScope.Program
            : SettingScope.InstitutionPolicy;

    /// <summary>
    /// The words a reason uses for the scope that supplied a setting: <c>institution policy eastern-2013</c>,
    /// <c>program aas-engineering-tech</c> or <c>program asn-nursing override nursing-75</c>. Explained path only (it allocates).
    /// </summary>
    public static string Words(SettingScope scope, string? policyId, string programId, string? overrideId) => scope switch
    {
        SettingScope.Program => "program " + programId,
        SettingScope.ProgramOverride => "program " + programId + " override " + overrideId,
        _ => "institution policy " + policyId,
    };

    /// <summary>
    /// The words reasons and the CLI use for the scope that supplied a requirement area's setting: <c>program bsn</c>,
    /// <c>institution eastern-state</c> (its record policy), or that none does and the area's size alone bounds it.
    /// </summary>
    public static string AreaWords(AreaSettingScope? scope, string institutionId, string programId) => scope switch
    {
        AreaSettingScope.Program => "program " + programId,
        AreaSettingScope.Institution => "institution " + institutionId,
        _ => "none; the area's size bounds it",
    };

    /// <summary>The reason argument naming the scope that supplied a setting: its words as text, the <see cref="SettingScope"/> as value.</summary>
    public static ReasonArg Arg(string name, SettingScope scope, string? policyId, string programId, string? overrideId = null) =>
        new(name, Words(scope, policyId, programId, overrideId), scope);
}
