namespace CreditRules.Tests.Engine;

/// <summary>The host-rule example: the learner must be admitted to (enrolled in) the program, on or before the as-of date.</summary>
// README:3 begin
public sealed class ProgramAdmissionRule(ReasonSeverity severity = ReasonSeverity.Outstanding) : IEligibilityRule
{
    public static readonly ReasonCode NotAdmittedToProgram = ReasonCode.Custom(
        "NotAdmittedToProgram", "admission", ReasonSeverity.Outstanding, "Learner {LearnerId} is not admitted to program {ProgramId} of {InstitutionId}.");

    public static readonly NextStepCode ApplyForAdmission = NextStepCode.Custom("ApplyForAdmission", "Apply for admission to the program.");

    public string Id => "host.program-admission";

    public void Apply(RuleContext context)
    {
        if (context.ProgramEnrollment is { } enrollment)
        {
            context.SetNote("admitted on " + enrollment.EnrolledOn.ToString("uuuu-MM-dd", null));
            return;
        }

        context.AddReason(
            NotAdmittedToProgram,
            severity,
            new("LearnerId", context.Learner.LearnerId),
            new("ProgramId", context.Program.Id),
            new("InstitutionId", context.Institution.Id));
        context.AddNextStep(new NextStep(ApplyForAdmission, "Apply for admission to " + context.Program.Name + " at " + context.Institution.Name + "."));
        context.SetNote("no program enrolment on record");
    }
}
// README:3 end
