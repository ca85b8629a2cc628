using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CreditRules.Cli.Bulk;
using CreditRules.Benchmarks.Baselines;
using CreditRules.Cli.Documents;
using CreditRules.Engine;

namespace CreditRules.Benchmarks;

/// <summary>
/// JSON Lines end to end, per line of 20,000 generated learners (in memory): read, deserialise, map to the domain, decide
/// outcome-only, write a decision line (to a null stream), against the baseline of a bare source-generated System.Text.Json
/// deserialisation of the same lines, each at the same thread count (groups "1 thread" and "2 threads").
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class StreamingBenchmarks
{
    private const int Lines = 20_000;

    private byte[] _file = [];
    private EvaluationPlan _plan = null!;

    [GlobalSetup]
    public void Setup()
    {
        _file = Harness.GenerateBytes(Lines, seed: 2013);
        _plan = EvaluationPlan.Compile(BenchmarkWorld.Catalog, BenchmarkWorld.Policies, BenchmarkWorld.AsOf);
    }

    private const string One = "1 thread";
    private const string Two = "2 threads";

    [Benchmark(Baseline = true, OperationsPerInvoke = Lines)]
    [BenchmarkCategory(One)]
    [Row("bare source-generated System.Text.Json deserialise, per line", Data = "20,000 generated lines (seed 2013), in memory")]
    public int BareDeserializeOneThread() => Harness.BareDeserialize(new MemoryStream(_file, writable: false));

    [Benchmark(OperationsPerInvoke = Lines)]
    [BenchmarkCategory(One)]
    [Row("`bulk` pipeline end to end (read, validate, map, decide outcome-only, write to a null stream)", Data = "20,000 generated lines (seed 2013), in memory", Target = "≥ 0.7x")]
    public long EndToEndOneThread() => new BulkPipeline(_plan, 1).Run(new MemoryStream(_file, writable: false), Stream.Null, null, CancellationToken.None).Outputs;

    /// <summary>Stage: read, validate and map every line (the streaming reader; the document reader for lines it leaves), nothing decided.</summary>
    [Benchmark(OperationsPerInvoke = Lines)]
    [BenchmarkCategory(One)]
    [Row("stage: read, validate and map each line (streaming reader)", Data = "20,000 generated lines (seed 2013), in memory")]
    public int StageReadOneThread() => Harness.ReadLines(new MemoryStream(_file, writable: false), _plan, streaming: true);

    /// <summary>Stage, before the streaming reader: every line through the document reader and mapper (a DTO, then the domain record).</summary>
    [Benchmark(OperationsPerInvoke = Lines)]
    [BenchmarkCategory(One)]
    [Row("stage: the same through the document reader and mapper (the path before)", Data = "20,000 generated lines (seed 2013), in memory")]
    public int StageReadThroughDocumentReaderOneThread() => Harness.ReadLines(new MemoryStream(_file, writable: false), _plan, streaming: false);

    /// <summary>Stage: read, map and decide outcome-only every claim, nothing written.</summary>
    [Benchmark(OperationsPerInvoke = Lines)]
    [BenchmarkCategory(One)]
    [Row("stage: read, map and decide outcome-only, nothing written", Data = "20,000 generated lines (seed 2013), in memory")]
    public long StageReadAndDecideOneThread() => Harness.ReadAndDecide(new MemoryStream(_file, writable: false), _plan);

    [Benchmark(Baseline = true, OperationsPerInvoke = Lines)]
    [BenchmarkCategory(Two)]
    [Row("bare source-generated System.Text.Json deserialise, 2 threads", Threads = 2, Data = "20,000 generated lines (seed 2013), in memory")]
    public int BareDeserializeTwoThreads() => Harness.BareDeserialize(new MemoryStream(_file, writable: false), 2);

    [Benchmark(OperationsPerInvoke = Lines)]
    [BenchmarkCategory(Two)]
    [Row("`bulk` pipeline end to end, 2 threads", Threads = 2, Data = "20,000 generated lines (seed 2013), in memory", Target = "≥ 0.7x")]
    public long EndToEndTwoThreads() => new BulkPipeline(_plan, 2).Run(new MemoryStream(_file, writable: false), Stream.Null, null, CancellationToken.None).Outputs;
}

