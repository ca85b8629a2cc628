using System.Runtime.CompilerServices;
using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>The learner joined the identity-verified track of a session of the course no later than its deadline.</summary>
internal readonly struct VerifiedTrackRule : IBuiltInClaimRule
{
    public const string Id = "learner.verified-track";

    private const string Summary = "The learner joined the identity-verified track of a session of the course no later than its deadline.";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleCode NotOnVerifiedTrack = Codes.Add(ReasonCode.NotOnVerifiedTrack, new Cure(SmallestChangeKind.JoinVerifiedTrack, NextStepCode.JoinVerifiedTrack));
    private static readonly RuleCode VerifiedTrackJoinedLate = Codes.Add(ReasonCode.VerifiedTrackJoinedLate, Cure.NotWithinReach);
    private static readonly RuleCode VerifiedTrackClosed = Codes.Add(ReasonCode.VerifiedTrackClosed, Cure.NotWithinReach);

    public static void Decide<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        var sessions = state.Route.Sessions;
        CourseEnrollment? late = null;
        CourseSession? lateSession = null;
        var enrollments = state.Facts.Enrollments;
        var facts = state.Facts.EnrollmentFacts;
        var substitute = -1;
        CourseEnrollment? substituted = null;
        for (var i = 0; i < facts.Length; i++)
        {
            ref readonly var fact = ref facts[i];
            if (!fact.Verified || state.IsAfterAsOf(fact.JoinedAt))
            {
                continue;
            }

            if (fact.Course != state.CourseIndex)
            {
                // Another course's enrolment counts only through a substitute-course exception, joined by its own session's deadline, and only when the learner's own do not.
                if (substituted is null && fact.OnTime && state.SubstituteFor(fact.Course) is var e and >= 0)
                {
                    substituted = enrollments[i];
                    substitute = e;
                }

                continue;
            }

            // The enrolment's session is one of the course's (its course index says so); read only to explain.
            if (fact.OnTime)
            {
                if (sink.Explains)
                {
                    ExplainOnTime(ref state, ref sink, sessions, enrollments[i]);
                }

                return;
            }

            if (late is null)
            {
                late = enrollments[i];
                lateSession = Find(sessions, late.SessionId);
            }
        }

        if (substituted is not null)
        {
            state.UseSubstitute(substitute);
            if (sink.Explains)
            {
                ExplainSubstituted(ref state, ref sink, substituted, substitute);
            }

            return;
        }

        // A later session still open to joining makes this obtainable; otherwise it is final.
        CourseSession? open = null;
        foreach (var session in sessions)
        {
            if (!state.IsBeforeAsOf(session.VerifiedTrackDeadline))
            {
                open = session;
                break;
            }
        }

        if (open is not null)
        {
            RaiseNotOnVerifiedTrack(ref state, ref sink, open);

            return;
        }

        if (late is not null && lateSession is not null)
        {
            RaiseJoinedLate(ref state, ref sink, late, lateSession);

            return;
        }

        RaiseClosed(ref state, ref sink, sessions);
    }

    private static CourseSession? Find(CourseSession[] sessions, string id)
    {
        foreach (var session in sessions)
        {
            if (string.Equals(session.Id, id, StringComparison.Ordinal))
            {
                return session;
            }
        }

        return null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainOnTime<TSink>(ref ClaimState state, ref TSink sink, CourseSession[] sessions, CourseEnrollment enrollment)
        where TSink : struct, IReasonSink
    {
        var session = Find(sessions, enrollment.SessionId)!;
        sink.Trace(Id, RuleOutcome.Passed, "verified track of " + session.Id + " joined " + state.FormatInstant(enrollment.JoinedAt) + ", deadline " + state.FormatInstant(session.VerifiedTrackDeadline));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainSubstituted<TSink>(ref ClaimState state, ref TSink sink, CourseEnrollment substituted, int substitute)
        where TSink : struct, IReasonSink
    {
        sink.Trace(Id, RuleOutcome.Passed, "verified track of " + substituted.SessionId + " joined " + state.FormatInstant(substituted.JoinedAt) + ", accepted for the course by exception " + state.Exceptions[substitute].Reference);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseNotOnVerifiedTrack<TSink>(ref ClaimState state, ref TSink sink, CourseSession open)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, NotOnVerifiedTrack, ReasonSeverity.Outstanding, Id, null, (state.Course.Id, Deadline: state.FormatInstantLazy(open.VerifiedTrackDeadline)), static a => [("CourseId", a.Id), ("Deadline", a.Deadline.Text)]);
        if (sink.Explains)
        {
            ExplainNotOnVerifiedTrack(ref state, ref sink, open);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainNotOnVerifiedTrack<TSink>(ref ClaimState state, ref TSink sink, CourseSession open)
        where TSink : struct, IReasonSink
    {
        var deadline = state.DateOf(open.VerifiedTrackDeadline);
        sink.Step(new NextStep(
            NextStepCode.JoinVerifiedTrack,
            "Join the verified track of session " + open.Id + " by " + state.FormatInstant(open.VerifiedTrackDeadline) + ".",
            deadline: deadline,
            cost: state.FeeAmount(FeeKind.VerifiedTrack)));
        sink.Trace(Id, RuleOutcome.Failed, "not on the verified track; session " + open.Id + " is open until " + Texts.Format(deadline));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseJoinedLate<TSink>(ref ClaimState state, ref TSink sink, CourseEnrollment late, CourseSession lateSession)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, VerifiedTrackJoinedLate, Id, (lateSession.Id, JoinedAt: state.FormatInstantLazy(late.JoinedAt), Deadline: state.FormatInstantLazy(lateSession.VerifiedTrackDeadline)), static a => [("SessionId", a.Id), ("JoinedAt", a.JoinedAt.Text), ("Deadline", a.Deadline.Text)]);
        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Failed, "joined late and no session is open");
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseClosed<TSink>(ref ClaimState state, ref TSink sink, CourseSession[] sessions)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, VerifiedTrackClosed, Id, (state.Course.Id, sessions, state.Zone), static a => [("CourseId", a.Id), ("Deadline", a.sessions.Length == 0 ? "(no session)" : Texts.Format(a.sessions.Max(s => s.VerifiedTrackDeadline), a.Zone))]);
        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Failed, "not on the verified track and no session is open");
        }
    }
}
