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
    /// <param name="institution">The institution.</param>
    /// <param name="program">The program.</param>
    /// <param name="policy">The selected policy version, or null.</param>
    /// <param name="keys">The equivalence keys' table of the policy's record policy (one per record policy, shared by its routes; one slot per plan course), or null without a record policy.</param>
    public RecordRoute(Institution institution, DegreeProgram program, InstitutionPolicy? policy, string?[]? keys)
    {
        _keys = keys;
        var unit = institution.CreditUnit;
        Policy = policy;
        Rules = policy?.RecordPolicy;
        var resolved = Rules?.ResolveCaps(program.Id) ?? [];
        Caps = new CreditCap[resolved.Count];
        CapScopes = new AreaSettingScope[resolved.Count];
        for (var c = 0; c < Caps.Length; c++)
        {
            (Caps[c], CapScopes[c]) = resolved[c];
        }

        AllowPartialAwards = Rules?.ResolveAllowPartialAwards(program.Id) ?? (false, AreaSettingScope.Institution);
        OverflowToElectives = Rules?.ResolveOverflowToElectives(program.Id) ?? (false, AreaSettingScope.Institution);
        PriorCreditConversion = Rules?.ResolvePriorCreditConversion(program.Id) ?? (Domain.PriorCreditConversion.Exact, AreaSettingScope.Institution);
        Limits = new CreditAmount[Caps.Length];
        for (var c = 0; c < Caps.Length; c++)
        {
            Limits[c] = LimitOf(Caps[c], institution, program, Rules!, unit);
        }

        LocalCreditsBeforePosting = Rules?.LocalCreditsBeforePosting?.ConvertTo(unit);
        ResidencyRequired = program.ResidencyRequired?.ConvertTo(unit);
        Areas = AreasOf(institution, program, Rules, unit);
        PriorCreditRounding = PriorCreditConversion.Value == Domain.PriorCreditConversion.PolicyRounding ? program.Settings?.Rounding ?? policy!.Rounding : RoundingPolicy.Exact;
        ResidencyOfLast = Rules?.GetProgramOrNull(program.Id)?.ResidencyOfLast is { } window ? (window.Required.ConvertTo(unit), window.OfLast.ConvertTo(unit)) : null;
    }

    /// <summary>The rounding of prior credit converted from the other unit (<see cref="RecordPolicy.PriorCreditConversion"/>): the program's claim rounding, else the policy version's, or exact.</summary>
    public RoundingPolicy PriorCreditRounding { get; }

    /// <summary>The program's "N of the last M" residency in the institution's unit, or null.</summary>
    public (CreditAmount Required, CreditAmount OfLast)? ResidencyOfLast { get; }

    /// <summary>The program's requirement areas with their resolved settings (<see cref="RecordPolicy.ResolveAreaLimitOrNull"/>), in matching order; empty without any.</summary>
    public AreaPlan[] Areas { get; }

    public InstitutionPolicy? Policy { get; }

    public RecordPolicy? Rules { get; }

    /// <summary>The program's caps (<see cref="RecordPolicy.ResolveCaps"/>): the institution's, each replaced by the program's of the same id, then the program's own.</summary>
    public CreditCap[] Caps { get; }

    /// <summary>The scope that supplied each cap, by index in <see cref="Caps"/>.</summary>
    public AreaSettingScope[] CapScopes { get; }

    /// <summary>Whether partial awards are allowed for the program, and the scope that said so.</summary>
    public (bool Value, AreaSettingScope Scope) AllowPartialAwards { get; }

    /// <summary>Whether credit over a source or level cap overflows to electives for the program, and the scope that said so.</summary>
    public (bool Value, AreaSettingScope Scope) OverflowToElectives { get; }

    /// <summary>How the program converts prior credit stated in the other unit, and the scope that said so.</summary>
    public (PriorCreditConversion Value, AreaSettingScope Scope) PriorCreditConversion { get; }

    /// <summary>Each cap's limit in the institution's unit, by index in <see cref="Caps"/>.</summary>
    public CreditAmount[] Limits { get; }

    public CreditAmount? LocalCreditsBeforePosting { get; }

    /// <summary>Each course's equivalence key under <see cref="Rules"/> by plan course index, each looked up on first use (the explorer reads one per claim at every program); null: not yet looked up, <see cref="NoKey"/>: none. Shared by every route under the same record policy.</summary>
    private readonly string?[]? _keys;

    /// <summary>Marks a course looked up without a key (compared by reference; a reference write is atomic, so a reader sees a whole answer or none).</summary>
    private static readonly string NoKey = new('-', 1);

    /// <summary>
    /// The equivalence key of a course (<see cref="RecordPolicy.GetEquivalenceKeyOrNull"/>, the one lookup) given its plan
    /// index, kept per record policy so a pass over many programs looks each up once and reads one table per policy.
    /// </summary>
    public string? EquivalenceKey(int courseIndex, string courseId)
    {
        if (Rules is null)
        {
            return null;
        }

        if (_keys is not { } keys)
        {
            return Rules.GetEquivalenceKeyOrNull(courseId);
        }

        // Two threads may fill the same slot; both write the same answer.
        if (Volatile.Read(ref keys[courseIndex]) is { } known)
        {
            return ReferenceEquals(known, NoKey) ? null : known;
        }

        var key = Rules.GetEquivalenceKeyOrNull(courseId);
        Volatile.Write(ref keys[courseIndex], key ?? NoKey);
        return key;
    }

    public CreditAmount? ResidencyRequired { get; }

    /// <exception cref="InvalidPolicyException">An institution-scope area setting redirects to an area the program does not list.</exception>
    private static AreaPlan[] AreasOf(Institution institution, DegreeProgram program, RecordPolicy? rules, CreditUnit unit)
    {
        if (rules?.GetProgramOrNull(program.Id) is not { Areas.Count: > 0 } settings)
        {
            return [];
        }

        var areas = new AreaPlan[settings.Areas.Count];
        for (var a = 0; a < areas.Length; a++)
        {
            var area = settings.Areas[a];
            var resolved = rules.ResolveAreaLimitOrNull(settings, area.Id);
            var redirect = -1;
            if (resolved?.Limit.RedirectTo is { } target)
            {
                redirect = settings.Areas.Select(x => x.Id).ToList().IndexOf(target);
                if (redirect < 0)
                {
                    throw new InvalidPolicyException(
                        "Institution '" + institution.Id + "', record policy '" + rules.Id + "', area setting '" + area.Id + "', redirectTo",
                        target,
                        "program '" + program.Id + "' lists no requirement area '" + target + "'.");
                }
            }

            areas[a] = new AreaPlan(area, resolved?.Limit, resolved?.Scope, resolved?.Limit.LimitFor(area.Size, unit) ?? area.Size.ConvertTo(unit), redirect);
        }

        return areas;
    }

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

/// <summary>One requirement area of a program compiled for a record route: the area, its resolved setting and the scope that supplied it, its cap in the institution's unit and the index of the area it redirects to (or -1).</summary>
internal sealed record AreaPlan(RequirementArea Area, AreaLimit? Setting, AreaSettingScope? Scope, CreditAmount Limit, int Redirect)
{
    public bool Excludes(PriorCreditSource source) => Setting?.Excludes(source) ?? false;

    /// <summary>The scope named in reasons: <c>program bsn</c>, <c>institution eastern-state</c>, or that the area's size alone bounds it.</summary>
    public string ScopeText(string institutionId, string programId) => SettingScopes.AreaWords(Scope, institutionId, programId);
}
