using CreditRules.Tests.Fixtures;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Engine.Rules;

/// <summary>
/// Reasons whose text names the scope that supplied a setting name it as <see cref="Decision.Settings"/> does: the program when
/// its own settings state the setting (<see cref="ProgramSettings.ApplyTo"/>), else the institution policy version.
/// </summary>
public sealed class SettingScopesTests
{
    private static readonly EvidenceRequirement OfficialCredly = new([EvidenceKind.AceTranscriptCredly], requireOfficial: true, requireVerified: true);

    private static SettingScope ScopeOf(Decision decision, PolicySetting setting) => decision.Settings.Single(s => s.Setting == setting).Scope;

    [Fact]
    public void EvaluatorNotAccepted_ProgramSettingsStateTheEvaluators_NamesTheProgram()
    {
        var decision = new ScenarioBuilder { ProgramSettings = new ProgramSettings(acceptedEvaluators: ["nccrs"]) }.Evaluate();

        decision.Single(ReasonCode.EvaluatorNotAccepted).Message.Should().Be("The program prog accepts recommendations from nccrs, not from ace.");
        ScopeOf(decision, PolicySetting.AcceptedEvaluators).Should().Be(SettingScope.Program);
    }

    [Fact]
    public void EvidenceMissing_InstitutionStatesTheRequirement_NamesTheInstitutionPolicy()
    {
        var decision = new ScenarioBuilder { Evidence = OfficialCredly }.Evaluate();

        decision.Single(ReasonCode.EvidenceMissing).Message.Should().Be("The institution policy inst-2013 requires an official, verified AceTranscriptCredly; none is on record.");
        ScopeOf(decision, PolicySetting.Evidence).Should().Be(SettingScope.InstitutionPolicy);
    }

    [Fact]
    public void EvidenceMissing_ProgramSettingsStateTheRequirement_NamesTheProgram()
    {
        var decision = new ScenarioBuilder { ProgramSettings = new ProgramSettings(evidence: OfficialCredly) }.Evaluate();

        decision.Single(ReasonCode.EvidenceMissing).Message.Should().Be("The program prog requires an official, verified AceTranscriptCredly; none is on record.");
        ScopeOf(decision, PolicySetting.Evidence).Should().Be(SettingScope.Program);
    }

    [Fact]
    public void LevelMapped_ProgramSettingsStateTheMappings_NamesTheProgram()
    {
        var decision = new ScenarioBuilder
        {
            Versions = [Version(1, new LocalDate(2013, 2, 1), new LocalDate(2016, 1, 31), Line(3, CreditLevel.Graduate))],
            ProgramSettings = new ProgramSettings(levelMappings: [new LevelMapping(CreditLevel.Graduate, CreditLevel.UpperDivision)]),
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.Single(ReasonCode.LevelMapped).Message.Should().Be("The line 3 SH Graduate in mathematics is counted at UpperDivision: the program prog maps Graduate to UpperDivision.");
        ScopeOf(decision, PolicySetting.LevelMappings).Should().Be(SettingScope.Program);
    }

    [Fact]
    public void FeeRefundedPayAgain_ProgramSettingsStateTheTreatment_NamesTheProgram()
    {
        var decision = new ScenarioBuilder
        {
            Fees = [Paid(FeeKind.VerifiedTrack, 49, new LocalDate(2013, 3, 10)), new FeeObligation(CourseId, FeeKind.ProctoredExam, Money.Usd(90), FeeStatus.Refunded, new LocalDate(2013, 6, 1))],
            ProgramSettings = new ProgramSettings(refundedFee: RefundedFeeTreatment.Outstanding),
        }.Evaluate();

        decision.Single(ReasonCode.FeeRefundedPayAgain).Message.Should().Be("The ProctoredExam fee of USD 90.00 was Refunded on 2013-06-01; the program prog counts a refunded fee as unpaid, so it must be paid again.");
        ScopeOf(decision, PolicySetting.RefundedFee).Should().Be(SettingScope.Program);
    }
}
