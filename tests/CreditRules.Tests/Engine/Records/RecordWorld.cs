using CreditRules.Tests.Engine.Batch;

namespace CreditRules.Tests.Engine.Records;

/// <summary>
/// The batch world (its catalog, institutions, programs and policy versions) with a record policy on every policy
/// version but one: caps and sub-caps (absolute, by source, by level, a percentage of the program) under each allocation
/// order, partial awards, overflow to electives, equivalences (two claimed courses share a key; generated prior credit
/// uses MATH-101 and MATH-102), a precedence chain, local credits before posting, residency and a posting fee with the
/// veteran waiver, and at most 4 SH by exam per academic year (eastern-2013). Illustrative numbers only.
/// </summary>
internal static class RecordWorld
{
    public static PolicySet Policies { get; } = Build();

    private static KeyValuePair<string, string>[] Equivalences =>
    [
        new("algebra", "MATH-101"),
        new("precalc", "MATH-102"),
        new("calculus", "MATH-103"),
        new("statistics", "MATH-103"),
        new("genetics", "BIO-1"),
    ];

    private static PrecedenceChain[] Chains => [new PrecedenceChain("math", ["MATH-101", "MATH-102", "MATH-103"])];

    private static RecordPolicy? RecordPolicyFor(string policyId) => policyId switch
    {
        "eastern-2012" => new RecordPolicy(
            "eastern-records-2012",
            caps: [CreditCap.Absolute("all", CreditAmount.FromSemesterHours(9))],
            equivalences: Equivalences,
            precedence: Chains),
        "eastern-2013" => new RecordPolicy(
            "eastern-records-2013",
            caps:
            [
                CreditCap.Absolute("all", CreditAmount.FromSemesterHours(8)),
                CreditCap.Absolute("evaluation", CreditAmount.FromSemesterHours(5), CapScope.Source, source: PriorCreditSource.PriorLearning),
                CreditCap.Absolute("upper", CreditAmount.FromSemesterHours(2), CapScope.Level, level: CreditLevel.UpperDivision),
            ],
            allocationOrder: AllocationOrder.Chronological,
            allowPartialAwards: true,
            overflowToElectives: true,
            equivalences: Equivalences,
            precedence: Chains,
            localCreditsBeforePosting: CreditAmount.FromSemesterHours(6),
            postingFee: new PostingFee(Money.Usd(25), Money.Usd(10), waivedForVeterans: true),
            examCreditsPerAcademicYear: new ExamCreditYearLimit(CreditAmount.FromSemesterHours(4))),
        "northern-2012" => new RecordPolicy(
            "northern-records",
            caps: [CreditCap.Percent("quarter", 10), CreditCap.Absolute("exam", CreditAmount.FromQuarterHours(4), CapScope.Source, source: PriorCreditSource.Exam)],
            allocationOrder: AllocationOrder.MaximiseCredits,
            allowPartialAwards: true,
            equivalences: Equivalences,
            postingFee: new PostingFee(Money.Usd(0), Money.Usd(5))),
        "western-2013" => new RecordPolicy(
            "western-records",
            caps: [CreditCap.Absolute("all", CreditAmount.FromSemesterHours(6))],
            allocationOrder: AllocationOrder.RequirementPriority,
            requirementPriority: ["MATH-103", "genetics", "precalc"],
            equivalences: Equivalences,
            precedence: Chains,
            localCreditsBeforePosting: CreditAmount.FromSemesterHours(3)),
        _ => null,   // southern: no record policy
    };

    private static PolicySet Build() => new(BatchWorld.Policies.Institutions.Select(institution => new Institution(
        institution.Id,
        institution.Name,
        institution.CreditUnit,
        institution.TimeZone,
        institution.Policies.Select(p => new InstitutionPolicy(
            p.Id,
            p.AcceptedEvaluators,
            p.AcceptedLevels,
            p.AppliesTo,
            p.MinimumScore,
            p.Recency,
            p.Retakes,
            p.Evidence,
            p.QualifyingDateZone,
            p.Rounding,
            p.RequireProviderFees,
            RecordPolicyFor(p.Id))),
        institution.Programs.Select(program => new DegreeProgram(
            program.Id,
            program.Name,
            program.Overrides,
            totalCredits: CreditAmount.FromSemesterHours(60).ConvertTo(institution.CreditUnit),
            residencyRequired: program.Id == "aa-general" ? CreditAmount.FromSemesterHours(6) : null)))));
}
