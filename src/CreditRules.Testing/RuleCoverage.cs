using System.Globalization;
using System.Text;
using CreditRules.Domain;
using CreditRules.Engine;
using CreditRules.Testing.Coverage;

namespace CreditRules.Testing;

/// <summary>
/// Which rules a set of decisions exercised, with which trace outcomes, which reason codes they produced, which program
/// overrides applied, which date branches they took, which scope (institution, program, program override, area) supplied
/// each setting and what happened in each requirement area (granted, capped, redirected, refused), against the whole vocabulary: the built-in claim and record
/// rules, their reason codes and their date branches as the engine's rule registry declares them
/// (<see cref="EligibilityEvaluator.BuiltInRules"/>), the host rule ids (claim and record rules), and every override of
/// the policy documents. Whole-record scenarios count each claim's record-aware decision and the record's own trace.
/// </summary>
/// <remarks>The overrides that applied and the date branches taken are read from each decision's typed facts
/// (<see cref="Decision.Settings"/>, <see cref="Decision.DateBranches"/>: recorded by the rules as they decide, never
/// recomputed here); the list of every override of the documents is known only for decisions whose documents are known
/// (<see cref="From(IEnumerable{ScenarioResult}, IEnumerable{string})"/>).</remarks>
public sealed class RuleCoverage
{
    private static readonly RuleOutcome[] Deciding = [RuleOutcome.Passed, RuleOutcome.Failed, RuleOutcome.Limited];

    /// <summary>The codes the built-in rules raise (the registry), in declaration order.</summary>
    private static readonly ReasonCode[] BuiltInCodes = [.. ReasonCode.All.Where(c => EligibilityEvaluator.BuiltInRules.Any(r => r.ReasonCodes.Contains(c)))];

    private RuleCoverage(
        IReadOnlyList<RuleCoverageEntry> rules,
        IReadOnlyList<string> reasonCodesExercised,
        IReadOnlyList<string> reasonCodesNeverExercised,
        IReadOnlyList<CoverageItem> overrides,
        IReadOnlyList<CoverageItem> dateBranches,
        IReadOnlyList<CoverageItem> settingScopes,
        IReadOnlyList<AreaCoverage> areas)
    {
        SettingScopes = settingScopes;
        Areas = areas;
        Rules = rules;
        ReasonCodesExercised = reasonCodesExercised;
        ReasonCodesNeverExercised = reasonCodesNeverExercised;
        Overrides = overrides;
        DateBranches = dateBranches;
    }

    /// <summary>Gets one entry per program override in the documents (<c>institution/program/override</c>), in document
    /// order, with the number of decisions it applied to.</summary>
    public IReadOnlyList<CoverageItem> Overrides { get; }

    /// <summary>Gets the ids of the overrides that applied to no decision.</summary>
    public IReadOnlyList<string> OverridesNeverExercised => Overrides.Where(o => !o.IsExercised).Select(o => o.Id).ToArray();

    /// <summary>Gets one entry per date branch (such as <c>version.first-day</c>, <c>recency.last-day</c>,
    /// <c>retake.too-soon</c>), in a fixed order, with the number of decisions that took it.</summary>
    public IReadOnlyList<CoverageItem> DateBranches { get; }

    /// <summary>Gets the ids of the date branches no decision took.</summary>
    public IReadOnlyList<string> DateBranchesNeverExercised => DateBranches.Where(b => !b.IsExercised).Select(b => b.Id).ToArray();

    /// <summary>
    /// Gets one entry per setting and the scope that supplied it (<c>MinimumScore from program</c>, <c>AcceptedLevels from
    /// institution</c>, <c>MinimumScore from program override</c>, <c>AreaLimit from area (program record settings)</c>),
    /// settings in <see cref="PolicySetting"/> order, each with its scopes, then the area settings; with the number of
    /// decisions the scope supplied the setting to.
    /// </summary>
    /// <remarks>Read from each decision's typed facts (<see cref="Decision.Settings"/>; for a whole-record claim, the scope of
    /// its area's setting, <see cref="CourseAward.AreaSettingScope"/>). The vocabulary is what some decision lists, what each
    /// scenario's claim lists when decided under every other program of its institution (a program stating a setting no
    /// scenario used is listed, with 0), and the area settings the documents' record policies state.</remarks>
    public IReadOnlyList<CoverageItem> SettingScopes { get; }

    /// <summary>Gets the ids of the setting scopes that supplied no decision's setting, such as <c>MinimumScore from program</c>.</summary>
    public IReadOnlyList<string> SettingScopesNeverExercised => SettingScopes.Where(s => !s.IsExercised).Select(s => s.Id).ToArray();

