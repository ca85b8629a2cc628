using CreditRules.Tests.Fixtures;
using NodaTime.Testing;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Engine;

public sealed class EligibilityEvaluatorTests
{
    private static Decision EvaluateFor(string courseId, string institutionId, string programId)
    {
        var builder = new ScenarioBuilder();
        return builder.BuildEvaluator().Evaluate(new EvaluationRequest(builder.BuildLearner(), courseId, institutionId, programId, builder.AsOf));
    }

    [Fact]
    public void Evaluate_UnknownCourse_ThrowsUnknownReference()
    {
        var act = () => EvaluateFor("nope", InstitutionId, ProgramId);

        act.Should().Throw<UnknownReferenceException>().WithParameterName("CourseId")
            .WithMessage("CourseId: no course has the id 'nope'. (Parameter 'CourseId')")
            .Which.AttemptedValue.Should().Be("nope");
    }

    [Fact]
    public void Evaluate_UnknownInstitution_ThrowsUnknownReference()
    {
        var act = () => EvaluateFor(CourseId, "nope", ProgramId);

        act.Should().Throw<UnknownReferenceException>().WithParameterName("InstitutionId")
            .WithMessage("InstitutionId: no institution has the id 'nope'. (Parameter 'InstitutionId')");
    }

    [Fact]
    public void Evaluate_UnknownProgram_ThrowsNamingInstitution()
    {
        var act = () => EvaluateFor(CourseId, InstitutionId, "nope");

        act.Should().Throw<UnknownReferenceException>().WithParameterName("ProgramId")
            .WithMessage("ProgramId: no program of institution 'inst' has the id 'nope'. (Parameter 'ProgramId')");
    }

    [Fact]
    public void Evaluate_EnrolmentInUnknownSession_ThrowsNamingLearnerAndPath()
    {
        var builder = new ScenarioBuilder { Enrollments = [new CourseEnrollment("ghost-2013s", EnrollmentTrack.Verified, At(2013, 3, 8, 14, 0))] };

        var act = () => builder.Evaluate();

        act.Should().Throw<UnknownReferenceException>()
            .WithMessage("Learner 'L1' CourseEnrollments[0].SessionId: no course session has the id 'ghost-2013s'. (Parameter 'Learner 'L1' CourseEnrollments[0].SessionId')")
            .Which.Path.Should().Be("Learner 'L1' CourseEnrollments[0].SessionId");
    }

    [Fact]
    public void Evaluate_CompletionOfUnknownSession_ThrowsNamingPath()
    {
        var builder = new ScenarioBuilder
        {
            Completions = [new CourseCompletion(SessionId, CompletionStatus.Completed, new LocalDate(2013, 5, 12)), new CourseCompletion("ghost", CompletionStatus.Completed, new LocalDate(2013, 5, 12))],
        };

        var act = () => builder.Evaluate();

        act.Should().Throw<UnknownReferenceException>()
            .WithMessage("Learner 'L1' Completions[1].SessionId: no course session has the id 'ghost'. (Parameter 'Learner 'L1' Completions[1].SessionId')");
    }

    [Fact]
    public void Evaluate_ExamForUnknownCourse_ThrowsNamingPath()
    {
        var builder = new ScenarioBuilder { Exams = [Passed(80, At(2013, 5, 20, 10, 0), courseId: "ghost")] };

        var act = () => builder.Evaluate();

        act.Should().Throw<UnknownReferenceException>()
            .WithMessage("Learner 'L1' ExamAttempts[0].CourseId: no course has the id 'ghost'. (Parameter 'Learner 'L1' ExamAttempts[0].CourseId')");
    }

    [Fact]
    public void Evaluate_FeeForUnknownCourse_ThrowsNamingPath()
    {
        var builder = new ScenarioBuilder { Fees = [Unpaid(FeeKind.Transcript, 10, "ghost")] };

        var act = () => builder.Evaluate();

        act.Should().Throw<UnknownReferenceException>()
            .WithMessage("Learner 'L1' Fees[0].CourseId: no course has the id 'ghost'. (Parameter 'Learner 'L1' Fees[0].CourseId')");
    }

    [Fact]
    public void Evaluate_NullRequest_ThrowsArgumentNull()
    {
        var act = () => new ScenarioBuilder().BuildEvaluator().Evaluate(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("request");
    }

    [Fact]
    public void Constructor_NullCatalog_ThrowsArgumentNull()
    {
        var act = () => new EligibilityEvaluator(null!, new ScenarioBuilder().BuildPolicies());

        act.Should().Throw<ArgumentNullException>().WithParameterName("catalog");
    }

    [Fact]
    public void EvaluateToday_WithoutClock_ThrowsExplaining()
    {
        var builder = new ScenarioBuilder();

        var act = () => builder.BuildEvaluator().EvaluateToday(builder.BuildLearner(), CourseId, InstitutionId, ProgramId);

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("This evaluator has no clock; pass an IClock to the constructor or give an as-of date in an EvaluationRequest.");
    }

    [Fact]
    public void EvaluateToday_FakeClock_UsesInstitutionLocalDate()
    {
        var builder = new ScenarioBuilder { InstitutionZone = LosAngeles };
        var clock = new FakeClock(Instant.FromUtc(2014, 7, 1, 3, 0));   // still 30 June in Los Angeles
        var evaluator = new EligibilityEvaluator(builder.BuildCatalog(), builder.BuildPolicies(), clock);

        var decision = evaluator.EvaluateToday(builder.BuildLearner(), CourseId, InstitutionId, ProgramId);

        decision.AsOf.Should().Be(new LocalDate(2014, 6, 30));
        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
    }

    [Fact]
    public void EvaluateToday_UnknownInstitution_ThrowsUnknownReference()
    {
        var builder = new ScenarioBuilder();
        var evaluator = new EligibilityEvaluator(builder.BuildCatalog(), builder.BuildPolicies(), new FakeClock(Instant.FromUtc(2014, 7, 1, 3, 0)));

        var act = () => evaluator.EvaluateToday(builder.BuildLearner(), CourseId, "nope", ProgramId);

        act.Should().Throw<UnknownReferenceException>()
            .WithMessage("InstitutionId: no institution has the id 'nope'. (Parameter 'InstitutionId')");
    }

    [Fact]
    public void EvaluationRequest_BlankCourse_ThrowsNamingCourse()
    {
        var act = () => new EvaluationRequest(new LearnerRecord("L1"), " ", InstitutionId, ProgramId, new LocalDate(2014, 6, 30));

        act.Should().Throw<ArgumentException>().WithParameterName("courseId")
            .WithMessage("Value must not be empty or white space; got ' '. (Parameter 'courseId')");
    }
}
