using CreditRules.Documents;

namespace CreditRules.Tests.Domain.Learners;

/// <summary>LearnerBuilder: stated defaults, local times read in one zone, every problem listed at Build().</summary>
public sealed class LearnerBuilderTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static LearnerBuilder Ada() => new LearnerBuilder("ada", NewYork)
        .JoinedVerifiedTrack("uci-precalculus-2013s", new LocalDateTime(2013, 3, 8, 14, 0))
        .VerifiedIdentity(IdentityMethod.TypingPattern, new LocalDateTime(2013, 3, 10, 9, 0))
        .Completed("uci-precalculus-2013s", new LocalDate(2013, 5, 12))
        .PassedExam("uci-precalculus", new LocalDateTime(2013, 5, 20, 10, 0), Score.Percent(84))
        .PaidFee("uci-precalculus", FeeKind.VerifiedTrack, Money.Usd(49), new LocalDate(2013, 3, 10))
        .PaidFee("uci-precalculus", FeeKind.ProctoredExam, Money.Usd(90), new LocalDate(2013, 5, 1));

    [Fact]
    public void Build_SampleLearner_IsDecidedAsTheSampleDocumentsAda()
    {
        var catalog = CatalogDocument.LoadFile(Path.Combine(AppContext.BaseDirectory, "samples", "catalog.json")).Value;
        var policies = PolicyDocument.LoadFile(Path.Combine(AppContext.BaseDirectory, "samples", "policies.json")).Value;
        var evaluator = new EligibilityEvaluator(catalog, policies);

        var ada = Ada().With(new EvidenceDocument(EvidenceKind.AceTranscriptCredly, new LocalDate(2013, 7, 1), isOfficial: true, isVerified: true, courseId: "uci-precalculus")).Build();

        var decision = evaluator.Evaluate(new EvaluationRequest(ada, "uci-precalculus", "eastern-state", "aa-general", new LocalDate(2014, 6, 30)));

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.CreditsGranted.ToString().Should().Be("3 SH");
        decision.QualifyingDate.Should().Be(new LocalDate(2013, 5, 20));
    }

    [Fact]
    public void Build_Exam_UsesTheStatedDefaults()
    {
        var exam = Ada().Build().ExamAttempts.Single();

        exam.StartedAt.Should().Be(Instant.FromUtc(2013, 5, 20, 14, 0));
        exam.CandidateZone.Should().Be(NewYork);
        exam.Proctoring.Should().Be(ProctoringMode.LiveOnline);
        exam.IdCheck.Should().Be(IdCheckResult.Passed);
        exam.Integrity.Should().Be(IntegrityReview.Clean);
        Ada().Build().IsVeteran.Should().BeFalse();
    }

    [Fact]
    public void Build_SeveralProblems_ListsEveryOneInOneException()
    {
        var builder = Ada()
            .JoinedVerifiedTrack("uci-precalculus-2013s", new LocalDateTime(2013, 3, 9, 8, 0))
            .PassedExam("uci-algebra", new LocalDateTime(2013, 3, 10, 2, 30), Score.Percent(70))
            .EnrolledInProgram(" ", "aa-general", new LocalDate(2013, 1, 1));

        var build = () => builder.Build();

        build.Should().Throw<ArgumentException>().Which.Message.Should().Be(
            "The learner 'ada' is invalid:\n"
            + "- examAttempts[1]: 2013-03-10T02:30:00 does not exist in America/New_York (a daylight-saving gap); give another time.\n"
            + "- programEnrollments[0]: Value must not be empty or white space; got ' '. (Parameter 'institutionId')\n"
            + "- courseEnrollments: session 'uci-precalculus-2013s' is joined 2 times; give each session once.");
    }

    [Fact]
    public void Build_Twice_GivesEqualRecordsFromTheSameSteps()
    {
        var builder = Ada();

        var first = builder.Build();
        var second = builder.Build();

        second.Should().NotBeSameAs(first);
        second.Should().BeEquivalentTo(first);
    }

    [Fact]
    public void EnrolledInProgram_WithCatalogYear_RecordsIt()
    {
        var learner = Ada().EnrolledInProgram("eastern-state", "aa-general", new LocalDate(2014, 1, 15), "2013-2014").Build();

        learner.ProgramEnrollments.Should().ContainSingle().Which.CatalogYear.Should().Be(CatalogYear.FromStartYear(2013));
    }

    [Fact]
    public void Build_BadCatalogYear_NamesTheEnrolmentAndTheValue()
    {
        var build = () => Ada().EnrolledInProgram("eastern-state", "aa-general", new LocalDate(2014, 1, 15), "2013-14").Build();

        build.Should().Throw<ArgumentException>().Which.Message.Should().Be(
            "The learner 'ada' is invalid:\n"
            + "- programEnrollments[0]: catalogYear: A catalog year is written yyyy-yyyy, the academic year it starts in and the next, such as 2013-2014 (years from 1900-1901 to 2998-2999); got '2013-14'.");
    }
}
