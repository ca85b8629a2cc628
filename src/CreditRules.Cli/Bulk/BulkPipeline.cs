using System.Buffers;
using System.Text.Json;
using CreditRules.Cli.Documents;
using CreditRules.Engine;

namespace CreditRules.Cli.Bulk;

/// <summary>
/// Streams JSON Lines learner records through an <see cref="EvaluationPlan"/> and writes one JSON line per input, in
/// input order. Lines are read in batches; each batch is split into contiguous parts decided on separate threads, each
/// part writing into its own buffer, and the parts are written out in order while the next batch is read. Memory is
/// bounded by two batches, whatever the file's length. Blank lines are skipped; every other line yields one entry per
/// claim, or one error entry.
/// </summary>
internal sealed class BulkPipeline(EvaluationPlan plan, int degreeOfParallelism, int batchLines = 8192)
{
    private readonly int _parts = Math.Max(1, degreeOfParallelism);

    public BulkTotals Run(Stream input, Stream? output, Action<long>? progressBytes, CancellationToken cancellationToken)
    {
        var reader = new JsonLinesReader(input);
        var totals = new BulkTotals();
        var parts = Enumerable.Range(0, _parts).Select(_ => new Part()).ToArray();
        LineBatch current = new(batchLines), next = new(batchLines);
        long position = 0;
        var hasCurrent = reader.ReadBatch(current);
        current.FirstPosition = 0;
        while (hasCurrent && !cancellationToken.IsCancellationRequested)
        {
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
                if (output is not null)
                {
                    output.Write(part.Buffer.WrittenSpan);
                }
            }

            progressBytes?.Invoke(reader.BytesRead);
            hasCurrent = readNext.GetAwaiter().GetResult();
            (current, next) = (next, current);
        }

        output?.Flush();
        return totals;
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
            var line = batch[i];
            if (IsBlank(line))
            {
                continue;
            }

            part.Totals.Lines++;
            var position = batch.FirstPosition + i;
            var read = LearnerLineMapper.Read(line, position, plan.Catalog, plan.Policies);
            if (read.Error is { } error)
            {
                Emit(part, new BulkEntry(error), null, write);
                continue;
            }

            foreach (var claim in read.Claims)
            {
                Emit(part, plan.EvaluateEntry(position, claim), claim, write);
            }
        }

        part.Writer.Flush();
    }

    private static void Emit(Part part, in BulkEntry entry, CreditClaim? claim, bool write)
    {
        part.Totals.Add(entry);
        if (write)
        {
            DecisionLineWriter.Write(part.Writer, entry, claim);
            part.Writer.Flush();
            part.Writer.Reset();
            part.Buffer.Write("\n"u8);
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;

    private sealed class Part
    {
        public Part()
        {
            Writer = new Utf8JsonWriter(Buffer, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }

        public ArrayBufferWriter<byte> Buffer { get; } = new(1 << 20);

        public Utf8JsonWriter Writer { get; }

        public BulkTotals Totals { get; } = new();

        public void Reset()
        {
            Buffer.ResetWrittenCount();
            Writer.Reset(Buffer);
            Totals.Clear();
        }
    }
}
