using CreditRules.Domain;
using CreditRules.Engine.Rules;

namespace CreditRules.Engine;

/// <summary>
/// Every institution and program of a plan, resolved once per explorer (not per request): the compiled institution and
/// program routes, and each program's position in (institution id, program id) ordinal order, so the ranked pass neither
/// looks an id up nor compares strings. Immutable; thread-safe.
/// </summary>
internal sealed class ExploreTargets
{
    public ExploreTargets(RulePlan plan)
    {
        var targets = new List<ExploreTarget>();
        var starts = new List<int>();
        foreach (var institution in plan.Policies.Institutions)
        {
            starts.Add(targets.Count);
            var routes = plan.RoutesOrNull(institution.Id)!;
            foreach (var program in institution.Programs)
            {
                targets.Add(new ExploreTarget(institution, program, routes, routes.FindProgram(program.Id)!));
            }
        }

        starts.Add(targets.Count);
        var byId = Enumerable.Range(0, targets.Count)
            .OrderBy(t => targets[t].Institution.Id, StringComparer.Ordinal)
            .ThenBy(t => targets[t].Program.Id, StringComparer.Ordinal)
            .ToArray();
        for (var k = 0; k < byId.Length; k++)
        {
            targets[byId[k]].Order = k;
        }

        All = [.. targets];
        InstitutionStarts = [.. starts];
    }

    /// <summary>Every program of every institution, institution by institution in the policy set's order.</summary>
    public ExploreTarget[] All { get; }

    /// <summary>Where each institution's programs start in <see cref="All"/>, plus the end (one more entry than institutions).</summary>
    public int[] InstitutionStarts { get; }
}

/// <summary>One institution and program resolved against the plan.</summary>
internal sealed class ExploreTarget(Institution institution, DegreeProgram program, InstitutionRoutes routes, ProgramRoutes programRoutes)
{
    public Institution Institution { get; } = institution;

    public DegreeProgram Program { get; } = program;

    public InstitutionRoutes Routes { get; } = routes;

    public ProgramRoutes ProgramRoutes { get; } = programRoutes;

    /// <summary>The position of (institution id, program id) in ordinal order.</summary>
    public int Order { get; set; }

    /// <summary>The program's record routes by policy version (index + 1; 0 for none), each taken from the record plan on first use.</summary>
    private readonly RecordRoute?[] _records = new RecordRoute?[institution.Policies.Count + 1];

    /// <summary>The record route of the program under a policy version (index in <see cref="Institution.Policies"/>, or -1 for none): <see cref="RecordPlan.Route"/>, looked up once per target.</summary>
    public RecordRoute RecordRoute(RecordPlan plan, int policyIndex)
    {
        // Two threads may look it up at once; the plan hands both the same route.
        return Volatile.Read(ref _records[policyIndex + 1]) ?? (_records[policyIndex + 1] = plan.Route(Institution, policyIndex, Program));
    }
}
