using System.Runtime.CompilerServices;

namespace CreditRules.Engine.Rules;

/// <summary>
/// A built-in claim rule as a type: what the registry knows of it and the one method both paths run. Rules are empty
/// <see langword="readonly"/> structs so that a pipeline over them (<see cref="ClaimPipeline{TRule, TNext}"/>) is compiled
/// once per sink with every call direct and inlinable (a struct type argument is never shared code).
/// </summary>
internal interface IBuiltInClaimRule
{
    /// <summary>Gets what the registry knows of the rule: id, summary, codes, cures and branches.</summary>
    static abstract RuleDescriptor Descriptor { get; }

    /// <summary>Decides the rule for one claim.</summary>
    static abstract void Decide<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink;
}

/// <summary>A built-in record rule as a type (see <see cref="IBuiltInClaimRule"/>): it decides over a learner's whole record.</summary>
internal interface IBuiltInRecordRule
{
    /// <summary>Gets what the registry knows of the rule: id, summary, codes, cures and branches.</summary>
    static abstract RuleDescriptor Descriptor { get; }

    /// <summary>Decides the rule over a whole record.</summary>
    static abstract void Decide<TSink>(ref RecordState record, ref TSink sink)
        where TSink : struct, IReasonSink;
}

/// <summary>
/// An ordered list of claim rules written as one type (<see cref="ClaimPipeline{TRule, TNext}"/> ending in
/// <see cref="EndOfPipeline"/>): it runs the rules in its order and lists their descriptors in the same order, so the
/// order a plan runs and the order the registry, docs and coverage show are one definition.
/// </summary>
internal interface IClaimPipeline
{
    /// <summary>Runs every rule of the list, in order.</summary>
    void Decide<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink;

    /// <summary>Appends every rule's descriptor, in order.</summary>
    void Describe(List<RuleDescriptor> rules);
}

/// <summary>An ordered list of record rules written as one type (see <see cref="IClaimPipeline"/>).</summary>
internal interface IRecordPipeline
{
    /// <summary>Runs every rule of the list, in order.</summary>
    void Decide<TSink>(ref RecordState record, ref TSink sink)
        where TSink : struct, IReasonSink;

    /// <summary>Appends every rule's descriptor, in order.</summary>
    void Describe(List<RuleDescriptor> rules);
}

/// <summary>A claim rule followed by the rest of the list.</summary>
internal readonly struct ClaimPipeline<TRule, TNext> : IClaimPipeline
    where TRule : struct, IBuiltInClaimRule
    where TNext : struct, IClaimPipeline
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Decide<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        TRule.Decide(ref state, ref sink);
        default(TNext).Decide(ref state, ref sink);
    }

    public void Describe(List<RuleDescriptor> rules)
    {
        rules.Add(TRule.Descriptor);
        default(TNext).Describe(rules);
    }
}

/// <summary>A record rule followed by the rest of the list.</summary>
internal readonly struct RecordPipeline<TRule, TNext> : IRecordPipeline
    where TRule : struct, IBuiltInRecordRule
    where TNext : struct, IRecordPipeline
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Decide<TSink>(ref RecordState record, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        TRule.Decide(ref record, ref sink);
        default(TNext).Decide(ref record, ref sink);
    }

    public void Describe(List<RuleDescriptor> rules)
    {
        rules.Add(TRule.Descriptor);
        default(TNext).Describe(rules);
    }
}

/// <summary>The end of a rule list: runs and lists nothing.</summary>
internal readonly struct EndOfPipeline : IClaimPipeline, IRecordPipeline
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Decide<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Decide<TSink>(ref RecordState record, ref TSink sink)
        where TSink : struct, IReasonSink
    {
    }

    public void Describe(List<RuleDescriptor> rules)
    {
    }
}
