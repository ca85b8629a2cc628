namespace CreditRules.Cli.Bulk;

/// <summary>
/// Reads a UTF-8 JSON Lines stream in batches of lines, as bytes (no string per line). Memory is bounded whatever the
/// input: the read buffer holds one line of at most <see cref="MaxLineBytes"/>, a batch holds at most its capacity of
/// lines or <see cref="BatchByteBudget"/> bytes (plus one line), and the batches' buffers are reused. A longer line is
/// read past without being buffered: it enters the batch as an oversized marker with its length, never its bytes.
/// </summary>
internal sealed class JsonLinesReader
{
    /// <summary>The default longest line, in bytes (1 MiB), the bulk command's <c>--max-line-bytes</c>.</summary>
    public const int DefaultMaxLineBytes = 1 << 20;

    /// <summary>
    /// The bytes of lines a batch takes before it stops early (1 MiB): about 700 of the generator's 1.45 KB lines, or one line
    /// of the default 1 MiB limit. Two batches are held (one decided, one read), each in a buffer of this plus 64 KiB, grown
    /// only for a line that does not fit: about 2 MiB in all for short lines (it was 32 MiB with an 8 MiB budget and
    /// buffers that doubled past it, a sixth of a 10 M line run's peak).
    /// </summary>
    public const int BatchByteBudget = 1 << 20;

    private readonly Stream _stream;
    private readonly byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>Initialises a reader.</summary>
    /// <param name="stream">The input, positioned at <paramref name="startOffset"/>.</param>
    /// <param name="maxLineBytes">The longest line read, in bytes, without its line break.</param>
    /// <param name="startOffset">The byte offset of the stream's position in the file (a resumed run starts past 0).</param>
    public JsonLinesReader(Stream stream, int maxLineBytes = DefaultMaxLineBytes, long startOffset = 0)
    {
        _stream = stream;
        MaxLineBytes = maxLineBytes;
        // One line and its line break (\r\n) fit; short lines are read in 64 KiB blocks at least.
        _buffer = new byte[Math.Max(maxLineBytes + 2, 1 << 16)];
        BytesRead = startOffset;
    }

    /// <summary>Gets the longest line read, in bytes.</summary>
    public int MaxLineBytes { get; }

    /// <summary>Gets the byte offset in the file just after the last line handed out.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Fills <paramref name="batch"/> with up to its capacity of lines; returns false at the end of the stream.</summary>
    public bool ReadBatch(LineBatch batch)
    {
        batch.Clear();
        while (batch.Count < batch.Capacity && (batch.Count == 0 || batch.ByteCount < BatchByteBudget))
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                Add(batch, _buffer.AsSpan(_start, newline), newline + 1);
                _start += newline + 1;
                continue;
            }

            if (_eof)
            {
                if (_end > _start)
                {
                    Add(batch, _buffer.AsSpan(_start, _end - _start), _end - _start);
                    _start = _end;
                }

                break;
            }

            if (!Fill())
            {
                // No line break within the limit: the line is too long. Count it through its line break, keep nothing.
                var length = (long)(_end - _start) + SkipRestOfLine(out var consumed);
                batch.AddOversized(length);
                BytesRead += consumed;
            }
        }

        batch.EndOffset = BytesRead;
        return batch.Count > 0;
    }

    private void Add(LineBatch batch, ReadOnlySpan<byte> line, int consumed)
    {
        var content = line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;
        if (content.Length > MaxLineBytes)
        {
            batch.AddOversized(content.Length);
        }
        else
        {
            batch.Add(content);
        }

        BytesRead += consumed;
    }

    /// <summary>Reads more into the buffer; returns false when the buffer is full of one unfinished line.</summary>
    private bool Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            return false;
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
        return true;
    }

    /// <summary>
    /// Drops the buffered start of an over-long line and reads on to its line break; returns the line's further length
    /// (without the break) and, in <paramref name="consumed"/>, every byte the line took in the file.
    /// </summary>
    private long SkipRestOfLine(out long consumed)
    {
        consumed = _end - _start;
        long further = 0;
        _start = _end = 0;
        while (true)
        {
            var read = _stream.Read(_buffer, 0, _buffer.Length);
            if (read == 0)
            {
                _eof = true;
                return further;
            }

            var newline = _buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                further += newline;
                consumed += newline + 1;
                _start = newline + 1;
                _end = read;
                return further;
            }

            further += read;
            consumed += read;
        }
    }
}

/// <summary>A reusable batch of lines: their bytes back to back, with offsets; an over-long line is only its length.</summary>
internal sealed class LineBatch(int capacity)
{
    private readonly int[] _starts = new int[capacity + 1];
    private readonly long[] _oversized = new long[capacity];
    private byte[] _bytes = new byte[Math.Min(capacity * 2048, JsonLinesReader.BatchByteBudget + (1 << 16))];

    public int Capacity { get; } = capacity;

    public int Count { get; private set; }

    /// <summary>Gets the bytes the batch's lines hold.</summary>
    public int ByteCount => _starts[Count];

    /// <summary>Gets or sets the position (0-based line number in the stream) of the batch's first line.</summary>
    public long FirstPosition { get; set; }

    /// <summary>Gets or sets the byte offset in the file just after the batch's last line: where a resumed run reads on.</summary>
    public long EndOffset { get; set; }

    /// <summary>Gets a line's bytes (empty for an over-long line).</summary>
    public ReadOnlySpan<byte> this[int index] => _bytes.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);

    /// <summary>Gets the length of an over-long line that was read past, or 0 for a line that was read.</summary>
    public long OversizedLength(int index) => _oversized[index];

    public void Clear() => Count = 0;

    public void Add(ReadOnlySpan<byte> line)
    {
        var at = _starts[Count];
        if (at + line.Length > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, at + line.Length));
        }

        line.CopyTo(_bytes.AsSpan(at));
        _oversized[Count] = 0;
        _starts[++Count] = at + line.Length;
    }

    public void AddOversized(long length)
    {
        _oversized[Count] = Math.Max(1, length);
        _starts[Count + 1] = _starts[Count];
        Count++;
    }
}
