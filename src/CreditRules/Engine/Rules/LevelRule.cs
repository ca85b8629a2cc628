using System.Runtime.CompilerServices;
using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// Each line of the version is granted at the highest of its alternative levels that the institution (and any restricting
/// program override) accepts; a line with no accepted level is not granted, and a version with none is refused.
/// </summary>
internal readonly struct LevelRule : IBuiltInClaimRule
{
    public const string Id = "institution.level";

    private const string Summary = "Each line of the version is granted at the highest level its alternative levels count as (after the effective settings' level mappings) that the effective settings (institution policy, or the program's own) and any restricting program override accept; a line with no accepted level is not granted, and a version with none is refused.";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleCode AlternativeLevelUsed = Codes.Add(ReasonCode.AlternativeLevelUsed);
    private static readonly RuleCode LevelNotAccepted = Codes.Add(ReasonCode.LevelNotAccepted, Cure.NotWithinReach);
    private static readonly RuleCode LineNotAccepted = Codes.Add(ReasonCode.LineNotAccepted);
    private static readonly RuleCode LevelMapped = Codes.Add(ReasonCode.LevelMapped);

    public static void Decide<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        var plan = state.Version;
        if (plan is null || state.Policy is not { } policy)
        {
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.Skipped, "no version");
            }

            return;
        }

        var scope = new LevelScope(policy, state.Program.Overrides, state.Restrictions);
        var acceptedText = sink.Explains ? scope.AcceptedText() : null;
        var lines = plan.Lines;
        var exact = state.Institution.Zero;
        var accepted = 0;
        var restricts = scope.RestrictsLevels;
        CreditLevel? highest = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if ((restricts ? scope.Best(line) : plan.Chosen![i]) is { } chosen)
            {
                accepted++;
                highest = highest is { } h && h >= chosen ? h : chosen;
                exact = restricts ? exact.Plus(plan.LineCredits[i]) : plan.Exact;
                var mapping = scope.MappedFrom(line, chosen);
                if (sink.Explains)
                {
                    // The granted line names the recommendation's own level; the LevelMapped reason names the level it counts as.
                    sink.Line(line, mapping?.From ?? chosen);
                }

                // The first level as counted under the policy's mappings (a fact of the version and policy, computed once).
                if (plan.CountedFirstLevels![i] is { } first && chosen != first)
                {
                    RaiseAlternativeLevelUsed(ref state, ref sink, line, chosen);
                }

                if (mapping is not null)
                {
                    RaiseLevelMapped(ref state, ref sink, line, mapping);
                }
            }
        }

        state.AcceptedLines = accepted;
        state.GrantedLevel = highest;
        state.ExactCredits = exact;
        if (accepted == 0)
        {
            RaiseLevelNotAccepted(ref state, ref sink, scope, plan, acceptedText);

            return;
        }

        // Refused lines limit the award only when another line is granted; when none is, LevelNotAccepted says it all.
        var outcome = RuleOutcome.Passed;
        for (var i = 0; i < lines.Length; i++)
        {
            if ((restricts ? scope.Best(lines[i]) : plan.Chosen![i]) is null)
            {
                RaiseLineNotAccepted(ref state, ref sink, lines[i], acceptedText);
                outcome = RuleOutcome.Limited;
            }
        }

        if (sink.Explains)
        {
            ExplainGranted(ref sink, scope, lines, outcome);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseAlternativeLevelUsed<TSink>(ref ClaimState state, ref TSink sink, RecommendationLine line, CreditLevel chosen)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, AlternativeLevelUsed, Id, (line, chosen), static a => [("Line", a.line.ToString()), ("Level", a.chosen.ToString())]);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseLevelMapped<TSink>(ref ClaimState state, ref TSink sink, RecommendationLine line, LevelMapping mapping)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, LevelMapped, Id, (line, mapping, scope: SettingScopes.Of(state.Program.Program, PolicySetting.LevelMappings), policyId: state.PolicyVersion, programId: state.Program.Program.Id), static a => [("Line", a.line.ToString()), ("From", a.mapping.From.ToString()), ("To", a.mapping.To.ToString()), SettingScopes.Arg("Scope", a.scope, a.policyId, a.programId)]);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseLevelNotAccepted<TSink>(ref ClaimState state, ref TSink sink, LevelScope scope, VersionPlan plan, string? acceptedText)
        where TSink : struct, IReasonSink
    {
        var restrictedBy = scope.FirstLevelRestriction();
        state.Raise(
            ref sink,
            LevelNotAccepted,
            LevelNotAccepted.Code.DefaultSeverity,
            restrictedBy is null ? Id : ProgramOverrideRule.Id,
            restrictedBy?.Id,
            (plan, acceptedText),
            static a => [("Levels", a.plan.LevelsText), ("Version", Texts.Format(a.plan.Version.Number)), ("Accepted", a.acceptedText!)]);
        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Failed, "no level accepted");
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseLineNotAccepted<TSink>(ref ClaimState state, ref TSink sink, RecommendationLine line, string? acceptedText)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, LineNotAccepted, Id, (line, acceptedText), static a => [("Line", a.line.ToString()), ("Accepted", a.acceptedText!)]);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainGranted<TSink>(ref TSink sink, LevelScope scope, RecommendationLine[] lines, RuleOutcome outcome)
        where TSink : struct, IReasonSink
    {
        var granted = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (scope.Best(lines[i]) is { } level)
            {
                granted.Add(lines[i].Credits + " at " + level);
            }
        }

        sink.Trace(Id, outcome, string.Join("; ", granted));
    }
}

