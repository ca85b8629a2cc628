namespace CreditRules.Engine;

/// <summary>
/// The counts of a bulk run over a span: every input taken in yields one output, a decision or an
/// <see cref="InputError"/>, so <see cref="InputCount"/> equals <see cref="OutputCount"/>.
/// </summary>
/// <remarks>A cancelled run stops after a prefix of the inputs: <see cref="InputCount"/> is that prefix's length, the
/// results beyond it are left <c>default</c>, and <see cref="IsCancelled"/> is true. Immutable.</remarks>
public sealed class BulkRunResult
{
    internal BulkRunResult(long offered, long inputCount, long decisionCount, IReadOnlyList<InputError> errors, bool isCancelled)
    {
        Offered = offered;
        InputCount = inputCount;
        DecisionCount = decisionCount;
        Errors = errors;
        IsCancelled = isCancelled;
    }

    /// <summary>Gets the number of inputs offered to the run.</summary>
    public long Offered { get; }

    /// <summary>Gets the number of inputs taken in: all offered, or the finished prefix of a cancelled run.</summary>
    public long InputCount { get; }

    /// <summary>Gets the number of decisions.</summary>
    public long DecisionCount { get; }

    /// <summary>Gets the error entries, in input order.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>Gets the number of outputs: decisions plus errors.</summary>
    public long OutputCount => DecisionCount + Errors.Count;

    /// <summary>Gets a value indicating whether the run was cancelled before taking in every input.</summary>
    public bool IsCancelled { get; }

    /// <summary>Returns e.g. "100000 in, 99998 decisions + 2 errors out".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{InputCount} in, {DecisionCount} decisions + {Errors.Count} errors out") + (IsCancelled ? FormattableString.Invariant($" (cancelled; {Offered} offered)") : string.Empty);
}
