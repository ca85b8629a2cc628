using System.Buffers;
using System.Globalization;
using System.Text.Json;
using CreditRules.Cli.Documents;
using CreditRules.Engine;

namespace CreditRules.Cli.Bulk;

/// <summary>
/// Streams JSON Lines learner records through an <see cref="EvaluationPlan"/> and writes one JSON line per input, in
/// input order. Lines are read in batches; each batch is split into contiguous parts decided on separate threads, each
/// part writing into its own buffer, and the parts are written out in order while the next batch is read. Memory is
/// bounded by two batches and one line of at most the line limit, whatever the file's length or its lines' length, plus
/// the duplicate-id check: about 10 bytes per distinct learner id (<see cref="LearnerIdTable"/>, 100 MB for 10 million).
/// Blank lines are skipped; every other line yields one entry per claim, or one error entry; a learner id seen on an
/// earlier line adds a warning entry after the line's entries.
/// </summary>
/// <remarks>
/// Cancellation is checked between batches: the batch in flight is finished and written whole, so the output always
/// ends with a complete line, and <see cref="BulkTotals.NextPosition"/> and <see cref="BulkTotals.NextInputOffset"/>
/// say where to resume. <paramref name="checkpoint"/> runs after each batch is written. With a
/// <paramref name="recordDataVersion"/>, each decision written also carries its decision record: the claim is decided
/// again on the explained path (reasons, next steps) and the learner's facts are embedded; <paramref name="withSettings"/>
/// likewise adds the settings the explained decision applied, with their scopes.
/// </remarks>
internal sealed class BulkPipeline(EvaluationPlan plan, int degreeOfParallelism, int batchLines = 8192, int maxLineBytes = JsonLinesReader.DefaultMaxLineBytes, string? recordDataVersion = null, bool withSettings = false)
{
    /// <summary>The code of the warning entry written after a line whose learner id appeared on an earlier line.</summary>
    public const string DuplicateLearnerIdCode = "DuplicateLearnerId";

    private readonly int _parts = Math.Max(1, degreeOfParallelism);

    public BulkTotals Run(Stream input, Stream? output, Action<long>? progressBytes, CancellationToken cancellationToken) =>
        Run(input, output, new BulkStart(0, 0), progressBytes, null, cancellationToken);

    public BulkTotals Run(Stream input, Stream? output, BulkStart start, Action<long>? progressBytes, Action<BulkTotals>? checkpoint, CancellationToken cancellationToken)
    {
        var reader = new JsonLinesReader(input, maxLineBytes, start.InputOffset);
        var totals = new BulkTotals { NextPosition = start.Position, NextInputOffset = start.InputOffset };
        var parts = Enumerable.Range(0, _parts).Select(_ => new Part()).ToArray();
        var seen = new LearnerIdTable();
        if (start.Position > 0)
        {
            SeedSeen(input, start, seen);
        }

        LineBatch current = new(batchLines), next = new(batchLines);
        var position = start.Position;
        var hasCurrent = reader.ReadBatch(current);
        current.FirstPosition = position;
        while (hasCurrent)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                totals.Cancelled = true;
                break;
            }

            position += current.Count;
            var nextPosition = position;
            var readNext = Task.Run(() =>
            {
                var more = reader.ReadBatch(next);
                next.FirstPosition = nextPosition;
                return more;
            });
            Decide(current, parts, output is not null);
            foreach (var part in parts)
            {
                totals.Merge(part.Totals);
                WriteInOrder(part, output, seen, totals);
            }

            output?.Flush();
            totals.NextPosition = current.FirstPosition + current.Count;
            totals.NextInputOffset = current.EndOffset;
            checkpoint?.Invoke(totals);
            progressBytes?.Invoke(current.EndOffset);
            hasCurrent = readNext.GetAwaiter().GetResult();
            (current, next) = (next, current);

