namespace CreditRules.Cli.Bulk;

/// <summary>
/// The learner ids a bulk run has seen, as 64-bit hashes, each with the line it first appeared on: the duplicate-id check
/// in about 10 bytes per distinct learner, growing in fixed chunks (no array is resized, so there is no doubling peak).
/// A <c>Dictionary&lt;ulong, long&gt;</c> doing the same took ~32 bytes per learner and peaked at 572 MB for 10 million.
/// </summary>
/// <remarks>
/// <para>
/// Exactly what the dictionary answered: a hash seen before is always found, with the line it was first added on. Two
/// different ids are confused only when their 64-bit hashes are equal (the caller's hash; this table mixes it with a
/// bijection, which changes no equality).
/// </para>
/// <para>
/// Layout: a sorted run and a small pending set. The run holds every hash merged so far in ascending order, in chunks of
/// 65,536 entries appended as needed. The top 16 bits of a hash are implied by an index of where each of the 65,536
/// prefixes starts in the run, so an entry keeps the other 48 bits (6 bytes) and its line (4 bytes). New hashes go into
/// the pending set (a dictionary of a bounded size, reused); when it is full, it is sorted and merged into the run from the
/// back, in place. A line past 4,294,967,294 keeps its number in a side dictionary (inputs of more than 4 billion lines).
/// Not thread-safe: one writer (the bulk pipeline's ordered writer) calls it.
/// </para>
/// </remarks>
internal sealed class LearnerIdTable
{
    private const int PrefixBits = 64 - KeyBits;
    private const int KeyBits = 48;
    private const ulong KeyMask = (1UL << KeyBits) - 1;
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;
    private const int ChunkMask = ChunkSize - 1;
    private const uint FarLine = uint.MaxValue;
    private const int MaxPending = 1 << 20;

    private readonly int _minPending;
    private readonly long[] _starts = new long[(1 << PrefixBits) + 1];
    private readonly List<uint[]> _keyHigh = [];
    private readonly List<ushort[]> _keyLow = [];
    private readonly List<uint[]> _lines = [];
    private Dictionary<ulong, long> _pending;
    private Pending[] _sorted;
    private Dictionary<ulong, long>? _far;
    private long _runLength;

    /// <summary>Initialises an empty table.</summary>
    /// <param name="minPending">
    /// The pending set's size before a merge (at least 1): it grows with the run to 1/64 of it, up to 2²⁰, so merging stays
    /// a small share of the work. Tests pass a small value to merge often.
    /// </param>
    public LearnerIdTable(int minPending = 1 << 16)
    {
        _minPending = Math.Max(1, minPending);
        _pending = new Dictionary<ulong, long>(_minPending);
        _sorted = new Pending[_minPending];
    }

    /// <summary>Gets the number of distinct hashes added.</summary>
    public long Count => _runLength + _pending.Count;

    /// <summary>
    /// Looks a hash up: when it was added before, returns true with the line it was first added on; otherwise adds it with
    /// <paramref name="line"/> and returns false.
    /// </summary>
    /// <param name="hash">The id's 64-bit hash.</param>
    /// <param name="line">The line (0-based position) it is seen on now; not negative.</param>
    /// <param name="firstLine">The line it was first added on, when it was seen before.</param>
    /// <returns>True when the hash was added before.</returns>
    public bool SeenBefore(ulong hash, long line, out long firstLine)
    {
        hash = Mix(hash);
        if (_pending.TryGetValue(hash, out firstLine) || TryFind(hash, out firstLine))
        {
            return true;
        }

        _pending.Add(hash, line);
        if (_pending.Count >= _sorted.Length)
        {
            Merge();
        }

        firstLine = -1;
        return false;
    }

    /// <summary>The murmur3 64-bit finaliser: a bijection, so equal hashes stay equal and different ones different, with the top bits spread evenly over the prefixes.</summary>
    private static ulong Mix(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53UL;
        hash ^= hash >> 33;
        return hash;
    }

