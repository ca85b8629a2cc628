using CreditRules.Domain;
using CreditRules.Engine;

namespace CreditRules.Testing.Coverage;

/// <summary>
/// One decision and, when known, the policy documents it was decided with (whose overrides and areas are the vocabulary of
/// override and area coverage), the record award it belongs to (its area), and a probe that decides the same claim under
/// another program of the institution (the vocabulary of setting scopes).
/// </summary>
internal sealed record Observation(Decision Decision, PolicySet? Policies, CourseAward? Award = null, Func<string, Decision>? Probe = null);

/// <summary>
/// Reads the date branches decisions took (recommendation version selection, recency, retake wait, the zone the
/// qualifying date was read in, policy selection) and the program overrides that applied.
/// </summary>
/// <remarks>Nothing here decides a branch: each rule declares its branches in the engine's rule registry and records the
/// ones it takes on the decision (<see cref="Decision.DateBranches"/>), as it decides; the kit only counts them.</remarks>
internal static class DateBranches
{
    /// <summary>The vocabulary of date branches, in report order: the branches each built-in rule declares in the engine's
    /// rule registry (<see cref="EligibilityEvaluator.BuiltInRules"/>), rules in pipeline order.</summary>
    public static IReadOnlyList<(string Id, string Description)> All { get; } =
        [.. EligibilityEvaluator.BuiltInRules.SelectMany(r => r.DateBranches).Select(b => (b.Id, b.Description))];

    /// <summary>Gets the date branches one decision took, as its rules recorded them.</summary>
    public static IEnumerable<string> Of(Observation observation) => observation.Decision.DateBranches.Select(b => b.Id).Distinct(StringComparer.Ordinal);

    /// <summary>Gets the ids (<c>institution/program/override</c>) of the overrides that applied to one decision.</summary>
    /// <remarks>Read from the decision's typed facts (<see cref="Decision.Settings"/>: each applying override and the
    /// settings it supplied, as the override rule decided), never recomputed.</remarks>
    public static IEnumerable<string> OverridesOf(Observation observation)
    {
        var decision = observation.Decision;
        return decision.Settings
            .Where(s => s.Scope == SettingScope.ProgramOverride)
            .Select(s => decision.InstitutionId + "/" + s.ProgramId + "/" + s.OverrideId)
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>Gets every override of a policy set, as <c>institution/program/override</c> with its description.</summary>
    public static IEnumerable<(string Id, string Description)> OverridesIn(PolicySet policies) =>
        from institution in policies.Institutions
        from program in institution.Programs
        from programOverride in program.Overrides
        select (OverrideId(institution, program, programOverride), programOverride.Kind + ": " + programOverride.Description);

    private static string OverrideId(Institution institution, DegreeProgram program, ProgramOverride programOverride) =>
        institution.Id + "/" + program.Id + "/" + programOverride.Id;
}
