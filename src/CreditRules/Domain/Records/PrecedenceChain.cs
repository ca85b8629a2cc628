using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>
/// Local courses in order of advancement, such as Intermediate Algebra, Pre-Calculus, Calculus I: no credit is granted for
/// a lower course after credit for a more advanced one.
/// </summary>
public sealed class PrecedenceChain
{
    /// <summary>Initialises a chain.</summary>
    /// <param name="id">A stable id, named as the rule in reasons.</param>
    /// <param name="keysFromLowest">The equivalence keys (local course ids), least advanced first; at least two, unique.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank, or the keys are fewer than two, blank or repeated.</exception>
    public PrecedenceChain(string id, IEnumerable<string> keysFromLowest)
    {
        Id = Preconditions.NotBlank(id);
        KeysFromLowest = Preconditions.CopyList(keysFromLowest);
        if (KeysFromLowest.Count < 2)
        {
            throw new ArgumentException("Precedence chain '" + id + "' needs at least two keys; got " + KeysFromLowest.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".", nameof(keysFromLowest));
        }

        foreach (var key in KeysFromLowest)
        {
            Preconditions.NotBlank(key, nameof(keysFromLowest));
        }

        Preconditions.EnsureUniqueIds(KeysFromLowest, k => k, nameof(keysFromLowest));
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the keys, least advanced first.</summary>
    public IReadOnlyList<string> KeysFromLowest { get; }

    /// <summary>Gets the rank of <paramref name="key"/> (0 = least advanced), or -1 when the chain does not hold it.</summary>
    /// <param name="key">The equivalence key.</param>
    /// <returns>The rank, or -1.</returns>
    public int RankOf(string key)
    {
        for (var i = 0; i < KeysFromLowest.Count; i++)
        {
            if (string.Equals(KeysFromLowest[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc/>
    public override string ToString() => Id + ": " + string.Join(" < ", KeysFromLowest);
}
