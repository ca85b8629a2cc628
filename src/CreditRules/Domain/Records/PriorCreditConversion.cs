namespace CreditRules.Domain;

/// <summary>How a record policy converts prior credit stated in the other unit (quarter-hour transfer credit at a semester-hour institution, or the reverse) before counting it against caps, areas, residency and local credits.</summary>
/// <remarks>Whatever the option, 1 QH = 2/3 SH exactly before any rounding, and prior credit already in the institution's unit is never rounded.</remarks>
public enum PriorCreditConversion
{
    /// <summary>The default: the exact value (4 QH = 2 2/3 SH), as the domain guide recommends ("round only where the policy says").</summary>
    Exact = 0,

    /// <summary>
    /// Each prior credit in the other unit is converted, then rounded with the rounding that applies to the program's
    /// claims: the program's own <see cref="ProgramSettings.Rounding"/>, else the policy version's
    /// <see cref="InstitutionPolicy.Rounding"/> (e.g. floor to whole hours: 4 QH = 2 SH). Each claim's record-aware
    /// <c>Decision.Settings</c> names the option (<c>PriorCreditConversion</c>) and the rounding (<c>Rounding</c>), with the scope that supplied each.
    /// </summary>
    PolicyRounding = 1,
}
