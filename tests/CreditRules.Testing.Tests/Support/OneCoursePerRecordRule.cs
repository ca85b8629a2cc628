namespace CreditRules.Testing.Tests.Support;

/// <summary>A host record rule for the host-rule fixtures (tests/scenarios/host): at most one course with credit per record; later ones, in course id order, are refused.</summary>
public sealed class OneCoursePerRecordRule : IRecordRule
{
    public static readonly ReasonCode OneCoursePerRecord = ReasonCode.Custom(
        "HostOneCoursePerRecord", "host", ReasonSeverity.Blocking, "Only one course with credit counts per record; {CourseId} is refused, {Kept} is kept.");

    public string Id => "host.one-course-per-record";

    public void Apply(RecordRuleContext context)
    {
        var withCredit = context.Claims.Where(c => c.Outcome == DecisionOutcome.Eligible && !c.CreditsGranted.IsZero).ToArray();
        foreach (var later in withCredit.Skip(1))
        {
            context.AddReason(later.CourseId, OneCoursePerRecord, new KeyValuePair<string, string>("CourseId", later.CourseId), new KeyValuePair<string, string>("Kept", withCredit[0].CourseId));
        }

        context.SetNote(withCredit.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " course(s) with credit");
    }
}