    private bool TryFind(ulong hash, out long firstLine)
    {
        var prefix = (int)(hash >> KeyBits);
        var key = hash & KeyMask;
        var low = _starts[prefix];
        var high = _starts[prefix + 1] - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var found = KeyAt(middle);
            if (found == key)
            {
                var stored = _lines[(int)(middle >> ChunkBits)][middle & ChunkMask];
                firstLine = stored == FarLine ? _far![hash] : stored;
                return true;
            }

            if (found < key)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        firstLine = -1;
        return false;
    }

    private ulong KeyAt(long index)
    {
        var chunk = (int)(index >> ChunkBits);
        var at = (int)(index & ChunkMask);
        return ((ulong)_keyHigh[chunk][at] << 16) | _keyLow[chunk][at];
    }

    /// <summary>Sorts the pending set and merges it into the run from the back, so no entry needs a second copy of the run.</summary>
    private void Merge()
    {
        var count = 0;
        foreach (var (hash, line) in _pending)
        {
            _sorted[count++] = new Pending(hash, line);
        }

        Array.Sort(_sorted, 0, count, PendingOrder.Instance);
        var total = _runLength + count;
        while ((long)_keyHigh.Count * ChunkSize < total)
        {
            _keyHigh.Add(new uint[ChunkSize]);
            _keyLow.Add(new ushort[ChunkSize]);
            _lines.Add(new uint[ChunkSize]);
        }

        var from = _runLength - 1;
        var to = total - 1;
        var prefix = (1 << PrefixBits) - 1;
        for (var next = count - 1; next >= 0; to--)
        {
            var pending = _sorted[next];
            if (from >= 0)
            {
                // The prefix of run entry `from`: the last prefix starting at or before it (the run index is not updated yet).
                while (_starts[prefix] > from)
                {
                    prefix--;
                }

                if ((((ulong)prefix << KeyBits) | KeyAt(from)) > pending.Hash)
                {
                    Move(from--, to);
                    continue;
                }
            }

            Write(to, pending);
            next--;
        }

        // Each prefix now starts later by the number of merged hashes with a smaller prefix.
        var smaller = 0;
        for (var p = 0; p < _starts.Length; p++)
        {
            while (smaller < count && (int)(_sorted[smaller].Hash >> KeyBits) < p)
            {
                smaller++;
            }

            _starts[p] += smaller;
        }

        _runLength = total;
        _pending.Clear();
        var size = (int)Math.Clamp(total / 64, _minPending, Math.Max(_minPending, MaxPending));
        if (size >= _sorted.Length * 2L)
        {
            _pending = new Dictionary<ulong, long>(size);
            _sorted = new Pending[size];
        }
    }

    private void Move(long from, long to)
    {
        int fromChunk = (int)(from >> ChunkBits), fromAt = (int)(from & ChunkMask), toChunk = (int)(to >> ChunkBits), toAt = (int)(to & ChunkMask);
        _keyHigh[toChunk][toAt] = _keyHigh[fromChunk][fromAt];
        _keyLow[toChunk][toAt] = _keyLow[fromChunk][fromAt];
        _lines[toChunk][toAt] = _lines[fromChunk][fromAt];
    }

    private void Write(long to, Pending pending)
    {
        int chunk = (int)(to >> ChunkBits), at = (int)(to & ChunkMask);
        _keyHigh[chunk][at] = (uint)((pending.Hash & KeyMask) >> 16);
        _keyLow[chunk][at] = (ushort)pending.Hash;
        if (pending.Line >= FarLine)
        {
            (_far ??= [])[pending.Hash] = pending.Line;
            _lines[chunk][at] = FarLine;
        }
        else
        {
            _lines[chunk][at] = (uint)pending.Line;
        }
    }

    private readonly record struct Pending(ulong Hash, long Line);

    private sealed class PendingOrder : IComparer<Pending>
    {
        public static readonly PendingOrder Instance = new();

        public int Compare(Pending x, Pending y) => x.Hash.CompareTo(y.Hash);
    }
}
