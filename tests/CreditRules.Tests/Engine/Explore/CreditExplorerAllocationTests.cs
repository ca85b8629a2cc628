using CreditRules.Documents;
using CreditRules.Tests.Documents;
using CreditRules.Tests.Engine.Batch;

namespace CreditRules.Tests.Engine.Explore;

[Collection(nameof(AllocationCollection))]
public sealed class CreditExplorerAllocationTests
{
    private static readonly Catalog SampleCatalog = CatalogDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "catalog.json")).Value;
    private static readonly PolicySet SamplePolicies = PolicyDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "policies.json")).Value;
    private static readonly LearnerSet SampleLearners = LearnerDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "learners.json"), SampleCatalog, SamplePolicies).Value;
    private static readonly LocalDate AsOf = new(2014, 6, 30);

    /// <summary>
    /// The ranked outcome-only pass on one thread allocates per call only what is per learner (its compiled record and
    /// per-call arrays), nothing per institution or program: a warmed call over 64 generated institutions allocates exactly
    /// what one over 8 does, for a learner whose claims are shared between programs and for one with an exception (shared
    /// by none).
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Rank_WarmedOneThread_AllocatesNothingPerInstitution(bool withException)
    {
        var kim = SampleLearners.GetLearnerOrNull("kim")!;
        var courses = SampleLearners.Claims.Where(c => c.LearnerId == "kim").Select(c => c.CourseId).Distinct().ToArray();
        var learner = withException ? WithException(kim, courses[0]) : kim;

        var few = BytesPerCall(8, learner, courses, out var fewEntries);
        var many = BytesPerCall(64, learner, courses, out var manyEntries);

        (fewEntries, manyEntries).Should().Be((8 * 5, 64 * 5), "every program passes the (empty) filters");
        many.Should().Be(few, "a call allocates nothing per institution (8 institutions: {0} B; 64: {1} B)", few, many);
    }

    /// <summary>The bytes one warmed <see cref="CreditExplorer.Rank"/> call allocates on this thread, from a call no GC paused (at most 50 tries).</summary>
    private static long BytesPerCall(int institutions, LearnerRecord learner, string[] courses, out int entries)
    {
        var policies = PolicyGenerator.Generate(SampleCatalog, institutions, seed: 16, programsPerInstitution: 5);
        var explorer = new CreditExplorer(new EligibilityEvaluator(SampleCatalog, policies));
        var buffer = new ExploreEntry[explorer.ProgramCount];
        for (var warm = 0; warm < 3; warm++)
        {
            explorer.Rank(Request(learner, courses), buffer, TestContext.Current.CancellationToken);
        }

        for (var attempt = 0; attempt < 50; attempt++)
        {
            var request = Request(learner, courses);
            var paused = GC.GetTotalPauseDuration();
            var before = GC.GetAllocatedBytesForCurrentThread();
            entries = explorer.Rank(request, buffer, TestContext.Current.CancellationToken);
            var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            if (GC.GetTotalPauseDuration() == paused)
            {
                return bytes;
            }
        }

        throw new InvalidOperationException("Every one of 50 calls was paused by a GC.");
    }

    private static ExploreRequest Request(LearnerRecord learner, string[] courses) => new(learner, courses, AsOf, explainTop: 0, maxDegreeOfParallelism: 1);

    private static LearnerRecord WithException(LearnerRecord l, string courseId)
    {
        var waiver = new ExceptionGrant("PET-ALLOC", ExceptionKind.WaiveRule, new DateRange(new LocalDate(2012, 1, 1), new LocalDate(2099, 12, 31)), "Registrar", new LocalDate(2013, 1, 15), "Minimum score waived at one institution.", courseId: courseId, institutionId: PolicyGenerator.IdPrefix + "00001", ruleId: "institution.minimum-score");
        return new LearnerRecord(l.LearnerId, l.IsVeteran, l.ProgramEnrollments, l.CourseEnrollments, l.Completions, l.IdentityVerifications, l.ExamAttempts, l.Fees, l.Evidence, l.PriorCredits, l.Emails, [waiver], l.PostingFeePayments);
    }
}
