using System.Text.RegularExpressions;
using CreditRules.Domain;
using CreditRules.Engine;

namespace CreditRules.Testing.Coverage;

/// <summary>
/// Reads which scope supplied each setting of each decision (institution policy, program settings, program override, an
/// area's setting from the institution's or the program's record policy) and what happened to credit in each requirement
/// area (granted there, and every area event the reasons name).
/// </summary>
/// <remarks>
/// <para>Nothing here lists settings, scopes or area events by hand: settings and their scopes are the decisions' typed
/// facts (<see cref="Decision.Settings"/>, <see cref="CourseAward.AreaSettingScope"/>); the area a granted credit lands
/// in is <see cref="CourseAward.AreaId"/>; the area events are the built-in reason codes whose template names an area
/// (a placeholder ending in <c>AreaId</c>), read from <see cref="ReasonCode.All"/>, so a code added tomorrow shows up.</para>
/// <para>The vocabulary of setting scopes is every pair some decision lists, plus every pair a probe lists: each
/// observation's claim decided under every other program of its institution (outcome discarded), so a program stating a
/// setting that no fixture's decision used shows as never exercised. Area settings' scopes come from the documents'
/// record policies, and the areas are every program's requirement areas in the documents.</para>
/// </remarks>
internal static partial class ScopeCoverage
{
    /// <summary>The event of a credit landing in an area (<see cref="CourseAward.AreaId"/>).</summary>
    public const string Granted = "granted";

    /// <summary>The setting named for an area's setting (<see cref="AreaLimit"/>).</summary>
    private const string AreaSetting = "AreaLimit";

