using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>No override of the program refuses the credit; restricting overrides are collected for the level, score and credit rules.</summary>
internal sealed class ProgramOverrideRule : IRule
{
    public string Id => "program.override";

    public void Apply(EvaluationContext context)
    {
        var evaluatorId = context.Recommendation?.EvaluatorId;
        if (evaluatorId is null)
        {
            context.Record(Id, RuleOutcome.Skipped, "no recommendation");
            return;
        }

        var applying = 0;
        foreach (var programOverride in context.Program.Overrides)
        {
            if (!programOverride.AppliesFor(context.SelectionDate, evaluatorId))
            {
                continue;
            }

            applying++;
            if (programOverride.Kind == OverrideKind.Refuse)
            {
                context.Add(ReasonCode.ProgramRefusesCredit, Id + ":" + programOverride.Id, ("ProgramId", context.Program.Id), ("Description", programOverride.Description));
                context.Record(Id, RuleOutcome.Failed, "refused by " + programOverride.Id);
                return;
            }

            context.Restrictions.Add(programOverride);
        }

        context.Record(Id, applying == 0 ? RuleOutcome.NotApplicable : RuleOutcome.Passed, EvaluationContext.Format(applying) + " override(s) apply for enrolment on " + EvaluationContext.Format(context.SelectionDate));
    }
}
