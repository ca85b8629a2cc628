using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// The credit is recent enough: the qualifying date plus the maximum age (calendar arithmetic) is on or after the anchor
/// date (the as-of date, or the learner's program enrolment date).
/// </summary>
internal readonly struct RecencyRule : IBuiltInClaimRule
{
    public const string Id = "institution.recency";

    private const string Summary = "The credit is recent enough: the qualifying date plus the maximum age (calendar arithmetic) is on or after the anchor date (the as-of date, or the learner's program enrolment date).";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures, Branches = Branches };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleBranch Within = new("recency.within", "recent, with days to spare before the last recent day");
    private static readonly RuleBranch LastDay = new("recency.last-day", "the recency anchor date is exactly the last recent day");
    private static readonly RuleBranch FirstExpiredDay = new("recency.first-expired-day", "the recency anchor date is the day after the last recent day");
    private static readonly RuleBranch Expired = new("recency.expired", "the recency anchor date is later than the day after the last recent day");
    private static readonly RuleBranch LeapDay = new("recency.leap-day", "the recency window contains 29 February");
    private static readonly RuleBranch AnchorEnrolment = new("recency.anchor-enrolment", "recency measured to the program enrolment date");

    /// <summary>The date branches this rule distinguishes (raised where it decides them), for test kits' coverage.</summary>
    private static readonly RuleBranch[] Branches = [Within, LastDay, FirstExpiredDay, Expired, LeapDay, AnchorEnrolment];

    private static readonly RuleCode RecencyExpired = Codes.Add(ReasonCode.RecencyExpired, Cure.NotWithinReach);

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

        var fromEnrollment = recency.Anchor == RecencyAnchor.ProgramEnrollmentDate && state.Enrollment is not null;
        var anchorDate = fromEnrollment ? state.Enrollment!.EnrolledOn : state.AsOf;
        var last = recency.LastRecentDate(qualifyingDate);
        var anchorName = fromEnrollment ? "program enrolment date" : "as-of date";
        if (sink.Explains)
        {
            sink.Recency(new RecencyCheck(recency, qualifyingDate, anchorDate, fromEnrollment));
            Classify(qualifyingDate, last, anchorDate, fromEnrollment, ref sink);
        }

        if (anchorDate > last)
        {
            state.Raise(ref sink, RecencyExpired, Id, (qualifyingDate, last, recency, anchorName, anchorDate), static a => [ReasonArg.Of("QualifyingDate", a.qualifyingDate), ReasonArg.Of("LastDate", a.last), ("MaxAge", a.recency.MaxAge.ToString()), ("Anchor", a.anchorName), ReasonArg.Of("AnchorDate", a.anchorDate)]);
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.Failed, "expired after " + Texts.Format(last));
            }

            return;
        }

        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Passed, "recent until " + Texts.Format(last) + " (" + anchorName + " " + Texts.Format(anchorDate) + ")");
        }
    }

    /// <summary>Names the date branches of one comparison: where the anchor date falls against the last recent day, whether
    /// the window (qualifying date to last recent day, both included) holds 29 February, and the anchor.</summary>
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
}
