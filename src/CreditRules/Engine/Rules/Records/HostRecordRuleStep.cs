namespace CreditRules.Engine.Rules;

/// <summary>
/// A record rule defined by the host (<see cref="IRecordRule"/>), run as a step of the same record pipeline after the
/// built-in record rules, with any sink: it reads outcomes and reason codes (never rendered reasons), so it runs on the
/// outcome-only path too. Its reasons are raised through <see cref="RecordState"/>'s Raise like built-in ones.
/// </summary>
internal sealed class HostRecordRuleStep(IRecordRule rule)
{
    public IRecordRule Rule { get; } = rule;

    public void Decide<TSink>(ref RecordState record, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        var claims = new RecordRuleClaim[record.Claims.Length];
        for (var i = 0; i < claims.Length; i++)
        {
            ref readonly var claim = ref record.Claims[i];
            claims[i] = new RecordRuleClaim(claim.CourseId, claim.Outcome, claim.Granted(record.Unit), claim.QualifyingDate, claim.Key, new ReasonMask(claim.State.Reasons));
        }

        var context = new RecordRuleContext(Rule.Id, record.Request, record.Learner, record.Institution, record.Program, record.Policy, claims);
        try
        {
            Rule.Apply(context);
        }
        catch (Exception exception)
        {
            // A host rule's bug must name the rule and the record, not surface as a bare NullReferenceException from inside the engine.
            throw new InvalidOperationException(
                "Host record rule '" + Rule.Id + "' threw " + exception.GetType().Name + " deciding the record of learner '" + record.Learner.LearnerId
                + "' at '" + record.Institution.Id + "/" + record.Program.Id + "': " + exception.Message,
                exception);
        }

        foreach (var (claim, reason) in context.Added)
        {
            if (claim < 0)
            {
                record.Raise(ref sink, reason);
            }
            else
            {
                record.Raise(ref sink, claim, reason);
            }
        }

        if (sink.Explains)
        {
            foreach (var (claim, step) in context.Steps)
            {
                record.Step(claim, step);
            }

            sink.Trace(Rule.Id, context.Outcome, context.Note ?? "host-defined record rule");
        }
    }
}
