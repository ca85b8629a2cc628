using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// The credit is recent enough: the qualifying date plus the maximum age (calendar arithmetic) is on or after the anchor
/// date (the as-of date, or the learner's program enrolment date).
/// </summary>
internal sealed class RecencyRule : IRule
{
    public string Id => "institution.recency";

    public void Apply(EvaluationContext context)
    {
        var recency = context.Policy?.Recency;
        if (recency is null)
        {
            context.Record(Id, RuleOutcome.NotApplicable, "no recency window");
            return;
        }

        if (context.QualifyingDate is not { } qualifyingDate)
        {
            context.Record(Id, RuleOutcome.Skipped, "no qualifying date yet");
            return;
        }

        var anchorDate = recency.Anchor == RecencyAnchor.ProgramEnrollmentDate && context.ProgramEnrollment is { } enrollment
            ? enrollment.EnrolledOn
            : context.AsOf;
        var anchorName = recency.Anchor == RecencyAnchor.ProgramEnrollmentDate && context.ProgramEnrollment is not null ? "program enrolment date" : "as-of date";
        var last = recency.LastRecentDate(qualifyingDate);
        if (anchorDate > last)
        {
            context.Add(
                ReasonCode.RecencyExpired,
                Id,
                ("QualifyingDate", EvaluationContext.Format(qualifyingDate)),
                ("LastDate", EvaluationContext.Format(last)),
                ("MaxAge", recency.MaxAge.ToString()),
                ("Anchor", anchorName),
                ("AnchorDate", EvaluationContext.Format(anchorDate)));
            context.Record(Id, RuleOutcome.Failed, "expired after " + EvaluationContext.Format(last));
            return;
        }

        context.Record(Id, RuleOutcome.Passed, "recent until " + EvaluationContext.Format(last) + " (" + anchorName + " " + EvaluationContext.Format(anchorDate) + ")");
    }
}
