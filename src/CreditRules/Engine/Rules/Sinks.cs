namespace CreditRules.Engine.Rules;

/// <summary>
/// Where a rule's explanation goes. Rules decide through <c>Decide&lt;TSink&gt;</c> with a struct sink: the outcome-only
/// path passes <see cref="SummarySink"/>, whose <see cref="Explains"/> is the constant <see langword="false"/>, so the
/// JIT removes every explanation (argument lists, messages, next steps, trace notes); the explained path passes
/// <see cref="ExplainSink"/>, which collects them. Reasons reach a sink only through <see cref="ClaimState.Raise{TSink}(ref TSink, RuleCode, string)"/>,
/// which sets the reason's bit in the same call, so the two paths cannot disagree.
/// </summary>
internal interface IReasonSink
{
    /// <summary>Gets a value indicating whether this sink keeps explanations; a constant per sink type.</summary>
    bool Explains { get; }

    /// <summary>Receives a raised reason (only when <see cref="Explains"/>).</summary>
    void Reason(Reason reason);

    /// <summary>Receives a next step (only when <see cref="Explains"/>).</summary>
    void Step(NextStep step);

    /// <summary>Receives a rule's trace entry (only when <see cref="Explains"/>).</summary>
    void Trace(string ruleId, RuleOutcome outcome, string note);

    /// <summary>Receives a rule's trace entry whose note <paramref name="note"/> writes from <paramref name="arg"/> when the
    /// note is first read (only when <see cref="Explains"/>); <paramref name="note"/> is a static function of immutable values.</summary>
    void Trace<TArg>(string ruleId, RuleOutcome outcome, TArg arg, Func<TArg, string> note);

    /// <summary>Receives a recommendation line granted at a level (only when <see cref="Explains"/>).</summary>
    void Line(Domain.RecommendationLine line, Domain.CreditLevel level);

    /// <summary>Receives an exam attempt's date as the rules read it (only when <see cref="Explains"/>).</summary>
    void Attempt(Domain.ExamAttempt attempt, NodaTime.LocalDate date);

    /// <summary>Receives how the recency rule decided (only when <see cref="Explains"/>).</summary>
    void Recency(RecencyCheck check);

    /// <summary>Receives a setting the rules apply and the scope that supplied it (only when <see cref="Explains"/>).</summary>
    void Setting(SettingSource setting);

    /// <summary>Receives settings the rules apply, shared by every claim under the same effective settings (only when <see cref="Explains"/>).</summary>
    void Settings(SettingSource[] settings);

    /// <summary>Receives a date branch a rule took, declared on the rule (<see cref="RuleDescriptor.Branches"/>) and raised
    /// where the rule decides it (only when <see cref="Explains"/>).</summary>
    void Branch(RuleBranch branch);
}

/// <summary>The outcome-only sink: keeps nothing. Every call on it compiles to nothing.</summary>
internal struct SummarySink : IReasonSink
{
    public readonly bool Explains => false;

    public readonly void Reason(Reason reason)
    {
    }

    public readonly void Step(NextStep step)
    {
    }

    public readonly void Trace(string ruleId, RuleOutcome outcome, string note)
    {
    }

    public readonly void Trace<TArg>(string ruleId, RuleOutcome outcome, TArg arg, Func<TArg, string> note)
    {
    }

    public readonly void Line(Domain.RecommendationLine line, Domain.CreditLevel level)
    {
    }

    public readonly void Attempt(Domain.ExamAttempt attempt, NodaTime.LocalDate date)
    {
    }

    public readonly void Recency(RecencyCheck check)
    {
    }

    public readonly void Setting(SettingSource setting)
    {
    }

    public readonly void Settings(SettingSource[] settings)
    {
    }

    public readonly void Branch(RuleBranch branch)
    {
    }
}

/// <summary>The explained sink: collects reasons, next steps and the trace into an <see cref="Explanation"/>.</summary>
internal readonly struct ExplainSink(Explanation explanation) : IReasonSink
{
    public Explanation Explanation { get; } = explanation;

    public bool Explains => true;

    public void Reason(Reason reason) => Explanation.Reasons.Add(reason);

    public void Step(NextStep step) => Explanation.NextSteps.Add(step);

    public void Trace(string ruleId, RuleOutcome outcome, string note) => Explanation.Trace.Add(new RuleTraceEntry(ruleId, outcome, note));

    public void Trace<TArg>(string ruleId, RuleOutcome outcome, TArg arg, Func<TArg, string> note) =>
        Explanation.Trace.Add(RuleTraceEntry.Deferred(ruleId, outcome, DeferredValue<string>.Of(arg, note)));

    public void Line(Domain.RecommendationLine line, Domain.CreditLevel level) => Explanation.AcceptedLines.Add((line, level));

    public void Attempt(Domain.ExamAttempt attempt, NodaTime.LocalDate date) => Explanation.AttemptDates.Add(new AttemptDate(attempt, date));

    public void Recency(RecencyCheck check) => Explanation.Recency = check;

    public void Setting(SettingSource setting) => Explanation.Settings.Add(setting);

    public void Settings(SettingSource[] settings) => Explanation.Settings.AddRange(settings);

    public void Branch(RuleBranch branch)
    {
        if (!Explanation.Branches.Contains(branch))
        {
            Explanation.Branches.Add(branch);
        }
    }
}

/// <summary>What the explained path collects for one claim.</summary>
internal sealed class Explanation(EvaluationRequest? request)
{
    /// <summary>One spare explanation per thread: its lists keep their capacity from claim to claim (<see cref="Rent"/>).</summary>
    [ThreadStatic]
    private static Explanation? t_spare;

    /// <summary>The request decided, for host rules' <see cref="RuleContext"/>.</summary>
    public EvaluationRequest? Request { get; private set; } = request;

    /// <summary>
    /// Takes this thread's spare explanation (empty), or a new one when there is none (first use, or a decision explained
    /// while another is being explained on the same thread). Give it back with <see cref="Return"/> once its lists are
    /// copied out; never rent one whose lists a host rule could hold on to.
    /// </summary>
    public static Explanation Rent(EvaluationRequest request)
    {
        var spare = t_spare;
        if (spare is null)
        {
            return new Explanation(request);
        }

        t_spare = null;
        spare.Request = request;
        return spare;
    }

    /// <summary>Empties this explanation and keeps it as this thread's spare.</summary>
    public void Return()
    {
        Reasons.Clear();
        NextSteps.Clear();
        Trace.Clear();
        AcceptedLines.Clear();
        AttemptDates.Clear();
        Settings.Clear();
        Branches.Clear();
        Recency = null;
        Request = null;
        t_spare = this;
    }

    public List<Reason> Reasons { get; } = [];

    public List<NextStep> NextSteps { get; } = [];

    public List<RuleTraceEntry> Trace { get; } = [];

    public List<(Domain.RecommendationLine Line, Domain.CreditLevel Level)> AcceptedLines { get; } = [];

    public List<AttemptDate> AttemptDates { get; } = [];

    public RecencyCheck? Recency { get; set; }

    public List<SettingSource> Settings { get; } = [];

    /// <summary>The date branches the rules took, each once, in the order first taken.</summary>
    public List<RuleBranch> Branches { get; } = [];
}
