using System.Text;
using System.Text.Json;
using CreditRules.Documents;
using CreditRules.Tests.Documents;

namespace CreditRules.Tests.Documents.Decisions;

/// <summary>Decision records: digests, data and engine versions, the JSON form against the schema, and replay with its causes.</summary>
public sealed class DecisionRecordsTests
{
    private static readonly Lazy<Samples> Data = new(Samples.Load);

    [Fact]
    public void Replay_EveryRecordWrittenToday_ReplaysIdentically()
    {
        var data = Data.Value;
        var records = data.Decide(data.Evaluator, data.DataVersion);
        records.Should().HaveCountGreaterThan(50);

        var replays = records.Select(r => DecisionRecords.Replay(RoundTrip(r), data.Evaluator, data.DataVersion)).ToArray();

        replays.Where(r => r.HasChanges).Select(r => r.Record.LearnerId + " " + r.Record.CourseId).Should().BeEmpty();
        replays.Should().OnlyContain(r => r.Causes.Count == 0, "facts, data and engine are today's");
        replays.Select(r => r.Replayed).Should().BeEquivalentTo(records, o => o.Excluding(r => r.Facts), "today's record equals the one written");
    }

    [Fact]
    public void Replay_AgainstAChangedPolicy_ReportsTheChangeAndNamesTheData()
    {
        var data = Data.Value;
        var record = data.Decide(data.Evaluator, data.DataVersion).Single(r => r is { LearnerId: "eve", CourseId: "penn-calculus", InstitutionId: "northern-quarter" });
        var changedPolicies = Encoding.UTF8.GetBytes(data.PoliciesText.Replace("\"value\": 70,", "\"value\": 85,", StringComparison.Ordinal));
        var tomorrow = new EligibilityEvaluator(data.Evaluator.Catalog, PolicyDocument.Load(changedPolicies, "policies").Value);
        var tomorrowVersion = DecisionRecords.DataVersionOf(data.CatalogBytes, changedPolicies);

        var replay = DecisionRecords.Replay(record, tomorrow, tomorrowVersion);

        replay.HasChanges.Should().BeTrue();
        replay.OutcomeChanged.Should().BeTrue();
        (replay.Record.Outcome, replay.Replayed.Outcome).Should().Be(("Eligible", "NotEligible"));
        replay.Causes.Select(c => (c.Kind, c.Before, c.After)).Should().Equal((InputChangeKind.DataVersion, data.DataVersion, tomorrowVersion));
        replay.ReasonChanges.Should().ContainSingle(c => c.Kind == "Appeared" && c.Code == "ScoreBelowMinimum")
            .Which.After.Should().Be("Exam score 75 is 10 point(s) below the institution policy northern-2012 minimum 85.");
        replay.ReasonChanges.Should().OnlyContain(c => c.CausedBy.Single().Kind == "DataVersion");
    }

    [Fact]
    public void Replay_RecordOfAnotherEngine_NamesTheEngineEvenWhenNothingChanged()
    {
        var data = Data.Value;
        var record = data.Decide(data.Evaluator, data.DataVersion)[0] with { EngineVersion = "0.0.9+old" };

        var replay = DecisionRecords.Replay(record, data.Evaluator, data.DataVersion);

        replay.HasChanges.Should().BeFalse();
        replay.Causes.Select(c => (c.Kind, c.Before, c.After)).Should().Equal((InputChangeKind.EngineVersion, "0.0.9+old", DecisionRecords.EngineVersion));
    }

    [Fact]
    public void Replay_WithTodaysCorrectedFacts_NamesTheFacts()
    {
        var data = Data.Value;
        var record = data.Decide(data.Evaluator, data.DataVersion).Single(r => r is { LearnerId: "eve", CourseId: "penn-calculus", InstitutionId: "northern-quarter" });
        var facts = DecisionRecords.ReadFacts(record, data.Evaluator.Catalog, data.Evaluator.Policies).Value;
        var corrected = new LearnerRecord(
            facts.LearnerId,
            facts.IsVeteran,
            facts.ProgramEnrollments,
            facts.CourseEnrollments,
            facts.Completions,
            facts.IdentityVerifications,
            facts.ExamAttempts.Select(a => a.CourseId == "penn-calculus"
                ? new ExamAttempt(a.CourseId, a.StartedAt, a.CandidateZone, ExamOutcome.Passed, Score.Percent(65), a.Proctoring, a.IdCheck, a.Integrity, a.Invalidation)
                : a),
            facts.Fees,
            facts.Evidence,
            facts.PriorCredits,
            facts.Emails);

        var replay = DecisionRecords.Replay(record, data.Evaluator, data.DataVersion, corrected);

        replay.Causes.Select(c => c.Kind).Should().Equal(InputChangeKind.Facts);
        replay.Causes[0].After.Should().Be(DecisionRecords.InputsDigest(corrected));
        replay.Replayed.Outcome.Should().Be("NotEligible");
    }

