using System.Text;
using System.Text.Json;
using CreditRules.Documents;

namespace CreditRules.Tests.Documents;

/// <summary>LearnerDocument.ReadLearner (one learner, such as a request body) and LoadAsync (a document from a stream).</summary>
public sealed class LearnerDocumentReadTests
{
    private static readonly Lazy<(Catalog Catalog, PolicySet Policies, byte[] Learners)> Samples = new(() =>
    (
        CatalogDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "catalog.json")).Value,
        PolicyDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "policies.json")).Value,
        File.ReadAllBytes(Path.Combine(DocumentFiles.SamplesDirectory, "learners.json"))));

    private static byte[] FirstLearner()
    {
        using var document = JsonDocument.Parse(Samples.Value.Learners);
        return Encoding.UTF8.GetBytes(document.RootElement.GetProperty("learners")[0].GetRawText());
    }

    [Fact]
    public void ReadLearner_OneLearnerObject_GivesTheLearnerAndClaims()
    {
        var (catalog, policies, _) = Samples.Value;

        var result = LearnerDocument.ReadLearner(FirstLearner(), catalog, policies);

        result.IsSuccess.Should().BeTrue();
        result.Value.Learners.Should().ContainSingle().Which.LearnerId.Should().Be("ada");
        var claim = result.Value.Claims.Should().ContainSingle().Which;
        (claim.CourseId, claim.InstitutionId, claim.ProgramId).Should().Be(("uci-precalculus", "eastern-state", "aa-general"));
    }

    [Fact]
    public void ReadLearner_UnknownInstitution_FailsNamingPathAndValue()
    {
        var json = Encoding.UTF8.GetString(FirstLearner()).Replace("\"eastern-state\"", "\"atlantis\"", StringComparison.Ordinal);
        var (catalog, policies, _) = Samples.Value;

        var result = LearnerDocument.ReadLearner(Encoding.UTF8.GetBytes(json), catalog, policies);

        result.IsSuccess.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.ToString().Should().Contain("$.claims[0].institutionId").And.Contain("atlantis");
    }

    [Fact]
    public void ReadLearner_NotJson_FailsWithoutThrowing()
    {
        var result = LearnerDocument.ReadLearner("{\"id\": "u8);

        result.IsSuccess.Should().BeFalse();
        result.Errors.Should().NotBeEmpty();
    }

    [Fact]
    public async Task LoadAsync_SampleDocumentStream_LoadsWhatLoadFileLoads()
    {
        var (catalog, policies, bytes) = Samples.Value;
        using var stream = new MemoryStream(bytes);

        var result = await LearnerDocument.LoadAsync(stream, catalog, policies, TestContext.Current.CancellationToken);

        result.IsSuccess.Should().BeTrue();
        var expected = LearnerDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "learners.json"), catalog, policies).Value;
        result.Value.Learners.Select(l => l.LearnerId).Should().Equal(expected.Learners.Select(l => l.LearnerId));
        result.Value.Claims.Should().Equal(expected.Claims);
    }

    [Fact]
    public async Task LoadAsync_StreamOverTheLimit_IsRefusedWithDocumentTooLarge()
    {
        using var stream = new MemoryStream(new byte[DocumentLimits.MaxDocumentBytes + 1]);

        var result = await LearnerDocument.LoadAsync(stream, TestContext.Current.CancellationToken);

        result.Errors.Should().ContainSingle().Which.Message.Should().Be("The document is larger than the limit of 16777216 bytes.");
        result.Errors[0].Code.Should().Be(DocumentErrorCode.DocumentTooLarge);
    }

    [Fact]
    public async Task ReadLearnerAsync_Cancelled_Throws()
    {
        using var stream = new MemoryStream(FirstLearner());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var read = () => LearnerDocument.ReadLearnerAsync(stream, null, null, cancelled.Token);

        await read.Should().ThrowAsync<OperationCanceledException>();
    }
}
