using CreditRules.Engine;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.DependencyInjection;

/// <summary>
/// Holds the evaluator for the current data snapshot and swaps it atomically when the host reloads the data.
/// </summary>
/// <remarks>
/// <para>Each snapshot gets its own immutable <see cref="EligibilityEvaluator"/>, built once and stamped with the
/// snapshot's version. <see cref="Evaluator"/> is a single volatile read; <see cref="Reload"/> and <see cref="Swap"/>
/// replace it with one atomic exchange. An evaluation that has read <see cref="Evaluator"/> finishes on that snapshot
/// even if a reload lands meanwhile, and its decision names that snapshot's version.</para>
/// <para>Thread-safe. Reloads are serialised, so a slow load cannot overwrite a newer one that finished first.</para>
/// </remarks>
public sealed class CreditRulesDataProvider
{
    private readonly ICreditRulesDataSource _source;
    private readonly IClock _clock;
    private readonly IReadOnlyList<IEligibilityRule> _hostRules;
    private readonly IRecordRule[] _recordRules;
    private readonly object _reloadGate = new();
    private Snapshot _current;

    /// <summary>Initialises the provider and loads the first snapshot from <paramref name="source"/>.</summary>
    /// <param name="source">Where the data comes from.</param>
    /// <param name="clock">The clock the evaluators use for "as of today".</param>
    /// <param name="hostRules">The host's rules, applied after the built-in rules by every evaluator.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A host rule is null, or its id is blank, repeated or the id of a built-in rule.</exception>
    public CreditRulesDataProvider(ICreditRulesDataSource source, IClock clock, IEnumerable<IEligibilityRule> hostRules)
        : this(source, clock, hostRules, [])
    {
    }

    /// <summary>Initialises the provider with host claim and record rules and loads the first snapshot from <paramref name="source"/>.</summary>
    /// <param name="source">Where the data comes from.</param>
    /// <param name="clock">The clock the evaluators use for "as of today".</param>
    /// <param name="hostRules">The host's claim rules, applied after the built-in claim rules by every evaluator.</param>
    /// <param name="recordRules">The host's record rules, applied after the built-in record rules by every record evaluator.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A host rule is null, or its id is blank, repeated or the id of a built-in rule.</exception>
    public CreditRulesDataProvider(ICreditRulesDataSource source, IClock clock, IEnumerable<IEligibilityRule> hostRules, IEnumerable<IRecordRule> recordRules)
    {
        _source = Preconditions.NotNull(source);
        _clock = Preconditions.NotNull(clock);
        _recordRules = [.. Preconditions.NotNull(recordRules)];
        _current = Build(Load(source), _clock, Preconditions.NotNull(hostRules), _recordRules);
        _hostRules = _current.Evaluator.HostRules;
    }

    /// <summary>Gets the evaluator for the current snapshot. Read it once per unit of work and use that instance throughout.</summary>
    public EligibilityEvaluator Evaluator => Volatile.Read(ref _current).Evaluator;

    /// <summary>Gets the record evaluator (with the host's record rules) for the current snapshot, built with <see cref="Evaluator"/>. Read it once per unit of work.</summary>
    public RecordEvaluator RecordEvaluator => Volatile.Read(ref _current).Records;

    /// <summary>Gets the version label of the current snapshot.</summary>
    public string DataVersion => Evaluator.DataVersion!;

    /// <summary>Loads a new snapshot from the data source and makes it current.</summary>
    /// <param name="cancellationToken">Observed before loading and again after loading, before the new snapshot is built and made current
    /// (the data source's own load is not interrupted).</param>
    /// <returns>The version label of the new snapshot.</returns>
    /// <remarks>If loading throws or the token is cancelled, the current snapshot stays in place and the exception propagates.</remarks>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the current snapshot is unchanged.</exception>
    public string Reload(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_reloadGate)
        {
            var data = Load(_source);
            cancellationToken.ThrowIfCancellationRequested();
            Interlocked.Exchange(ref _current, Build(data, _clock, _hostRules, _recordRules));
            return data.Version;
        }
    }

    /// <summary>Makes <paramref name="data"/> the current snapshot, bypassing the data source.</summary>
    /// <param name="data">The snapshot.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public void Swap(CreditRulesData data)
    {
        Preconditions.NotNull(data);
        lock (_reloadGate)
        {
            Interlocked.Exchange(ref _current, Build(data, _clock, _hostRules, _recordRules));
        }
    }

    private static CreditRulesData Load(ICreditRulesDataSource source) =>
        source.Load() ?? throw new InvalidOperationException("The CreditRules data source " + source.GetType().FullName + " returned null; it must return a CreditRulesData snapshot.");

    private static Snapshot Build(CreditRulesData data, IClock clock, IEnumerable<IEligibilityRule> hostRules, IRecordRule[] recordRules)
    {
        var evaluator = new EligibilityEvaluator(data.Catalog, data.Policies, clock, hostRules, data.Version);
        return new Snapshot(evaluator, new RecordEvaluator(evaluator, recordRules));
    }

    /// <summary>One snapshot's evaluators, swapped together so a reader never pairs one snapshot's claim rules with another's record rules.</summary>
    private sealed record Snapshot(EligibilityEvaluator Evaluator, RecordEvaluator Records);
}