    /// <summary>Gets one entry per requirement area of the programs in the documents (<c>institution/program/area</c>), in
    /// document order, with the decisions that granted credit there and that received, capped, redirected or refused credit there.</summary>
    public IReadOnlyList<AreaCoverage> Areas { get; }

    /// <summary>Gets every area event never exercised, as <c>institution/program/area: event</c> (such as
    /// <c>eastern-state/aa-general/gen-ed: AreaCapReached</c>, the area was never capped), areas in document order.</summary>
    public IReadOnlyList<string> AreasNeverExercised => Areas.SelectMany(a => a.EventsNeverExercised.Select(e => a.Id + ": " + e)).ToArray();

    /// <summary>Gets one entry per rule id in the vocabulary: built-in claim rules in pipeline order, the whole-record rules
    /// (which single-claim decisions never run, so they show as never exercised), then host rules.</summary>
    public IReadOnlyList<RuleCoverageEntry> Rules { get; }

    /// <summary>Gets the ids of rules that never passed, failed or limited: they were only not applicable or skipped, or never ran.</summary>
    public IReadOnlyList<string> RulesNeverExercised => Rules.Where(r => !r.Outcomes.Any(o => Deciding.Contains(o))).Select(r => r.RuleId).ToArray();

    /// <summary>Gets the reason codes the decisions produced, in order of first appearance.</summary>
    public IReadOnlyList<string> ReasonCodesExercised { get; }

    /// <summary>Gets the built-in reason codes no decision produced, in declaration order.</summary>
    public IReadOnlyList<string> ReasonCodesNeverExercised { get; }

