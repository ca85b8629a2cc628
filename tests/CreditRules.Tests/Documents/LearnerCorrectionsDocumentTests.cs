using CreditRules.Documents;

namespace CreditRules.Tests.Documents;

/// <summary>recordedAt, id and supersedes on exam attempts and fees in the learner document: read, written back, and every mistake located.</summary>
public sealed class LearnerCorrectionsDocumentTests
{
    private const string Exam = """{ "courseId": "penn-calculus", "startedAt": "2013-05-20T10:00:00-04:00", "candidateZone": "America/New_York", "outcome": "Passed", "score": { "value": 68, "scale": "percent" }""";

    private static string Document(string attempts) => """{ "schemaVersion": 1, "learners": [ { "id": "greta", "examAttempts": [""" + attempts + "] } ] }";

    [Fact]
    public void Load_ACorrectionRecordedLater_ReadsAndWritesBack()
    {
        var json = Document(Exam + """, "id": "a" }, """ + Exam.Replace("68", "78", StringComparison.Ordinal) + """, "id": "b", "supersedes": "a", "recordedAt": "2014-07-15T10:00:00-04:00" }""");

        var learners = LearnerDocument.Load(json).Value;
        var again = LearnerDocument.Load(LearnerDocument.Write(learners)).Value;

        var correction = learners.Learners.Single().ExamAttempts[1];
        (correction.Id, correction.Supersedes, correction.RecordedAt).Should().Be(("b", "a", (Instant?)Instant.FromUtc(2014, 7, 15, 14, 0)));
        again.Learners.Single().ExamAttempts.Select(a => (a.Id, a.Supersedes, a.RecordedAt)).Should().Equal(learners.Learners.Single().ExamAttempts.Select(a => (a.Id, a.Supersedes, a.RecordedAt)));
    }

    [Fact]
    public void Load_SupersedesAnUnknownId_IsALocatedError()
    {
        var result = LearnerDocument.Load(Document(Exam + """, "id": "a" }, """ + Exam + """, "supersedes": "z" }"""));

        var error = result.Errors.Should().ContainSingle().Which;
        (error.Code, error.Path, error.AttemptedValue).Should().Be((DocumentErrorCode.UnknownReference, "$.learners[0].examAttempts[1].supersedes", "z"));
        error.Message.Should().Be("No exam attempt of this learner has the id 'z'; supersedes names the id of the earlier fact it corrects.");
    }

    [Fact]
    public void Load_ARepeatedFactId_IsALocatedError()
    {
        var result = LearnerDocument.Load(Document(Exam + """, "id": "a" }, """ + Exam + """, "id": "a" }"""));

        var error = result.Errors.Should().ContainSingle().Which;
        (error.Code, error.Path, error.AttemptedValue).Should().Be((DocumentErrorCode.DuplicateId, "$.learners[0].examAttempts[1].id", "a"));
        error.Message.Should().Be("The exam attempt id 'a' is already used at $.learners[0].examAttempts[0]; give each fact its own id.");
    }

    [Fact]
    public void Load_RecordedAtWithoutOffset_IsALocatedError()
    {
        var result = LearnerDocument.Load(Document(Exam + """, "recordedAt": "2014-07-15T10:00:00" }"""));

        result.Errors.Should().ContainSingle().Which.Path.Should().Be("$.learners[0].examAttempts[0].recordedAt");
    }
}
