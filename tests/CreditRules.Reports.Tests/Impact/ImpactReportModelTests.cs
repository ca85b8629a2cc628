using CreditRules.Domain;
using CreditRules.Engine;
using CreditRules.Reports.Tests.Support;

namespace CreditRules.Reports.Tests.Impact;

/// <summary>The impact model is checked against the engine's own comparison and an independent per-claim tally, before any HTML.</summary>
public sealed class ImpactReportModelTests
{
    private static readonly CreditClaim[] Claims = Samples.Population(3_000, seed: 2013);
    private static readonly EvaluationPlan Baseline = EvaluationPlan.Compile(Samples.Catalog, Samples.Policies, Samples.AsOf);
    private static readonly EvaluationPlan TwoYearsLater = EvaluationPlan.Compile(Samples.Catalog, Samples.Policies, Samples.AsOf.PlusYears(2));
    private static readonly ImpactReportModel Model = ImpactReportModel.Create(Baseline, TwoYearsLater, Claims, 3, []);

    [Fact]
    public void Create_TwoYearsLater_CountsEqualTheEngineComparison()
    {
        var engine = PopulationImpact.Compare(Baseline, TwoYearsLater, Claims, 3, TestContext.Current.CancellationToken);

        Model.Claims.Should().Be(engine.Claims).And.Be(Claims.Length);
        Model.Errors.Should().Be(engine.Errors);
        Model.Changed.Should().Be(engine.Changed).And.BeGreaterThan(0, "two years later some recommendations have expired");
        Model.Transitions.Select(t => (t.From, t.To, t.Claims)).Should().BeEquivalentTo(engine.Transitions.Select(t => (t.From, t.To, t.Count)));
        foreach (var row in Model.Transitions)
        {
            var t = engine.Transitions.Single(e => e.From == row.From && e.To == row.To);
            row.ReasonsAppeared.Select(r => (r.Code, r.Claims)).Should().Equal(t.ReasonsAppeared.Select(p => (p.Key.Value, p.Value)));
            row.ReasonsDisappeared.Select(r => (r.Code, r.Claims)).Should().Equal(t.ReasonsDisappeared.Select(p => (p.Key.Value, p.Value)));
        }

        Model.CreditTotals.Should().NotBeEmpty();
        foreach (var total in Model.CreditTotals)
        {
            total.Gained.Should().Be(engine.GetCreditsGained(total.Unit));
            total.Lost.Should().Be(engine.GetCreditsLost(total.Unit));
        }
    }

    [Fact]
    public void Create_TransitionsOrder_ChangesFirstThenMostClaims()
    {
        Model.Transitions.Select(t => t.IsChange).Should().BeInDescendingOrder();
        Model.Transitions.Where(t => t.IsChange).Select(t => t.Claims).Should().BeInDescendingOrder();
        Model.Unchanged.Should().Be(Model.Transitions.Where(t => !t.IsChange).Sum(t => t.Claims));
    }

    [Fact]
    public void Create_BreakdownAndDistribution_AgreeWithAnIndependentTallyOfEveryClaim()
    {
        var perProgram = new Dictionary<(string, string), (long Claims, long Changed, long EligibleBefore, long EligibleAfter)>();
        var changes = new Dictionary<string, long>();
        foreach (var claim in Claims)
        {
            var b = Baseline.Summarize(claim);
            var a = TwoYearsLater.Summarize(claim);
            var key = (claim.InstitutionId, claim.ProgramId);
            var row = perProgram.GetValueOrDefault(key);
            perProgram[key] = (row.Claims + 1, row.Changed + (a.Outcome != b.Outcome ? 1 : 0), row.EligibleBefore + (b.Outcome == DecisionOutcome.Eligible ? 1 : 0), row.EligibleAfter + (a.Outcome == DecisionOutcome.Eligible ? 1 : 0));
            var before = b.CreditsGranted.ToDecimal();
            var after = a.CreditsGranted.ToDecimal();
            if (before != after)
            {
                var label = (after > before ? "+" : "-") + (after > before ? a.CreditsGranted.MinusOrZero(b.CreditsGranted) : b.CreditsGranted.MinusOrZero(a.CreditsGranted));
                changes[label] = changes.GetValueOrDefault(label) + 1;
            }
        }

        Model.Breakdown.Select(r => ((r.InstitutionId, r.ProgramId), (r.Claims, r.Changed, r.EligibleBefore, r.EligibleAfter)))
            .Should().BeEquivalentTo(perProgram.Select(p => (p.Key, p.Value)));
        Model.CreditChanges.Should().NotBeEmpty();
        Model.CreditChanges.ToDictionary(c => c.Label, c => c.Claims).Should().Equal(changes);
        foreach (var total in Model.CreditTotals)
        {
            var gained = Model.Breakdown.Where(r => r.CreditsGained.Unit == total.Unit).Aggregate(CreditAmount.Zero(total.Unit), (s, r) => s.Plus(r.CreditsGained));
            var lost = Model.Breakdown.Where(r => r.CreditsLost.Unit == total.Unit).Aggregate(CreditAmount.Zero(total.Unit), (s, r) => s.Plus(r.CreditsLost));
            gained.Should().Be(total.Gained);
            lost.Should().Be(total.Lost);
        }
    }

