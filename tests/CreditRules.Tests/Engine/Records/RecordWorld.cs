using CreditRules.Tests.Engine.Batch;

namespace CreditRules.Tests.Engine.Records;

/// <summary>
/// The batch world (its catalog, institutions, programs and policy versions) with a record policy on every policy
/// version but one: caps and sub-caps (absolute, by source, by level, a percentage of the program) under each allocation
/// order, partial awards, overflow to electives, equivalences (two claimed courses share a key; generated prior credit
/// uses MATH-101 and MATH-102), a precedence chain, local credits before posting, residency and a posting fee with the
/// veteran waiver, at most 4 SH by exam per academic year (eastern-2013), and requirement areas: eastern-2012's AA
/// (an institution-scope core cap of 3 SH that refuses what does not fit, a gen-ed cap of 30 % (2.7 SH) rounded down to 2 SH, redirecting to
/// electives) and western's AAS (its technical core excludes credit by evaluation, refused); eastern-2012's AA also requires 6 of the last 9 SH in residence,
/// replaces the institution's 9 SH cap with its own 7 SH, adds a 3 SH upper-division cap and allows partial awards (program scope);
/// northern-2012 rounds quarter-hour conversions of prior credit with the policy's rounding. Illustrative numbers only.
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
            precedence: Chains,
            areaLimits:
            [
                new AreaLimit("core", CreditAmount.FromSemesterHours(3)),
                new AreaLimit("gen-ed", percentOfArea: 30, rounding: RoundingPolicy.FloorTo(1), redirectTo: "electives"),
            ],
            programs:
            [
                new ProgramRecordPolicy("aa-general",
                [
                    new RequirementArea("core", CreditAmount.FromSemesterHours(6), courses: ["MATH-103"]),
                    new RequirementArea("gen-ed", CreditAmount.FromSemesterHours(9), subjects: ["mathematics"]),
                    new RequirementArea("electives", CreditAmount.FromSemesterHours(30), subjects: ["biology"]),
                ],
                residencyOfLast: new ResidencyWindow(CreditAmount.FromSemesterHours(6), CreditAmount.FromSemesterHours(9)),
                caps: [CreditCap.Absolute("all", CreditAmount.FromSemesterHours(7)), CreditCap.Absolute("program-upper", CreditAmount.FromSemesterHours(3), CapScope.Level, level: CreditLevel.UpperDivision)],
                allowPartialAwards: true),
            ]),
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
            postingFee: new PostingFee(Money.Usd(0), Money.Usd(5)),
            priorCreditConversion: PriorCreditConversion.PolicyRounding),
        "western-2013" => new RecordPolicy(
            "western-records",
            caps: [CreditCap.Absolute("all", CreditAmount.FromSemesterHours(6))],
            allocationOrder: AllocationOrder.RequirementPriority,
            requirementPriority: ["MATH-103", "genetics", "precalc"],
            equivalences: Equivalences,
            precedence: Chains,
            localCreditsBeforePosting: CreditAmount.FromSemesterHours(3),
            programs:
            [
                new ProgramRecordPolicy(
                    "aas-technology",
                    [new RequirementArea("tech-core", CreditAmount.FromSemesterHours(12), courses: ["MATH-101"]), new RequirementArea("electives", CreditAmount.FromSemesterHours(12), subjects: ["mathematics"])],
                    [new AreaLimit("tech-core", excludedSources: [PriorCreditSource.PriorLearning])]),
            ]),
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
