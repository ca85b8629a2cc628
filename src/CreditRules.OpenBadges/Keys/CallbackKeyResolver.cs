namespace CreditRules.OpenBadges;

/// <summary>Resolves keys through a host-supplied function, e.g. over the host's own key store or a list of resolvers.</summary>
/// <remarks>Thread-safe when the function is.</remarks>
public sealed class CallbackKeyResolver : IVerificationKeyResolver
{
    private readonly Func<KeyRequest, VerificationKey?> _resolve;

    /// <summary>Initialises the resolver.</summary>
    /// <param name="resolve">Returns the trusted key for a request, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="resolve"/> is null.</exception>
    public CallbackKeyResolver(Func<KeyRequest, VerificationKey?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        _resolve = resolve;
    }

    /// <summary>Creates a resolver that asks each of <paramref name="resolvers"/> in turn and returns the first key found.</summary>
    /// <param name="resolvers">The resolvers, in order.</param>
    /// <returns>The combined resolver.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resolvers"/> or one of its items is null.</exception>
    public static CallbackKeyResolver FirstOf(params IVerificationKeyResolver[] resolvers)
    {
        ArgumentNullException.ThrowIfNull(resolvers);
        var copy = resolvers.ToArray();
        foreach (var resolver in copy)
        {
            ArgumentNullException.ThrowIfNull(resolver, nameof(resolvers));
        }

        return new(request => copy.Select(r => r.ResolveKey(request)).FirstOrDefault(k => k is not null));
    }

    /// <inheritdoc/>
    public VerificationKey? ResolveKey(KeyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _resolve(request);
    }
}
