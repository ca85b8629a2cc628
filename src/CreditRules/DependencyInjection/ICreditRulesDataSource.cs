namespace CreditRules.DependencyInjection;

/// <summary>
/// Where the catalog and policies come from: in-memory objects, a delegate over the host's own loader, or (with the
/// document loader) files and embedded resources. <see cref="CreditRulesDataProvider"/> calls <see cref="Load"/> once at
/// start and again on each <see cref="CreditRulesDataProvider.Reload"/>.
/// </summary>
/// <remarks>Implementations must be safe to call from any thread; the provider never calls them concurrently.</remarks>
public interface ICreditRulesDataSource
{
    /// <summary>Loads the current snapshot.</summary>
    /// <returns>The snapshot, never <see langword="null"/>.</returns>
    CreditRulesData Load();
}
