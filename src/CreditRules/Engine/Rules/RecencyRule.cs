using System.Runtime.CompilerServices;
using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// The credit is recent enough: the window's start date (the qualifying date, or the course completion date) plus the
/// maximum age (calendar arithmetic) is on or after the anchor date (the as-of date, or the learner's program enrolment
/// date). A window limited to subjects applies only when a line of the recommendation version that the policy's levels accept
/// names one of them.
/// </summary>
internal readonly struct RecencyRule : IBuiltInClaimRule
{
    public const string Id = "institution.recency";

    private const string Summary = "The credit is recent enough: the window's start date (the qualifying date, or the course completion date) plus the maximum age (calendar arithmetic) is on or after the anchor date (the as-of date, or the learner's program enrolment date). A window limited to subjects applies only when a line of the recommendation version that the policy's levels accept names one of them.";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures, Branches = Branches };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleBranch Within = new("recency.within", "recent, with days to spare before the last recent day");
    private static readonly RuleBranch LastDay = new("recency.last-day", "the recency anchor date is exactly the last recent day");
    private static readonly RuleBranch FirstExpiredDay = new("recency.first-expired-day", "the recency anchor date is the day after the last recent day");
    private static readonly RuleBranch Expired = new("recency.expired", "the recency anchor date is later than the day after the last recent day");
    private static readonly RuleBranch LeapDay = new("recency.leap-day", "the recency window contains 29 February");
    private static readonly RuleBranch AnchorEnrolment = new("recency.anchor-enrolment", "recency measured to the program enrolment date");

    private static readonly RuleBranch SubjectOutside = new("recency.subject-outside", "the window names subjects and the recommendation has none of them: it never expires");
    private static readonly RuleBranch StartCompletion = new("recency.start-completion", "recency measured from the course completion date");

    /// <summary>The date branches this rule distinguishes (raised where it decides them), for test kits' coverage.</summary>
    private static readonly RuleBranch[] Branches = [Within, LastDay, FirstExpiredDay, Expired, LeapDay, AnchorEnrolment, SubjectOutside, StartCompletion];

    private static readonly RuleCode RecencyExpired = Codes.Add(ReasonCode.RecencyExpired, Cure.NotWithinReach);
    private static readonly RuleCode SubjectRecencyExpired = Codes.Add(ReasonCode.SubjectRecencyExpired, Cure.NotWithinReach);

    /// <summary>
    /// Compiled once per version and policy: whether the window applies (it names no subject, or one on a line the
    /// policy's levels accept: <paramref name="chosen"/>, null for every line) and the subjects it applies for.
    /// </summary>
    public static (bool Applies, string Subjects) Compile(RecommendationVersion version, RecencyWindow? window, CreditLevel?[]? chosen)
    {
        if (window is null || window.Subjects.Count == 0)
        {
            return (window is not null, "every subject");
        }

        var matched = new List<string>();
        for (var i = 0; i < version.Lines.Count; i++)
        {
            if (chosen is not null && chosen[i] is null)
            {
                // A line the policy's levels refuse grants nothing, so its subject puts no credit under the window.
                continue;
            }

            foreach (var subject in version.Lines[i].Subjects)
            {
                if (window.Covers(subject.Code) && !matched.Contains(subject.Code, StringComparer.Ordinal))
                {
                    matched.Add(subject.Code);
                }
            }
        }

        return (matched.Count > 0, string.Join(", ", matched));
    }

    public static void Decide<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        var recency = state.Policy?.Recency;
        if (recency is null)
        {
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.NotApplicable, "no recency window");
            }

            return;
        }

        if (state.QualifyingDate is not { } qualifyingDate)
        {
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.Skipped, "no qualifying date yet");
            }

            return;
        }

        // A window limited to subjects: the version selected by the qualifying date names none of them, so it never expires here.
        var version = state.Version;
        if (recency.Subjects.Count > 0 && (version is null || !version.RecencyApplies))
        {
            if (sink.Explains)
            {
                ExplainSubjectOutside(ref sink, recency);
            }

            return;
        }

        var fromCompletion = recency.Start == RecencyStart.CourseCompletion;
        if (fromCompletion && state.CompletedOn is null)
        {
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.Skipped, "no course completion date");
            }

            return;
        }

        var start = fromCompletion ? state.CompletedOn!.Value : qualifyingDate;
        var fromEnrollment = recency.Anchor == RecencyAnchor.ProgramEnrollmentDate && state.Enrollment is not null;
        var anchorDate = fromEnrollment ? state.Enrollment!.EnrolledOn : state.AsOf;
        var last = recency.LastRecentDate(start);
        var anchorName = fromEnrollment ? "program enrolment date" : "as-of date";
        if (sink.Explains)
        {
            ExplainWindow(ref sink, recency, version, qualifyingDate, anchorDate, fromEnrollment, fromCompletion, start, last);
        }

        if (anchorDate > last && (recency.Subjects.Count > 0 || fromCompletion))
        {
            RaiseSubjectExpired(ref state, ref sink, recency, version, anchorName, anchorDate, start, last);

            return;
        }

        if (anchorDate > last)
        {
            RaiseExpired(ref state, ref sink, recency, anchorName, anchorDate, qualifyingDate, last);

            return;
        }

        if (sink.Explains)
        {
            ExplainRecent(ref sink, anchorName, anchorDate, last);
        }
    }

    /// <summary>Names the date branches of one comparison: where the anchor date falls against the last recent day, whether
    /// the window (start date to last recent day, both included) holds 29 February, and the anchor.</summary>
    private static void Classify<TSink>(NodaTime.LocalDate qualifyingDate, NodaTime.LocalDate last, NodaTime.LocalDate anchorDate, bool fromEnrollment, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        if (fromEnrollment)
        {
            sink.Branch(AnchorEnrolment);
        }

        sink.Branch(anchorDate < last ? Within : anchorDate == last ? LastDay : anchorDate == last.PlusDays(1) ? FirstExpiredDay : Expired);
        for (var year = qualifyingDate.Year; year <= last.Year; year++)
        {
            if (NodaTime.CalendarSystem.Iso.IsLeapYear(year) && new NodaTime.LocalDate(year, 2, 29) is var leap && leap >= qualifyingDate && leap <= last)
            {
                sink.Branch(LeapDay);
                return;
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainSubjectOutside<TSink>(ref TSink sink, RecencyWindow recency)
        where TSink : struct, IReasonSink
    {
        sink.Branch(SubjectOutside);
        sink.Trace(Id, RuleOutcome.NotApplicable, recency.Subjects, static s => "window limited to " + string.Join(", ", s) + "; the recommendation names none of them");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainWindow<TSink>(ref TSink sink, RecencyWindow recency, VersionPlan? version, NodaTime.LocalDate qualifyingDate, NodaTime.LocalDate anchorDate, bool fromEnrollment, bool fromCompletion, NodaTime.LocalDate start, NodaTime.LocalDate last)
        where TSink : struct, IReasonSink
    {
        sink.Recency(new RecencyCheck(recency, qualifyingDate, anchorDate, fromEnrollment, start, version?.RecencySubjects ?? "every subject"));
        if (fromCompletion)
        {
            sink.Branch(StartCompletion);
        }

        Classify(start, last, anchorDate, fromEnrollment, ref sink);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseSubjectExpired<TSink>(ref ClaimState state, ref TSink sink, RecencyWindow recency, VersionPlan? version, string anchorName, NodaTime.LocalDate anchorDate, NodaTime.LocalDate start, NodaTime.LocalDate last)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, SubjectRecencyExpired, Id, (start, last, recency, anchorName, anchorDate, subjects: version?.RecencySubjects ?? "every subject"), static a =>
        [
            ("Subject", a.subjects),
            ("MaxAge", a.recency.MaxAge.ToString()),
            ("Start", a.recency.Start == RecencyStart.CourseCompletion ? "course completion" : "qualifying date"),
            ReasonArg.Of("StartDate", a.start),
            ReasonArg.Of("LastDate", a.last),
            ("Anchor", a.anchorName),
            ReasonArg.Of("AnchorDate", a.anchorDate),
        ]);
        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Failed, last, static d => "expired after " + Texts.Format(d));
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseExpired<TSink>(ref ClaimState state, ref TSink sink, RecencyWindow recency, string anchorName, NodaTime.LocalDate anchorDate, NodaTime.LocalDate qualifyingDate, NodaTime.LocalDate last)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, RecencyExpired, Id, (qualifyingDate, last, recency, anchorName, anchorDate), static a => [ReasonArg.Of("QualifyingDate", a.qualifyingDate), ReasonArg.Of("LastDate", a.last), ("MaxAge", a.recency.MaxAge.ToString()), ("Anchor", a.anchorName), ReasonArg.Of("AnchorDate", a.anchorDate)]);
        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Failed, last, static d => "expired after " + Texts.Format(d));
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainRecent<TSink>(ref TSink sink, string anchorName, NodaTime.LocalDate anchorDate, NodaTime.LocalDate last)
        where TSink : struct, IReasonSink
    {
        sink.Trace(Id, RuleOutcome.Passed, (last, anchorName, anchorDate), static a => "recent until " + Texts.Format(a.last) + " (" + a.anchorName + " " + Texts.Format(a.anchorDate) + ")");
    }
}
