using CreditRules.Internal;

namespace CreditRules.DependencyInjection;

/// <summary>A data source over objects the host already holds; <see cref="Load"/> always returns the same snapshot.</summary>
public sealed class InMemoryCreditRulesDataSource : ICreditRulesDataSource
{
    private readonly CreditRulesData _data;

    /// <summary>Initialises the source.</summary>
    /// <param name="data">The snapshot.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public InMemoryCreditRulesDataSource(CreditRulesData data) => _data = Preconditions.NotNull(data);

    /// <inheritdoc/>
    public CreditRulesData Load() => _data;
}
