using System.Runtime.CompilerServices;
using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>The learner holds the evidence the institution requires (e.g. an official, verified ACE transcript), issued by the as-of date.</summary>
internal readonly struct EvidenceRule : IBuiltInClaimRule
{
    public const string Id = "learner.evidence";

    private const string Summary = "The learner holds the evidence the institution requires (e.g. an official, verified ACE transcript), issued by the as-of date.";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleCode EvidenceMissing = Codes.Add(ReasonCode.EvidenceMissing, new Cure(SmallestChangeKind.SubmitEvidence, NextStepCode.SubmitEvidence));

    public static void Decide<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        var requirement = state.Policy?.Evidence;
        if (requirement is null)
        {
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.NotApplicable, "no evidence required");
            }

            return;
        }

        var evidence = state.Facts.Evidence;
        var facts = state.Facts.EvidenceFacts;
        var substitute = -1;
        EvidenceDocument? substituted = null;
        for (var i = 0; i < facts.Length; i++)
        {
            ref readonly var document = ref facts[i];
            if (document.IssuedOn > state.AsOf || !requirement.IsSatisfiedBy(document.Kind, document.IsOfficial, document.IsVerified))
            {
                continue;
            }

            if (document.Course == -1 || document.Course == state.CourseIndex)
            {
                if (sink.Explains)
                {
                    ExplainFound(ref sink, document.Kind, document.IssuedOn);
                }

                return;
            }

            // Another course's document counts only through a substitute-course exception, and only when the learner's own do not.
            if (substituted is null && state.SubstituteFor(document.Course) is var e and >= 0)
            {
                substituted = evidence[i];
                substitute = e;
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

        RaiseMissing(ref state, ref sink, requirement);
    }

    internal static string Describe(EvidenceRequirement requirement)
    {
        var phrase = (requirement.RequireOfficial ? "official" : string.Empty) + (requirement.RequireOfficial && requirement.RequireVerified ? ", " : string.Empty)
            + (requirement.RequireVerified ? "verified" : string.Empty) + ((requirement.RequireOfficial || requirement.RequireVerified) ? " " : string.Empty)
            + string.Join(" or ", requirement.AcceptedKinds);
        // "a verified …", "a ProviderTranscript", but "an official …", "an AceTranscriptCredly".
        return ("AEIOUaeiou".Contains(phrase[0], StringComparison.Ordinal) ? "an " : "a ") + phrase;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainFound<TSink>(ref TSink sink, EvidenceKind kind, NodaTime.LocalDate issuedOn)
        where TSink : struct, IReasonSink
    {
        sink.Trace(Id, RuleOutcome.Passed, (kind, issuedOn), static a => a.kind + " issued " + Texts.Format(a.issuedOn));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainSubstituted<TSink>(ref ClaimState state, ref TSink sink, EvidenceDocument substituted, int substitute)
        where TSink : struct, IReasonSink
    {
        sink.Trace(Id, RuleOutcome.Passed, (substituted, state.Exceptions[substitute].Reference), static a => a.substituted.Kind + " issued " + Texts.Format(a.substituted.IssuedOn) + " for " + a.substituted.CourseId + Texts.AcceptedByException(a.Reference));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseMissing<TSink>(ref ClaimState state, ref TSink sink, EvidenceRequirement requirement)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, EvidenceMissing, Id, (requirement, scope: SettingScopes.Of(state.Program.Program, PolicySetting.Evidence), policyId: state.PolicyVersion, programId: state.Program.Program.Id), static a => [SettingScopes.Arg("Scope", a.scope, a.policyId, a.programId), ("Required", Describe(a.requirement))]);
        if (sink.Explains)
        {
            var required = Describe(requirement);
            sink.Step(NextStep.Deferred(NextStepCode.SubmitEvidence, DeferredValue<string>.Of((required, state.Institution.Institution.Name), static a => "Have " + a.required + " sent to " + a.Name + ".")));
            sink.Trace(Id, RuleOutcome.Failed, required, static r => "missing " + r);
        }
    }
}
