using CreditRules.Domain;
using NodaTime;

namespace CreditRules.Engine.Rules;

/// <summary>The learner completed a session of the course.</summary>
internal sealed class CompletionRule : IRule
{
    public string Id => "learner.completion";

    public void Apply(EvaluationContext context)
    {
        CourseCompletion? latest = null;
        foreach (var completion in context.Learner.Completions)
        {
            var session = context.Catalog.GetSessionOrNull(completion.SessionId);
            if (session is null || !string.Equals(session.CourseId, context.Course.Id, StringComparison.Ordinal) || completion.RecordedOn > context.AsOf)
            {
                continue;
            }

            if (completion.Status == CompletionStatus.Completed)
            {
                context.Record(Id, RuleOutcome.Passed, "completed session " + completion.SessionId + " on " + EvaluationContext.Format(completion.RecordedOn));
                return;
            }

            if (latest is null || completion.RecordedOn >= latest.RecordedOn)
            {
                latest = completion;
            }
        }

        var status = latest?.Status.ToString() ?? "no record";
        context.Add(ReasonCode.CourseNotCompleted, Id, ("CourseId", context.Course.Id), ("Status", status));
        LocalDate? deadline = latest is { Status: CompletionStatus.InProgress } ? context.Catalog.GetSessionOrNull(latest.SessionId)?.Dates.End : null;
        context.Step(new NextStep(NextStepCode.CompleteCourse, "Complete " + context.Course.Title + ".", deadline: deadline ?? context.RouteDeadline));
        context.Record(Id, RuleOutcome.Failed, "latest status " + status);
    }
}
