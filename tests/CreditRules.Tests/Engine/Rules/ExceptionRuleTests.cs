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

    private static readonly DateRange SubstituteEffective = new(new LocalDate(2014, 6, 1), new LocalDate(2014, 12, 31));

    /// <summary>Uma's facts: every one for Calculus (penn-calculus, passed with 78); she claims Pre-Calculus (uci-precalculus) at Northern.</summary>
    private static LearnerRecord Uma(Action<LearnerBuilder>? more = null)
    {
        var builder = new LearnerBuilder("uma", NewYork)
            .JoinedVerifiedTrack("penn-calculus-2013s", new LocalDateTime(2013, 3, 8, 14, 0))
            .VerifiedIdentity(IdentityMethod.TypingPattern, new LocalDateTime(2013, 3, 10, 9, 0))
            .Completed("penn-calculus-2013s", new LocalDate(2013, 5, 12))
            .PassedExam("penn-calculus", new LocalDateTime(2013, 5, 20, 10, 0), Score.Percent(78))
            .With(new EvidenceDocument(EvidenceKind.AceTranscriptCredly, new LocalDate(2013, 7, 1), isOfficial: true, isVerified: true, courseId: "penn-calculus"));
        more?.Invoke(builder);
        return builder.Build();
    }

    private static Action<LearnerBuilder> Substitute(DateRange? effective = null, string institutionId = "northern-quarter") => b => b.With(new ExceptionGrant(
        "PET-2014-041", ExceptionKind.SubstituteCourse, effective ?? SubstituteEffective, "Dr. M. Alvarez, Registrar", new LocalDate(2014, 6, 5), "Calculus covers the Pre-Calculus outcomes",
        courseId: "uci-precalculus", institutionId: institutionId, substituteCourseId: "penn-calculus"));

    private static Decision DecidePrecalculus(LearnerRecord learner, LocalDate? asOf = null) =>
        Evaluator.Value.Evaluate(new EvaluationRequest(learner, "uci-precalculus", "northern-quarter", "bs-biology", asOf ?? AsOf));

    [Fact]
    public void SubstituteCourse_AnotherCoursesFacts_SatisfyTheClaim_WithProvenance()
    {
        var without = DecidePrecalculus(Uma());
        without.Outcome.Should().NotBe(DecisionOutcome.Eligible);
        without.Reasons.Select(r => r.Code).Should().Contain([ReasonCode.CourseNotCompleted, ReasonCode.ExamNotTaken]);

        var decision = DecidePrecalculus(Uma(Substitute()));

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.Reasons.Should().NotContain(r => r.Code == ReasonCode.CourseNotCompleted || r.Code == ReasonCode.ExamNotTaken || r.Code == ReasonCode.NotOnVerifiedTrack || r.Code == ReasonCode.EvidenceMissing);
        decision.QualifyingDate.Should().Be(new LocalDate(2013, 5, 20), "the substitute's passing exam fixes the qualifying date");
        decision.Reasons.Single(r => r.Code == ReasonCode.ExceptionApplied).Message
            .Should().Be("Eligible by exception PET-2014-041 (penn-calculus accepted for uci-precalculus), approved by Dr. M. Alvarez, Registrar on 2014-06-05: Calculus covers the Pre-Calculus outcomes.");
    }

    [Fact]
    public void SubstituteCourse_TheSubstitutesFacts_AreTracedAsAcceptedByException()
    {
        // Northern asks for no evidence; Eastern does, so its decision traces the substitute's transcript too.
        var northern = DecidePrecalculus(Uma(Substitute()));
        var eastern = Evaluator.Value.Evaluate(new EvaluationRequest(Uma(Substitute(institutionId: "eastern-state")), "uci-precalculus", "eastern-state", "aa-general", AsOf));

        static string Note(Decision decision, string ruleId) => decision.Trace.Single(t => t.RuleId == ruleId && t.Outcome == RuleOutcome.Passed).Note;
        Note(northern, "learner.completion").Should().Be("completed session penn-calculus-2013s on 2013-05-12, accepted for the course by exception PET-2014-041");
        Note(northern, "learner.verified-track").Should().Be("verified track of penn-calculus-2013s joined 2013-03-08 14:00 EST America/New_York, accepted for the course by exception PET-2014-041");
        Note(eastern, "learner.evidence").Should().Be("AceTranscriptCredly issued 2013-07-01 for penn-calculus, accepted for the course by exception PET-2014-041");
    }

    [Fact]
    public void SubstituteCourse_OutsideItsEffectiveDates_DoesNotApply()
    {
        var learner = Uma(Substitute());

        DecidePrecalculus(learner, asOf: new LocalDate(2014, 5, 31)).HasReason(ReasonCode.ExceptionApplied).Should().BeFalse("the day before it takes effect");
        DecidePrecalculus(learner, asOf: new LocalDate(2014, 5, 31)).HasReason(ReasonCode.CourseNotCompleted).Should().BeTrue();
        DecidePrecalculus(learner, asOf: new LocalDate(2014, 6, 1)).HasReason(ReasonCode.ExceptionApplied).Should().BeTrue("its first day");
        DecidePrecalculus(learner, asOf: new LocalDate(2014, 12, 31)).HasReason(ReasonCode.ExceptionApplied).Should().BeTrue("its last day");
        DecidePrecalculus(learner, asOf: new LocalDate(2015, 1, 1)).HasReason(ReasonCode.ExceptionApplied).Should().BeFalse("the day after it ends");
        DecidePrecalculus(learner, asOf: new LocalDate(2015, 1, 1)).HasReason(ReasonCode.CourseNotCompleted).Should().BeTrue();
    }

    [Fact]
    public void SubstituteCourse_ScopedToAnotherInstitution_IsIgnored()
    {
        var decision = DecidePrecalculus(Uma(Substitute(institutionId: "eastern-state")));

        decision.HasReason(ReasonCode.ExceptionApplied).Should().BeFalse();
        decision.HasReason(ReasonCode.CourseNotCompleted).Should().BeTrue();
        Evaluator.Value.Evaluate(new EvaluationRequest(Uma(Substitute()), "duke-astronomy", "northern-quarter", "bs-biology", AsOf))
            .HasReason(ReasonCode.ExceptionApplied).Should().BeFalse("a claim of another course is out of its scope");
    }

    [Fact]
    public void SubstituteCourse_OwnFactsSatisfyTheClaim_IsNotUsed_AndLintFindsItChangesNothing()
    {
        // Uma also did Pre-Calculus herself: her own facts satisfy every rule, so the substitute is not read.
        var learner = Uma(b => Substitute()(b
            .JoinedVerifiedTrack("uci-precalculus-2013s", new LocalDateTime(2013, 3, 8, 14, 0))
            .Completed("uci-precalculus-2013s", new LocalDate(2013, 5, 12))
            .PassedExam("uci-precalculus", new LocalDateTime(2013, 5, 21, 10, 0), Score.Percent(80))
            .With(new EvidenceDocument(EvidenceKind.AceTranscriptCredly, new LocalDate(2013, 7, 1), isOfficial: true, isVerified: true, courseId: "uci-precalculus"))));

        var decision = DecidePrecalculus(learner);

        decision.HasReason(ReasonCode.ExceptionApplied).Should().BeFalse();
        decision.QualifyingDate.Should().Be(new LocalDate(2013, 5, 21), "her own exam qualifies");
        ExceptionAudit.FindIneffective(Evaluator.Value, learner, [new EvaluationRequest(learner, "uci-precalculus", "northern-quarter", "bs-biology", AsOf)])
            .Select(e => e.Reference).Should().Equal("PET-2014-041");
        ExceptionAudit.FindIneffective(Evaluator.Value, Uma(Substitute()), [new EvaluationRequest(Uma(Substitute()), "uci-precalculus", "northern-quarter", "bs-biology", AsOf)])
            .Should().BeEmpty("without her own facts the substitute decides the claim");
    }

    [Fact]
    public void SubstituteCourse_OnlyTheMissingKindIsSubstituted()
    {
        // Her own Pre-Calculus exam failed: the substitute's passing exam is walked instead; her own completion stands.
        var learner = Uma(b => Substitute()(b
            .Completed("uci-precalculus-2013s", new LocalDate(2013, 5, 12))
            .FailedExam("uci-precalculus", new LocalDateTime(2013, 5, 21, 10, 0), Score.Percent(50))));

        var decision = DecidePrecalculus(learner);

        decision.HasReason(ReasonCode.ExamFailed).Should().BeFalse();
        decision.QualifyingDate.Should().Be(new LocalDate(2013, 5, 20));
        decision.HasReason(ReasonCode.ExceptionApplied).Should().BeTrue();
    }

    [Fact]
    public void Summarize_WithASubstitute_AgreesWithTheExplainedPath()
    {
        var plan = Evaluator.Value.Compile(AsOf);
        foreach (var learner in new[] { Uma(), Uma(Substitute()), Uma(Substitute(institutionId: "eastern-state")) })
        {
            foreach (var course in new[] { "uci-precalculus", "penn-calculus" })
            {
                var claim = new CreditClaim(learner, course, "northern-quarter", "bs-biology");
                plan.Summarize(claim).Should().Be(DecisionSummary.FromDecision(plan.Explain(claim)));
            }
        }
    }

    [Fact]
    public void Constructor_SubstituteCourse_NeedsBothCoursesAndTheyDiffer()
    {
        var noSubstitute = () => new ExceptionGrant("P", ExceptionKind.SubstituteCourse, Effective, "R", new LocalDate(2014, 6, 12), "why", courseId: "uci-precalculus");
        var noCourse = () => new ExceptionGrant("P", ExceptionKind.SubstituteCourse, Effective, "R", new LocalDate(2014, 6, 12), "why", substituteCourseId: "penn-calculus");
        var same = () => new ExceptionGrant("P", ExceptionKind.SubstituteCourse, Effective, "R", new LocalDate(2014, 6, 12), "why", courseId: "penn-calculus", substituteCourseId: "penn-calculus");
        var elsewhere = () => new ExceptionGrant("P", ExceptionKind.WaiveRule, Effective, "R", new LocalDate(2014, 6, 12), "why", ruleId: "learner.fees", substituteCourseId: "penn-calculus");

        noSubstitute.Should().Throw<ArgumentException>().WithMessage("A SubstituteCourse exception needs substituteCourseId. (Parameter 'substituteCourseId')");
        noCourse.Should().Throw<ArgumentException>().WithMessage("A SubstituteCourse exception names the course claimed (courseId) whose requirements the substitute satisfies. (Parameter 'courseId')");
        same.Should().Throw<ArgumentException>().WithMessage("A SubstituteCourse exception's substituteCourseId must differ from its courseId; got 'penn-calculus' for both. (Parameter 'substituteCourseId')");
        elsewhere.Should().Throw<ArgumentException>().WithMessage("A WaiveRule exception does not take substituteCourseId. (Parameter 'substituteCourseId')");
    }

    [Fact]
    public void LearnerBuilder_SubstitutedCourse_BuildsTheException_AndReportsAnInvalidOne()
    {
        var learner = new LearnerBuilder("u", NewYork).SubstitutedCourse("PET-9", "uci-precalculus", "penn-calculus", Effective, "Registrar", new LocalDate(2014, 6, 12), "sibling").Build();

        learner.Exceptions.Single().ToString().Should().Be("PET-9 (SubstituteCourse: penn-calculus accepted for uci-precalculus)");
        var act = () => new LearnerBuilder("u", NewYork).SubstitutedCourse("PET-9", "penn-calculus", "penn-calculus", Effective, "Registrar", new LocalDate(2014, 6, 12), "same").Build();
        act.Should().Throw<ArgumentException>().WithMessage("*exceptions[0]*must differ from its courseId*");
    }

    [Fact]
    public void LearnerDocument_SubstituteCourse_RoundTripsAndChecksTheCourse()
    {
        const string Json = """{ "schemaVersion": 1, "learners": [ { "id": "x", "exceptions": [ { "reference": "P", "kind": "SubstituteCourse", "effective": { "start": "2014-06-01", "end": "2014-12-31" }, "approvedBy": "R", "approvedOn": "2014-06-01", "reason": "r", "courseId": "uci-precalculus", "substituteCourseId": "%" } ] } ] }""";
        var loaded = LearnerDocument.Load(Json.Replace("%", "penn-calculus", StringComparison.Ordinal), Evaluator.Value.Catalog, Evaluator.Value.Policies).Value;
        var again = LearnerDocument.Load(LearnerDocument.Write(loaded)).Value;

        again.GetLearnerOrNull("x")!.Exceptions.Single().SubstituteCourseId.Should().Be("penn-calculus");
        var bad = LearnerDocument.Load(Json.Replace("%", "penn-calculuz", StringComparison.Ordinal), Evaluator.Value.Catalog, Evaluator.Value.Policies);
        bad.Errors.Should().ContainSingle().Which.Path.Should().Be("$.learners[0].exceptions[0].substituteCourseId");
    }

    [Fact]
    public void LearnerDocument_RecordedAtOfLateFacts_RoundTripsAndLocatesErrors()
    {
        const string Json = """{ "schemaVersion": 1, "learners": [ { "id": "x", "programEnrollments": [ { "institutionId": "northern-quarter", "programId": "bs-biology", "enrolledOn": "2013-01-07", "recordedAt": "2014-07-15T10:00:00-04:00" } ], "completions": [ { "sessionId": "penn-calculus-2013s", "status": "Completed", "recordedOn": "2013-05-12", "recordedAt": "%" } ], "evidence": [ { "kind": "AceTranscriptCredly", "issuedOn": "2013-07-01", "official": true, "verified": true, "recordedAt": "2014-07-15T10:00:00-04:00" } ] } ] }""";
        var loaded = LearnerDocument.Load(Json.Replace("%", "2014-07-15T10:00:00-04:00", StringComparison.Ordinal), Evaluator.Value.Catalog, Evaluator.Value.Policies).Value.GetLearnerOrNull("x")!;
        var again = LearnerDocument.Load(LearnerDocument.Write(new LearnerSet([loaded]))).Value.GetLearnerOrNull("x")!;
        var entered = Instant.FromUtc(2014, 7, 15, 14, 0);

        again.ProgramEnrollments.Single().RecordedAt.Should().Be(entered);
        again.Completions.Single().RecordedAt.Should().Be(entered);
        again.Evidence.Single().RecordedAt.Should().Be(entered);
        LearnerDocument.Load(Json.Replace("%", "2014-07-15", StringComparison.Ordinal)).Errors.Should().ContainSingle().Which.Path.Should().Be("$.learners[0].completions[0].recordedAt");
    }
}
