using CreditRules.Tests.Support;

namespace CreditRules.Tests.Engine;

public sealed class ThreadSafetyTests
{
    private const int Seed = 2013;

    [Fact]
    public void Evaluate_OneEvaluatorFromManyThreads_EqualsSequentialResults()
    {
        var population = HostSamples.Population(3000, Seed);
        var evaluator = new EligibilityEvaluator(HostSamples.Catalog, HostSamples.Policies, [new ProgramAdmissionRule()]);

        var sequential = population.Select(r => HostSamples.Fingerprint(evaluator.Evaluate(r))).ToArray();
        var parallel = new string[population.Count];
        Parallel.For(0, population.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = HostSamples.Fingerprint(evaluator.Evaluate(population[i])));

        parallel.Should().Equal(sequential);
    }

    [Fact]
    public void Population_FixedSeed_CoversEveryOutcome()
    {
        var evaluator = new EligibilityEvaluator(HostSamples.Catalog, HostSamples.Policies);

        var outcomes = HostSamples.Population(3000, Seed).Select(r => evaluator.Evaluate(r).Outcome).Distinct();

        // Without every outcome the parity test above would prove less than it claims.
        outcomes.Should().BeEquivalentTo([DecisionOutcome.Eligible, DecisionOutcome.NotEligible, DecisionOutcome.Incomplete]);
    }
}
