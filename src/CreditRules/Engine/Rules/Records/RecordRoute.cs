using CreditRules.Domain;
using CreditRules.Internal;

namespace CreditRules.Engine.Rules;

/// <summary>
/// The record policy of one policy version (or none) for one program, compiled once: the caps with their limits in the
/// institution's unit (a percentage of the program's total resolved), the local credit required before posting and the
/// program's residency in that unit.
/// </summary>
internal sealed class RecordRoute
{
    /// <exception cref="InvalidPolicyException">A percentage cap has no program total.</exception>
    public RecordRoute(Institution institution, DegreeProgram program, InstitutionPolicy? policy)
    {
        var unit = institution.CreditUnit;
        Policy = policy;
        Rules = policy?.RecordPolicy;
        Caps = [.. Rules?.Caps ?? []];
        Limits = new CreditAmount[Caps.Length];
        for (var c = 0; c < Caps.Length; c++)
        {
            Limits[c] = LimitOf(Caps[c], institution, program, Rules!, unit);
        }

        LocalCreditsBeforePosting = Rules?.LocalCreditsBeforePosting?.ConvertTo(unit);
        ResidencyRequired = program.ResidencyRequired?.ConvertTo(unit);
    }

    public InstitutionPolicy? Policy { get; }

    public RecordPolicy? Rules { get; }

    public CreditCap[] Caps { get; }

    /// <summary>Each cap's limit in the institution's unit, by index in <see cref="Caps"/>.</summary>
    public CreditAmount[] Limits { get; }

    public CreditAmount? LocalCreditsBeforePosting { get; }

    public CreditAmount? ResidencyRequired { get; }

    private static CreditAmount LimitOf(CreditCap cap, Institution institution, DegreeProgram program, RecordPolicy rules, CreditUnit unit)
    {
        if (cap.Limit is { } limit)
        {
            return limit.ConvertTo(unit);
        }

        var total = program.TotalCredits
            ?? throw new InvalidPolicyException(
                "Institution '" + institution.Id + "', record policy '" + rules.Id + "', cap '" + cap.Id + "'",
                cap.PercentOfProgram!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " %",
                "a percentage cap needs the program's TotalCredits, and program '" + program.Id + "' sets none.");
        return CreditAmount.FromRational(total.ConvertTo(unit).Hours * Rational.FromDecimal(cap.PercentOfProgram!.Value) / Rational.FromInteger(100), unit);
    }
}