    [Fact]
    public void Replay_UnknownRecordVersion_ThrowsNamingIt()
    {
        var data = Data.Value;
        var record = data.Decide(data.Evaluator, data.DataVersion)[0] with { RecordVersion = 2 };

        var act = () => DecisionRecords.Replay(record, data.Evaluator, data.DataVersion);

        act.Should().Throw<ArgumentException>().WithMessage("RecordVersion 2 is not supported; this engine reads decision records of version 1. (Parameter 'record')");
    }

    [Fact]
    public void InputsDigest_FactsReordered_IsEqual_AndAChangedFact_IsNot()
    {
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        LearnerBuilder Builder() => new LearnerBuilder("ada", zone)
            .PaidFee("uci-precalculus", FeeKind.VerifiedTrack, Money.Usd(49), new LocalDate(2013, 3, 10))
            .PaidFee("uci-precalculus", FeeKind.ProctoredExam, Money.Usd(90), new LocalDate(2013, 5, 1));
        var learner = Builder().PassedExam("uci-precalculus", new LocalDateTime(2013, 5, 20, 10, 0), Score.Percent(84)).Build();
        var reordered = new LearnerRecord("ada", fees: learner.Fees.Reverse(), examAttempts: learner.ExamAttempts);
        var changed = Builder().PassedExam("uci-precalculus", new LocalDateTime(2013, 5, 20, 10, 0), Score.Percent(85)).Build();

        var digest = DecisionRecords.InputsDigest(learner);

        digest.Should().MatchRegex("^sha256:[0-9a-f]{64}$");
        DecisionRecords.InputsDigest(reordered).Should().Be(digest);
        DecisionRecords.InputsDigest(changed).Should().NotBe(digest);
    }

    [Fact]
    public void DataVersionOf_IsTheLabelTheDocumentDataSourceGives()
    {
        var data = Data.Value;

        data.DataVersion.Should().MatchRegex("^sha256:[0-9a-f]{16}$");
        CreditRules.DependencyInjection.DocumentCreditRulesDataSource.VersionOf(data.CatalogBytes, data.PoliciesBytes).Should().Be(data.DataVersion);
    }

    [Fact]
    public void DataVersionOf_LayoutChanged_IsEqual_AndAChangedValue_IsNot()
    {
        var data = Data.Value;
        var policies = System.Text.Json.Nodes.JsonNode.Parse(data.PoliciesBytes)!.AsObject();
        var reordered = new System.Text.Json.Nodes.JsonObject(policies.Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
        var indented = System.Text.Encoding.UTF8.GetBytes(reordered.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        var changed = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(data.PoliciesBytes).Replace("\"value\": 70,", "\"value\": 71,", StringComparison.Ordinal));

        DecisionRecords.DataVersionOf(data.CatalogBytes, [.. data.PoliciesBytes, (byte)' ', (byte)'\n']).Should().Be(data.DataVersion, "trailing whitespace is layout");
        DecisionRecords.DataVersionOf(data.CatalogBytes, System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(data.PoliciesBytes).Replace("\"value\": 70,", "\"value\": 70.0,", StringComparison.Ordinal))).Should().Be(data.DataVersion, "70.0 is 70");
        DecisionRecords.DataVersionOf(data.CatalogBytes, indented).Should().Be(data.DataVersion, "members in another order, other indentation");
        changed.Should().NotEqual(data.PoliciesBytes, "Northern's sample minimum score is 70");
        DecisionRecords.DataVersionOf(data.CatalogBytes, changed).Should().NotBe(data.DataVersion, "a changed value is new data");
        DecisionRecords.DataVersionOf(changed, data.PoliciesBytes).Should().NotBe(DecisionRecords.DataVersionOf(data.CatalogBytes, data.PoliciesBytes.ToArray()));
    }

