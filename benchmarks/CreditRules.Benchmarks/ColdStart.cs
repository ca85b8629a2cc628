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
        Console.WriteLine(FormattableString.Invariant(
            $"load documents {loaded.Wall:0.0} ms; then compile {compiled.Wall - input.Wall:0.0} ms, read line {read.Wall - compiled.Wall:0.0} ms, outcome-only {first.Wall - read.Wall:0.0} ms: first decision {first.Wall - loaded.Wall:0.0} ms after loading (CPU {first.Cpu - loaded.Cpu:0} ms); explained {explained.Wall - first.Wall:0.0} ms more ({summary.Outcome}, {decision.Outcome})"));
        Console.WriteLine(FormattableString.Invariant(
            $"  CPU ms / JIT-compiled methods: read the input file {input.Cpu - loaded.Cpu:0} / {input.Methods - loaded.Methods}, compile the plan {compiled.Cpu - input.Cpu:0} / {compiled.Methods - input.Methods}, read the line {read.Cpu - compiled.Cpu:0} / {read.Methods - compiled.Methods}, outcome-only {first.Cpu - read.Cpu:0} / {first.Methods - read.Methods}: first decision {first.Methods - loaded.Methods} methods ({(first.Jit - loaded.Jit).TotalMilliseconds:0.0} ms in the JIT); explained {explained.Methods - first.Methods} more; whole process so far {explained.Methods}"));
    }

    private static (double Wall, double Cpu, long Methods, TimeSpan Jit) Mark(System.Diagnostics.Process self, System.Diagnostics.Stopwatch watch)
    {
        var wall = watch.Elapsed.TotalMilliseconds;
        var methods = JitInfo.GetCompiledMethodCount();
        var jit = JitInfo.GetCompilationTime();
        self.Refresh();
        return (wall, self.TotalProcessorTime.TotalMilliseconds, methods, jit);
    }
}
