using static CreditRules.Tests.Engine.Records.RecordFixture;

namespace CreditRules.Tests.Engine.Records;

/// <summary>Requirement areas: area caps (absolute, % of the area with rounding), excluded sources, redirect vs refuse, scope resolution.</summary>
public sealed partial class RecordEvaluatorTests
{
    /// <summary>Algebra (3 SH, exam 2013-05-20) then precalc (3 SH, 2013-05-21), both in the core (by course id); electives take anything.</summary>
    private static LearnerRecord CoreLearner(params PriorCredit[] prior) =>
        Learner("ana", prior, false, ("algebra", new LocalDate(2013, 5, 20), 80), ("precalc", new LocalDate(2013, 5, 21), 80));

    private static readonly RequirementArea[] CoreAndElectives =
    [
        new("core", CreditAmount.FromSemesterHours(12), courses: ["algebra", "precalc", "MAC2311"]),
        new("electives", CreditAmount.FromSemesterHours(20), subjects: ["general"]),
    ];

    private static RecordPolicy Areas(AreaLimit? program, AreaLimit? institution = null, bool partial = false, RequirementArea[]? areas = null) => new(
        "record",
        allowPartialAwards: partial,
        equivalences: Equivalences,
        areaLimits: institution is null ? null : [institution],
        programs: [new ProgramRecordPolicy("prog", areas ?? CoreAndElectives, program is null ? null : [program])]);

