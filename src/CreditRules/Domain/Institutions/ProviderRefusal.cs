using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>
/// Courses a policy refuses credit for because of who delivers them: named providers (by id) and provider types (by
/// <see cref="ProviderKind"/>), e.g. "no credit for MOOC providers' courses", while other credit from the same evaluator is accepted.
/// </summary>
/// <remarks>
/// A course is refused when its provider's id is listed or its provider's kind is listed. An empty refusal refuses
/// nothing: a program states it to accept every provider its institution refuses (widening). <see cref="ProviderKind.Unspecified"/>
/// cannot be listed. Immutable and thread-safe.
/// </remarks>
public sealed class ProviderRefusal
{
    /// <summary>Initialises a refusal.</summary>
    /// <param name="providerIds">The provider ids refused, or <see langword="null"/> for none.</param>
    /// <param name="kinds">The provider kinds refused, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">An id is blank or listed twice, or a kind is listed twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A kind is <see cref="ProviderKind.Unspecified"/> or not defined.</exception>
    public ProviderRefusal(IEnumerable<string>? providerIds = null, IEnumerable<ProviderKind>? kinds = null)
    {
        ProviderIds = Preconditions.CopyList(providerIds ?? [], nameof(providerIds));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ProviderIds)
        {
            Preconditions.NotBlank(id, nameof(providerIds));
            if (!seen.Add(id))
            {
                throw new ArgumentException("Provider '" + id + "' is refused twice; list each provider once.", nameof(providerIds));
            }
        }

        Kinds = Preconditions.CopyValues(kinds ?? [], nameof(kinds));
        var seenKinds = new HashSet<ProviderKind>();
        foreach (var kind in Kinds)
        {
            Preconditions.Defined(kind, nameof(kinds));
            if (kind == ProviderKind.Unspecified)
            {
                throw new ArgumentOutOfRangeException(nameof(kinds), kind, "A refusal lists provider kinds a catalog states; Unspecified is not one.");
            }

            if (!seenKinds.Add(kind))
            {
                throw new ArgumentException("Provider kind " + kind + " is refused twice; list each kind once.", nameof(kinds));
            }
        }
    }

    /// <summary>Gets a refusal that refuses nothing.</summary>
    public static ProviderRefusal None { get; } = new();

    /// <summary>Gets the provider ids refused.</summary>
    public IReadOnlyList<string> ProviderIds { get; }

    /// <summary>Gets the provider kinds refused.</summary>
    public IReadOnlyList<ProviderKind> Kinds { get; }

    /// <summary>Gets a value indicating whether this refusal refuses nothing.</summary>
    public bool IsEmpty => ProviderIds.Count == 0 && Kinds.Count == 0;

    /// <summary>Tells whether courses from a provider are refused: its id or its kind is listed.</summary>
    /// <param name="provider">The course's provider.</param>
    /// <returns><see langword="true"/> when refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    public bool Refuses(Provider provider)
    {
        Preconditions.NotNull(provider);
        foreach (var id in ProviderIds)
        {
            if (string.Equals(id, provider.Id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var kind in Kinds)
        {
            if (kind == provider.Kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => IsEmpty
        ? "no provider"
        : string.Join(", ", ProviderIds.Concat(Kinds.Select(k => "kind " + k)));
}
