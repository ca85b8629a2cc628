using System.Runtime.CompilerServices;
using CreditRules.Domain;
using NodaTime;

namespace CreditRules.Engine.Rules;

/// <summary>
/// Exceptions approved for the learner, applied as a rule of the engine: a waived rule's reasons and a deadline's reasons
/// (extended) are raised as informational instead of blocking or outstanding, through <see cref="ClaimState.Raise{TSink, TArg}(ref TSink, RuleCode, ReasonSeverity, string, string?, TArg, Func{TArg, ReasonArg[]})"/>
/// (so both paths agree); a substitute course's facts are read by the completion, verified-track, exam and evidence
/// rules where the claimed course's own do not satisfy them (<see cref="ClaimState.SubstituteFor(int)"/>); a force-accept
/// exception accepts the claim with its credits, after every other rule. Every
/// exception that changed something is stated with its provenance.
/// </summary>
internal readonly struct ExceptionRule : IBuiltInClaimRule
{
    public const string Id = "learner.exceptions";

    private const string Summary = "Exceptions approved for the learner, in scope and in effect on the as-of date: a waived rule's reasons and extended deadlines' reasons no longer block or hold the claim, a substitute course's completion, verified-track enrolment, exam attempts and evidence count where the claimed course's own do not, a force-accept grants its credits; each one applied is stated with who approved it and when.";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All);

    private static readonly RuleCodes Codes = new();

    private static readonly RuleCode ExceptionApplied = Codes.Add(ReasonCode.ExceptionApplied);

    /// <summary>The reasons a deadline extension waives: joining the verified track late, no recommendation version in effect, recency.</summary>
    private static readonly HashSet<ReasonCode> Deadlines =
    [
        ReasonCode.VerifiedTrackJoinedLate, ReasonCode.VerifiedTrackClosed, ReasonCode.RecommendationNotInEffect, ReasonCode.RecommendationExpired, ReasonCode.RecencyExpired,
    ];

    /// <summary>Whether a claim-level exception (not a record-level cap adjustment) is in scope and in effect for the claim.</summary>
    public static bool InScope(in ClaimState state, ExceptionGrant exception) =>
        exception.Kind != ExceptionKind.AdjustCap
        && exception.AppliesTo(state.Course.Id, state.Institution.Institution.Id, state.Program.Program.Id, state.AsOf);

    /// <summary>The severity a reason is raised at under the claim's exceptions: informational when one waives it (and that exception is marked used), else its own.</summary>
    public static ReasonSeverity Waive(ref ClaimState state, ReasonCode code, string ruleId, ReasonSeverity severity)
    {
        var exceptions = state.Exceptions;
        for (var i = 0; i < exceptions.Length; i++)
        {
            var exception = exceptions[i];
            if (InScope(in state, exception)
                && (exception.Waives(ruleId) || (exception.Kind == ExceptionKind.ExtendDeadline && Deadlines.Contains(code) && state.AsOf <= exception.Deadline!.Value)))
            {
                state.ExceptionsUsed.Set(i);
                return ReasonSeverity.Informational;
            }
        }

        return severity;
    }

    public static void Decide<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        var exceptions = state.Exceptions;
        var inScope = 0;
        for (var i = 0; i < exceptions.Length; i++)
        {
            inScope += InScope(in state, exceptions[i]) ? 1 : 0;
        }

        if (inScope == 0)
        {
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.NotApplicable, "no exception in scope and in effect");
            }

            return;
        }

        for (var i = 0; i < exceptions.Length; i++)
        {
            if (exceptions[i].Kind == ExceptionKind.ForceAccept && InScope(in state, exceptions[i]))
            {
                state.Accept(exceptions[i].Credits!.Value.ConvertTo(state.Institution.Institution.CreditUnit));
                state.ExceptionsUsed.Set(i);
            }
        }

        var applied = 0;
        for (var i = 0; i < exceptions.Length; i++)
        {
            if (!state.ExceptionsUsed.Contains(i))
            {
                continue;
            }

            applied++;
            RaiseApplied(ref state, ref sink, exceptions[i]);
        }

        if (sink.Explains)
        {
            ExplainApplied(ref sink, applied, exceptions.Length);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseApplied<TSink>(ref ClaimState state, ref TSink sink, ExceptionGrant exception)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, ExceptionApplied, Id, (Outcome: state.Outcome, Exception: exception), static a =>
        [
            ("Outcome", a.Outcome.ToString()), ("Reference", a.Exception.Reference), ("Effect", a.Exception.Describe()), ("ApprovedBy", a.Exception.ApprovedBy),
            ReasonArg.Of("ApprovedOn", a.Exception.ApprovedOn), ("Reason", a.Exception.Reason),
        ]);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainApplied<TSink>(ref TSink sink, int applied, int exceptions)
        where TSink : struct, IReasonSink
    {
        sink.Trace(Id, applied > 0 ? RuleOutcome.Limited : RuleOutcome.Passed, (applied, exceptions), static a => Texts.Format(a.applied) + " of " + Texts.Format(a.exceptions) + " exception(s) in scope changed the decision");
    }
}