    [Fact]
    public void InputsDigest_DecimalScale_IsNotAChange()
    {
        var three = new LearnerRecord("ada", fees: [new FeeObligation("uci-precalculus", FeeKind.ProctoredExam, Money.Usd(90m), FeeStatus.Paid, new LocalDate(2013, 5, 1))], examAttempts: [new ExamAttempt("uci-precalculus", Instant.FromUtc(2013, 5, 20, 14, 0), DateTimeZone.Utc, ExamOutcome.Passed, Score.Percent(84m))]);
        var scaled = new LearnerRecord("ada", fees: [new FeeObligation("uci-precalculus", FeeKind.ProctoredExam, Money.Usd(90.00m), FeeStatus.Paid, new LocalDate(2013, 5, 1))], examAttempts: [new ExamAttempt("uci-precalculus", Instant.FromUtc(2013, 5, 20, 14, 0), DateTimeZone.Utc, ExamOutcome.Passed, Score.Percent(84.0m))]);
        var other = new LearnerRecord("ada", fees: [new FeeObligation("uci-precalculus", FeeKind.ProctoredExam, Money.Usd(90.01m), FeeStatus.Paid, new LocalDate(2013, 5, 1))], examAttempts: [new ExamAttempt("uci-precalculus", Instant.FromUtc(2013, 5, 20, 14, 0), DateTimeZone.Utc, ExamOutcome.Passed, Score.Percent(84.0m))]);

        DecisionRecords.InputsDigest(scaled).Should().Be(DecisionRecords.InputsDigest(three));
        DecisionRecords.InputsDigest(other).Should().NotBe(DecisionRecords.InputsDigest(three));
    }

    [Fact]
    public void EveryRecord_SatisfiesTheSchema_AndEmbedsFactsThatReadBackToTheSameDigest()
    {
        var data = Data.Value;
        var records = data.Decide(data.Evaluator, data.DataVersion);

        var errors = records.SelectMany(r => DecisionSchema.Validate(JsonSerializer.SerializeToElement(r, DecisionDocument.DecisionRecordTypeInfo), DecisionSchemaTests.Schema.Value.RootElement, "DecisionRecord")).ToArray();

        errors.Should().BeEmpty();
        records.Should().OnlyContain(r => DecisionRecords.InputsDigest(DecisionRecords.ReadFacts(r, null, null).Value) == r.InputsDigest);
        records.Should().OnlyContain(r => r.RecordVersion == 1 && r.EngineVersion == DecisionRecords.EngineVersion);
        records.Select(r => r.Facts.TryGetProperty("claims", out var claims)).Should().OnlyContain(x => !x);
    }

    private static DecisionRecordJson RoundTrip(DecisionRecordJson record) =>
        JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(record, DecisionDocument.DecisionRecordTypeInfo), DecisionDocument.DecisionRecordTypeInfo)!;

    private sealed record Samples(EligibilityEvaluator Evaluator, LearnerSet Learners, byte[] CatalogBytes, byte[] PoliciesBytes, string DataVersion)
    {
        public string PoliciesText => Encoding.UTF8.GetString(PoliciesBytes);

        public static Samples Load()
        {
            var catalogBytes = File.ReadAllBytes(Path.Combine(DocumentFiles.SamplesDirectory, "catalog.json"));
            var policiesBytes = File.ReadAllBytes(Path.Combine(DocumentFiles.SamplesDirectory, "policies.json"));
            var catalog = CatalogDocument.Load(catalogBytes, "catalog").Value;
            var policies = PolicyDocument.Load(policiesBytes, "policies").Value;
            var learners = LearnerDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "learners.json"), catalog, policies).Value;
            return new Samples(new EligibilityEvaluator(catalog, policies), learners, catalogBytes, policiesBytes, DecisionRecords.DataVersionOf(catalogBytes, policiesBytes));
        }

        public DecisionRecordJson[] Decide(EligibilityEvaluator evaluator, string dataVersion) =>
        [
            .. Learners.Claims.Select(c =>
            {
                var learner = Learners.GetLearnerOrNull(c.LearnerId)!;
                return DecisionRecords.Create(evaluator.Evaluate(new EvaluationRequest(learner, c.CourseId, c.InstitutionId, c.ProgramId, Learners.AsOf!.Value)), learner, dataVersion);
            }),
        ];
    }
}