    [Fact]
    public void Create_ReasonShifts_ClaimsSumTheTransitionsAndLearnersNeverExceedClaims()
    {
        Model.ReasonsAppeared.Should().NotBeEmpty();
        foreach (var shift in Model.ReasonsAppeared)
        {
            shift.Claims.Should().Be(Model.Transitions.SelectMany(t => t.ReasonsAppeared).Where(r => r.Code == shift.Code).Sum(r => r.Claims), shift.Code);
            shift.Learners.Should().BeInRange(1, shift.Claims);
        }

        foreach (var shift in Model.ReasonsDisappeared)
        {
            shift.Claims.Should().Be(Model.Transitions.SelectMany(t => t.ReasonsDisappeared).Where(r => r.Code == shift.Code).Sum(r => r.Claims), shift.Code);
        }

        Model.ReasonsAppeared.Select(r => r.Learners).Should().BeInDescendingOrder();
    }

    [Fact]
    public void Create_ReasonShiftLearners_CountsEachLearnerOnce()
    {
        // One learner, two claims that both lose credit to expiry two years later: two claims, one learner.
        var kim = Samples.Learners.GetLearnerOrNull("kim")!;
        var claims = Samples.Learners.Claims.Where(c => c.LearnerId == "kim").Select(c => new CreditClaim(kim, c.CourseId, c.InstitutionId, c.ProgramId)).ToArray();
        var model = ImpactReportModel.Create(Baseline, TwoYearsLater, [.. claims, .. claims], 5, []);

        model.ReasonsAppeared.Should().OnlyContain(r => r.Learners == 1, "every claim belongs to kim");
        model.ReasonsAppeared.Should().Contain(r => r.Claims > 1);
    }

    [Fact]
    public void Create_Samples_AreTheEngineSamplesExplainedWithTheTransitionsOutcomes()
    {
        var engine = PopulationImpact.Compare(Baseline, TwoYearsLater, Claims, 3, TestContext.Current.CancellationToken);
        foreach (var row in Model.Transitions)
        {
            row.Samples.Select(s => s.LearnerId).Should().Equal(engine.Transitions.Single(t => t.From == row.From && t.To == row.To).SampleLearnerIds);
            row.Samples.Should().OnlyContain(s => s.Before.Outcome == row.From && s.After.Outcome == row.To);
            row.Samples.Should().OnlyContain(s => s.Before.Reasons.Count + s.After.Reasons.Count > 0);
        }
    }

    [Fact]
    public void Create_NegativeSamples_Throws()
    {
        var act = () => ImpactReportModel.Create(Baseline, TwoYearsLater, Claims, -1, []);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("samplesPerTransition")
            .WithMessage("samplesPerTransition ('-1') must be a non-negative value. (Parameter 'samplesPerTransition')*Actual value was -1.");
    }

    [Fact]
    public void ToJson_WritesTheModelsNumbers()
    {
        using var json = System.Text.Json.JsonDocument.Parse(Model.ToJson());
        var root = json.RootElement;

        root.GetProperty("claims").GetInt64().Should().Be(Model.Claims);
        root.GetProperty("changed").GetInt64().Should().Be(Model.Changed);
        root.GetProperty("baselineAsOf").GetString().Should().Be("2014-06-30");
        root.GetProperty("proposedAsOf").GetString().Should().Be("2016-06-30");
        root.GetProperty("transitions")[0].GetProperty("from").GetString().Should().Be(Model.Transitions[0].From.ToString());
        root.GetProperty("creditTotals")[0].GetProperty("gained").GetString().Should().Be(Model.CreditTotals[0].Gained.ToString());
    }
}
