namespace CreditRules.Engine;

/// <summary>
/// A part of an explanation built when first read, from the value a rule decided with and the rule's (static) function
/// that turns it into the part: a reason's arguments (<see cref="Reason"/>), a trace note (<see cref="RuleTraceEntry"/>),
/// a next step's action (<see cref="NextStep"/>). Formatting dates, scores and credits for every one of them dominated
/// explained decisions, and most are never read. The function must be pure over immutable values, so the part reads the
/// same whenever, and on whichever thread, it is built.
/// </summary>
/// <typeparam name="TResult">What is built.</typeparam>
internal abstract class DeferredValue<TResult>
{
    /// <summary>Builds the part (each call builds it again; the holder keeps the first).</summary>
    public abstract TResult Build();

    /// <summary>The part <paramref name="build"/> makes from <paramref name="arg"/>.</summary>
    public static DeferredValue<TResult> Of<TArg>(TArg arg, Func<TArg, TResult> build) => new Of1<TArg>(arg, build);

    private sealed class Of1<TArg>(TArg arg, Func<TArg, TResult> build) : DeferredValue<TResult>
    {
        public override TResult Build() => build(arg);
    }
}
