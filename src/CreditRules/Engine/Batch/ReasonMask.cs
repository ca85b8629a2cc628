using System.Numerics;

namespace CreditRules.Engine;

/// <summary>
/// A compact set of <see cref="ReasonCode"/>s: one bit per code, by its index in <see cref="ReasonCode.All"/>. The
/// outcome-only path reports reasons this way, without allocating.
/// </summary>
/// <remarks><c>default(ReasonMask)</c> is the empty set. Holds up to 128 codes.</remarks>
public readonly struct ReasonMask : IEquatable<ReasonMask>
{
    private static readonly Dictionary<string, int> IndexByValue = BuildIndex();

    private readonly ulong _low;
    private readonly ulong _high;

    private ReasonMask(ulong low, ulong high)
    {
        _low = low;
        _high = high;
    }

    /// <summary>Gets the empty set.</summary>
    public static ReasonMask Empty => default;

    /// <summary>Gets a value indicating whether the set holds no code.</summary>
    public bool IsEmpty => (_low | _high) == 0;

    /// <summary>Gets the number of codes in the set.</summary>
    public int Count => BitOperations.PopCount(_low) + BitOperations.PopCount(_high);

    /// <summary>Gets the low 64 bits (codes 0 to 63 of <see cref="ReasonCode.All"/>).</summary>
    public ulong Low => _low;

    /// <summary>Gets the high 64 bits (codes 64 to 127 of <see cref="ReasonCode.All"/>).</summary>
    public ulong High => _high;

    /// <summary>Creates the set holding one code.</summary>
    /// <param name="code">A code listed in <see cref="ReasonCode.All"/>.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not in <see cref="ReasonCode.All"/>.</exception>
    public static ReasonMask Of(ReasonCode code) => FromIndex(IndexOf(code));

    /// <summary>Creates the set of the codes of some reasons.</summary>
    /// <param name="reasons">The reasons, e.g. <see cref="Decision.Reasons"/>.</param>
    /// <returns>The set of their built-in codes.</returns>
    /// <remarks>Host-defined codes (not in <see cref="ReasonCode.All"/>) have no bit and are left out.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reasons"/> is null.</exception>
    public static ReasonMask FromReasons(IEnumerable<Reason> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var mask = Empty;
        foreach (var reason in reasons)
        {
            if (reason.Code.Value is { } value && IndexByValue.TryGetValue(value, out var index))
            {
                mask = mask.Union(FromIndex(index));
            }
        }

        return mask;
    }

    /// <summary>Returns this set with one more code.</summary>
    /// <param name="code">A code listed in <see cref="ReasonCode.All"/>.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not in <see cref="ReasonCode.All"/>.</exception>
    public ReasonMask With(ReasonCode code) => Union(Of(code));

    /// <summary>Returns the codes in either set.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The union.</returns>
    public ReasonMask Union(ReasonMask other) => new(_low | other._low, _high | other._high);

    /// <summary>Returns the codes in this set that are not in <paramref name="other"/>.</summary>
    /// <param name="other">The set to remove.</param>
    /// <returns>The difference.</returns>
    public ReasonMask Except(ReasonMask other) => new(_low & ~other._low, _high & ~other._high);

    /// <summary>Determines whether the set holds a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> when the code is in the set; <see langword="false"/> otherwise, also for a code not in <see cref="ReasonCode.All"/>.</returns>
    public bool Contains(ReasonCode code) =>
        code.Value is not null && IndexByValue.TryGetValue(code.Value, out var index) && ContainsIndex(index);

    /// <summary>Lists the codes in the set, in the order of <see cref="ReasonCode.All"/>.</summary>
    /// <returns>The codes.</returns>
    public IReadOnlyList<ReasonCode> ToCodes()
    {
        var codes = new List<ReasonCode>(Count);
        for (var i = 0; i < ReasonCode.All.Count; i++)
        {
            if (ContainsIndex(i))
            {
                codes.Add(ReasonCode.All[i]);
            }
        }

        return codes;
    }

    internal static ReasonMask FromIndex(int index) => index < 64 ? new(1UL << index, 0) : new(0, 1UL << (index - 64));

    internal static ulong LowBit(ReasonCode code)
    {
        var index = IndexOf(code);
        return index < 64 ? 1UL << index : throw new InvalidOperationException("Reason code " + code + " lies beyond the first 64 codes.");
    }

    internal static ReasonMask FromBits(ulong low) => new(low, 0);

    internal bool ContainsIndex(int index) => index < 64 ? (_low & (1UL << index)) != 0 : (_high & (1UL << (index - 64))) != 0;

    private static int IndexOf(ReasonCode code) =>
        code.Value is not null && IndexByValue.TryGetValue(code.Value, out var index)
            ? index
            : throw new ArgumentException("Reason code '" + code + "' is not listed in ReasonCode.All.", nameof(code));

    private static Dictionary<string, int> BuildIndex()
    {
        if (ReasonCode.All.Count > 128)
        {
            throw new InvalidOperationException("ReasonMask holds at most 128 codes; ReasonCode.All has " + ReasonCode.All.Count + ".");
        }

        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ReasonCode.All.Count; i++)
        {
            map.Add(ReasonCode.All[i].Value, i);
        }

        return map;
    }

    /// <inheritdoc/>
    public bool Equals(ReasonMask other) => _low == other._low && _high == other._high;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReasonMask other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_low, _high);

    /// <summary>Compares two sets for equality.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when both hold the same codes.</returns>
    public static bool operator ==(ReasonMask left, ReasonMask right) => left.Equals(right);

    /// <summary>Compares two sets for inequality.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when the sets differ.</returns>
    public static bool operator !=(ReasonMask left, ReasonMask right) => !left.Equals(right);

    /// <summary>Returns the codes, comma-separated, in the order of <see cref="ReasonCode.All"/>, or "(none)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsEmpty ? "(none)" : string.Join(", ", ToCodes());
}
