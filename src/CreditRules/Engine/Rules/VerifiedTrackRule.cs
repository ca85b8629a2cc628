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
        var late = -1;
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
                    TraceOnTime(in state, enrollments[i], ref sink);
                }

                return;
            }

            if (late < 0)
            {
                late = i;
            }
        }

        if (substituted is not null)
        {
            state.UseSubstitute(substitute);
            if (sink.Explains)
            {
                TraceSubstituted(ref state, ref sink, substituted, substitute);
            }

            return;
        }

        // A later session still open to joining makes this obtainable (resolved once with the claim's route); otherwise it
        // is final. The raisers are out of line: this method's frame holds no argument tuple.
        if (state.OpenSession is { } open)
        {
            RaiseNotOnTrack(ref state, ref sink, open);
            return;
        }

        if (late >= 0)
        {
            RaiseJoinedLate(ref state, ref sink, late);
            return;
        }

        RaiseClosed(ref state, ref sink);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void TraceSubstituted<TSink>(ref ClaimState state, ref TSink sink, CourseEnrollment substituted, int substitute)
        where TSink : struct, IReasonSink
    {
        sink.Trace(Id, RuleOutcome.Passed, (substituted.SessionId, JoinedAt: state.FormatInstantLazy(substituted.JoinedAt), state.Exceptions[substitute].Reference), static a => "verified track of " + a.SessionId + " joined " + a.JoinedAt.Text + Texts.AcceptedByException(a.Reference));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseNotOnTrack<TSink>(ref ClaimState state, ref TSink sink, CourseSession open)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, NotOnVerifiedTrack, ReasonSeverity.Outstanding, Id, null, (state.Course.Id, Deadline: state.FormatInstantLazy(open.VerifiedTrackDeadline)), static a => [("CourseId", a.Id), ("Deadline", a.Deadline.Text)]);
        if (sink.Explains)
        {
            var deadline = state.DateOf(open.VerifiedTrackDeadline);
            sink.Step(NextStep.Deferred(
                NextStepCode.JoinVerifiedTrack,
                DeferredValue<string>.Of((open.Id, Deadline: state.FormatInstantLazy(open.VerifiedTrackDeadline)), static a => "Join the verified track of session " + a.Id + " by " + a.Deadline.Text + "."),
                deadline: deadline,
                cost: state.FeeAmount(FeeKind.VerifiedTrack)));
            sink.Trace(Id, RuleOutcome.Failed, (open.Id, deadline), static a => "not on the verified track; session " + a.Id + " is open until " + Texts.Format(a.deadline));
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseJoinedLate<TSink>(ref ClaimState state, ref TSink sink, int late)
        where TSink : struct, IReasonSink
    {
        // The late enrolment and its session (one of the course's: its course index says so) are read only to explain.
        state.Raise(ref sink, VerifiedTrackJoinedLate, Id, (state.Facts.Enrollments[late], state.Route.Sessions, state.Zone), static a => JoinedLate(a.Item1, a.Sessions, a.Zone));
        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Failed, "joined late and no session is open");
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseClosed<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, VerifiedTrackClosed, Id, (state.Course.Id, sessions: state.Route.Sessions, state.Zone), static a => [("CourseId", a.Id), ("Deadline", a.sessions.Length == 0 ? "(no session)" : Texts.Format(a.sessions.Max(s => s.VerifiedTrackDeadline), a.Zone))]);
        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Failed, "not on the verified track and no session is open");
        }
    }

    /// <summary>The arguments of VerifiedTrackJoinedLate: the late enrolment's session, when it was joined and the session's deadline.</summary>
    private static ReasonArg[] JoinedLate(CourseEnrollment late, CourseSession[] sessions, NodaTime.DateTimeZone zone)
    {
        var session = Find(sessions, late.SessionId)!;
        return [("SessionId", session.Id), ("JoinedAt", Texts.Format(late.JoinedAt, zone)), ("Deadline", Texts.Format(session.VerifiedTrackDeadline, zone))];
    }

    /// <summary>Traces an enrolment joined in time (explained path only).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void TraceOnTime<TSink>(in ClaimState state, CourseEnrollment enrollment, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        var session = Find(state.Route.Sessions, enrollment.SessionId)!;
        sink.Trace(Id, RuleOutcome.Passed, (session.Id, JoinedAt: state.FormatInstantLazy(enrollment.JoinedAt), Deadline: state.FormatInstantLazy(session.VerifiedTrackDeadline)), static a => "verified track of " + a.Id + " joined " + a.JoinedAt.Text + ", deadline " + a.Deadline.Text);
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
}
