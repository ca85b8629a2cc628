using static CreditRules.Tests.Engine.Records.RecordFixture;

namespace CreditRules.Tests.Engine.Records;

public sealed partial class RecordEvaluatorTests
{
    private static readonly LocalDate May20 = new(2013, 5, 20);

    public static TheoryData<decimal, decimal, string?> CapBoundaries => new()
    {
        { 42m, 3m, null },                                                                                                        // exactly reached: 42 + 3 = 45
        { 43m, 0m, "Cap total-45 (45 SH of all external credit) reached: 2 SH of 45 SH remain, this course needs 3 SH." },      // one hour over
        { 45m, 0m, "Cap total-45 (45 SH of all external credit) reached: 0 SH of 45 SH remain, this course needs 3 SH." },      // posted credit fills the cap
    };

    [Theory]
    [MemberData(nameof(CapBoundaries))]
    public void Evaluate_PostedCreditNearCap_GrantsWholeCourseOnlyWhenItFits(decimal posted, decimal granted, string? capMessage)
    {
        var learner = Learner("kim", [Posted("t1", posted)], false, ("genetics", May20, 80));

        var decision = Evaluate(Cap(45), learner, "genetics");

        var award = decision.GetAwardOrNull("genetics")!;
        award.Outcome.Should().Be(DecisionOutcome.Eligible);           // a cap limits, it never refuses
        award.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(granted));
        decision.CapRemaining.Should().Be(CreditAmount.FromSemesterHours(45 - posted - granted));
        if (capMessage is null)
        {
            award.Reasons.Should().BeEmpty();
        }
        else
        {
            var reason = award.Single(ReasonCode.CapReached);
            reason.Severity.Should().Be(ReasonSeverity.Limiting);
            reason.RuleId.Should().Be("record.cap:total-45");
            reason.Message.Should().Be(capMessage);
        }
    }

    [Fact]
    public void Evaluate_PostedCreditAlreadyOverCap_KeepsPostedCreditAndGrantsNothingNew()
    {
        var learner = Learner("kim", [Posted("t1", 30), Posted("t2", 18)], false, ("genetics", May20, 80));

        var decision = Evaluate(Cap(45), learner, "genetics");

        decision.PostedPriorCredit.Should().Be(CreditAmount.FromSemesterHours(48));
        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(0));
        decision.Caps.Should().ContainSingle().Which.Remaining.Should().Be(CreditAmount.FromSemesterHours(0));
        decision.Reasons.Should().ContainSingle(r => r.Code == ReasonCode.PostedCreditExceedsCap).Which.Message
            .Should().Be("Posted credit of 48 SH already exceeds cap total-45 (45 SH); it stays posted and no new credit counts against this cap.");
        decision.GetAwardOrNull("genetics")!.Single(ReasonCode.CapReached).Message
            .Should().Be("Cap total-45 (45 SH of all external credit) reached: 0 SH of 45 SH remain, this course needs 3 SH.");
    }

    [Theory]
    [InlineData("genetics", "precalc")]
    [InlineData("precalc", "genetics")]
    public void Evaluate_TieInQualifyingDate_BrokenByCourseId(string first, string second)
    {
        // Both passed on the same day; room for one 3 SH course only.
        var learner = Learner("kim", [Posted("t1", 41)], false, ("precalc", May20, 80), ("genetics", May20, 80));

        var decision = Evaluate(Cap(45), learner, first, second);

        decision.Awards.Select(a => a.CourseId).Should().Equal("genetics", "precalc");
        decision.GetAwardOrNull("genetics")!.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
        decision.GetAwardOrNull("precalc")!.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(0));
        decision.Trace.Should().Contain(t => t.RuleId == "record.order" && t.Note == "Chronological order, ties by course id: posted credit first (t1 41 SH), then 1. genetics (2013-05-20, 3 SH), 2. precalc (2013-05-20, 3 SH)");
        decision.Trace.Should().ContainSingle(t => t.RuleId == "record.cap").Which.Should().Match<RuleTraceEntry>(t => t.Outcome == RuleOutcome.Limited && t.Note == "total-45 44 SH of 45 SH (41 SH posted)");
    }

    [Fact]
    public void Evaluate_EarlierQualifyingDate_GoesFirstWhateverItsId()
    {
        var learner = Learner("kim", [Posted("t1", 41)], false, ("precalc", new LocalDate(2013, 5, 19), 80), ("genetics", May20, 80));

        var decision = Evaluate(Cap(45), learner, "genetics", "precalc");

        decision.GetAwardOrNull("precalc")!.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
        decision.GetAwardOrNull("genetics")!.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(0));
    }

    public static TheoryData<bool, decimal, ReasonCode> PartialAwards => new()
    {
        { true, 2m, ReasonCode.CapPartiallyApplied },   // partial on: the 2 SH left are granted
        { false, 0m, ReasonCode.CapReached },          // whole-course awards (the default): nothing
    };

    [Theory]
    [MemberData(nameof(PartialAwards))]
    public void Evaluate_PartialAwardsOnOrOff_GrantsWhatRemainsOrNothing(bool partial, decimal granted, ReasonCode code)
    {
        var learner = Learner("kim", [Posted("t1", 43)], false, ("genetics", May20, 80));

        var award = Evaluate(Cap(45, partial), learner, "genetics").GetAwardOrNull("genetics")!;

        award.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(granted));
        award.Single(code).Severity.Should().Be(ReasonSeverity.Limiting);
        if (partial)
        {
            award.Single(code).Message.Should().Be("Cap total-45 (45 SH of all external credit) leaves 2 SH of 45 SH; 2 SH of the 3 SH this course carries is granted.");
        }
    }

    [Fact]
    public void Evaluate_PercentCap_ResolvesAgainstProgramTotal()
    {
        // 50 % of a 60 SH program is 30 SH; 27 posted leaves 3.
        var rules = new RecordPolicy("record", [CreditCap.Percent("half", 50)]);
        var learner = Learner("kim", [Posted("t1", 27)], false, ("genetics", May20, 80), ("precalc", new LocalDate(2013, 5, 21), 80));

        var decision = Evaluate(rules, learner, "genetics", "precalc");

        decision.Caps.Single().Limit.Should().Be(CreditAmount.FromSemesterHours(30));
        decision.GetAwardOrNull("genetics")!.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
        decision.GetAwardOrNull("precalc")!.Single(ReasonCode.CapReached).Message
            .Should().Be("Cap half (50 % of the program of all external credit) reached: 0 SH of 30 SH remain, this course needs 3 SH.");
    }

    [Fact]
    public void Evaluate_PercentCapWithoutProgramTotal_ThrowsNamingCapAndProgram()
    {
        var rules = new RecordPolicy("record", [CreditCap.Percent("half", 50)]);
        var evaluator = Evaluator(Institution(rules, program: new DegreeProgram("prog", "Associate in Arts")));

        var act = () => evaluator.Evaluate(new RecordEvaluationRequest(Learner("kim", ("genetics", May20, 80)), ["genetics"], "inst", "prog", AsOf));

        act.Should().Throw<InvalidPolicyException>()
            .WithMessage("Institution 'inst', record policy 'record', cap 'half': a percentage cap needs the program's TotalCredits, and program 'prog' sets none. Got '50 %'.*");
    }

    [Fact]
    public void Evaluate_SourceSubCap_LimitsClaimedCoursesAsPriorLearning()
    {
        // Prior-learning credit at most 6 SH: the earlier 3 SH course fits, the later 4 SH one does not.
        var rules = new RecordPolicy("record", [CreditCap.Absolute("cpl-6", CreditAmount.FromSemesterHours(6), CapScope.Source, source: PriorCreditSource.PriorLearning)]);
        var learner = Learner("kim", [Posted("t1", 30)], false, ("genetics", May20, 80), ("calc", new LocalDate(2013, 5, 21), 80));

        var decision = Evaluate(rules, learner, "genetics", "calc");

        decision.Caps.Single().Posted.Should().Be(CreditAmount.FromSemesterHours(0));   // transfer credit is another source
        decision.GetAwardOrNull("genetics")!.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
        decision.GetAwardOrNull("calc")!.Single(ReasonCode.CapReached).Message
            .Should().Be("Cap cpl-6 (6 SH of PriorLearning credit) reached: 3 SH of 6 SH remain, this course needs 4 SH.");
    }

    [Fact]
    public void Evaluate_OverflowToElectives_GrantsCreditOverSubCapAsElective()
    {
        var rules = new RecordPolicy(
            "record",
            [
                CreditCap.Absolute("total-45", CreditAmount.FromSemesterHours(45)),
                CreditCap.Absolute("upper-0", CreditAmount.FromSemesterHours(0), CapScope.Level, level: CreditLevel.UpperDivision),
            ],
            overflowToElectives: true);
        var learner = Learner("kim", ("ethics", May20, 80));

        var decision = Evaluate(rules, learner, "ethics");

        var award = decision.GetAwardOrNull("ethics")!;
        award.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
        award.IsElective.Should().BeTrue();
        award.Single(ReasonCode.CapOverflowToElectives).Message.Should().Be("Cap upper-0 (0 SH of UpperDivision credit) leaves 0 SH; the course's 3 SH is granted as elective credit.");
        decision.Caps.Select(c => c.Granted).Should().Equal(CreditAmount.FromSemesterHours(3), CreditAmount.FromSemesterHours(0));
    }

    [Fact]
    public void Evaluate_MaximiseCredits_PicksTheWholeCoursesGrantingMost()
    {
        // 8 SH of room: chronologically genetics (3) then calc (4) grant 7; calc and biology (4 + 4) grant 8.
        var learner = Learner("kim", [Posted("t1", 37)], false, ("genetics", new LocalDate(2013, 5, 18), 80), ("calc", new LocalDate(2013, 5, 19), 80), ("biology", May20, 80));

        var chronological = Evaluate(Cap(45), learner, "genetics", "calc", "biology");
        var maximised = Evaluate(Cap(45, order: AllocationOrder.MaximiseCredits), learner, "genetics", "calc", "biology");

        chronological.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(7));
        maximised.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(8));
        maximised.Awards.Select(a => a.CourseId + " " + a.CreditsGranted).Should().Equal("calc 4 SH", "biology 4 SH", "genetics 0 SH");
    }

    [Fact]
    public void Evaluate_RequirementPriority_AllocatesListedCoursesFirst()
    {
        var rules = new RecordPolicy("record", [CreditCap.Absolute("total-45", CreditAmount.FromSemesterHours(45))], AllocationOrder.RequirementPriority, requirementPriority: ["MAC2311"], equivalences: Equivalences);
        var learner = Learner("kim", [Posted("t1", 41)], false, ("genetics", May20, 80), ("calc", new LocalDate(2013, 6, 1), 80));

        var decision = Evaluate(rules, learner, "genetics", "calc");

        decision.GetAwardOrNull("calc")!.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(4));
        decision.GetAwardOrNull("genetics")!.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(0));
    }

    [Fact]
    public void Evaluate_QuarterHourInstitution_AppliesCapsInQuarterHoursAfterConversion()
    {
        // Per course first: 3 SH genetics is 4.5 QH, floored to 4 QH; 4 SH calculus is 6 QH. Then caps: 27 SH posted is
        // 40.5 QH, so a 45 QH cap leaves 4.5 QH: genetics fits, and 0.5 QH is left for calculus.
        var rules = new RecordPolicy("record", [CreditCap.Absolute("total-45", CreditAmount.FromQuarterHours(45))]);
        var evaluator = Evaluator(Institution(rules, CreditUnit.QuarterHour));
        var learner = Learner("kim", [Posted("t1", 27)], false, ("calc", May20, 80), ("genetics", new LocalDate(2013, 5, 19), 80));

        var decision = evaluator.Evaluate(new RecordEvaluationRequest(learner, ["calc", "genetics"], "inst", "prog", AsOf));

        decision.CreditUnit.Should().Be(CreditUnit.QuarterHour);
        decision.PostedPriorCredit.Should().Be(CreditAmount.FromQuarterHours(40.5m));
        decision.GetAwardOrNull("genetics")!.CreditsGranted.Should().Be(CreditAmount.FromQuarterHours(4));
        decision.GetAwardOrNull("calc")!.Single(ReasonCode.CapReached).Message
            .Should().Be("Cap total-45 (45 QH of all external credit) reached: 0.5 QH of 45 QH remain, this course needs 6 QH.");
    }
}
