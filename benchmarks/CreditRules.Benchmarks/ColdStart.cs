using System.Runtime;
using CreditRules.Cli.Documents;
using CreditRules.Engine;

namespace CreditRules.Benchmarks;

/// <summary>
/// The <c>--cold-start</c> measurement (run by <c>first-decision.sh</c> in fresh processes): load the sample documents,
/// then time from the loaded documents to the first outcome-only decision of one JSON Lines learner, phase by phase.
/// </summary>
/// <remarks>
/// Each phase reports wall time, this process's CPU time (JIT included; a busy machine disturbs it far less than wall
/// time) and the methods the JIT compiled in it (<see cref="JitInfo.GetCompiledMethodCount"/>, all threads). Nothing
/// is decided before the timed decision: the process is fresh and the claim is decided once, outcome-only, then explained.
/// </remarks>
internal static class ColdStart
{
    public static void Run(string linesPath)
    {
        var jitLog = Environment.GetEnvironmentVariable("CREDITRULES_COLDSTART_JITLOG");
        using var jitTimes = jitLog is null ? null : new JitTimes();
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Mark(self, watch); // the instrument's own first call, so its JIT is not counted in a phase
        var (catalog, policies) = CreditRules.Cli.Bulk.BulkData.Samples();
        var loaded = Mark(self, watch);
        var line = System.Text.Encoding.UTF8.GetBytes(File.ReadLines(linesPath).First());
        var input = Mark(self, watch);
        var plan = EvaluationPlan.Compile(catalog, policies, CreditRules.Cli.Bulk.BulkData.DefaultAsOf);
        var compiled = Mark(self, watch);
        var claim = LearnerLineMapper.Read(line, 0, catalog, policies).Claims[0];
        var read = Mark(self, watch);
        var summary = plan.Summarize(claim);
        var first = Mark(self, watch);
        var decision = plan.Explain(claim);
        var explained = Mark(self, watch);
        if (Environment.GetEnvironmentVariable("CREDITRULES_COLDSTART_MARKS") == "1")
        {
            // Monotonic clock (ns) at each phase's end, to cut a perf recording (perf script times) into phases.
            Console.Error.WriteLine(FormattableString.Invariant(
                $"marks loaded {loaded.At} input {input.At} compiled {compiled.At} read {read.At} first {first.At} explained {explained.At}"));
        }

        if (jitTimes is not null)
        {
            jitTimes.Write(jitLog!, [("compile", input.Utc, compiled.Utc), ("read", compiled.Utc, read.Utc), ("outcome", read.Utc, first.Utc), ("explain", first.Utc, explained.Utc)]);
        }

        Console.WriteLine(FormattableString.Invariant(
            $"load documents {loaded.Wall:0.0} ms; then compile {compiled.Wall - input.Wall:0.0} ms, read line {read.Wall - compiled.Wall:0.0} ms, outcome-only {first.Wall - read.Wall:0.0} ms: first decision {first.Wall - loaded.Wall:0.0} ms after loading (CPU {first.Cpu - loaded.Cpu:0} ms); explained {explained.Wall - first.Wall:0.0} ms more ({summary.Outcome}, {decision.Outcome})"));
        Console.WriteLine(FormattableString.Invariant(
            $"  CPU ms / JIT-compiled methods: read the input file {input.Cpu - loaded.Cpu:0} / {input.Methods - loaded.Methods}, compile the plan {compiled.Cpu - input.Cpu:0} / {compiled.Methods - input.Methods}, read the line {read.Cpu - compiled.Cpu:0} / {read.Methods - compiled.Methods}, outcome-only {first.Cpu - read.Cpu:0} / {first.Methods - read.Methods}: first decision {first.Methods - loaded.Methods} methods ({(first.Jit - loaded.Jit).TotalMilliseconds:0.0} ms in the JIT); explained {explained.Methods - first.Methods} more; whole process so far {explained.Methods}"));
    }

    private static (double Wall, double Cpu, long Methods, TimeSpan Jit, long At, DateTime Utc) Mark(System.Diagnostics.Process self, System.Diagnostics.Stopwatch watch)
    {
        var at = (long)(System.Diagnostics.Stopwatch.GetTimestamp() * (1e9 / System.Diagnostics.Stopwatch.Frequency));
        var wall = watch.Elapsed.TotalMilliseconds;
        var methods = JitInfo.GetCompiledMethodCount();
        var jit = JitInfo.GetCompilationTime();
        self.Refresh();
        return (wall, self.TotalProcessorTime.TotalMilliseconds, methods, jit, at, DateTime.UtcNow);
    }

    /// <summary>
    /// With <c>CREDITRULES_COLDSTART_JITLOG=file</c>: the runtime's JIT events (MethodJittingStarted to MethodLoadVerbose
    /// on the same thread) timed per method, written per phase as "phase, microseconds, IL bytes, code bytes, method", to see
    /// which methods cost the JIT's time (type loads and token resolution included), not just which are large. The events
    /// slow the JIT down, so read the figures relative to each other, not as the phase's time.
    /// </summary>
    private sealed class JitTimes : System.Diagnostics.Tracing.EventListener
    {
        private readonly Dictionary<long, (DateTime Start, string Name, uint IlSize)> _started = [];
        private readonly List<(DateTime Start, double Micros, uint IlSize, uint CodeSize, string Name)> _methods = [];
        private readonly Lock _lock = new();

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x10); // JIT keyword
            }
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs eventData)
        {
            var name = eventData.EventName ?? string.Empty;
            var payload = eventData.Payload;
            var names = eventData.PayloadNames;
            if (payload is null || names is null)
            {
                return;
            }

            object? Get(string key) => names.IndexOf(key) is var i and >= 0 ? payload[i] : null;
            lock (_lock)
            {
                if (name.StartsWith("MethodJittingStarted", StringComparison.Ordinal))
                {
                    _started[eventData.OSThreadId] = (eventData.TimeStamp, Get("MethodNamespace") + "::" + Get("MethodName"), Convert.ToUInt32(Get("MethodILSize"), System.Globalization.CultureInfo.InvariantCulture));
                }
                else if (name.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) && _started.Remove(eventData.OSThreadId, out var start))
                {
                    var size = Convert.ToUInt32(Get("MethodSize"), System.Globalization.CultureInfo.InvariantCulture);
                    _methods.Add((start.Start, (eventData.TimeStamp - start.Start).TotalMicroseconds, start.IlSize, size, start.Name));
                }
            }
        }

        public void Write(string path, (string Phase, DateTime From, DateTime To)[] phases)
        {
            // Events arrive a little after they happen: wait for the last phase's.
            Thread.Sleep(1500);
            lock (_lock)
            {
                using var writer = new StreamWriter(path);
                foreach (var (phase, from, to) in phases)
                {
                    foreach (var m in _methods.Where(m => m.Start >= from && m.Start < to))
                    {
                        writer.WriteLine(FormattableString.Invariant($"{phase}\t{m.Micros:0}\t{m.IlSize}\t{m.CodeSize}\t{m.Name}"));
                    }
                }
            }
        }
    }
}