    [Fact]
    public void Evaluate_AreaCapExactlyReached_GrantsBothAndNamesTheAreaAndScope()
    {
        var decision = Evaluate(Areas(new AreaLimit("core", CreditAmount.FromSemesterHours(6))), CoreLearner(), "algebra", "precalc");

        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(6));
        var precalc = decision.GetAwardOrNull("precalc")!;
        precalc.AreaId.Should().Be("core");
        precalc.AreaSettingScope.Should().Be(AreaSettingScope.Program);
        var reason = precalc.Single(ReasonCode.AreaAssigned);
        reason.Severity.Should().Be(ReasonSeverity.Informational);
        reason.RuleId.Should().Be("record.area:core");
        reason.Message.Should().Be("3 SH counts in requirement area core, 6 SH of the 6 SH it takes by evaluation used after this course (area setting from program prog).");
    }

    [Fact]
    public void Evaluate_AreaCapOneOver_LimitsTheLaterCourseToNothing()
    {
        var decision = Evaluate(Areas(new AreaLimit("core", CreditAmount.FromSemesterHours(5))), CoreLearner(), "algebra", "precalc");

        decision.GetAwardOrNull("algebra")!.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
        var precalc = decision.GetAwardOrNull("precalc")!;
        precalc.Outcome.Should().Be(DecisionOutcome.Eligible, "an area cap limits, it never refuses");
        precalc.CreditsGranted.Should().Be(CreditAmount.Zero(CreditUnit.SemesterHour));
        precalc.AreaId.Should().BeNull();
        var reason = precalc.Single(ReasonCode.AreaCapReached);
        reason.Severity.Should().Be(ReasonSeverity.Limiting);
        reason.Message.Should().Be("Requirement area core takes at most 5 SH by evaluation (area setting from program prog); 2 SH left, so 0 SH of the 3 SH this course carries is granted.");
        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
    }

    [Fact]
    public void Evaluate_AreaCapOneOverWithRedirect_GrantsTheOverflowInTheOtherArea()
    {
        var decision = Evaluate(Areas(new AreaLimit("core", CreditAmount.FromSemesterHours(5), redirectTo: "electives")), CoreLearner(), "algebra", "precalc");

        var precalc = decision.GetAwardOrNull("precalc")!;
        precalc.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
        precalc.AreaId.Should().Be("electives");
        precalc.AreaSettingScope.Should().BeNull("no scope sets the electives area; its size bounds it");
        precalc.Single(ReasonCode.AreaRedirected).Message.Should().Be("3 SH redirected from requirement area core to electives: over its cap of 5 SH (2 SH left) (area setting from program prog).");
        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(6));
    }

    [Fact]
    public void Evaluate_SourceExcludedWithoutRedirect_RefusesTheCourse()
    {
        var decision = Evaluate(Areas(new AreaLimit("core", excludedSources: [PriorCreditSource.PriorLearning])), CoreLearner(), "algebra");

        var algebra = decision.GetAwardOrNull("algebra")!;
        algebra.Outcome.Should().Be(DecisionOutcome.NotEligible);
        algebra.CreditsGranted.Should().Be(CreditAmount.Zero(CreditUnit.SemesterHour));
        var reason = algebra.Single(ReasonCode.AreaSourceExcluded);
        reason.Severity.Should().Be(ReasonSeverity.Blocking);
        reason.Message.Should().Be("Requirement area core takes no PriorLearning credit (area setting from program prog), and that setting redirects none of it to another area.");
    }

    [Fact]
    public void Evaluate_SourceExcludedAndRedirectedToAnAreaExcludingItToo_RefusesNamingBothAreas()
    {
        var decision = Evaluate(
            Areas(new AreaLimit("core", excludedSources: [PriorCreditSource.PriorLearning], redirectTo: "electives"), institution: new AreaLimit("electives", excludedSources: [PriorCreditSource.PriorLearning])),
            CoreLearner(),
            "algebra");

        var algebra = decision.GetAwardOrNull("algebra")!;
        algebra.Outcome.Should().Be(DecisionOutcome.NotEligible);
        algebra.Single(ReasonCode.AreaSourceExcluded).Message.Should().Be("Requirement area core takes no PriorLearning credit (area setting from program prog), and requirement area electives, where that setting redirects it, takes none either.");
    }

    [Fact]
    public void Evaluate_SourceExcludedWithRedirect_GrantsTheCreditInTheOtherArea()
    {
        var decision = Evaluate(Areas(new AreaLimit("core", excludedSources: [PriorCreditSource.PriorLearning], redirectTo: "electives")), CoreLearner(), "algebra");

        var algebra = decision.GetAwardOrNull("algebra")!;
        algebra.Outcome.Should().Be(DecisionOutcome.Eligible);
        algebra.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
        algebra.AreaId.Should().Be("electives");
        algebra.Single(ReasonCode.AreaRedirected).Message.Should().Be("3 SH redirected from requirement area core to electives: it takes no PriorLearning credit (area setting from program prog).");
    }

    public static TheoryData<string, string, string> PercentRoundings => new()
    {
        // 35 % of a 10 SH area is 3 1/2 SH; algebra (3 SH) fits, genetics (3 SH) gets what is left (partial awards).
        { "exact", "3.5 SH", "0.5 SH" },
        { "floor", "3 SH", "0 SH" },
        { "half-up", "4 SH", "1 SH" },
    };

    [Theory]
    [MemberData(nameof(PercentRoundings))]
    public void Evaluate_PercentOfAreaCap_RoundsByTheStatedRounding(string rounding, string limit, string granted)
    {
        var policy = rounding switch { "floor" => RoundingPolicy.FloorTo(1), "half-up" => RoundingPolicy.HalfUpTo(1), _ => RoundingPolicy.Exact };
        RequirementArea[] areas = [new("gen-ed", CreditAmount.FromSemesterHours(10), subjects: ["general"])];
        var learner = Learner("ana", null, false, ("algebra", new LocalDate(2013, 5, 20), 80), ("genetics", new LocalDate(2013, 5, 21), 80));

        var decision = Evaluate(Areas(new AreaLimit("gen-ed", percentOfArea: 35, rounding: policy), partial: true, areas: areas), learner, "algebra", "genetics");

        decision.GetAwardOrNull("algebra")!.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
        var genetics = decision.GetAwardOrNull("genetics")!;
        genetics.CreditsGranted.ToString().Should().Be(granted);
        genetics.Single(ReasonCode.AreaCapReached).Message.Should().Be("Requirement area gen-ed takes at most " + limit + " by evaluation (area setting from program prog); " + granted + " left, so " + granted + " of the 3 SH this course carries is granted.");
    }

    [Fact]
    public void Evaluate_ProgramSettingReplacesInstitutionSetting_AndInstitutionFillsWhatTheProgramDoesNotState()
    {
        var institutionOnly = Evaluate(Areas(null, institution: new AreaLimit("core", CreditAmount.FromSemesterHours(3))), CoreLearner(), "algebra", "precalc");
        var both = Evaluate(Areas(new AreaLimit("core", CreditAmount.FromSemesterHours(6)), institution: new AreaLimit("core", CreditAmount.FromSemesterHours(3))), CoreLearner(), "algebra", "precalc");

        institutionOnly.GetAwardOrNull("algebra")!.AreaSettingScope.Should().Be(AreaSettingScope.Institution);
        institutionOnly.GetAwardOrNull("precalc")!.Single(ReasonCode.AreaCapReached).Message.Should().Be("Requirement area core takes at most 3 SH by evaluation (area setting from institution inst); 0 SH left, so 0 SH of the 3 SH this course carries is granted.");
        both.GetAwardOrNull("precalc")!.AreaSettingScope.Should().Be(AreaSettingScope.Program);
        both.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(6));
    }

    [Fact]
    public void Evaluate_PostedPriorCreditInTheArea_CountsFirst()
    {
        var prior = new PriorCredit("cc-calc", PriorCreditSource.Transfer, CreditAmount.FromSemesterHours(4), CreditLevel.LowerDivision, new LocalDate(2012, 12, 15), isPosted: true, equivalenceKey: "MAC2311");

        var decision = Evaluate(Areas(new AreaLimit("core", CreditAmount.FromSemesterHours(7))), CoreLearner(prior), "algebra", "precalc");

        decision.GetAwardOrNull("algebra")!.Single(ReasonCode.AreaAssigned).Message.Should().Be("3 SH counts in requirement area core, 7 SH of the 7 SH it takes by evaluation used after this course (area setting from program prog).");
        decision.GetAwardOrNull("precalc")!.CreditsGranted.Should().Be(CreditAmount.Zero(CreditUnit.SemesterHour));
    }

    [Fact]
    public void Evaluate_AreaRefusal_FreesRoomUnderTheAggregateCap()
    {
        var policy = new RecordPolicy(
            "record",
            caps: [CreditCap.Absolute("all", CreditAmount.FromSemesterHours(9))],
            areaLimits: [new AreaLimit("core", CreditAmount.FromSemesterHours(3))],
            programs: [new ProgramRecordPolicy("prog", CoreAndElectives)]);

        var decision = Evaluate(policy, CoreLearner(), "algebra", "precalc");

        decision.Caps.Single().Granted.Should().Be(CreditAmount.FromSemesterHours(3), "what the core refused is taken back from the cap");
    }

    [Fact]
    public void ProgramRecordPolicy_SettingForUnknownArea_Throws()
    {
        var act = () => new ProgramRecordPolicy("prog", CoreAndElectives, [new AreaLimit("core", redirectTo: "free-electives")]);

        act.Should().Throw<ArgumentException>().WithMessage("Program 'prog' sets area 'core', which names area 'free-electives'; the program lists no such area.*");
    }

    [Fact]
    public void AreaLimit_BothCaps_Throws()
    {
        var act = () => new AreaLimit("core", CreditAmount.FromSemesterHours(3), percentOfArea: 50);

        act.Should().Throw<ArgumentException>().WithMessage("Area setting 'core' gives both an absolute cap and a percentage; give one.*");
    }
}