            // Everything the batch's lines allocated (records, claims, decisions) is garbage now. Collecting the young
            // generation here bounds it to one batch's worth (~8 MB for 1 MiB of lines) instead of the GC's own budget,
            // which follows the CPU cache (~25 MB here): the peak resident set of a 10 M line run, ~15 MB less, for
            // about one cheap collection per 700 lines (nearly nothing survives it).
            GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        }

        output?.Flush();
        return totals;
    }

    /// <summary>
    /// Adds the learner ids of the lines before a resumed run's start to <paramref name="seen"/>, each with its line, as the
    /// interrupted run had added them: a line after the start then gets the same duplicate-id warning, naming the same first
    /// line, as in an uninterrupted run. The lines are read again (from the start of the stream, which must be seekable) and
    /// their ids taken as <see cref="DecidePart"/> takes them (a line read without error), but not decided; the stream is
    /// left at <see cref="BulkStart.InputOffset"/>.
    /// </summary>
    private void SeedSeen(Stream input, BulkStart start, LearnerIdTable seen)
    {
        input.Seek(0, SeekOrigin.Begin);
        var reader = new JsonLinesReader(input, maxLineBytes);
        var batch = new LineBatch(8192);
        var ids = new string?[batch.Capacity];
        var position = 0L;
        while (position < start.Position && reader.ReadBatch(batch))
        {
            var count = (int)Math.Min(batch.Count, start.Position - position);
            var first = position;
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = _parts }, i =>
                ids[i] = batch.OversizedLength(i) > 0 || IsBlank(batch[i]) ? null : LearnerLineMapper.Read(batch[i], first + i, plan.Catalog, plan.Policies) is { Error: null } read ? read.LearnerId : null);
            for (var i = 0; i < count; i++)
            {
                if (ids[i] is { } id)
                {
                    seen.SeenBefore(Hash(id), first + i, out _);
                }
            }

            position += count;
        }

        input.Seek(start.InputOffset, SeekOrigin.Begin);
    }

    /// <summary>Writes a part's entries line by line, adding a warning entry after each line whose learner id was seen before.</summary>
    private static void WriteInOrder(Part part, Stream? output, LearnerIdTable seen, BulkTotals totals)
    {
        var written = 0;
        foreach (var line in part.Lines)
        {
            if (output is not null)
            {
                output.Write(part.Buffer.WrittenSpan[written..line.BufferEnd]);
                written = line.BufferEnd;
            }

            if (line.LearnerId is not { } id)
            {
                continue;
            }

            if (seen.SeenBefore(Hash(id), line.Position, out var first))
            {
                totals.DuplicateLearnerIds++;
                if (output is not null)
                {
                    WriteWarning(output, line.Position, id, first);
                }
            }
        }

        if (output is not null && written < part.Buffer.WrittenCount)
        {
            output.Write(part.Buffer.WrittenSpan[written..]);
        }
    }

    private static void WriteWarning(Stream output, long position, string learnerId, long first)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("position"u8, position);
            writer.WriteString("learnerId"u8, learnerId);
            writer.WriteStartObject("warning"u8);
            writer.WriteString("code"u8, DuplicateLearnerIdCode);
            writer.WriteString("message"u8, DuplicateMessage(position, learnerId, first));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        buffer.Write("\n"u8);
        output.Write(buffer.WrittenSpan);
    }

    public static string DuplicateMessage(long position, string learnerId, long first) =>
        "Line " + (position + 1).ToString(CultureInfo.InvariantCulture) + ": the learner id '" + learnerId + "' already appeared on line "
        + (first + 1).ToString(CultureInfo.InvariantCulture) + "; this line's claims were decided too.";

    /// <summary>
    /// 64-bit FNV-1a of the id: the duplicate check keeps this hash and a line number per distinct learner, not the id, in
    /// about 10 bytes (<see cref="LearnerIdTable"/>). Two different ids collide with a probability of about n²/2⁶⁵ (10⁻⁶ for
    /// ten million learners): a false warning, never a missed duplicate.
    /// </summary>
    private static ulong Hash(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private void Decide(LineBatch batch, Part[] parts, bool write)
    {
        var size = (batch.Count + parts.Length - 1) / parts.Length;
        if (parts.Length == 1)
        {
            DecidePart(batch, parts[0], 0, batch.Count, write);
            return;
        }

        Parallel.For(0, parts.Length, p => DecidePart(batch, parts[p], Math.Min(p * size, batch.Count), Math.Min((p + 1) * size, batch.Count), write));
    }

    private void DecidePart(LineBatch batch, Part part, int from, int to, bool write)
    {
        part.Reset();
        for (var i = from; i < to; i++)
        {
            var position = batch.FirstPosition + i;
            if (batch.OversizedLength(i) is var length and > 0)
            {
                part.Totals.Lines++;
                Emit(part, new BulkEntry(LearnerLineMapper.Oversized(position, length, maxLineBytes).Error!), null, write);
                part.Lines.Add(new LineRecord(position, null, part.Buffer.WrittenCount));
                continue;
            }

            var line = batch[i];
            if (IsBlank(line))
            {
                continue;
            }

            part.Totals.Lines++;
            var read = LearnerLineMapper.Read(line, position, plan.Catalog, plan.Policies);
            if (read.Error is { } error)
            {
                Emit(part, new BulkEntry(error), null, write);
                part.Lines.Add(new LineRecord(position, null, part.Buffer.WrittenCount));
                continue;
            }

            foreach (var claim in read.Claims)
            {
                Emit(part, plan.EvaluateEntry(position, claim), claim, write);
            }

            part.Lines.Add(new LineRecord(position, read.LearnerId, part.Buffer.WrittenCount));
        }

        part.Writer.Flush();
    }

    private void Emit(Part part, in BulkEntry entry, CreditClaim? claim, bool write)
    {
        part.Totals.Add(entry);
        if (write)
        {
            var explained = (recordDataVersion is not null || withSettings) && claim is not null && entry.Error is null ? plan.Explain(claim) : null;
            var record = recordDataVersion is not null && explained is not null
                ? CreditRules.Documents.DecisionRecords.Create(explained, claim!.Learner, recordDataVersion)
                : null;
            DecisionLineWriter.Write(part.Writer, entry, claim, record, withSettings ? explained?.Settings : null);
            part.Writer.Flush();
            part.Writer.Reset();
            part.Buffer.Write("\n"u8);
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;

    /// <summary>A decided line: its position, its learner id when it was read, and where its entries end in the part's buffer.</summary>
    private readonly record struct LineRecord(long Position, string? LearnerId, int BufferEnd);

    private sealed class Part
    {
        public Part()
        {
            Writer = new Utf8JsonWriter(Buffer, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }

        public ArrayBufferWriter<byte> Buffer { get; } = new(1 << 16);

        public Utf8JsonWriter Writer { get; }

        public BulkTotals Totals { get; } = new();

        public List<LineRecord> Lines { get; } = [];

        public void Reset()
        {
            Buffer.ResetWrittenCount();
            Writer.Reset(Buffer);
            Totals.Clear();
            Lines.Clear();
        }
    }
}

/// <summary>Where a run starts: the 0-based line position and the byte offset of that line in the input.</summary>
internal readonly record struct BulkStart(long Position, long InputOffset);
