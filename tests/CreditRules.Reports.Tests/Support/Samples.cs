using CreditRules.Documents;
using CreditRules.Domain;
using CreditRules.Engine;
using CreditRules.Tests.Fixtures;
using NodaTime;

namespace CreditRules.Reports.Tests.Support;

/// <summary>The repository's sample documents and a generated population over them (fixed seed).</summary>
internal static class Samples
{
    public static readonly LocalDate AsOf = new(2014, 6, 30);

    private static readonly Lazy<(Catalog Catalog, PolicySet Policies, LearnerSet Learners)> Documents = new(() =>
    {
        var catalog = CatalogDocument.LoadFile(RepositoryRoot.File("samples", "catalog.json")).Value;
        var policies = PolicyDocument.LoadFile(RepositoryRoot.File("samples", "policies.json")).Value;
        var learners = LearnerDocument.LoadFile(RepositoryRoot.File("samples", "learners.json"), catalog, policies).Value;
        return (catalog, policies, learners);
    });

    public static Catalog Catalog => Documents.Value.Catalog;

    public static PolicySet Policies => Documents.Value.Policies;

    public static LearnerSet Learners => Documents.Value.Learners;

    public static CreditClaim[] Population(int learners, int seed) => [.. PopulationGenerator.Generate(Catalog, Policies, learners, seed)];
}
