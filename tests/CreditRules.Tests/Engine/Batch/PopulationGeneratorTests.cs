namespace CreditRules.Tests.Engine.Batch;

public sealed class PopulationGeneratorTests
{
    [Fact]
    public void Generate_SameSeed_GivesTheSamePopulation()
    {
        var first = BatchWorld.Population(2_000, seed: 42);
        var second = BatchWorld.Population(2_000, seed: 42);

        first.Select(c => (c.ToString(), BatchWorld.Plan.Summarize(c)))
            .Should().Equal(second.Select(c => (c.ToString(), BatchWorld.Plan.Summarize(c))));
    }

    [Fact]
    public void Generate_DifferentSeeds_GiveDifferentPopulations()
    {
        var first = BatchWorld.Population(200, seed: 1).Select(c => c.ToString());
        var second = BatchWorld.Population(200, seed: 2).Select(c => c.ToString());

        first.Should().NotEqual(second);
    }

    [Fact]
    public void Generate_Learners_HaveFactsForSeveralCourses()
    {
        var claims = BatchWorld.Population(2_000, seed: 3);

        claims.Select(c => c.Learner.LearnerId).Should().OnlyHaveUniqueItems().And.StartWith("L0000001");
        claims.Count(c => c.Learner.Completions.Count > 1).Should().BeGreaterThan(500);
    }

    [Fact]
    public void Generate_Learners_EnrolOncePerSession()
    {
        var claims = BatchWorld.Population(20_000, seed: 5);

        claims.Where(c => c.Learner.CourseEnrollments.GroupBy(e => e.SessionId).Any(g => g.Count() > 1))
            .Select(c => c.Learner.LearnerId).Should().BeEmpty();
        claims.Where(c => c.Learner.Completions.GroupBy(e => e.SessionId).Any(g => g.Count() > 1))
            .Select(c => c.Learner.LearnerId).Should().BeEmpty();
        // Learners with facts for three courses exist, so two "other" courses were drawn for them.
        claims.Count(c => c.Learner.Completions.Count == 3).Should().BeGreaterThan(100);
    }

    [Fact]
    public void Generate_NegativeCount_ThrowsNamingParameter()
    {
        var act = () => PopulationGenerator.Generate(BatchWorld.Catalog, BatchWorld.Policies, -1, 1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("learners");
    }
}
