using System.Text;
using System.Text.Json;
using CreditRules.Documents;
using CreditRules.Tests.Engine.Batch;

namespace CreditRules.Tests.Documents;

public sealed class LearnerLinesTests
{
    private static string Line(CreditClaim claim)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            LearnerLines.Write(writer, claim.Learner, [new LearnerClaim(claim.Learner.LearnerId, claim.CourseId, claim.InstitutionId, claim.ProgramId)]);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void Read_WrittenLine_GivesTheSameLearnerAndClaim()
    {
        foreach (var claim in BatchWorld.Population(200, seed: 8))
        {
            var line = Line(claim);

            var result = LearnerLines.Read(Encoding.UTF8.GetBytes(line), BatchWorld.Catalog, BatchWorld.Policies);

            result.IsSuccess.Should().BeTrue(line);
            result.Value.Claims.Should().ContainSingle().Which.Should().Be(new LearnerClaim(claim.Learner.LearnerId, claim.CourseId, claim.InstitutionId, claim.ProgramId));
            line.Should().NotContain("\n");
            var reread = new CreditClaim(result.Value.Learners[0], claim.CourseId, claim.InstitutionId, claim.ProgramId);
            BatchWorld.Plan.Explain(reread).Should().BeEquivalentTo(BatchWorld.Plan.Explain(claim), o => o.Excluding(d => d.QualifyingZone));
        }
    }

    [Fact]
    public void Read_UnknownSession_FailsNamingPathAndValue()
    {
        var line = """{"id":"L1","claims":[{"courseId":"precalc","institutionId":"eastern","programId":"aa-general"}],"completions":[{"sessionId":"ghost","status":"Completed","recordedOn":"2013-05-12"}]}""";

        var result = LearnerLines.Read(Encoding.UTF8.GetBytes(line), BatchWorld.Catalog, BatchWorld.Policies, "learners.jsonl:1");

        result.IsSuccess.Should().BeFalse();
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Path.Should().Be("$.completions[0].sessionId");
        error.AttemptedValue.Should().Be("ghost");
        error.Message.Should().Be("No session of the catalog has the id 'ghost'.");
        result.Source.Should().Be("learners.jsonl:1");
    }

    [Fact]
    public void Read_WrongType_FailsWithThePathOfTheValue()
    {
        var line = """{"id":"L1","veteran":"yes"}""";

        var result = LearnerLines.Read(Encoding.UTF8.GetBytes(line), null, null);

        result.IsSuccess.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Path.Should().Be("$.veteran");
    }
}
