using System.Runtime.CompilerServices;
using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>No override of the program refuses the credit; restricting overrides are collected for the level, score and credit rules.</summary>
internal readonly struct ProgramOverrideRule : IBuiltInClaimRule
{
    public const string Id = "program.override";

    private const string Summary = "No override of the program refuses the credit; restricting overrides are collected for the level, score and credit rules.";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleCode ProgramRefusesCredit = Codes.Add(ReasonCode.ProgramRefusesCredit, Cure.NotWithinReach);

    public static void Decide<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        var evaluatorId = state.Route.Recommendation?.EvaluatorId;
        if (evaluatorId is null)
        {
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.Skipped, "no recommendation");
            }

            return;
        }

        // Restrictions collected before a refusal still apply to the later rules.
        var applying = 0;
        var overrides = state.Program.Overrides;
        for (var i = 0; i < overrides.Length; i++)
        {
            var programOverride = overrides[i];
            if (!programOverride.AppliesFor(state.SelectionDate, evaluatorId))
            {
                continue;
            }

            applying++;
            if (sink.Explains)
            {
                OverrideSettings(programOverride, state.PolicyVersion, state.Program.Program.Id, ref sink);
            }

            if (programOverride.Kind == OverrideKind.Refuse)
            {
                RaiseRefused(ref state, ref sink, programOverride);

                return;
            }

            state.Restrictions.Set(i);
        }

        if (sink.Explains)
        {
            ExplainApplying(ref state, ref sink, applying);
        }
    }
    /// <summary>The settings an applying override supplies (or its refusal), as typed facts of the decision.</summary>
    private static void OverrideSettings<TSink>(ProgramOverride programOverride, string? policyId, string programId, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        void Add(ref TSink target, PolicySetting setting, object? value)
        {
            if (value is not null)
            {
                target.Setting(new SettingSource(setting, SettingScope.ProgramOverride, policyId, programId, programOverride.Id, value));
            }
        }

        if (programOverride.Kind == OverrideKind.Refuse)
        {
            Add(ref sink, PolicySetting.CreditRefused, programOverride.Description);
            return;
        }

        Add(ref sink, PolicySetting.AcceptedLevels, programOverride.AcceptedLevels);
        Add(ref sink, PolicySetting.MinimumScore, programOverride.MinimumScore);
        Add(ref sink, PolicySetting.MaxCreditsPerCourse, programOverride.MaxCreditsPerCourse);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseRefused<TSink>(ref ClaimState state, ref TSink sink, ProgramOverride programOverride)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, ProgramRefusesCredit, ProgramRefusesCredit.Code.DefaultSeverity, Id, programOverride.Id, (state.Program.Program.Id, programOverride), static a => [("ProgramId", a.Id), ("Description", a.programOverride.Description)]);
        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Failed, programOverride.Id, static id => "refused by " + id);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainApplying<TSink>(ref ClaimState state, ref TSink sink, int applying)
        where TSink : struct, IReasonSink
    {
        sink.Trace(Id, applying == 0 ? RuleOutcome.NotApplicable : RuleOutcome.Passed, (applying, state.SelectionDate), static a => Texts.Format(a.applying) + " override(s) apply for enrolment on " + Texts.Format(a.SelectionDate));
    }
}
