using CreditRules.Tests.Engine;
using CreditRules.Tests.Support;

namespace CreditRules.Testing.Tests;

/// <summary>The project's own scenario fixtures, over the illustrative host samples.</summary>
public static class SampleScenarios
{
    public static readonly ProgramEnrollment AdmittedToGeneral = new("eastern-state", "aa-general", new LocalDate(2013, 1, 10));

    public static IReadOnlyList<Scenario> All { get; } =
    [
        new()
        {
            Name = "ada: Pre-Calculus at Eastern State is eligible for 3 SH",
            Request = new(HostSamples.CompleteLearner("ada", programEnrollments: [AdmittedToGeneral]), "uci-precalculus", "eastern-state", "aa-general", HostSamples.AsOf),
            Outcome = DecisionOutcome.Eligible,
            CreditsGranted = "3 SH",
            ReasonCodes = ["NotResidenceCredit"],
            Trace =
            [
                "institution.evaluator: Passed (exhibit ACE-COUR-0001 by ace; dates read in America/New_York (Evaluator))",
                "learner.verified-track: Passed (verified track of uci-precalculus-2013s joined 2013-03-08 14:00 EST America/New_York, deadline 2013-03-24 12:00 EDT America/New_York)",
                "learner.completion: Passed (completed session uci-precalculus-2013s on 2013-05-12)",
                "learner.identity: Passed (verified by TypingPattern)",
                "learner.exam: Passed (passed on 2013-05-20 with 84 (percent) (attempt 1))",
                "recommendation.version: Passed (version 1 (2013-02-01..2016-01-31) covers 2013-05-20)",
                "learner.fees: Passed (2 fee(s) for the course)",
                "learner.evidence: Passed (AceTranscriptCredly issued 2013-07-01)",
                "program.override: NotApplicable (0 override(s) apply for enrolment on 2013-01-10)",
                "institution.level: Passed (3 SH at LowerDivision)",
                "institution.minimum-score: NotApplicable (no institution or program minimum)",
                "institution.recency: NotApplicable (no recency window)",
                "credits.conversion: Passed (3 SH recommended; 3 SH grantable under Exact)",
                "learner.exceptions: NotApplicable (no exception in scope and in effect)",
                "host.program-admission: Passed (admitted on 2013-01-10)",
            ],
        },
        new()
        {
            Name = "bo: not admitted to the program yet",
            Request = new(HostSamples.CompleteLearner("bo"), "uci-precalculus", "eastern-state", "aa-general", HostSamples.AsOf),
            Outcome = DecisionOutcome.Incomplete,
            CreditsGranted = "0 SH",
            ReasonCodes = ["NotResidenceCredit", "NotAdmittedToProgram"],
        },
        new()
        {
            Name = "cleo: the nursing program refuses ACE credit",
            Request = new(HostSamples.CompleteLearner("cleo", programEnrollments: [new ProgramEnrollment("eastern-state", "asn-nursing", new LocalDate(2013, 1, 10))]), "uci-precalculus", "eastern-state", "asn-nursing", HostSamples.AsOf),
            Outcome = DecisionOutcome.NotEligible,
            ReasonCodes = ["ProgramRefusesCredit"],
        },
        new()
        {
            Name = "dev: vocational Algebra is not accepted at Eastern State",
            Request = new(HostSamples.CompleteLearner("dev", "uci-algebra", programEnrollments: [AdmittedToGeneral]), "uci-algebra", "eastern-state", "aa-general", HostSamples.AsOf),
            Outcome = DecisionOutcome.NotEligible,
            ReasonCodes = ["LevelNotAccepted"],
        },
        new()
        {
            Name = "eve: 4 SH of Calculus is 6 QH at a quarter-hour school",
            Request = new(HostSamples.CompleteLearner("eve", "penn-calculus", 75, [new ProgramEnrollment("northern-quarter", "bs-biology", new LocalDate(2013, 1, 10))]), "penn-calculus", "northern-quarter", "bs-biology", HostSamples.AsOf),
            Outcome = DecisionOutcome.Eligible,
            CreditsGranted = "6 QH",
        },
        new()
        {
            Name = "finn: 68 is below Northern's minimum of 70",
            Request = new(HostSamples.CompleteLearner("finn", "penn-calculus", 68, [new ProgramEnrollment("northern-quarter", "bs-biology", new LocalDate(2013, 1, 10))]), "penn-calculus", "northern-quarter", "bs-biology", HostSamples.AsOf),
            Outcome = DecisionOutcome.NotEligible,
            CreditsGranted = "0 QH",
        },
        new()
        {
            Name = "jon: nothing done yet",
            Request = new(new LearnerRecord("jon", programEnrollments: [AdmittedToGeneral]), "uci-precalculus", "eastern-state", "aa-general", HostSamples.AsOf),
            Outcome = DecisionOutcome.Incomplete,
        },
    ];

    public static ScenarioRunner Runner { get; } = new(new EligibilityEvaluator(HostSamples.Catalog, HostSamples.Policies, [new ProgramAdmissionRule()]));

    public static TheoryData<string> Names => new(All.Select(s => s.Name));
}
