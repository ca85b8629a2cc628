using static CreditRules.Tests.Engine.Records.RecordFixture;

namespace CreditRules.Tests.Engine.Records;

public sealed partial class RecordEvaluatorTests
{
    private static RecordPolicy DuplicateRules(Score? blockingMinimum = null) => new(
        "record",
        equivalences: Equivalences,
        blockingMinimumGrade: blockingMinimum,
        precedence: [new PrecedenceChain("math", ["MAT1033", "MAC1140", "MAC2311"])]);

    private static PriorCredit Graded(string id, string key, decimal? grade, LocalDate? date = null) =>
        new(id, PriorCreditSource.Transfer, CreditAmount.FromSemesterHours(3), CreditLevel.LowerDivision, date ?? new LocalDate(2012, 12, 15), isPosted: true, equivalenceKey: key, grade: grade is { } g ? new Score(g, GradePoints) : null);

    public static TheoryData<decimal?, DecisionOutcome, string> PriorGrades => new()
    {
        { 1.9m, DecisionOutcome.Eligible, "Prior credit t-pre for MAC1140 has grade 1.9 (grade-points), below 2 (grade-points); it does not block precalc." },   // below C: grade forgiveness
        { 2.0m, DecisionOutcome.NotEligible, "Prior credit t-pre (2.0 (grade-points)) already covers MAC1140, the local equivalent of precalc." },            // exactly C blocks
        { null, DecisionOutcome.NotEligible, "Prior credit t-pre (no grade) already covers MAC1140, the local equivalent of precalc." },                      // CR, no grade, blocks
    };

    [Theory]
    [MemberData(nameof(PriorGrades))]
    public void Evaluate_DuplicateOfPriorCredit_BlocksFromTheMinimumGrade(decimal? grade, DecisionOutcome outcome, string message)
    {
        var learner = Learner("kim", [Graded("t-pre", "MAC1140", grade)], false, ("precalc", May20, 80));

        var award = Evaluate(DuplicateRules(new Score(2, GradePoints)), learner, "precalc").GetAwardOrNull("precalc")!;

        award.Outcome.Should().Be(outcome);
        award.Decision.Outcome.Should().Be(DecisionOutcome.Eligible);   // the single-course decision is unchanged
        award.Reasons.Should().ContainSingle().Which.Message.Should().Be(message);
    }

    [Theory]
    [InlineData("algebra", "algebra-b")]
    [InlineData("algebra-b", "algebra")]
    public void Evaluate_TwoClaimedCoursesOneKey_BlocksTheLaterNamingTheOneKept(string first, string second)
    {
        var learner = Learner("kim", ("algebra-b", new LocalDate(2013, 5, 19), 80), ("algebra", May20, 80));

        var decision = Evaluate(DuplicateRules(), learner, first, second);

        decision.GetAwardOrNull("algebra-b")!.Outcome.Should().Be(DecisionOutcome.Eligible);
        var later = decision.GetAwardOrNull("algebra")!;
        later.Outcome.Should().Be(DecisionOutcome.NotEligible);
        later.Single(ReasonCode.DuplicateWithinRequest).Message.Should().Be("algebra and algebra-b both map to MAT1033; algebra-b is kept (Chronological order).");
    }

    [Fact]
    public void Evaluate_TwoClaimedCoursesOneKeySameDay_KeepsTheLowerCourseId()
    {
        var learner = Learner("kim", ("algebra-b", May20, 80), ("algebra", May20, 80));

        var decision = Evaluate(DuplicateRules(), learner, "algebra-b", "algebra");

        decision.GetAwardOrNull("algebra")!.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.GetAwardOrNull("algebra-b")!.Single(ReasonCode.DuplicateWithinRequest).Message.Should().Be("algebra-b and algebra both map to MAT1033; algebra is kept (Chronological order).");
    }

    public static TheoryData<LocalDate, DecisionOutcome> AdvancedPriorCreditDates => new()
    {
        { new LocalDate(2013, 5, 19), DecisionOutcome.NotEligible },   // calculus credited the day before precalculus
        { May20, DecisionOutcome.NotEligible },                        // the same day counts as before
        { new LocalDate(2013, 5, 21), DecisionOutcome.Eligible },      // calculus came later: precalculus first is fine
    };

    [Theory]
    [MemberData(nameof(AdvancedPriorCreditDates))]
    public void Evaluate_LowerCourseAfterAdvancedPriorCredit_IsRefused(LocalDate calculusDate, DecisionOutcome outcome)
    {
        var learner = Learner("kim", [Graded("t-calc", "MAC2311", 3.0m, calculusDate)], false, ("precalc", May20, 80));

        var award = Evaluate(DuplicateRules(), learner, "precalc").GetAwardOrNull("precalc")!;

        award.Outcome.Should().Be(outcome);
        if (outcome == DecisionOutcome.NotEligible)
        {
            award.Single(ReasonCode.LowerAfterAdvanced).Message.Should().Be(
                "precalc (MAC1140) is less advanced than MAC2311, credited by prior credit t-calc on " + calculusDate.ToString("uuuu-MM-dd", null) + "; chain math: MAT1033 < MAC1140 < MAC2311.");
        }
    }

    [Fact]
    public void Evaluate_LowerCourseAfterAdvancedClaimedCourse_RefusesOnlyTheLower()
    {
        var learner = Learner("kim", ("calc", new LocalDate(2013, 5, 19), 80), ("precalc", May20, 80));

        var decision = Evaluate(DuplicateRules(), learner, "precalc", "calc");

        decision.GetAwardOrNull("calc")!.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.GetAwardOrNull("precalc")!.Single(ReasonCode.LowerAfterAdvanced).Message
            .Should().Be("precalc (MAC1140) is less advanced than MAC2311, credited by claimed course calc on 2013-05-19; chain math: MAT1033 < MAC1140 < MAC2311.");
    }

    [Fact]
    public void Evaluate_DuplicateRefusedCourse_TakesNoCapRoom()
    {
        var rules = new RecordPolicy("record", [CreditCap.Absolute("total-45", CreditAmount.FromSemesterHours(45))], equivalences: Equivalences);
        var learner = Learner("kim", [Posted("t1", 39), Graded("t-pre", "MAC1140", null)], false, ("precalc", new LocalDate(2013, 5, 19), 80), ("genetics", May20, 80));

        var decision = Evaluate(rules, learner, "precalc", "genetics");

        decision.GetAwardOrNull("precalc")!.Outcome.Should().Be(DecisionOutcome.NotEligible);
        decision.GetAwardOrNull("genetics")!.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
    }
}
