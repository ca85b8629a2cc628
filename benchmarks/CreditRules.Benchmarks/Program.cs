using CreditRules.Benchmarks.Baselines;
using BenchmarkDotNet.Running;

namespace CreditRules.Benchmarks;

internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--check-baseline")
        {
            var plan = Engine.EvaluationPlan.Compile(BenchmarkWorld.Catalog, BenchmarkWorld.Policies, BenchmarkWorld.AsOf);
            var samples = new List<string>();
            var claims = BenchmarkWorld.Population(int.Parse(args.ElementAtOrDefault(1) ?? "100000", System.Globalization.CultureInfo.InvariantCulture));
            var disagreements = HandWrittenRules.Disagreements(plan, new HandWrittenRules(BenchmarkWorld.AsOf), claims, samples);
            Console.WriteLine("hand-written baseline disagrees with the engine on " + disagreements + " of " + claims.Length + " claims");
            samples.ForEach(Console.WriteLine);
            return disagreements == 0 ? 0 : 1;
        }

        if (args.Length > 0 && args[0] == "--check-rulesengine")
        {
            var plan = Engine.EvaluationPlan.Compile(BenchmarkWorld.Catalog, BenchmarkWorld.Policies, BenchmarkWorld.AsOf);
            var engine = RulesEngineSetup.CreateEngine();
            var claims = BenchmarkWorld.Population(int.Parse(args.ElementAtOrDefault(1) ?? "2000", System.Globalization.CultureInfo.InvariantCulture));
            var agree = claims.Count(c => RulesEngineSetup.Decide(engine, RulesEngineSetup.FactsFrom(c, BenchmarkWorld.AsOf)) == plan.Summarize(c).Outcome);
            Console.WriteLine("RulesEngine outcome agrees with CreditRules on " + agree + " of " + claims.Length + " claims");
            return 0;
        }

        if (args.Length > 0 && args[0] is "--generate" or "--stream-bare" or "--stream-e2e" or "--cold-start" or "--explain-timing" or "--outcome-loop")
        {
            return Harness.Run(args);
        }

        if (args.Length > 0 && args[0] == "--readme-table")
        {
            return Table.ReadmeTableCommand.Run(args);
        }

        // The README table needs every benchmark's [Row]; say so here too, without failing a run (CI's Dry smoke).
        var missing = Table.ReadmeTableCommand.MissingRows(typeof(Program).Assembly);
        if (missing.Count > 0)
        {
            Console.WriteLine("// warning: no [Row] declared for " + string.Join(", ", missing) + " (--readme-table will fail)");
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
