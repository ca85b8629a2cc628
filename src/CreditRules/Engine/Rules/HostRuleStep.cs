namespace CreditRules.Engine.Rules;

/// <summary>
/// A rule defined by the host (<see cref="IEligibilityRule"/>), run as a step of the same pipeline after the built-in
/// rules: its reasons are raised through <see cref="ClaimState.Raise{TSink}(ref TSink, Reason)"/> like built-in ones.
/// Host rules read the reasons so far, so they run on the explained path only (<see cref="RulePlan.OutcomeOnlyCapable"/>).
/// </summary>
internal sealed class HostRuleStep(IEligibilityRule rule)
{
    public IEligibilityRule Rule { get; } = rule;

    public void Decide<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        if (sink is not ExplainSink explain)
        {
            throw new InvalidOperationException("Host rule '" + Rule.Id + "' needs the explained path.");
        }

        var explanation = explain.Explanation;
        var context = new RuleContext(Rule.Id, explanation.Request!, state.Course, state.Institution.Institution, state.Program.Program, state.Policy, state.Enrollment, state.QualifyingDate, explanation.Reasons);
        try
        {
            Rule.Apply(context);
        }
        catch (Exception exception)
        {
            // A host rule's bug must name the rule and the claim, not surface as a bare NullReferenceException from inside the engine.
            throw new InvalidOperationException(
                "Host rule '" + Rule.Id + "' threw " + exception.GetType().Name + " deciding learner '" + state.Learner.LearnerId
                + "', course '" + state.Course.Id + "' at '" + state.Institution.Institution.Id + "/" + state.Program.Program.Id + "': " + exception.Message,
                exception);
        }

        foreach (var reason in context.Added)
        {
            state.Raise(ref sink, reason);
        }

        foreach (var step in context.Steps)
        {
            sink.Step(step);
        }

        sink.Trace(Rule.Id, context.Outcome, context.Note ?? "host-defined rule");
    }
}
