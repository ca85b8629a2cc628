using System.Runtime.CompilerServices;
using CreditRules.Domain;
using NodaTime;

namespace CreditRules.Engine.Rules;

/// <summary>The learner completed a session of the course.</summary>
internal readonly struct CompletionRule : IBuiltInClaimRule
{
    public const string Id = "learner.completion";

    private const string Summary = "The learner completed a session of the course.";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleCode CourseNotCompleted = Codes.Add(ReasonCode.CourseNotCompleted, new Cure(SmallestChangeKind.CompleteCourse, NextStepCode.CompleteCourse));

    public static void Decide<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        CourseCompletion? latest = null;
        CourseCompletion? substituted = null;
        var substitute = -1;
        var completions = state.Facts.Completions;
        var facts = state.Facts.CompletionFacts;
        var latestOn = default(LocalDate);
        for (var i = 0; i < facts.Length; i++)
        {
            ref readonly var fact = ref facts[i];
            if (fact.RecordedOn > state.AsOf)
            {
                continue;
            }

            if (fact.Course != state.CourseIndex)
            {
                // Another course's completion counts only through a substitute-course exception, and only when the learner's own do not.
                if (substituted is null && fact.Status == CompletionStatus.Completed && state.SubstituteFor(fact.Course) is var e and >= 0)
                {
                    substituted = completions[i];
                    substitute = e;
                }

                continue;
            }

            if (fact.Status == CompletionStatus.Completed)
            {
                state.CompletedOn = fact.RecordedOn;
                if (sink.Explains)
                {
                    ExplainCompleted(ref sink, completions[i], fact.RecordedOn);
                }

                return;
            }

            if (latest is null || fact.RecordedOn >= latestOn)
            {
                latest = completions[i];
                latestOn = fact.RecordedOn;
            }
        }

        if (substituted is not null)
        {
            state.UseSubstitute(substitute);
            state.CompletedOn = substituted.RecordedOn;
            if (sink.Explains)
            {
                ExplainSubstituted(ref state, ref sink, substituted, substitute);
            }

            return;
        }

        RaiseNotCompleted(ref state, ref sink, latest);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainCompleted<TSink>(ref TSink sink, CourseCompletion completion, LocalDate recordedOn)
        where TSink : struct, IReasonSink
    {
        sink.Trace(Id, RuleOutcome.Passed, (completion.SessionId, recordedOn), static a => "completed session " + a.SessionId + " on " + Texts.Format(a.recordedOn));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainSubstituted<TSink>(ref ClaimState state, ref TSink sink, CourseCompletion substituted, int substitute)
        where TSink : struct, IReasonSink
    {
        sink.Trace(Id, RuleOutcome.Passed, (substituted, state.Exceptions[substitute].Reference), static a => "completed session " + a.substituted.SessionId + " on " + Texts.Format(a.substituted.RecordedOn) + Texts.AcceptedByException(a.Reference));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseNotCompleted<TSink>(ref ClaimState state, ref TSink sink, CourseCompletion? latest)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, CourseNotCompleted, Id, (state.Course.Id, latest), static a => [("CourseId", a.Id), ("Status", a.latest?.Status.ToString() ?? "no record")]);
        if (sink.Explains)
        {
            ExplainNotCompleted(ref state, ref sink, latest);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainNotCompleted<TSink>(ref ClaimState state, ref TSink sink, CourseCompletion? latest)
        where TSink : struct, IReasonSink
    {
        var status = latest?.Status.ToString() ?? "no record";
        LocalDate? deadline = latest is { Status: CompletionStatus.InProgress } ? state.Plan.Catalog.GetSessionOrNull(latest.SessionId)?.Dates.End : null;
        sink.Step(NextStep.Deferred(NextStepCode.CompleteCourse, DeferredValue<string>.Of(state.Course.Title, static t => "Complete " + t + "."), deadline: deadline ?? state.RouteDeadline));
        sink.Trace(Id, RuleOutcome.Failed, status, static s => "latest status " + s);
    }
}
