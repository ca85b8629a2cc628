namespace CreditRules.Cli.Bulk;

/// <summary>
/// Reads a UTF-8 JSON Lines stream in batches of lines, as bytes (no string per line). Memory is bounded by the batch:
/// the batch's buffers are reused, so a file of any length is read in constant memory.
/// </summary>
internal sealed class JsonLinesReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[1 << 20];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>Gets the bytes consumed so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Fills <paramref name="batch"/> with up to its capacity of lines; returns false at the end of the stream.</summary>
    public bool ReadBatch(LineBatch batch)
    {
        batch.Clear();
        while (batch.Count < batch.Capacity)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                batch.Add(_buffer.AsSpan(_start, newline));
                _start += newline + 1;
                BytesRead += newline + 1;
                continue;
            }

            if (_eof)
            {
                if (_end > _start)
                {
                    batch.Add(_buffer.AsSpan(_start, _end - _start));
                    BytesRead += _end - _start;
                    _start = _end;
                }

                break;
            }

            Fill(batch);
        }

        return batch.Count > 0;
    }

    private void Fill(LineBatch batch)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            // One line longer than the buffer: hand what we have to the batch as a partial line; it will not parse and
            // becomes an error entry, while the rest of the line is skipped up to its newline.
            batch.Add(_buffer.AsSpan(0, _end));
            BytesRead += _end;
            _end = 0;
            SkipRestOfLine();
            return;
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    private void SkipRestOfLine()
    {
        while (true)
        {
            var read = stream.Read(_buffer, 0, _buffer.Length);
            if (read == 0)
            {
                _eof = true;
                return;
            }

            var newline = _buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                BytesRead += newline + 1;
                _start = newline + 1;
                _end = read;
                return;
            }

            BytesRead += read;
        }
    }
}

/// <summary>A reusable batch of lines: their bytes back to back, with offsets.</summary>
internal sealed class LineBatch(int capacity)
{
    private byte[] _bytes = new byte[capacity * 512];
    private readonly int[] _starts = new int[capacity + 1];

    public int Capacity { get; } = capacity;

    public int Count { get; private set; }

    /// <summary>Gets the position (0-based line number in the stream) of the batch's first line.</summary>
    public long FirstPosition { get; set; }

    public ReadOnlySpan<byte> this[int index] => _bytes.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);

    public void Clear() => Count = 0;

    public void Add(ReadOnlySpan<byte> line)
    {
        if (line.Length > 0 && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        var at = _starts[Count];
        if (at + line.Length > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, at + line.Length));
        }

        line.CopyTo(_bytes.AsSpan(at));
        _starts[++Count] = at + line.Length;
    }
}
