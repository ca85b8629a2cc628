using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>The learner joined the identity-verified track of a session of the course no later than its deadline.</summary>
internal sealed class VerifiedTrackRule : IRule
{
    public string Id => "learner.verified-track";

    public void Apply(EvaluationContext context)
    {
        var sessions = context.Catalog.GetSessions(context.Course.Id).ToArray();
        CourseEnrollment? late = null;
        CourseSession? lateSession = null;
        foreach (var enrollment in context.Learner.CourseEnrollments)
        {
            var session = Array.Find(sessions, s => string.Equals(s.Id, enrollment.SessionId, StringComparison.Ordinal));
            if (session is null || enrollment.Track != EnrollmentTrack.Verified || context.DateOf(enrollment.JoinedAt) > context.AsOf)
            {
                continue;
            }

            if (enrollment.JoinedAt <= session.VerifiedTrackDeadline)
            {
                context.Record(Id, RuleOutcome.Passed, "verified track of " + session.Id + " joined " + context.FormatInstant(enrollment.JoinedAt) + ", deadline " + context.FormatInstant(session.VerifiedTrackDeadline));
                return;
            }

            late ??= enrollment;
            lateSession ??= session;
        }

        // A later session still open to joining makes this obtainable; otherwise it is final.
        var open = sessions.FirstOrDefault(s => context.DateOf(s.VerifiedTrackDeadline) >= context.AsOf);
        if (open is not null)
        {
            var deadline = context.DateOf(open.VerifiedTrackDeadline);
            context.Add(ReasonCode.NotOnVerifiedTrack, ReasonSeverity.Outstanding, Id, ("CourseId", context.Course.Id), ("Deadline", context.FormatInstant(open.VerifiedTrackDeadline)));
            context.Step(new NextStep(
                NextStepCode.JoinVerifiedTrack,
                "Join the verified track of session " + open.Id + " by " + context.FormatInstant(open.VerifiedTrackDeadline) + ".",
                deadline: deadline,
                cost: context.FeeAmount(FeeKind.VerifiedTrack)));
            context.Record(Id, RuleOutcome.Failed, "not on the verified track; session " + open.Id + " is open until " + EvaluationContext.Format(deadline));
            return;
        }

        if (late is not null && lateSession is not null)
        {
            context.Add(ReasonCode.VerifiedTrackJoinedLate, Id, ("SessionId", lateSession.Id), ("JoinedAt", context.FormatInstant(late.JoinedAt)), ("Deadline", context.FormatInstant(lateSession.VerifiedTrackDeadline)));
            context.Record(Id, RuleOutcome.Failed, "joined late and no session is open");
            return;
        }

        var last = sessions.Length == 0 ? "(no session)" : context.FormatInstant(sessions.Max(s => s.VerifiedTrackDeadline));
        context.Add(ReasonCode.VerifiedTrackClosed, Id, ("CourseId", context.Course.Id), ("Deadline", last));
        context.Record(Id, RuleOutcome.Failed, "not on the verified track and no session is open");
    }
}
