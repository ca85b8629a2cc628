namespace CreditRules.Tests.Domain.Learners;

/// <summary>The small learner facts: enrolments, completions, evidence and program enrolments.</summary>
public sealed class LearnerFactTests
{
    [Fact]
    public void CourseEnrollment_UndefinedTrack_ThrowsNamingTrack()
    {
        var act = () => new CourseEnrollment("calc-2013s", (EnrollmentTrack)4, Instant.FromUtc(2013, 3, 8, 19, 0));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("track")
            .WithMessage("Value is not a defined EnrollmentTrack. (Parameter 'track')*Actual value was 4.");
    }

    [Fact]
    public void CourseCompletion_BlankSession_ThrowsNamingSession()
    {
        var act = () => new CourseCompletion("", CompletionStatus.Completed, new LocalDate(2013, 5, 12));

        act.Should().Throw<ArgumentException>().WithParameterName("sessionId")
            .WithMessage("Value must not be empty or white space; got ''. (Parameter 'sessionId')");
    }

    [Fact]
    public void CourseCompletion_KeepsGrade()
    {
        new CourseCompletion("calc-2013s", CompletionStatus.Completed, new LocalDate(2013, 5, 12), Score.Percent(91)).Grade.Should().Be(Score.Percent(91));
    }

    [Fact]
    public void EvidenceDocument_BlankCourse_MeansAnyCourse()
    {
        var document = new EvidenceDocument(EvidenceKind.AceTranscriptCredly, new LocalDate(2013, 7, 1), true, true, "  ");

        document.CourseId.Should().BeNull();
    }

    [Fact]
    public void EvidenceDocument_UndefinedKind_ThrowsNamingKind()
    {
        var act = () => new EvidenceDocument((EvidenceKind)42, new LocalDate(2013, 7, 1), true, true);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind")
            .WithMessage("Value is not a defined EvidenceKind. (Parameter 'kind')*Actual value was 42.");
    }

    [Fact]
    public void ProgramEnrollment_BlankProgram_ThrowsNamingProgram()
    {
        var act = () => new ProgramEnrollment("inst", " ", new LocalDate(2013, 1, 1));

        act.Should().Throw<ArgumentException>().WithParameterName("programId")
            .WithMessage("Value must not be empty or white space; got ' '. (Parameter 'programId')");
    }
}
