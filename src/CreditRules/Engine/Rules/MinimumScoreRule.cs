using System.Runtime.CompilerServices;
using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// The qualifying score meets the institution's minimum and every restricting program override's minimum.
/// These can only raise the evaluator's minimum, which the exam rule already applied.
/// </summary>
internal readonly struct MinimumScoreRule : IBuiltInClaimRule
{
    public const string Id = "institution.minimum-score";

    private const string Summary = "The qualifying score meets the institution's minimum and every restricting program override's minimum. These can only raise the evaluator's minimum, which the exam rule already applied.";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleCode ScoreBelowMinimum = Codes.Add(ReasonCode.ScoreBelowMinimum, new Cure(SmallestChangeKind.RaiseScore));

    public static void Decide<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        var institutionMinimum = state.Policy?.MinimumScore;
        var any = institutionMinimum is not null;
        var overrides = state.Program.Overrides;
        for (var i = state.Restrictions.Next(0); i >= 0 && !any; i = state.Restrictions.Next(i + 1))
        {
            any = overrides[i].MinimumScore is not null;
        }

        if (!any)
        {
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.NotApplicable, "no institution or program minimum");
            }

            return;
        }

        if (state.QualifyingScore is not { } score)
        {
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.Skipped, "no qualifying score yet");
            }

            return;
        }

        // The highest applicable minimum decides; report it once.
        Score? minimum = null;
        ProgramOverride? source = null;
        if (institutionMinimum is { } own)
        {
            EnsureComparable(score, own, null, ref state);
            minimum = own;
        }

        for (var i = state.Restrictions.Next(0); i >= 0; i = state.Restrictions.Next(i + 1))
        {
            if (overrides[i].MinimumScore is { } programMinimum)
            {
                EnsureComparable(score, programMinimum, overrides[i], ref state);
                if (minimum is null || programMinimum > minimum.Value)
                {
                    minimum = programMinimum;
                    source = overrides[i];
                }
            }
        }

        var binding = minimum!.Value;
        if (score < binding)
        {
            RaiseScoreBelowMinimum(ref state, ref sink, score, binding, source);

            return;
        }

        if (sink.Explains)
        {
            ExplainPassed(ref state, ref sink, score, binding, source);
        }
    }

    /// <summary>The scope of the binding minimum: the override that raised it, else whichever scope supplied the effective minimum (<see cref="SettingScopes.Of"/>).</summary>
    private static SettingScope Scope(ref ClaimState state, ProgramOverride? source) =>
        source is not null ? SettingScope.ProgramOverride : SettingScopes.Of(state.Program.Program, PolicySetting.MinimumScore);

    private static void EnsureComparable(Score score, Score minimum, ProgramOverride? source, ref ClaimState state)
    {
        if (!score.IsComparableTo(minimum))
        {
            throw ExamRule.WrongScale(
                state.QualifyingAttempt!,
                state.Learner,
                SettingScopes.Words(Scope(ref state, source), state.PolicyVersion, state.Program.Program.Id, source?.Id) + " of institution '" + state.Institution.Institution.Id
                    + "' sets the minimum score " + minimum + " on " + minimum.Scale + " (rule " + (source is null ? Id : ProgramOverrideRule.Id) + ")");
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseScoreBelowMinimum<TSink>(ref ClaimState state, ref TSink sink, Score score, Score binding, ProgramOverride? source)
        where TSink : struct, IReasonSink
    {
        state.Raise(
            ref sink,
            ScoreBelowMinimum,
            ScoreBelowMinimum.Code.DefaultSeverity,
            source is null ? Id : ProgramOverrideRule.Id,
            source?.Id,
            (score, binding, scope: Scope(ref state, source), policyId: state.PolicyVersion, programId: state.Program.Program.Id, overrideId: source?.Id),
            static a => [new ReasonArg("Score", Texts.Format(a.score.Value), a.score), ("Shortfall", Texts.Format(a.binding.Value - a.score.Value) + " point(s)"), SettingScopes.Arg("Source", a.scope, a.policyId, a.programId, a.overrideId), new ReasonArg("Minimum", Texts.Format(a.binding.Value), a.binding)]);
        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Failed, (score, binding), static a => a.score + " < " + a.binding);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainPassed<TSink>(ref ClaimState state, ref TSink sink, Score score, Score binding, ProgramOverride? source)
        where TSink : struct, IReasonSink
    {
        sink.Trace(Id, RuleOutcome.Passed, (score, binding, scope: Scope(ref state, source), state.PolicyVersion, state.Program.Program.Id, overrideId: source?.Id), static a => a.score + " >= " + a.binding + " (" + SettingScopes.Words(a.scope, a.PolicyVersion, a.Id, a.overrideId) + ")");
    }
}
