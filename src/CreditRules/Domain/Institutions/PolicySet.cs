using System.Collections.Frozen;
using System.Globalization;
using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>The institutions (with their programs and policy versions) known to the engine.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class PolicySet
{
    private readonly FrozenDictionary<string, Institution> _institutions;

    /// <summary>Initialises a policy set.</summary>
    /// <param name="institutions">The institutions, with unique ids.</param>
    /// <exception cref="InvalidPolicyException">An id repeats.</exception>
    public PolicySet(IEnumerable<Institution> institutions)
    {
        Institutions = Preconditions.CopyList(institutions);
        var map = new Dictionary<string, Institution>(StringComparer.Ordinal);
        for (var i = 0; i < Institutions.Count; i++)
        {
            if (!map.TryAdd(Institutions[i].Id, Institutions[i]))
            {
                throw new InvalidPolicyException("Institutions[" + i.ToString(CultureInfo.InvariantCulture) + "].Id", Institutions[i].Id, "the id is already used by an earlier institution.");
            }
        }

        _institutions = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the institutions.</summary>
    public IReadOnlyList<Institution> Institutions { get; }

    /// <summary>Gets the institution with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">The institution id.</param>
    /// <returns>The institution, or <see langword="null"/>.</returns>
    public Institution? GetInstitutionOrNull(string id) => _institutions.GetValueOrDefault(Preconditions.NotNull(id));
}
