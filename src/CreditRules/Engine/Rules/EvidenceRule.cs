using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>The learner holds the evidence the institution requires (e.g. an official, verified ACE transcript), issued by the as-of date.</summary>
internal sealed class EvidenceRule : IRule
{
    public string Id => "learner.evidence";

    public void Apply(EvaluationContext context)
    {
        var requirement = context.Policy?.Evidence;
        if (requirement is null)
        {
            context.Record(Id, RuleOutcome.NotApplicable, "no evidence required");
            return;
        }

        foreach (var document in context.Learner.Evidence)
        {
            if (document.IssuedOn <= context.AsOf
                && (document.CourseId is null || string.Equals(document.CourseId, context.Course.Id, StringComparison.Ordinal))
                && requirement.IsSatisfiedBy(document))
            {
                context.Record(Id, RuleOutcome.Passed, document.Kind + " issued " + EvaluationContext.Format(document.IssuedOn));
                return;
            }
        }

        var required = Describe(requirement);
        context.Add(ReasonCode.EvidenceMissing, Id, ("Required", required));
        context.Step(new NextStep(NextStepCode.SubmitEvidence, "Have " + required + " sent to " + context.Institution.Name + "."));
        context.Record(Id, RuleOutcome.Failed, "missing " + required);
    }

    internal static string Describe(EvidenceRequirement requirement)
    {
        var phrase = (requirement.RequireOfficial ? "official" : string.Empty) + (requirement.RequireOfficial && requirement.RequireVerified ? ", " : string.Empty)
            + (requirement.RequireVerified ? "verified" : string.Empty) + ((requirement.RequireOfficial || requirement.RequireVerified) ? " " : string.Empty)
            + string.Join(" or ", requirement.AcceptedKinds);
        // "a verified …", "a ProviderTranscript", but "an official …", "an AceTranscriptCredly".
        return ("AEIOUaeiou".Contains(phrase[0], StringComparison.Ordinal) ? "an " : "a ") + phrase;
    }
}
