using static CreditRules.Tests.Engine.Records.RecordFixture;

namespace CreditRules.Tests.Engine.Records;

/// <summary>What-if evaluations, smallest changes and decision diffs over the record fixture.</summary>
public sealed class WhatIfTests
{
    private static readonly LocalDate May20 = new(2013, 5, 20);

    /// <summary>Completed calculus on the verified track but has not sat the exam; the exam fee is unpaid.</summary>
    private static LearnerRecord NoExamYet(IEnumerable<PriorCredit>? prior = null) => new(
        "lee",
        courseEnrollments: [new CourseEnrollment("calc-s", EnrollmentTrack.Verified, new LocalDate(2013, 3, 8).At(new LocalTime(14, 0)).InZoneStrictly(NewYork).ToInstant())],
        completions: [new CourseCompletion("calc-s", CompletionStatus.Completed, new LocalDate(2013, 5, 12))],
        identityVerifications: [new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Verified, new LocalDate(2013, 3, 10).AtStartOfDayInZone(NewYork).ToInstant())],
        fees: [new FeeObligation("calc", FeeKind.ProctoredExam, Money.Usd(90), FeeStatus.Unpaid)],
        priorCredits: prior);

    [Fact]
    public void SmallestChanges_ScoreBelowProgramMinimum_SaysHowManyPoints()
    {
        var program = new DegreeProgram("prog", "BS", [new ProgramOverride("b-or-better", OverrideKind.Restrict, "majors need 70", minimumScore: Score.Percent(70))], CreditAmount.FromSemesterHours(60));
        var evaluator = Evaluator(Institution(null, program: program));

        var award = evaluator.Evaluate(new RecordEvaluationRequest(Learner("finn", ("calc", May20, 68)), ["calc"], "inst", "prog", AsOf)).Awards.Single();

        award.Outcome.Should().Be(DecisionOutcome.NotEligible);
        var change = award.SmallestChanges.Should().ContainSingle().Subject;
        change.Kind.Should().Be(SmallestChangeKind.RaiseScore);
        change.Points.Should().Be(2);
        change.Message.Should().Be("Exam score 68 is 2 points below the program prog override b-or-better minimum 70.");
    }

    [Fact]
    public void SmallestChanges_ExamNotTakenAndFeeUnpaid_NamesTheDeadlineVersionAndFee()
    {
        var award = Evaluate(null, NoExamYet(), "calc").Awards.Single();

        award.Outcome.Should().Be(DecisionOutcome.Incomplete);
        award.SmallestChanges.Select(c => c.Kind + ": " + c.Message).Should().Equal(
            "PassExam: Pass the proctored exam by 2016-01-31, the last day version 1 is valid (exam fee USD 90.00).",
            "PayFee: Pay the USD 90.00 exam fee.");
        award.SmallestChanges[0].Deadline.Should().Be(new LocalDate(2016, 1, 31));
        award.SmallestChanges[1].Cost.Should().Be(Money.Usd(90));
    }

    [Fact]
    public void SmallestChanges_ExamFailed_SaysThePassingScoreAndPointsMissing()
    {
        var award = Evaluate(null, Learner("gia", ("calc", May20, 52)), "calc").Awards.Single();

        award.Outcome.Should().Be(DecisionOutcome.Incomplete);
        var change = award.SmallestChanges.Should().ContainSingle().Subject;
        change.Kind.Should().Be(SmallestChangeKind.PassExam);
        change.Points.Should().Be(8);
        change.Deadline.Should().Be(new LocalDate(2016, 1, 31));
        change.Message.Should().Be("Pass the proctored exam with at least 60 (percent) (best so far 52 (percent)) by 2016-01-31, the last day version 1 is valid (exam fee USD 90.00).");
    }

    [Fact]
    public void SmallestChanges_CapReached_SaysHowMuchRoomIsMissing()
    {
        var learner = Learner("kim", [Posted("t1", 42)], false, ("calc", May20, 80));

        var award = Evaluate(Cap(45), learner, "calc").Awards.Single();

        var change = award.SmallestChanges.Should().ContainSingle().Subject;
        change.Kind.Should().Be(SmallestChangeKind.FreeCapRoom);
        change.Credits.Should().Be(CreditAmount.FromSemesterHours(1));
        change.Message.Should().Be("Cap total-45 reached: 3 SH of 45 SH remain, this course needs 4 SH.");
    }

    [Fact]
    public void SmallestChanges_DuplicateOfPriorCredit_IsNotWithinReach()
    {
        var rules = new RecordPolicy("record", equivalences: Equivalences);
        var prior = new PriorCredit("t-calc", PriorCreditSource.Exam, CreditAmount.FromSemesterHours(4), CreditLevel.LowerDivision, new LocalDate(2012, 6, 1), isPosted: true, equivalenceKey: "MAC2311");
        var learner = Learner("kim", [prior], false, ("calc", May20, 80));

        var award = Evaluate(rules, learner, "calc").Awards.Single();

        award.SmallestChanges.Should().ContainSingle().Which.Should().Match<SmallestChange>(c =>
            c.Kind == SmallestChangeKind.NotWithinReach
            && c.Message == "No change within reach cures this: Prior credit t-calc (no grade) already covers MAC2311, the local equivalent of calc.");
    }

    [Fact]
    public void SmallestChanges_EligibleWithFullCredit_IsEmpty()
    {
        Evaluate(null, Learner("ada", ("calc", May20, 80)), "calc").Awards.Single().SmallestChanges.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_HypotheticalExamPass_FlipsTheCourseAndIsMarked()
    {
        var learner = NoExamYet();
        var request = new RecordEvaluationRequest(learner, ["calc"], "inst", "prog", AsOf);

        var whatIf = Evaluate(request.WithHypotheses(
            Hypothesis.ExamPassed("calc", Score.Percent(80), new LocalDate(2014, 6, 2)),
            Hypothesis.FeePaid("calc", FeeKind.ProctoredExam, new LocalDate(2014, 6, 1))));

        whatIf.IsHypothetical.Should().BeTrue();
        whatIf.Awards.Single().Outcome.Should().Be(DecisionOutcome.Eligible);
        whatIf.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(4));
        whatIf.Reasons.Where(r => r.Code == ReasonCode.HypotheticalFact).Select(r => r.Message).Should().Equal(   // canonical (ordinal) order
            "Hypothetical: ProctoredExam fee for calc paid on 2014-06-01.",
            "Hypothetical: exam for calc passed with 80 (percent) on 2014-06-02.");
        learner.ExamAttempts.Should().BeEmpty();                                   // the inputs are untouched
        learner.Fees.Single().Status.Should().Be(FeeStatus.Unpaid);
        Evaluate(request).IsHypothetical.Should().BeFalse();
    }

    [Fact]
    public void Apply_Hypotheses_KeepsTheLearnersEmails()
    {
        var learner = new LearnerRecord("lee", emails: ["lee@example.edu"]);

        var hypothetical = Hypothesis.Apply(learner, [Hypothesis.ExamPassed("calc", Score.Percent(80), May20)], NewYork);

        hypothetical.Emails.Should().Equal("lee@example.edu");
    }

    [Fact]
    public void Evaluate_WhatIfEarlierAsOf_IgnoresLaterFacts()
    {
        var request = new RecordEvaluationRequest(Learner("ada", ("calc", May20, 80)), ["calc"], "inst", "prog", AsOf);

        var earlier = Evaluate(request.WithAsOf(new LocalDate(2013, 5, 19)));

        earlier.Awards.Single().Outcome.Should().Be(DecisionOutcome.Incomplete);
        earlier.Awards.Single().Decision.HasReason(ReasonCode.ExamNotTaken).Should().BeTrue();
    }

    [Fact]
    public void Evaluate_WhatIfAnotherInstitution_UsesItsUnitAndPolicy()
    {
        var quarter = new Institution("quarter", "Quarter U", CreditUnit.QuarterHour, NewYork, [new InstitutionPolicy("q-2012", ["ace"], [CreditLevel.LowerDivision])], [new DegreeProgram("bs", "BS")]);
        var evaluator = Evaluator(Institution(null), quarter);
        var request = new RecordEvaluationRequest(Learner("ada", ("calc", May20, 80)), ["calc"], "inst", "prog", AsOf);

        var there = evaluator.Evaluate(request.WithProgram("quarter", "bs"));

        there.CreditsGranted.Should().Be(CreditAmount.FromQuarterHours(6));
        there.PolicyVersion.Should().Be("q-2012");
    }

    [Fact]
    public void Evaluate_WhatIfAnotherInstitution_CreditEarnedInResidenceElsewhereIsNotLocal()
    {
        var rules = new RecordPolicy("record", [CreditCap.Absolute("total", CreditAmount.FromSemesterHours(45))], localCreditsBeforePosting: CreditAmount.FromSemesterHours(5));
        var residency = CreditAmount.FromSemesterHours(15);
        var home = new Institution("inst", "Home College", CreditUnit.SemesterHour, NewYork, [new InstitutionPolicy("h", ["ace"], [CreditLevel.LowerDivision], recordPolicy: rules)], [new DegreeProgram("prog", "AA", residencyRequired: residency)]);
        var other = new Institution("other", "Other College", CreditUnit.SemesterHour, NewYork, [new InstitutionPolicy("o", ["ace"], [CreditLevel.LowerDivision], recordPolicy: rules)], [new DegreeProgram("prog", "AA", residencyRequired: residency)]);
        var local = new PriorCredit("home-fall", PriorCreditSource.Transfer, CreditAmount.FromSemesterHours(6), CreditLevel.LowerDivision, new LocalDate(2013, 12, 13), isPosted: true, inResidence: true, institutionId: "inst");
        var request = new RecordEvaluationRequest(Learner("kim", [local], false, ("calc", May20, 80)), ["calc"], "inst", "prog", AsOf);
        var evaluator = Evaluator(home, other);

        var atHome = evaluator.Evaluate(request);
        var elsewhere = evaluator.Evaluate(request.WithProgram("other", "prog"));

        atHome.ResidencyOutstanding.Should().Be(CreditAmount.FromSemesterHours(9));
        atHome.Awards.Single().Outcome.Should().Be(DecisionOutcome.Eligible);
        elsewhere.ResidencyOutstanding.Should().Be(CreditAmount.FromSemesterHours(15));
        elsewhere.PostedPriorCredit.Should().Be(CreditAmount.FromSemesterHours(0));   // posted on another transcript
        elsewhere.Awards.Single().Single(ReasonCode.LocalCreditsRequired).Message.Should().Be("Credit is posted only after 5 SH earned at the institution; 0 SH earned, 5 SH to go.");
    }

    [Fact]
    public void Compare_HypotheticalExamPass_ReportsOutcomeCreditAndReasonsWithTheirCause()
    {
        var request = new RecordEvaluationRequest(NoExamYet(), ["calc"], "inst", "prog", AsOf);
        var before = Evaluate(request);
        var after = Evaluate(request.WithHypotheses(
            Hypothesis.ExamPassed("calc", Score.Percent(80), new LocalDate(2014, 6, 2)),
            Hypothesis.FeePaid("calc", FeeKind.ProctoredExam, new LocalDate(2014, 6, 1))));

        var diff = DecisionDiff.Compare(before, after, TestContext.Current.CancellationToken);

        diff.InputChanges.Select(i => i.ToString()).Should().Equal(
            "hypothesis added: ProctoredExam fee for calc paid on 2014-06-01",
            "hypothesis added: exam for calc passed with 80 (percent) on 2014-06-02");
        diff.TotalDelta.Should().Be("+4 SH");
        var course = diff.Courses.Should().ContainSingle().Subject;
        course.ToString().Should().Be("calc: Incomplete → Eligible, +4 SH");
        course.ReasonChanges.Select(c => c.Kind + " " + c.Code + " ← " + string.Join("; ", c.CausedBy)).Should().Equal(
            "Disappeared ExamNotTaken ← hypothesis added: ProctoredExam fee for calc paid on 2014-06-01; hypothesis added: exam for calc passed with 80 (percent) on 2014-06-02",
            "Disappeared FeeUnpaid ← hypothesis added: ProctoredExam fee for calc paid on 2014-06-01; hypothesis added: exam for calc passed with 80 (percent) on 2014-06-02",
            "Appeared NotResidenceCredit ← hypothesis added: ProctoredExam fee for calc paid on 2014-06-01; hypothesis added: exam for calc passed with 80 (percent) on 2014-06-02");
        diff.RecordReasonChanges.Select(c => c.Kind + " " + c.After!.Message + " ← " + string.Join("; ", c.CausedBy)).Should().Equal(
            "Appeared Hypothetical: ProctoredExam fee for calc paid on 2014-06-01. ← hypothesis added: ProctoredExam fee for calc paid on 2014-06-01",
            "Appeared Hypothetical: exam for calc passed with 80 (percent) on 2014-06-02. ← hypothesis added: exam for calc passed with 80 (percent) on 2014-06-02");
    }

    [Fact]
    public void Diff_SeveralHypotheses_AttributesEachReasonToTheFactThatSettledIt()
    {
        var request = new RecordEvaluationRequest(NoExamYet(), ["calc"], "inst", "prog", AsOf);
        var whatIf = request.WithHypotheses(
            Hypothesis.ExamPassed("calc", Score.Percent(80), new LocalDate(2014, 6, 2)),
            Hypothesis.FeePaid("calc", FeeKind.ProctoredExam, new LocalDate(2014, 6, 1)));

        var diff = Evaluator(Institution(null)).Diff(request, whatIf);

        diff.Courses.Single().ReasonChanges.Select(c => c.Kind + " " + c.Code + " ← " + string.Join("; ", c.CausedBy)).Should().Equal(
            "Disappeared ExamNotTaken ← hypothesis added: exam for calc passed with 80 (percent) on 2014-06-02",
            "Disappeared FeeUnpaid ← hypothesis added: ProctoredExam fee for calc paid on 2014-06-01",
            "Appeared NotResidenceCredit ← hypothesis added: exam for calc passed with 80 (percent) on 2014-06-02");   // the last fact needed
    }

    [Fact]
    public void Diff_AnotherProgramWithAnotherPolicyVersion_NamesProgramAndPolicyVersion()
    {
        var rules = new RecordPolicy("record", equivalences: Equivalences);
        var institution = new Institution(
            "inst",
            "Illustrative College",
            CreditUnit.SemesterHour,
            NewYork,
            [
                new InstitutionPolicy("inst-2012", ["ace"], [CreditLevel.LowerDivision], new DateRange(new(2012, 1, 1), new(2012, 12, 31))),
                new InstitutionPolicy("inst-2013", ["ace"], [CreditLevel.LowerDivision], new DateRange(new(2013, 1, 1), new(2015, 12, 31)), recordPolicy: rules),
            ],
            [new DegreeProgram("prog", "AA"), new DegreeProgram("nursing", "ASN")]);
        var learner = Learner(
            "kim",
            [new PriorCredit("t-calc", PriorCreditSource.Transfer, CreditAmount.FromSemesterHours(4), CreditLevel.LowerDivision, new LocalDate(2012, 6, 1), isPosted: true, equivalenceKey: "MAC2311")],
            false,
            ("calc", May20, 80));
        var before = new RecordEvaluationRequest(learner, ["calc"], "inst", "prog", AsOf, [Hypothesis.EnrolledInProgram("inst", "prog", new LocalDate(2012, 9, 1))]);
        var after = new RecordEvaluationRequest(learner, ["calc"], "inst", "nursing", AsOf);

        var diff = Evaluator(institution).Diff(before, after);

        diff.InputChanges.Select(i => i.ToString()).Should().Equal(
            "program prog → nursing",
            "policy version inst-2012 → inst-2013",
            "hypothesis removed: enrolled in inst/prog on 2012-09-01");
        var course = diff.Courses.Single();
        course.ToString().Should().Be("calc: Eligible → NotEligible, -4 SH");
        course.ReasonChanges.Should().ContainSingle(c => c.Code == ReasonCode.DuplicateOfPriorCredit).Which.CausedBy.Select(c => c.ToString())
            .Should().Equal("program prog → nursing", "policy version inst-2012 → inst-2013");
    }

    [Fact]
    public void Compare_LaterAsOf_AttributesTheChangeToTheDate()
    {
        var request = new RecordEvaluationRequest(Learner("ada", ("calc", May20, 80)), ["calc"], "inst", "prog", new LocalDate(2013, 5, 19));

        var diff = DecisionDiff.Compare(Evaluate(request), Evaluate(request.WithAsOf(AsOf)), TestContext.Current.CancellationToken);

        diff.InputChanges.Should().ContainSingle().Which.ToString().Should().Be("as-of date 2013-05-19 → 2014-06-30");
        diff.Courses.Single().ReasonChanges.Should().OnlyContain(c => c.CausedBy.Single().Kind == InputChangeKind.AsOf);
        diff.Courses.Single().ReasonChanges.Should().Contain(c => c.Kind == ReasonChangeKind.Disappeared && c.Code == ReasonCode.ExamNotTaken);
    }

    [Fact]
    public void Evaluate_HypothesisNamingUnknownCourse_ThrowsNamingThePath()
    {
        var request = new RecordEvaluationRequest(Learner("ada"), [], "inst", "prog", AsOf, [Hypothesis.ExamPassed("no-such-course", Score.Percent(80), May20)]);

        var act = () => Evaluate(request);

        act.Should().Throw<UnknownReferenceException>().Which.Path.Should().Be("Hypotheses[0].CourseId");
    }

    [Fact]
    public void Compare_TokenCancelled_ThrowsOperationCanceled()
    {
        var request = new RecordEvaluationRequest(Learner("ada", ("calc", May20, 80)), ["calc"], "inst", "prog", AsOf);
        var before = Evaluate(request);
        var after = Evaluate(request.WithAsOf(AsOf.PlusDays(1)));

        var act = () => DecisionDiff.Compare(before, after, new CancellationToken(canceled: true));

        act.Should().Throw<OperationCanceledException>();
        DecisionDiff.Compare(before, after, CancellationToken.None).Courses.Should().ContainSingle();
    }

    [Fact]
    public void Compare_SameDecision_HasNoChanges()
    {
        var request = new RecordEvaluationRequest(Learner("ada", ("calc", May20, 80)), ["calc"], "inst", "prog", AsOf);

        var diff = DecisionDiff.Compare(Evaluate(request), Evaluate(request), TestContext.Current.CancellationToken);

        diff.HasChanges.Should().BeFalse();
        diff.InputChanges.Should().BeEmpty();
        diff.TotalDelta.Should().Be("0 SH");
    }

    [Fact]
    public void Compare_DifferentLearners_Throws()
    {
        var a = Evaluate(new RecordEvaluationRequest(Learner("ada"), [], "inst", "prog", AsOf));
        var b = Evaluate(new RecordEvaluationRequest(Learner("ben"), [], "inst", "prog", AsOf));

        var act = () => DecisionDiff.Compare(a, b);

        act.Should().Throw<ArgumentException>().WithParameterName("after")
            .WithMessage("A diff compares decisions about one learner; got 'ada' and 'ben'. (Parameter 'after')");
    }

    private static RecordDecision Evaluate(RecordEvaluationRequest request) => Evaluator(Institution(null)).Evaluate(request);

    private static RecordDecision Evaluate(RecordPolicy? rules, LearnerRecord learner, params string[] courseIds) => RecordFixture.Evaluate(rules, learner, courseIds);
}
