using static CreditRules.Tests.Engine.Records.RecordFixture;

namespace CreditRules.Tests.Engine.Records;

/// <summary>Residency as "N of the last M credits" (<see cref="ResidencyWindow"/>): credit by evaluation granted now counts as the newest and can push residence credit out of the window.</summary>
public sealed partial class RecordEvaluatorTests
{
    private static RecordPolicy LastCredits(decimal required, decimal ofLast) => new(
        "record",
        programs: [new ProgramRecordPolicy("prog", residencyOfLast: new ResidencyWindow(CreditAmount.FromSemesterHours(required), CreditAmount.FromSemesterHours(ofLast)))]);

    /// <summary>6 SH transfer (2012-12-15), then 30 SH earned in residence (2013-12-15), then the claimed courses passed in May 2014.</summary>
    private static LearnerRecord ResidencyLearner() => Learner(
        "rui",
        [Posted("transfer", 6), Local("residence", 30)],
        false,
        ("algebra", new LocalDate(2014, 5, 20), 80),
        ("precalc", new LocalDate(2014, 5, 21), 80),
        ("genetics", new LocalDate(2014, 5, 22), 80));

    public static TheoryData<decimal, string[], string?> LastCreditsBoundaries => new()
    {
        { 30m, ["algebra"], null },                                                                                          // last 36: 3 by evaluation, 30 in residence, 3 of the transfer
        { 30m, ["algebra", "precalc"], null },                                                                               // exactly reached: 6 by evaluation + 30 in residence
        { 31m, ["algebra", "precalc"], "Program prog requires 31 SH of the last 36 SH in residence; of the last 36 SH on record (credit by evaluation granted now counted as the newest), 30 SH were earned in residence, so 1 SH more must be." },   // one over
        { 30m, ["algebra", "precalc", "genetics"], "Program prog requires 30 SH of the last 36 SH in residence; of the last 36 SH on record (credit by evaluation granted now counted as the newest), 27 SH were earned in residence, so 3 SH more must be." }, // 9 SH by evaluation push 3 SH of residence out
    };

    [Theory]
    [MemberData(nameof(LastCreditsBoundaries))]
    public void Evaluate_ResidencyOfLastCredits_CountsTheNewestCreditsFirst(decimal required, string[] courses, string? message)
    {
        var decision = Evaluate(LastCredits(required, 36), ResidencyLearner(), courses);

        decision.Awards.Should().OnlyContain(a => a.Outcome == DecisionOutcome.Eligible, "residency informs, it never refuses a course");
        if (message is null)
        {
            decision.Reasons.Should().NotContain(r => r.Code == ReasonCode.ResidencyLastCreditsOutstanding);
            decision.ResidencyOutstanding.Should().Be(CreditAmount.Zero(CreditUnit.SemesterHour));
        }
        else
        {
            var reason = decision.Reasons.Should().ContainSingle(r => r.Code == ReasonCode.ResidencyLastCreditsOutstanding).Subject;
            reason.Message.Should().Be(message);
            reason.RuleId.Should().Be("record.residency:last");
            decision.ResidencyOutstanding.Should().Be(CreditAmount.FromSemesterHours(int.Parse(message.Split("so ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public void ResidencyWindow_WindowSmallerThanRequirement_Throws()
    {
        var act = () => new ResidencyWindow(CreditAmount.FromSemesterHours(30), CreditAmount.FromSemesterHours(29));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("A residency window of the last 29 SH cannot require 30 SH.*");
    }
}
