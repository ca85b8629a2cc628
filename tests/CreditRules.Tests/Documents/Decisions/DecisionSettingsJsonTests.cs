using System.Text.Json;
using CreditRules.Documents;

namespace CreditRules.Tests.Documents.Decisions;

/// <summary>The decision JSON carries <see cref="Decision.Settings"/>: which scope supplied each setting, with ids and the value.</summary>
public sealed class DecisionSettingsJsonTests
{
    private static Decision Rex => SampleOutputs.Value.Decisions.Single(d => d.LearnerId == "rex" && d.CourseId == "penn-calculus" && d.ProgramId == "bsn-gened");

    private static string Describe(SettingJson s) =>
        s.Setting + " | " + s.Scope + " | " + (s.PolicyId ?? "-") + " | " + s.ProgramId + " | " + (s.OverrideId ?? "-") + " | " + s.Value;

    [Fact]
    public void ToJson_SampleDecisionWithAProgramOverride_WritesEverySettingWithItsScopeAndReadsItBack()
    {
        var json = DecisionDocument.ToJson(Rex);

        var read = DecisionDocument.ReadDecision(System.Text.Encoding.UTF8.GetBytes(json));

        read.Settings!.Select(Describe).Should().Equal(
            "AcceptedEvaluators | InstitutionPolicy | excelsior-2012-10 | bsn-gened | - | ace, nccrs",
            "AcceptedLevels | InstitutionPolicy | excelsior-2012-10 | bsn-gened | - | LowerDivision, UpperDivision",
            "Evidence | InstitutionPolicy | excelsior-2012-10 | bsn-gened | - | AceTranscriptCredly, AceTranscriptLegacy; official; verified",
            "Rounding | InstitutionPolicy | excelsior-2012-10 | bsn-gened | - | Exact",
            "MaxCreditsPerCourse | ProgramOverride | excelsior-2012-10 | bsn-gened | nursing-gened-limit | 3 SH");
        read.Should().BeEquivalentTo(DecisionJson.From(Rex), "the JSON round-trips");
        using var document = JsonDocument.Parse(json);
        var settings = document.RootElement.GetProperty("settings");
        settings[4].GetRawText().Should().Be("{\"setting\":\"MaxCreditsPerCourse\",\"scope\":\"ProgramOverride\",\"policyId\":\"excelsior-2012-10\",\"programId\":\"bsn-gened\",\"overrideId\":\"nursing-gened-limit\",\"value\":\"3 SH\"}");
        settings[0].TryGetProperty("overrideId", out _).Should().BeFalse("nulls are omitted");
    }

    [Fact]
    public void From_EachSetting_MapsTheDecisionsTypedFactsInOrder()
    {
        var decision = SampleOutputs.Value.Decisions.First(d => d.Settings.Count > 0);

        DecisionJson.From(decision).Settings!.Select(s => (s.Setting, s.Scope, s.OverrideId)).Should().Equal(
            decision.Settings.Select(s => (s.Setting.ToString(), s.Scope.ToString(), s.OverrideId)));
    }
}
