using CreditRules.Internal;

namespace CreditRules.DependencyInjection;

/// <summary>A data source that calls the host's loader, so any loader (a database, a file format, a web service) plugs in without a new type.</summary>
public sealed class DelegateCreditRulesDataSource : ICreditRulesDataSource
{
    private readonly Func<CreditRulesData> _load;

    /// <summary>Initialises the source.</summary>
    /// <param name="load">The loader, called on every <see cref="Load"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="load"/> is null.</exception>
    public DelegateCreditRulesDataSource(Func<CreditRulesData> load) => _load = Preconditions.NotNull(load);

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The loader returned <see langword="null"/>.</exception>
    public CreditRulesData Load() =>
        _load() ?? throw new InvalidOperationException("The CreditRules data loader returned null; it must return a CreditRulesData snapshot.");
}