    /// <summary>Measures coverage over decisions.</summary>
    /// <param name="decisions">The decisions.</param>
    /// <param name="hostRuleIds">The ids of the host rules in the vocabulary (rules seen in traces are added anyway).</param>
    /// <returns>The coverage.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RuleCoverage From(IEnumerable<Decision> decisions, IEnumerable<string> hostRuleIds)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(hostRuleIds);
        return From(decisions.Select(d => new Observation(d ?? throw new ArgumentNullException(nameof(decisions)), null)).ToArray(), [], hostRuleIds);
    }

    /// <summary>Measures coverage over scenario results, including the overrides and date branches their documents allow.</summary>
    /// <param name="results">The results.</param>
    /// <param name="hostRuleIds">The ids of the host rules in the vocabulary (rules seen in traces are added anyway).</param>
    /// <returns>The coverage.</returns>
    /// <exception cref="ArgumentNullException">An argument, or one of the results, is null.</exception>
    public static RuleCoverage From(IEnumerable<ScenarioResult> results, IEnumerable<string> hostRuleIds)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(hostRuleIds);
        return From(results.Select(r => (r ?? throw new ArgumentNullException(nameof(results))).Observation).ToArray(), [], hostRuleIds);
    }

    /// <summary>Measures coverage over single-claim and whole-record results: each claim's record-aware decision, and each record's trace and reasons.</summary>
    internal static RuleCoverage FromResults(IReadOnlyList<IScenarioResult> results, IEnumerable<string> hostRuleIds)
    {
        var observations = results.SelectMany(r => r switch
        {
            ScenarioResult claim => [claim.Observation],
            RecordScenarioResult record => record.Observations,
            _ => [],
        }).ToArray();
        return From(observations, results.OfType<RecordScenarioResult>().Select(r => r.Decision).ToArray(), hostRuleIds);
    }

    private static RuleCoverage From(IReadOnlyList<Observation> observations, IReadOnlyList<RecordDecision> records, IEnumerable<string> hostRuleIds)
    {
        // A record's own trace (the record rules) and reasons count like a decision's.
        var decisions = observations.Select(o => (o.Decision.Trace, o.Decision.Reasons)).Concat(records.Select(r => (r.Trace, r.Reasons)));
        // The vocabulary is the engine's rule registry: every built-in rule (claim rules in pipeline order, then the
        // whole-record rules) and every code they raise, so a rule is part of coverage the day it is registered.
        var order = EligibilityEvaluator.BuiltInRules.Select(r => r.Id).ToList();
        order.AddRange(hostRuleIds.Where(id => !order.Contains(id, StringComparer.Ordinal)));
        var outcomes = order.ToDictionary(id => id, _ => new SortedSet<RuleOutcome>(), StringComparer.Ordinal);
        var counts = order.ToDictionary(id => id, _ => 0, StringComparer.Ordinal);
        var codes = new List<string>();
        foreach (var decision in decisions)
        {
            foreach (var entry in decision.Trace)
            {
                // A rule tracing one of its parts ("record.precedence:math") counts for the rule.
                var id = entry.RuleId;
                if (id.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon && outcomes.ContainsKey(id[..colon]))
                {
                    id = id[..colon];
                }

                if (!outcomes.TryGetValue(id, out var set))
                {
                    order.Add(id);
                    outcomes[id] = set = [];
                    counts[id] = 0;
                }

                set.Add(entry.Outcome);
                counts[id]++;
            }

            foreach (var reason in decision.Reasons)
            {
                if (!codes.Contains(reason.Code.Value, StringComparer.Ordinal))
                {
                    codes.Add(reason.Code.Value);
                }
            }
        }

        var rules = order.Select(id => new RuleCoverageEntry(id, counts[id], outcomes[id].ToArray())).ToArray();
        var never = BuiltInCodes.Select(c => c.Value).Where(c => !codes.Contains(c, StringComparer.Ordinal)).ToArray();
        var overrides = new List<(string Id, string Description)>();
        foreach (var policies in observations.Select(o => o.Policies).OfType<PolicySet>().Distinct())
        {
            overrides.AddRange(Coverage.DateBranches.OverridesIn(policies).Where(o => !overrides.Any(seen => seen.Id == o.Id)));
        }

        var overrideCounts = observations.SelectMany(o => Coverage.DateBranches.OverridesOf(o)).GroupBy(id => id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var settingCounts = observations.SelectMany(ScopeCoverage.SettingsOf).GroupBy(id => id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var areaCounts = observations.SelectMany(ScopeCoverage.AreaEventsOf).GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count());
        var areas = ScopeCoverage.Areas(observations).Select(a => new AreaCoverage(
            a.Id,
            a.Description,
            [new CoverageItem(ScopeCoverage.Granted, "granted credit landed here", areaCounts.GetValueOrDefault((a.Id, ScopeCoverage.Granted))),
             .. ScopeCoverage.AreaEvents.Select(e => new CoverageItem(e.Id, "reason " + e.Code + " names the area as {" + e.Argument + "}", areaCounts.GetValueOrDefault((a.Id, e.Id))))])).ToArray();
        var branchCounts = observations.SelectMany(Coverage.DateBranches.Of).GroupBy(id => id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new RuleCoverage(
            rules,
            codes.ToArray(),
            never,
            overrides.Select(o => new CoverageItem(o.Id, o.Description, overrideCounts.GetValueOrDefault(o.Id))).ToArray(),
            Coverage.DateBranches.All.Select(b => new CoverageItem(b.Id, b.Description, branchCounts.GetValueOrDefault(b.Id))).ToArray(),
            ScopeCoverage.Vocabulary(observations).Select(s => new CoverageItem(s.Id, s.Description, settingCounts.GetValueOrDefault(s.Id))).ToArray(),
            areas);
    }

    /// <summary>Formats the coverage as a plain-text report: one line per rule with its outcomes, the reason codes, program
    /// overrides, date branches, settings by scope and requirement areas, each followed by what was never exercised.</summary>
    /// <returns>The report.</returns>
    public string ToReport()
    {
        var text = new StringBuilder();
        var width = Rules.Max(r => r.RuleId.Length);
        foreach (var rule in Rules)
        {
            text.Append(rule.RuleId.PadRight(width)).Append("  ")
                .Append(rule.Evaluations.ToString(CultureInfo.InvariantCulture).PadLeft(4)).Append("  ")
                .Append(rule.Outcomes.Count == 0 ? "never ran" : string.Join(", ", rule.Outcomes))
                .Append('\n');
        }

        text.Append("Rules never exercised: ").Append(RulesNeverExercised.Count == 0 ? "none" : string.Join(", ", RulesNeverExercised)).Append('\n');
        var hostCodes = ReasonCodesExercised.Where(c => ReasonCode.FromValueOrNull(c) is null).ToArray();
        text.Append("Built-in reason codes exercised: ").Append((BuiltInCodes.Length - ReasonCodesNeverExercised.Count).ToString(CultureInfo.InvariantCulture))
            .Append(" of ").Append(BuiltInCodes.Length.ToString(CultureInfo.InvariantCulture)).Append('\n');
        text.Append("Built-in reason codes never exercised: ").Append(ReasonCodesNeverExercised.Count == 0 ? "none" : string.Join(", ", ReasonCodesNeverExercised)).Append('\n');
        text.Append("Host reason codes exercised: ").Append(hostCodes.Length == 0 ? "none" : string.Join(", ", hostCodes)).Append('\n');
        text.Append("Program overrides (decisions it applied to):").Append(Overrides.Count == 0 ? " none in the documents\n" : "\n");
        AppendItems(text, Overrides);
        text.Append("Program overrides never exercised: ").Append(OverridesNeverExercised.Count == 0 ? "none" : string.Join(", ", OverridesNeverExercised)).Append('\n');
        text.Append("Date branches (decisions that took it):\n");
        AppendItems(text, DateBranches);
        text.Append("Date branches never exercised: ").Append(DateBranchesNeverExercised.Count == 0 ? "none" : string.Join(", ", DateBranchesNeverExercised)).Append('\n');
        text.Append("Settings by scope (decisions it supplied):").Append(SettingScopes.Count == 0 ? " none\n" : "\n");
        AppendItems(text, SettingScopes);
        text.Append("Settings by scope never exercised: ").Append(SettingScopesNeverExercised.Count == 0 ? "none" : string.Join(", ", SettingScopesNeverExercised)).Append('\n');
        text.Append("Requirement areas (decisions per event):").Append(Areas.Count == 0 ? " none in the documents\n" : "\n");
        var areaWidth = Areas.Count == 0 ? 0 : Areas.Max(a => a.Id.Length);
        foreach (var area in Areas)
        {
            text.Append("  ").Append(area.Id.PadRight(areaWidth)).Append("  ")
                .Append(string.Join(", ", area.Events.Select(e => e.Id + " " + e.Count.ToString(CultureInfo.InvariantCulture))))
                .Append("  (").Append(area.Description).Append(")\n");
        }

        text.Append("Requirement area events never exercised:").Append(AreasNeverExercised.Count == 0 ? " none\n" : "\n");
        foreach (var area in Areas.Where(a => a.EventsNeverExercised.Count > 0))
        {
            text.Append("  ").Append(area.Id.PadRight(areaWidth)).Append("  ").Append(string.Join(", ", area.EventsNeverExercised)).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>
    /// Writes the coverage as one JSON object: <c>rules</c> (id, evaluations, outcomes), <c>rulesNeverExercised</c>,
    /// <c>reasonCodesExercised</c>, <c>reasonCodesNeverExercised</c>, <c>overrides</c>, <c>dateBranches</c> and
    /// <c>settingScopes</c> (each item's id, description and count) with their <c>…NeverExercised</c> ids, and <c>areas</c>
    /// (id, description, events with counts, eventsNeverExercised) with <c>areasNeverExercised</c>.
    /// </summary>
    /// <param name="writer">The writer; the object is written at its current position.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteJson(System.Text.Json.Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteStartArray("rules");
        foreach (var rule in Rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.RuleId);
            writer.WriteNumber("evaluations", rule.Evaluations);
            WriteStrings(writer, "outcomes", rule.Outcomes.Select(o => o.ToString()));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteStrings(writer, "rulesNeverExercised", RulesNeverExercised);
        WriteStrings(writer, "reasonCodesExercised", ReasonCodesExercised);
        WriteStrings(writer, "reasonCodesNeverExercised", ReasonCodesNeverExercised);
        WriteItems(writer, "overrides", Overrides);
        WriteStrings(writer, "overridesNeverExercised", OverridesNeverExercised);
        WriteItems(writer, "dateBranches", DateBranches);
        WriteStrings(writer, "dateBranchesNeverExercised", DateBranchesNeverExercised);
        WriteItems(writer, "settingScopes", SettingScopes);
        WriteStrings(writer, "settingScopesNeverExercised", SettingScopesNeverExercised);
        writer.WriteStartArray("areas");
        foreach (var area in Areas)
        {
            writer.WriteStartObject();
            writer.WriteString("id", area.Id);
            writer.WriteString("description", area.Description);
            WriteItems(writer, "events", area.Events);
            WriteStrings(writer, "eventsNeverExercised", area.EventsNeverExercised);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteStrings(writer, "areasNeverExercised", AreasNeverExercised);
        writer.WriteEndObject();
    }

    /// <summary>Formats the coverage as indented JSON (<see cref="WriteJson"/>).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Indented = true }))
        {
            WriteJson(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <inheritdoc/>
    public override string ToString() => ToReport();

    private static void WriteStrings(System.Text.Json.Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteItems(System.Text.Json.Utf8JsonWriter writer, string name, IReadOnlyList<CoverageItem> items)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writer.WriteString("id", item.Id);
            writer.WriteString("description", item.Description);
            writer.WriteNumber("count", item.Count);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void AppendItems(StringBuilder text, IReadOnlyList<CoverageItem> items)
    {
        var width = items.Count == 0 ? 0 : items.Max(i => i.Id.Length);
        foreach (var item in items)
        {
            text.Append("  ").Append(item.Id.PadRight(width)).Append("  ")
                .Append(item.Count.ToString(CultureInfo.InvariantCulture).PadLeft(4)).Append("  ").Append(item.Description).Append('\n');
        }
    }
}
