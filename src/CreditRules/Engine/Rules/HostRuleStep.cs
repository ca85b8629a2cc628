namespace CreditRules.Engine.Rules;

/// <summary>
/// A rule defined by the host (<see cref="IEligibilityRule"/>), run as a step of the same pipeline after the built-in
/// rules: its reasons are raised through <see cref="ClaimState.Raise{TSink}(ref TSink, Reason)"/> like built-in ones.
/// Host rules run with any sink: on the outcome-only path their context has the reason codes so far
/// (<see cref="RuleContext.HasReason"/>) but no rendered reasons, and their reasons decide the outcome and credits as on
/// the explained path; their next steps and trace entry are kept only when the sink explains.
/// </summary>
internal sealed class HostRuleStep(IEligibilityRule rule)
{
    public IEligibilityRule Rule { get; } = rule;

    public void Decide<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        var explanation = sink is ExplainSink explain ? explain.Explanation : null;
        var request = explanation?.Request
            ?? new EvaluationRequest(state.Learner, state.Course.Id, state.Institution.Institution.Id, state.Program.Program.Id, state.AsOf, state.AsKnownOn);
        var context = new RuleContext(Rule.Id, request, state.Course, state.Institution.Institution, state.Program.Program, state.Policy, state.Enrollment, state.QualifyingDate, state.Reasons, state.HostCodes, explanation?.Reasons);
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

        if (sink.Explains)
        {
            foreach (var step in context.Steps)
            {
                sink.Step(step);
            }

            sink.Trace(Rule.Id, context.Outcome, context.Note ?? "host-defined rule");
        }
    }
}
