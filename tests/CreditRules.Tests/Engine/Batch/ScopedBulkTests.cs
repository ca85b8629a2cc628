using CreditRules.Documents;
using CreditRules.Tests.Fixtures;

namespace CreditRules.Tests.Engine.Batch;

/// <summary>
/// The bulk API of <see cref="EvaluationPlan"/> over learners enrolled in programs with program settings (widening,
/// narrowing, level mapping, inheriting) and requirement areas (tests/scenarios/documents/*-scoped.json): every entry is the
/// decision the evaluator makes for that claim alone.
/// </summary>
public sealed class ScopedBulkTests
{
    private static readonly LocalDate AsOf = new(2014, 6, 30);

    private static readonly (EligibilityEvaluator Evaluator, CreditClaim[] Claims) World = Load();

    private static (EligibilityEvaluator, CreditClaim[]) Load()
    {
        var catalog = CatalogDocument.LoadFile(RepositoryRoot.File("samples", "catalog.json")).Value;
        var policies = PolicyDocument.LoadFile(RepositoryRoot.File("tests", "scenarios", "documents", "policies-scoped.json")).Value;
        var learners = LearnerDocument.LoadFile(RepositoryRoot.File("tests", "scenarios", "documents", "learners-scoped.json"), catalog, policies).Value;
        var claims = learners.Claims.Select(c => new CreditClaim(learners.GetLearnerOrNull(c.LearnerId)!, c.CourseId, c.InstitutionId, c.ProgramId)).ToArray();
        return (new EligibilityEvaluator(catalog, policies), claims);
    }

    private static Decision Single(CreditClaim claim) =>
        World.Evaluator.Evaluate(new EvaluationRequest(claim.Learner, claim.CourseId, claim.InstitutionId, claim.ProgramId, AsOf));

    private static DecisionSummary[] Singles() => World.Claims.Select(c => DecisionSummary.FromDecision(Single(c))).ToArray();

    private static int IndexOf(string learnerId, string courseId, string programId) =>
        Array.FindIndex(World.Claims, c => c.Learner.LearnerId == learnerId && c.CourseId == courseId && c.ProgramId == programId);

    [Fact]
    public void Evaluate_SpanOfScopedClaims_EqualsDecidingEachAlone()
    {
        var results = new DecisionSummary[World.Claims.Length];

        var run = World.Evaluator.Compile(AsOf).Evaluate(World.Claims, results, cancellationToken: TestContext.Current.CancellationToken);

        World.Claims.Should().HaveCount(18);
        run.Errors.Should().BeEmpty();
        results.Should().Equal(Singles());
        results.Select(r => r.Outcome).Distinct().Should().BeEquivalentTo([DecisionOutcome.Eligible, DecisionOutcome.NotEligible]);
    }

    [Fact]
    public void EvaluateParallel_ScopedClaims_EqualsDecidingEachAlone()
    {
        var results = new DecisionSummary[World.Claims.Length];

        World.Evaluator.Compile(AsOf).EvaluateParallel(World.Claims, results, maxDegreeOfParallelism: 2, cancellationToken: TestContext.Current.CancellationToken);

        results.Should().Equal(Singles());
    }

    [Fact]
    public void Evaluate_EnumerableOfScopedClaims_YieldsOneEntryPerClaimInOrder()
    {
        var entries = World.Evaluator.Compile(AsOf).Evaluate(World.Claims.AsEnumerable()).ToArray();

        entries.Select(e => e.Position).Should().Equal(Enumerable.Range(0, World.Claims.Length).Select(i => (long)i));
        entries.Select(e => e.LearnerId).Should().Equal(World.Claims.Select(c => c.Learner.LearnerId));
        entries.Select(e => e.Summary).Should().Equal(Singles());
    }

    [Fact]
    public void Evaluate_ScopedClaims_DecideEachByItsProgramsSettings()
    {
        var results = new DecisionSummary[World.Claims.Length];
        World.Evaluator.Compile(AsOf).Evaluate(World.Claims, results, cancellationToken: TestContext.Current.CancellationToken);
        DecisionSummary Of(string learner, string course, string program) => results[IndexOf(learner, course, program)];

        // The same claim under programs that inherit, widen, map or narrow the institution's settings.
        Of("sky", "uci-algebra", "inherit-all").Reasons.Contains(ReasonCode.LevelNotAccepted).Should().BeTrue();
        Of("sky", "uci-algebra", "widen-level").Outcome.Should().Be(DecisionOutcome.Eligible);
        Of("sky", "uci-algebra", "map-vocational").Reasons.Contains(ReasonCode.LevelMapped).Should().BeTrue();
        Of("tam", "uci-algebra", "widen-level").Reasons.Contains(ReasonCode.ScoreBelowMinimum).Should().BeTrue();
        Of("sky", "saylor-ma001", "inherit-all").Reasons.Contains(ReasonCode.EvaluatorNotAccepted).Should().BeTrue();
        Of("sky", "saylor-ma001", "widen-evaluator").Outcome.Should().Be(DecisionOutcome.Eligible);
        Of("sky", "duke-genetics-evolution", "narrow-score-84").Outcome.Should().Be(DecisionOutcome.Eligible);
        Of("sky", "duke-genetics-evolution", "narrow-score-85").Reasons.Contains(ReasonCode.ScoreBelowMinimum).Should().BeTrue();

        // The explained single decisions name the scope that supplied each setting the bulk run applied.
        Single(World.Claims[IndexOf("sky", "uci-algebra", "widen-level")]).Settings
            .Single(s => s.Setting == PolicySetting.AcceptedLevels).Scope.Should().Be(SettingScope.Program);
        Single(World.Claims[IndexOf("tam", "uci-algebra", "widen-level")]).Settings
            .Single(s => s.Setting == PolicySetting.MinimumScore).Scope.Should().Be(SettingScope.InstitutionPolicy);
    }

    [Fact]
    public void Evaluate_ClaimInAnAreaThatRefusesEvaluatedCredit_IsDecidedAloneWithoutTheRecordsAreaRules()
    {
        var claim = World.Claims[IndexOf("sky", "uci-precalculus", "area-refuse")];
        var results = new DecisionSummary[1];

        World.Evaluator.Compile(AsOf).Evaluate([claim], results, cancellationToken: TestContext.Current.CancellationToken);
        var record = new RecordEvaluator(World.Evaluator).Evaluate(new RecordEvaluationRequest(claim.Learner, [claim.CourseId], claim.InstitutionId, claim.ProgramId, AsOf));

        // Bulk decides claims, as EligibilityEvaluator.Evaluate does: requirement areas are record rules, so the area's
        // exclusion refuses the credit only when the learner's record is decided (RecordEvaluator).
        results[0].Should().Be(DecisionSummary.FromDecision(Single(claim)));
        results[0].Outcome.Should().Be(DecisionOutcome.Eligible);
        record.Awards.Single().Outcome.Should().Be(DecisionOutcome.NotEligible);
        record.Awards.Single().HasReason(ReasonCode.AreaSourceExcluded).Should().BeTrue();
    }
}
