using System.Numerics;

namespace CreditRules.Engine;

/// <summary>
/// A compact set of <see cref="ReasonCode"/>s: one bit per code, by its index in <see cref="ReasonCode.All"/>. The
/// outcome-only path reports reasons this way, without allocating.
/// </summary>
/// <remarks><c>default(ReasonMask)</c> is the empty set. Codes 0 to 127 live inline (no allocation); a set holding a
/// code past the 128th carries the rest in an array, so the number of codes is not capped.</remarks>
public readonly struct ReasonMask : IEquatable<ReasonMask>
{
    private static readonly Dictionary<string, int> IndexByValue = BuildIndex();

    private readonly ulong _low;
    private readonly ulong _high;
    private readonly ulong[]? _more;

    private ReasonMask(ulong low, ulong high, ulong[]? more = null)
    {
        _low = low;
        _high = high;
        _more = more is null || Array.TrueForAll(more, w => w == 0) ? null : more;
    }

    internal ReasonMask(Rules.BitSet bits)
        : this(bits.Low, bits.High, bits.More is { } more ? (ulong[])more.Clone() : null)
    {
    }

    /// <summary>Gets the empty set.</summary>
    public static ReasonMask Empty => default;

    /// <summary>Gets a value indicating whether the set holds no code.</summary>
    public bool IsEmpty => (_low | _high) == 0 && _more is null;

    /// <summary>Gets the number of codes in the set.</summary>
    public int Count => BitOperations.PopCount(_low) + BitOperations.PopCount(_high) + (_more?.Sum(w => BitOperations.PopCount(w)) ?? 0);

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
    public ReasonMask Union(ReasonMask other) => new(_low | other._low, _high | other._high, Combine(_more, other._more, static (a, b) => a | b));

    /// <summary>Returns the codes in this set that are not in <paramref name="other"/>.</summary>
    /// <param name="other">The set to remove.</param>
    /// <returns>The difference.</returns>
    public ReasonMask Except(ReasonMask other) => new(_low & ~other._low, _high & ~other._high, Combine(_more, other._more, static (a, b) => a & ~b));

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

    /// <summary>Enumerates the indexes, in <see cref="ReasonCode.All"/>, of the codes in the set, in ascending order, without allocating.</summary>
    /// <returns>An enumerable for <see langword="foreach"/>; index <c>i</c> stands for <c>ReasonCode.All[i]</c>.</returns>
    /// <remarks>Covers every code, also past the 128th; use it instead of reading <see cref="Low"/> and <see cref="High"/> alone.</remarks>
    public IndexEnumerator EnumerateIndexes() => new(this);

    internal ulong WordAt(int word) => word switch
    {
        0 => _low,
        1 => _high,
        _ => _more is { } more && word - 2 < more.Length ? more[word - 2] : 0,
    };

    internal int WordCount => 2 + (_more?.Length ?? 0);

    /// <summary>Enumerates the indexes of the codes in a <see cref="ReasonMask"/>; a struct, so <see langword="foreach"/> allocates nothing.</summary>
    public struct IndexEnumerator
    {
        private readonly ReasonMask _mask;
        private int _word;
        private ulong _bits;

        internal IndexEnumerator(ReasonMask mask)
        {
            _mask = mask;
            _word = 0;
            _bits = mask._low;
            Current = -1;
        }

        /// <summary>Gets the index, in <see cref="ReasonCode.All"/>, of the current code.</summary>
        public int Current { readonly get; private set; }

        /// <summary>Returns this enumerator, so the enumerable can be used in <see langword="foreach"/>.</summary>
        /// <returns>This enumerator.</returns>
        public readonly IndexEnumerator GetEnumerator() => this;

        /// <summary>Moves to the next code in the set.</summary>
        /// <returns><see langword="true"/> when there is one.</returns>
        public bool MoveNext()
        {
            while (_bits == 0)
            {
                if (++_word >= _mask.WordCount)
                {
                    return false;
                }

                _bits = _mask.WordAt(_word);
            }

            Current = (_word << 6) + BitOperations.TrailingZeroCount(_bits);
            _bits &= _bits - 1;
            return true;
        }
    }

    internal static ReasonMask FromIndex(int index)
    {
        var bits = default(Rules.BitSet);
        bits.Set(index);
        return new ReasonMask(bits);
    }

    internal bool ContainsIndex(int index) => index < 64
        ? (_low & (1UL << index)) != 0
        : index < 128
            ? (_high & (1UL << (index - 64))) != 0
            : _more is { } more && ((index - 128) >> 6) < more.Length && (more[(index - 128) >> 6] & (1UL << ((index - 128) & 63))) != 0;

    private static ulong[]? Combine(ulong[]? left, ulong[]? right, Func<ulong, ulong, ulong> op)
    {
        if (left is null && right is null)
        {
            return null;
        }

        var result = new ulong[Math.Max(left?.Length ?? 0, right?.Length ?? 0)];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = op(left is not null && i < left.Length ? left[i] : 0, right is not null && i < right.Length ? right[i] : 0);
        }

        return result;
    }

    internal static bool TryIndexOf(string value, out int index) => IndexByValue.TryGetValue(value, out index);

    internal static int IndexOf(ReasonCode code) =>
        code.Index >= 0
            ? code.Index
            : throw new ArgumentException("Reason code '" + code + "' is not listed in ReasonCode.All.", nameof(code));

    private static Dictionary<string, int> BuildIndex()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ReasonCode.All.Count; i++)
        {
            map.Add(ReasonCode.All[i].Value, i);
        }

        return map;
    }

    /// <inheritdoc/>
    public bool Equals(ReasonMask other) =>
        _low == other._low && _high == other._high && (_more is null ? other._more is null : other._more is not null && MoreEquals(_more, other._more));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReasonMask other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_low, _high, _more?.Length ?? 0);

    private static bool MoreEquals(ulong[] left, ulong[] right)
    {
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            if ((i < left.Length ? left[i] : 0) != (i < right.Length ? right[i] : 0))
            {
                return false;
            }
        }

        return true;
    }

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
