using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace CreditRules.Benchmarks.Table;

/// <summary>
/// <c>--readme-table BDN-RESULTS-DIR [--harness RESULTS-DIR] [--readme README.md]</c>: the performance table from one run's
/// BenchmarkDotNet JSON reports (<c>*-report-full-compressed.json</c>) and the harness scripts' outputs, printed, or
/// written between the README's markers (never from a Dry job: that is not a measurement).
/// </summary>
internal static class ReadmeTableCommand
{
    /// <summary>The whole-process rows: each reads the summary line of one file the harness scripts write (run-all.sh).</summary>
    public static readonly HarnessRowSpec[] HarnessRows =
    [
        new("`creditrules evaluate`, one learner, NativeAOT build of the tool: whole process, median of fresh processes (`eng/coldstart.sh`)", 1,
            "the first learner of `samples/learners.json`, {runs} runs", "coldstart-evaluate-aot.txt", "median_ms", "≤ 150 ms",
            BaselineFile: "coldstart-evaluate-jit.txt", BaselineLabel: "the same command, JIT build"),
        new("`creditrules evaluate`, one learner, JIT build (`dotnet CreditRules.Cli.dll`): whole process, median", 1,
            "the first learner of `samples/learners.json`, {runs} runs", "coldstart-evaluate-jit.txt", "median_ms", "reported"),
        new("`creditrules --help`, JIT build: whole process, median (the runtime's own floor)", 1,
            "{runs} runs", "coldstart-help-jit.txt", "median_ms", ""),
        new("First decision in process after loading the documents (compile the plan, read one line, outcome-only), JIT (`first-decision.sh`), median wall", 1,
            "one generated learner, {runs} fresh processes", "first-decision.txt", "first_ms", "< 20 ms"),
        new("`bulk` pipeline end to end (read, validate, map, decide, write decisions to a file), `--stream-e2e`", 1,
            "{lines} generated JSON Lines from a file", "stream-e2e-1.txt", "lines_per_s", "≥ 0.7x",
            BaselineFile: "stream-bare-1.txt", BaselineLabel: "bare source-generated STJ deserialise of the same file, 1 thread"),
        new("`bulk` pipeline end to end, `--stream-e2e`", 2,
            "{lines} generated JSON Lines from a file", "stream-e2e-2.txt", "lines_per_s", "≥ 0.7x",
            BaselineFile: "stream-bare-2.txt", BaselineLabel: "the same bare deserialise, 2 threads"),
        new("Peak working set of that end-to-end run (whole process)", 2,
            "{lines} generated JSON Lines from a file", "stream-e2e-2.txt", "peak_ws_mb", "< 200 MB", MinLines: 10_000_000),
    ];

    public static int Run(string[] args)
    {
        string? bdn = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : null;
        string? harness = Option(args, "--harness");
        string? readme = Option(args, "--readme");
        if (bdn is null)
        {
            Console.Error.WriteLine("usage: --readme-table BDN-RESULTS-DIR [--harness RESULTS-DIR] [--readme README.md]");
            return 2;
        }

        try
        {
            var specs = Specs(typeof(Program).Assembly);
            var files = Directory.GetFiles(bdn, "*-report-full-compressed.json").Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                throw new InvalidOperationException("No BenchmarkDotNet JSON report (*-report-full-compressed.json) in " + bdn + ": run with --exporters json.");
            }

            var reports = files.Select(f => PerfTable.ReadReport(File.ReadAllText(f))).ToList();
            var harnessFiles = harness is null
                ? new Dictionary<string, string>(StringComparer.Ordinal)
                : HarnessRows.Select(h => h.File).Concat(HarnessRows.Select(h => h.BaselineFile).OfType<string>()).Distinct(StringComparer.Ordinal)
                    .Where(f => File.Exists(Path.Combine(harness, f))).ToDictionary(f => f, f => File.ReadAllText(Path.Combine(harness, f)), StringComparer.Ordinal);
            var loads = harness ?? bdn;
            var table = PerfTable.Render(reports, specs, HarnessRows, harnessFiles, PerfTable.Load(ReadIfExists(Path.Combine(loads, "uptime-start.txt"))), PerfTable.Load(ReadIfExists(Path.Combine(loads, "uptime-end.txt"))));
            if (readme is null)
            {
                Console.Write(table);
                return 0;
            }

            if (reports.SelectMany(r => r.Results).Any(r => r.Job.StartsWith("Dry", StringComparison.Ordinal)))
            {
                throw new InvalidOperationException("A Dry job is not a measurement: the README keeps its table (print it without --readme).");
            }

            File.WriteAllText(readme, PerfTable.ReplaceRegion(File.ReadAllText(readme), table));
            Console.WriteLine("wrote the performance table into " + readme);
            return 0;
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine("--readme-table: " + e.Message);
            return 1;
        }
    }

    /// <summary>Every [Benchmark] method's declared row, by Type.Method; fails naming every benchmark without [Row].</summary>
    /// <exception cref="InvalidOperationException">Some benchmark has no [Row].</exception>
    public static Dictionary<string, BenchmarkRowSpec> Specs(Assembly assembly)
    {
        var missing = MissingRows(assembly);
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("No [Row] declared for " + string.Join(", ", missing) + ": every benchmark states its row, threads, data and target.");
        }

        return Benchmarks(assembly).ToDictionary(
            b => b.Key,
            b =>
            {
                var row = b.Method.GetCustomAttribute<RowAttribute>()!;
                var categories = b.Method.GetCustomAttributes<BenchmarkCategoryAttribute>().Concat(b.Type.GetCustomAttributes<BenchmarkCategoryAttribute>()).SelectMany(c => c.Categories);
                return new BenchmarkRowSpec(b.Key, row.Label, row.Threads, row.Data, row.Target, b.Attribute.Baseline, string.Join(",", categories.Order(StringComparer.Ordinal)));
            },
            StringComparer.Ordinal);
    }

    /// <summary>Type.Method of every [Benchmark] method without [Row].</summary>
    public static List<string> MissingRows(Assembly assembly) =>
        [.. Benchmarks(assembly).Where(b => b.Method.GetCustomAttribute<RowAttribute>() is null).Select(b => b.Key)];

    private static IEnumerable<(string Key, Type Type, MethodInfo Method, BenchmarkAttribute Attribute)> Benchmarks(Assembly assembly) =>
        from type in assembly.GetTypes()
        where type.IsPublic && !type.IsAbstract
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
        let attribute = method.GetCustomAttribute<BenchmarkAttribute>()
        where attribute is not null
        orderby type.Name, method.Name
        select (type.Name + "." + method.Name, type, method, attribute);

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static string? ReadIfExists(string path) => File.Exists(path) ? File.ReadAllText(path) : null;
}
