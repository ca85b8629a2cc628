using CreditRules.Documents;
using CreditRules.Tests.Documents;

namespace CreditRules.Tests.Engine.Rules;

/// <summary>Exceptions applied as a rule of the engine: waive a rule, extend a deadline, force accept; provenance in the decision; both paths agree; lint and the cap hook.</summary>
public sealed class ExceptionRuleTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly LocalDate AsOf = new(2014, 6, 30);

    private static readonly Lazy<EligibilityEvaluator> Evaluator = new(() => new EligibilityEvaluator(
        CatalogDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "catalog.json")).Value,
        PolicyDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "policies.json")).Value));

    private static readonly DateRange Effective = new(new LocalDate(2014, 6, 1), new LocalDate(2015, 5, 31));

    private static ExceptionGrant WaiveMinimumScore(DateRange? effective = null, LocalDate? approvedOn = null) =>
        new("PET-2014-017", ExceptionKind.WaiveRule, effective ?? Effective, "Dr. M. Alvarez, Registrar", approvedOn ?? new LocalDate(2014, 6, 12), "rescored after a key error", courseId: "penn-calculus", ruleId: "institution.minimum-score");

    /// <summary>Finn's facts: Calculus passed with 68, below Northern's minimum of 70.</summary>
    private static LearnerRecord Finn(params ExceptionGrant[] exceptions)
    {
        var builder = new LearnerBuilder("finn", NewYork)
            .JoinedVerifiedTrack("penn-calculus-2013s", new LocalDateTime(2013, 3, 8, 14, 0))
            .VerifiedIdentity(IdentityMethod.TypingPattern, new LocalDateTime(2013, 3, 10, 9, 0))
            .Completed("penn-calculus-2013s", new LocalDate(2013, 5, 12))
            .PassedExam("penn-calculus", new LocalDateTime(2013, 5, 20, 10, 0), Score.Percent(68))
            .PaidFee("penn-calculus", FeeKind.VerifiedTrack, Money.Usd(49), new LocalDate(2013, 3, 10))
            .PaidFee("penn-calculus", FeeKind.ProctoredExam, Money.Usd(90), new LocalDate(2013, 3, 10))
            .With(new EvidenceDocument(EvidenceKind.AceTranscriptCredly, new LocalDate(2013, 7, 1), isOfficial: true, isVerified: true, courseId: "penn-calculus"));
        foreach (var exception in exceptions)
        {
            builder.With(exception);
        }

        return builder.Build();
    }

    private static Decision Decide(LearnerRecord learner, LocalDate? asOf = null, LocalDate? asKnownOn = null) =>
        Evaluator.Value.Evaluate(new EvaluationRequest(learner, "penn-calculus", "northern-quarter", "bs-biology", asOf ?? AsOf, asKnownOn));

    [Fact]
    public void WaiveRule_BelowMinimum_IsEligibleByException_WithProvenance()
    {
        Decide(Finn()).Outcome.Should().Be(DecisionOutcome.NotEligible);

        var decision = Decide(Finn(WaiveMinimumScore()));

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.CreditsGranted.Should().Be(CreditAmount.FromQuarterHours(6));
        decision.Reasons.Single(r => r.Code == ReasonCode.ScoreBelowMinimum).Severity.Should().Be(ReasonSeverity.Informational, "the waived reason is kept, no longer blocking");
        decision.Reasons.Single(r => r.Code == ReasonCode.ExceptionApplied).Message
            .Should().Be("Eligible by exception PET-2014-017 (rule institution.minimum-score waived), approved by Dr. M. Alvarez, Registrar on 2014-06-12: rescored after a key error.");
    }

    [Fact]
    public void WaiveRule_OutsideItsEffectiveDates_DoesNotApply()
    {
        var learner = Finn(WaiveMinimumScore());

        Decide(learner, asOf: new LocalDate(2014, 5, 31)).Outcome.Should().Be(DecisionOutcome.NotEligible, "the day before it takes effect");
        Decide(learner, asOf: new LocalDate(2014, 6, 1)).Outcome.Should().Be(DecisionOutcome.Eligible, "its first day");
        Decide(learner, asOf: new LocalDate(2015, 5, 31)).Outcome.Should().NotBe(DecisionOutcome.NotEligible, "its last day");
        Decide(learner, asOf: new LocalDate(2015, 6, 1)).Outcome.Should().Be(DecisionOutcome.NotEligible, "the day after it ends");
    }

    [Fact]
    public void WaiveRule_AsKnownOnBeforeItsApproval_DoesNotApply()
    {
        var learner = Finn(WaiveMinimumScore());

        Decide(learner, asKnownOn: new LocalDate(2014, 6, 11)).Outcome.Should().Be(DecisionOutcome.NotEligible);
        Decide(learner, asKnownOn: new LocalDate(2014, 6, 12)).Outcome.Should().Be(DecisionOutcome.Eligible);
    }

    [Fact]
    public void ForceAccept_GrantsItsCredits_AndSaysSo()
    {
        var force = new ExceptionGrant("PET-2014-020", ExceptionKind.ForceAccept, Effective, "Dean of Studies", new LocalDate(2014, 6, 20), "course accepted by faculty review",
            courseId: "penn-calculus", credits: CreditAmount.FromQuarterHours(4));

        var decision = Decide(Finn(force));

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.CreditsGranted.Should().Be(CreditAmount.FromQuarterHours(4));
        decision.Reasons.Single(r => r.Code == ReasonCode.ScoreBelowMinimum).Severity.Should().Be(ReasonSeverity.Blocking, "a force accept keeps the rules' reasons as they were");
        decision.Reasons.Single(r => r.Code == ReasonCode.ExceptionApplied).Message.Should().StartWith("Eligible by exception PET-2014-020 (accepted with 4 QH), approved by Dean of Studies on 2014-06-20");
    }

    [Fact]
    public void ExtendDeadline_WaivesRecencyOnlyUntilTheNewDeadline()
    {
        // Northern's recency window is five years from the as-of date back to the qualifying date (2013-05-20).
        var late = new LocalDate(2018, 6, 30);
        var extension = new ExceptionGrant("PET-2018-003", ExceptionKind.ExtendDeadline, new DateRange(new LocalDate(2018, 1, 1), new LocalDate(2019, 12, 31)), "Registrar", new LocalDate(2018, 1, 5), "military deployment",
            courseId: "penn-calculus", deadline: new LocalDate(2018, 12, 31));
        var waived = Finn(WaiveMinimumScore(new DateRange(new LocalDate(2014, 6, 1), new LocalDate(2019, 12, 31))), extension);

        Decide(Finn(WaiveMinimumScore(new DateRange(new LocalDate(2014, 6, 1), new LocalDate(2019, 12, 31)))), asOf: late).HasReason(ReasonCode.RecencyExpired).Should().BeTrue("the window has passed");
        Decide(waived, asOf: late).Outcome.Should().Be(DecisionOutcome.Eligible);
        Decide(waived, asOf: new LocalDate(2019, 1, 1)).Outcome.Should().Be(DecisionOutcome.NotEligible, "the day after the extended deadline");
    }

    [Fact]
    public void Summarize_WithExceptions_AgreesWithTheExplainedPath()
    {
        var plan = Evaluator.Value.Compile(AsOf);
        var force = new ExceptionGrant("F", ExceptionKind.ForceAccept, Effective, "Dean", new LocalDate(2014, 6, 20), "review", courseId: "penn-calculus", credits: CreditAmount.FromQuarterHours(4));
        foreach (var learner in new[] { Finn(), Finn(WaiveMinimumScore()), Finn(force), Finn(WaiveMinimumScore(), force) })
        {
            var claim = new CreditClaim(learner, "penn-calculus", "northern-quarter", "bs-biology");
            plan.Summarize(claim).Should().Be(DecisionSummary.FromDecision(plan.Explain(claim)));
        }
    }

    [Fact]
    public void Evaluate_WaivingAnUnknownRule_ThrowsNamingTheException()
    {
        var unknown = new ExceptionGrant("PET-1", ExceptionKind.WaiveRule, Effective, "Registrar", new LocalDate(2014, 6, 12), "typo", ruleId: "institution.minimum-scores");

        var act = () => Decide(Finn(unknown));

        act.Should().Throw<InvalidLearnerDataException>().Which.Path.Should().Be("Learner 'finn' Exceptions[0].RuleId");
    }

    [Fact]
    public void FindIneffective_AnExceptionThatChangesNothing_IsReported()
    {
        var extension = new ExceptionGrant("PET-2013-044", ExceptionKind.ExtendDeadline, Effective, "Registrar", new LocalDate(2014, 6, 1), "never needed", courseId: "penn-calculus", deadline: new LocalDate(2014, 12, 31));
        var learner = Finn(WaiveMinimumScore(), extension);
        var requests = new[] { new EvaluationRequest(learner, "penn-calculus", "northern-quarter", "bs-biology", AsOf) };

        ExceptionAudit.FindIneffective(Evaluator.Value, learner, requests).Select(e => e.Reference).Should().Equal("PET-2013-044");
    }

    [Fact]
    public void AdjustedCapLimit_AnAdjustCapInEffect_ReplacesTheLimit()
    {
        var adjust = new ExceptionGrant("PET-2014-030", ExceptionKind.AdjustCap, Effective, "Registrar", new LocalDate(2014, 6, 2), "transfer agreement", capId: "ace-cap", credits: CreditAmount.FromSemesterHours(50));
        var learner = Finn(adjust);
        var limit = CreditAmount.FromSemesterHours(45);

        learner.AdjustedCapLimit("ace-cap", "eastern-state", "aa-general", AsOf, limit).Should().Be(CreditAmount.FromSemesterHours(50));
        learner.AdjustedCapLimit("other-cap", "eastern-state", "aa-general", AsOf, limit).Should().Be(limit);
        learner.AdjustedCapLimit("ace-cap", "eastern-state", "aa-general", new LocalDate(2015, 6, 1), limit).Should().Be(limit, "after it ends");
    }

    [Fact]
    public void Constructor_KindWithoutItsField_ThrowsNamingIt()
    {
        var act = () => new ExceptionGrant("PET-1", ExceptionKind.WaiveRule, Effective, "Registrar", new LocalDate(2014, 6, 12), "why");

        act.Should().Throw<ArgumentException>().WithMessage("A WaiveRule exception needs ruleId. (Parameter 'ruleId')");
    }

    [Fact]
    public void LearnerDocument_Exceptions_RoundTripAndLocateErrors()
    {
        var sample = LearnerDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "learners-audit.json"), Evaluator.Value.Catalog, Evaluator.Value.Policies).Value;
        var pablo = sample.GetLearnerOrNull("pablo")!;
        var again = LearnerDocument.Load(LearnerDocument.Write(sample)).Value.GetLearnerOrNull("pablo")!;

        again.Exceptions.Select(e => e.ToString()).Should().Equal(pablo.Exceptions.Select(e => e.ToString())).And.HaveCount(2);
        var bad = LearnerDocument.Load("""{ "schemaVersion": 1, "learners": [ { "id": "x", "exceptions": [ { "reference": "P", "kind": "WaiveRule", "effective": { "start": "2014-06-01", "end": "2014-01-01" }, "approvedBy": "R", "approvedOn": "2014-06-01", "reason": "r", "ruleId": "learner.fees" } ] } ] }""");
        bad.Errors.Should().ContainSingle().Which.Path.Should().Be("$.learners[0].exceptions[0].effective.end");
    }
}
