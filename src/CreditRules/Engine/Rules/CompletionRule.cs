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
        var courses = state.Facts.CompletionCourses;
        for (var i = 0; i < completions.Length; i++)
        {
            var completion = completions[i];
            if (completion.RecordedOn > state.AsOf)
            {
                continue;
            }

            if (courses[i] != state.CourseIndex)
            {
                // Another course's completion counts only through a substitute-course exception, and only when the learner's own do not.
                if (substituted is null && completion.Status == CompletionStatus.Completed && state.SubstituteFor(courses[i]) is var e and >= 0)
                {
                    substituted = completion;
                    substitute = e;
                }

                continue;
            }

            if (completion.Status == CompletionStatus.Completed)
            {
                state.CompletedOn = completion.RecordedOn;
                if (sink.Explains)
                {
                    sink.Trace(Id, RuleOutcome.Passed, "completed session " + completion.SessionId + " on " + Texts.Format(completion.RecordedOn));
                }

                return;
            }

            if (latest is null || completion.RecordedOn >= latest.RecordedOn)
            {
                latest = completion;
            }
        }

        if (substituted is not null)
        {
            state.UseSubstitute(substitute);
            state.CompletedOn = substituted.RecordedOn;
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.Passed, "completed session " + substituted.SessionId + " on " + Texts.Format(substituted.RecordedOn) + ", accepted for the course by exception " + state.Exceptions[substitute].Reference);
            }

            return;
        }

        state.Raise(ref sink, CourseNotCompleted, Id, (state.Course.Id, latest), static a => [("CourseId", a.Id), ("Status", a.latest?.Status.ToString() ?? "no record")]);
        if (sink.Explains)
        {
            var status = latest?.Status.ToString() ?? "no record";
            LocalDate? deadline = latest is { Status: CompletionStatus.InProgress } ? state.Plan.Catalog.GetSessionOrNull(latest.SessionId)?.Dates.End : null;
            sink.Step(new NextStep(NextStepCode.CompleteCourse, "Complete " + state.Course.Title + ".", deadline: deadline ?? state.RouteDeadline));
            sink.Trace(Id, RuleOutcome.Failed, "latest status " + status);
        }
    }
}