/// <summary>One-off measurements that BenchmarkDotNet does not suit: a 10-million-line file and a cold start.</summary>
internal static class Harness
{
    public static byte[] GenerateBytes(int lines, int seed)
    {
        using var buffer = new MemoryStream();
        Generate(buffer, lines, seed);
        return buffer.ToArray();
    }

    public static void Generate(Stream output, int lines, int seed)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var claim in BenchmarkWorld.WithoutExceptions(lines, seed))
        {
            LearnerLineMapper.Write(writer, claim);
            writer.Flush();
            writer.Reset();
            output.WriteByte((byte)'\n');
        }
    }

    /// <summary>The baseline: read lines and deserialise each with the source-generated context, nothing else.</summary>
    public static int BareDeserialize(Stream input)
    {
        var reader = new JsonLinesReader(input);
        var batch = new LineBatch(8192);
        var count = 0;
        while (reader.ReadBatch(batch))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                if (JsonSerializer.Deserialize(batch[i], LearnerLineJsonContext.Default.LearnerLineDto) is not null)
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>A stage of the bulk pipeline: each line read, validated and mapped to the learner record and claims, on the streaming reader or the document reader.</summary>
    public static int ReadLines(Stream input, EvaluationPlan plan, bool streaming)
    {
        var reader = new JsonLinesReader(input);
        var batch = new LineBatch(8192);
        var count = 0;
        while (reader.ReadBatch(batch))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var result = streaming
                    ? CreditRules.Documents.LearnerLines.Read(batch[i], plan.Catalog, plan.Policies)
                    : CreditRules.Documents.LearnerLines.ReadThroughDocumentReader(batch[i], plan.Catalog, plan.Policies, null);
                count += result.IsSuccess ? result.Value.Claims.Count : 0;
            }
        }

        return count;
    }

    /// <summary>Stages read and decide of the bulk pipeline, on one thread: the claims of each line decided outcome-only, nothing written.</summary>
    public static long ReadAndDecide(Stream input, EvaluationPlan plan)
    {
        var reader = new JsonLinesReader(input);
        var batch = new LineBatch(8192);
        long eligible = 0;
        long position = 0;
        while (reader.ReadBatch(batch))
        {
            for (var i = 0; i < batch.Count; i++, position++)
            {
                foreach (var claim in LearnerLineMapper.Read(batch[i], position, plan.Catalog, plan.Policies).Claims)
                {
                    eligible += plan.EvaluateEntry(position, claim).Summary.Outcome == DecisionOutcome.Eligible ? 1 : 0;
                }
            }
        }

        return eligible;
    }

    /// <summary>The baseline on several threads: the same reader, each batch's lines deserialised by <paramref name="threads"/> workers.</summary>
    public static int BareDeserialize(Stream input, int threads)
    {
        var reader = new JsonLinesReader(input);
        var batch = new LineBatch(8192);
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        var count = 0;
        while (reader.ReadBatch(batch))
        {
            var slice = (batch.Count + threads - 1) / threads;
            Parallel.For(0, threads, options, worker =>
            {
                var local = 0;
                for (var i = worker * slice; i < Math.Min(batch.Count, (worker + 1) * slice); i++)
                {
                    if (JsonSerializer.Deserialize(batch[i], LearnerLineJsonContext.Default.LearnerLineDto) is not null)
                    {
                        local++;
                    }
                }

                Interlocked.Add(ref count, local);
            });
        }

        return count;
    }

    public static int Run(string[] args)
    {
        switch (args[0])
        {
            case "--generate":
            {
                using var file = File.Create(args[2], 1 << 20);
                Generate(file, int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), 2013);
                return 0;
            }

            case "--stream-bare":
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                using var input = new FileStream(args[1], FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                var threads = Threads(args);
                var lines = threads == 1 ? BareDeserialize(input) : BareDeserialize(input, threads);
                Report("bare STJ deserialise", lines, watch.Elapsed, threads);
                return 0;
            }

            case "--stream-e2e":
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var plan = EvaluationPlan.Compile(BenchmarkWorld.Catalog, BenchmarkWorld.Policies, BenchmarkWorld.AsOf);
                using var input = new FileStream(args[1], FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                using var output = args.Length > 2 && !args[2].StartsWith("--", StringComparison.Ordinal) ? new FileStream(args[2], FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20) : (Stream)Stream.Null;
                var threads = Threads(args);
                var totals = new BulkPipeline(plan, threads).Run(input, output, null, CancellationToken.None);
                Report("end to end (" + totals.Inputs + " in, " + totals.Outputs + " out, " + totals.Errors + " errors)", totals.Lines, watch.Elapsed, threads);
                return 0;
            }

            case "--cold-start":
            {
                ColdStart.Run(args[1]);
                return 0;
            }

            case "--outcome-loop":
            {
                // For a profiler (dotnet-trace): outcome-only over the benchmark's 20,000 claims, round after round, CPU time per claim.
                var plan = EvaluationPlan.Compile(BenchmarkWorld.Catalog, BenchmarkWorld.Policies, BenchmarkWorld.AsOf);
                var claims = BenchmarkWorld.Population(20_000, seed: 2013);
                var rounds = int.Parse(args.ElementAtOrDefault(1) ?? "200", System.Globalization.CultureInfo.InvariantCulture);
                var prepared = args.Contains("--prepared") ? plan.Prepare(claims) : null;
                var results = new DecisionSummary[claims.Length];
                var n = 0;
                using var self = System.Diagnostics.Process.GetCurrentProcess();
                for (var round = 0; round < rounds; round++)
                {
                    self.Refresh();
                    var cpu = self.TotalProcessorTime;
                    if (prepared is not null)
                    {
                        plan.Summarize(prepared, results);
                        n += (int)results[round % results.Length].Outcome;
                    }
                    else
                    {
                        foreach (var claim in claims)
                        {
                            n += (int)plan.Summarize(claim).Outcome;
                        }
                    }

                    self.Refresh();
                    if (round % 20 == 0)
                    {
                        Console.WriteLine(FormattableString.Invariant($"outcome-only {(self.TotalProcessorTime - cpu).TotalMilliseconds * 1e6 / claims.Length:0} ns CPU per claim ({n})"));
                    }
                }

                return 0;
            }

            case "--explain-timing":
            {
                var plan = EvaluationPlan.Compile(BenchmarkWorld.Catalog, BenchmarkWorld.Policies, BenchmarkWorld.AsOf);
                var claims = BenchmarkWorld.Population(20_000);
                for (var round = 0; round < 5; round++)
                {
                    // CPU time, not wall time: the machine is shared while this runs.
                    using var self = System.Diagnostics.Process.GetCurrentProcess();
                    var cpu = self.TotalProcessorTime;
                    var n = 0;
                    foreach (var claim in claims)
                    {
                        n += plan.Explain(claim).Reasons.Count;
                    }

                    self.Refresh();
                    var explained = (self.TotalProcessorTime - cpu).TotalMilliseconds * 1e6 / claims.Length;
                    cpu = self.TotalProcessorTime;
                    foreach (var claim in claims)
                    {
                        n += (int)plan.Summarize(claim).Outcome;
                    }

                    self.Refresh();
                    var fast = (self.TotalProcessorTime - cpu).TotalMilliseconds * 1e6 / claims.Length;
                    Console.WriteLine(FormattableString.Invariant($"explained {explained:0} ns, outcome-only {fast:0} ns, ratio {explained / fast:0.0} ({n})"));
                }

                return 0;
            }

            default:
                return -1;
        }
    }

    /// <summary>--threads N (default: every core), for --stream-bare and --stream-e2e.</summary>
    private static int Threads(string[] args)
    {
        var at = Array.IndexOf(args, "--threads");
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : Environment.ProcessorCount;
    }

    /// <summary>The human line, then the machine-readable summary line the README table reads (--readme-table).</summary>
    private static void Report(string what, long lines, TimeSpan elapsed, int threads)
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var peak = process.PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(FormattableString.Invariant(
            $"{what}, {threads} thread(s): {lines} lines in {elapsed.TotalSeconds:0.00} s = {lines / elapsed.TotalSeconds:0} lines/s; peak working set {peak:0} MB"));
        Console.WriteLine(FormattableString.Invariant(
            $"summary: stream threads={threads} lines={lines} seconds={elapsed.TotalSeconds:0.000} lines_per_s={lines / elapsed.TotalSeconds:0} peak_ws_mb={peak:0.0}"));
    }
}