/// <summary>
/// The levels a claim accepts: the effective settings' levels, narrowed by every applying program override that
/// restricts levels; a line's level counts as the level the effective settings map it to. No cap on levels or overrides.
/// </summary>
internal readonly struct LevelScope(InstitutionPolicy policy, ProgramOverride[] overrides, BitSet restrictions)
{
    private readonly IReadOnlyList<CreditLevel> policyLevels = policy.AcceptedLevels;
    private readonly IReadOnlyList<LevelMapping> mappings = policy.LevelMappings;

    /// <summary>The level a recommendation's level counts as: its mapping's target, else itself.</summary>
    public CreditLevel Counted(CreditLevel level)
    {
        for (var i = 0; i < mappings.Count; i++)
        {
            if (mappings[i].From == level)
            {
                return mappings[i].To;
            }
        }

        return level;
    }

    /// <summary>The mapping by which a line is granted at <paramref name="chosen"/>, or null when a level of the line is <paramref name="chosen"/> itself.</summary>
    public LevelMapping? MappedFrom(RecommendationLine line, CreditLevel chosen)
    {
        if (mappings.Count == 0 || Contains(line.Levels, chosen))
        {
            return null;
        }

        for (var i = 0; i < mappings.Count; i++)
        {
            if (mappings[i].To == chosen && Contains(line.Levels, mappings[i].From))
            {
                return mappings[i];
            }
        }

        return null;
    }

    /// <summary>Gets a value indicating whether an applying override narrows the policy's levels.</summary>
    public bool RestrictsLevels => FirstLevelRestriction() is not null;

    public bool Accepts(CreditLevel level)
    {
        if (!Contains(policyLevels, level))
        {
            return false;
        }

        for (var i = restrictions.Next(0); i >= 0; i = restrictions.Next(i + 1))
        {
            if (overrides[i].AcceptedLevels is { } levels && !Contains(levels, level))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The highest level a line's alternative levels count as that is accepted, or null.</summary>
    public CreditLevel? Best(RecommendationLine line)
    {
        CreditLevel? best = null;
        var levels = line.Levels;
        for (var i = 0; i < levels.Count; i++)
        {
            var counted = Counted(levels[i]);
            if ((best is null || counted > best) && Accepts(counted))
            {
                best = counted;
            }
        }

        return best;
    }

    public ProgramOverride? FirstLevelRestriction()
    {
        for (var i = restrictions.Next(0); i >= 0; i = restrictions.Next(i + 1))
        {
            if (overrides[i].AcceptedLevels is not null)
            {
                return overrides[i];
            }
        }

        return null;
    }

    public string AcceptedText()
    {
        var self = this;
        var accepted = policyLevels.Where(self.Accepts).Order().ToArray();
        return accepted.Length == 0 ? "(none)" : string.Join(", ", accepted);
    }

    private static bool Contains(IReadOnlyList<CreditLevel> levels, CreditLevel level)
    {
        for (var i = 0; i < levels.Count; i++)
        {
            if (levels[i] == level)
            {
                return true;
            }
        }

        return false;
    }
}