    /// <summary>The area events, in code declaration order: <c>(code, argument)</c> for every built-in reason code whose
    /// template names an area; the event's id is the code for <c>{AreaId}</c>, else the code and the argument's prefix in
    /// lower case (<c>AreaRedirected from</c> for <c>{FromAreaId}</c>).</summary>
    public static IReadOnlyList<(string Id, string Code, string Argument)> AreaEvents { get; } =
        [.. ReasonCode.All.SelectMany(code => AreaPlaceholder().Matches(code.Template).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)
            .Select(argument => (EventId(code.Value, argument), code.Value, argument)))];

    /// <summary>The scope of a policy setting as the report names it.</summary>
    public static string ScopeName(SettingScope scope) => scope switch
    {
        SettingScope.InstitutionPolicy => "institution",
        SettingScope.Program => "program",
        SettingScope.ProgramOverride => "program override",
        _ => scope.ToString(),
    };

    /// <summary>The scope of an area setting as the report names it.</summary>
    public static string ScopeName(AreaSettingScope scope) => scope switch
    {
        AreaSettingScope.Institution => "area (institution record policy)",
        AreaSettingScope.Program => "area (program record settings)",
        _ => "area (" + scope + ")",
    };

    /// <summary>The id of a setting's scope item: <c>MinimumScore from program</c>.</summary>
    public static string SettingId(string setting, string scope) => setting + " from " + scope;

    /// <summary>Gets the distinct setting-scope ids one decision lists.</summary>
    public static IEnumerable<string> SettingsOf(Observation observation)
    {
        var ids = observation.Decision.Settings.Select(s => SettingId(s.Setting.ToString(), ScopeName(s.Scope)));
        return ids.Concat(AreaScopesOf(observation).Select(s => SettingId(AreaSetting, ScopeName(s)))).Distinct(StringComparer.Ordinal);
    }

    /// <summary>Gets the setting scopes available to the observations: what they list, what their claims list under every
    /// other program of their institutions, and the area settings of the documents' record policies; in report order.</summary>
    public static IReadOnlyList<(string Id, string Description)> Vocabulary(IReadOnlyList<Observation> observations)
    {
        var seen = new HashSet<(PolicySetting, SettingScope)>();
        foreach (var observation in observations)
        {
            seen.UnionWith(observation.Decision.Settings.Select(s => (s.Setting, s.Scope)));
        }

        foreach (var observation in observations.Where(o => o.Probe is not null && o.Policies is not null)
            .DistinctBy(o => (o.Policies, o.Decision.InstitutionId, o.Decision.AsOf, o.Decision.CourseId)))
        {
            var institution = observation.Policies!.Institutions.FirstOrDefault(i => string.Equals(i.Id, observation.Decision.InstitutionId, StringComparison.Ordinal));
            foreach (var program in institution?.Programs ?? [])
            {
                if (!string.Equals(program.Id, observation.Decision.ProgramId, StringComparison.Ordinal))
                {
                    seen.UnionWith(observation.Probe!(program.Id).Settings.Select(s => (s.Setting, s.Scope)));
                }
            }
        }

        var areaScopes = new HashSet<AreaSettingScope>(observations.SelectMany(AreaScopesOf));
        foreach (var record in RecordPolicies(observations))
        {
            if (record.AreaLimits.Count > 0)
            {
                areaScopes.Add(AreaSettingScope.Institution);
            }

            if (record.Programs.Any(p => p.AreaLimits.Count > 0))
            {
                areaScopes.Add(AreaSettingScope.Program);
            }
        }

        // Report order: settings in enum order, each with its scopes in enum order; then the area settings.
        return
        [
            .. seen.OrderBy(p => p.Item1).ThenBy(p => p.Item2).Select(p => (SettingId(p.Item1.ToString(), ScopeName(p.Item2)), Describe(p.Item2))),
            .. areaScopes.Order().Select(s => (SettingId(AreaSetting, ScopeName(s)), Describe(s))),
        ];
    }

    /// <summary>Gets every requirement area of the observations' documents (<c>institution/program/area</c>), in document
    /// order, with its size and resolved setting.</summary>
    public static IReadOnlyList<(string Id, string Description)> Areas(IReadOnlyList<Observation> observations)
    {
        var areas = new List<(string Id, string Description)>();
        foreach (var policies in observations.Select(o => o.Policies).OfType<PolicySet>().Distinct())
        {
            foreach (var institution in policies.Institutions)
            {
                foreach (var record in institution.Policies.Select(p => p.RecordPolicy).OfType<RecordPolicy>())
                {
                    foreach (var program in record.Programs)
                    {
                        foreach (var area in program.Areas)
                        {
                            var id = institution.Id + "/" + program.ProgramId + "/" + area.Id;
                            if (areas.Any(a => a.Id == id))
                            {
                                continue;
                            }

                            var setting = record.ResolveAreaLimitOrNull(program, area.Id);
                            areas.Add((id, area.Size + (setting is { } s ? "; " + s.Limit + " (" + ScopeName(s.Scope) + ")" : "; no setting, its size bounds it")));
                        }
                    }
                }
            }
        }

        // Areas decisions named that no document lists (decisions measured without their documents).
        foreach (var id in observations.SelectMany(AreaEventsOf).Select(e => e.Area).Distinct(StringComparer.Ordinal))
        {
            if (!areas.Any(a => a.Id == id))
            {
                areas.Add((id, "named by a decision"));
            }
        }

        return areas;
    }

    /// <summary>Gets the area events of one decision: <c>(institution/program/area, event)</c>, once each.</summary>
    public static IEnumerable<(string Area, string Event)> AreaEventsOf(Observation observation)
    {
        var decision = observation.Decision;
        var prefix = decision.InstitutionId + "/" + decision.ProgramId + "/";
        var events = new List<(string, string)>();
        if (observation.Award?.AreaId is { } landed)
        {
            events.Add((prefix + landed, Granted));
        }

        foreach (var reason in decision.Reasons)
        {
            foreach (var (id, code, argument) in AreaEvents)
            {
                if (string.Equals(reason.Code.Value, code, StringComparison.Ordinal) && reason.GetArgumentOrNull(argument) is { } area)
                {
                    events.Add((prefix + area, id));
                }
            }
        }

        return events.Distinct();
    }

    /// <summary>The scopes of the area settings that applied to one claim: the award's (the area its credit landed in), and
    /// the ones its area reasons name (their <c>Scope</c> argument starts with the scope: a redirect names the setting of the
    /// area the credit left).</summary>
    private static IEnumerable<AreaSettingScope> AreaScopesOf(Observation observation)
    {
        var scopes = new List<AreaSettingScope>();
        if (observation.Award?.AreaSettingScope is { } scope)
        {
            scopes.Add(scope);
        }

        foreach (var reason in observation.Decision.Reasons.Where(r => AreaEvents.Any(e => string.Equals(e.Code, r.Code.Value, StringComparison.Ordinal))))
        {
            var word = reason.GetArgumentOrNull("Scope")?.Split(' ')[0];
            if (word is not null && Enum.TryParse<AreaSettingScope>(word, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                scopes.Add(parsed);
            }
        }

        return scopes.Distinct();
    }

    private static IEnumerable<RecordPolicy> RecordPolicies(IReadOnlyList<Observation> observations) =>
        observations.Select(o => o.Policies).OfType<PolicySet>().Distinct()
            .SelectMany(p => p.Institutions).SelectMany(i => i.Policies).Select(p => p.RecordPolicy).OfType<RecordPolicy>();

    private static string Describe(SettingScope scope) => scope switch
    {
        SettingScope.InstitutionPolicy => "from the institution policy version (the program states none: inherited)",
        SettingScope.Program => "stated by the program's own settings, replacing the institution's",
        SettingScope.ProgramOverride => "supplied by a program override that applies",
        _ => "from " + scope,
    };

    private static string Describe(AreaSettingScope scope) => scope switch
    {
        AreaSettingScope.Institution => "an area's cap, exclusions or redirect from the institution's record policy",
        AreaSettingScope.Program => "an area's cap, exclusions or redirect from the program's record settings",
        _ => "an area's setting from " + scope,
    };

    private static string EventId(string code, string argument) =>
        argument == "AreaId" ? code : code + " " + argument[..^"AreaId".Length].ToLowerInvariant();

    [GeneratedRegex(@"\{(\w*AreaId)\}", RegexOptions.CultureInvariant)]
    private static partial Regex AreaPlaceholder();
}
