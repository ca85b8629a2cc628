using CreditRules.Domain;
using CreditRules.Engine;
using NodaTime;

namespace CreditRules.Cli.Samples;

/// <summary>
/// Record-level samples on top of the bundled sample catalog (samples/catalog.json): a college with caps, duplicates, precedence,
/// local credits before posting, a posting fee and residency (modelled on Eastern Florida State College, Central
/// Michigan and Owens CC), a quarter-hour university for what-ifs, and learners bringing prior credit and several courses.
/// ILLUSTRATIVE: every credit amount, date, score and fee here is invented.
/// </summary>
internal static class RecordSamples
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone Chicago = DateTimeZoneProviders.Tzdb["America/Chicago"];

    /// <summary>The scale prior grades are recorded on: 4.0 grade points, C = 2.0.</summary>
    public static readonly ScoreScale GradePoints = new("grade-points", 0, 4);

    public static PolicySet Policies { get; } = BuildPolicies();

    public static IReadOnlyList<RecordSample> Learners { get; } = BuildLearners();

    private static PolicySet BuildPolicies()
    {
        var equivalences = new KeyValuePair<string, string>[]
        {
            new("uci-algebra", "MAT1033"),
            new("uci-precalculus", "MAC1140"),
            new("penn-calculus", "MAC2311"),
            new("duke-genetics-evolution", "BSC2010"),
        };
        var central = new Institution(
            "central-state", "Central State College (illustrative; caps and fees modelled on EFSC, Central Michigan and Owens CC)", CreditUnit.SemesterHour, NewYork,
            [
                new InstitutionPolicy(
                    "central-2013",
                    acceptedEvaluators: ["ace"],
                    acceptedLevels: [CreditLevel.LowerDivision, CreditLevel.UpperDivision],
                    minimumScore: Score.Percent(70),
                    recordPolicy: new RecordPolicy(
                        "central-record-2013",
                        [
                            CreditCap.Absolute("external-45", CreditAmount.FromSemesterHours(45)),
                            CreditCap.Absolute("exam-30", CreditAmount.FromSemesterHours(30), CapScope.Source, source: PriorCreditSource.Exam),
                        ],
                        equivalences: equivalences,
                        blockingMinimumGrade: new Score(2, GradePoints),
                        precedence: [new PrecedenceChain("math", ["MAT1033", "MAC1140", "MAC2311"])],
                        localCreditsBeforePosting: CreditAmount.FromSemesterHours(5),
                        postingFee: new PostingFee(Money.Usd(125), Money.Usd(85), waivedForVeterans: true))),
            ],
            [
                new DegreeProgram("aa-general", "Associate in Arts", totalCredits: CreditAmount.FromSemesterHours(60), residencyRequired: CreditAmount.FromSemesterHours(15)),
                new DegreeProgram("as-technology", "Associate in Science, Technology", totalCredits: CreditAmount.FromSemesterHours(64), residencyRequired: CreditAmount.FromSemesterHours(16)),
            ]);
        var lakeside = new Institution(
            "lakeside-quarter", "Lakeside Quarter University (illustrative quarter-hour school)", CreditUnit.QuarterHour, Chicago,
            [
                new InstitutionPolicy(
                    "lakeside-2012",
                    acceptedEvaluators: ["ace"],
                    acceptedLevels: [CreditLevel.LowerDivision, CreditLevel.UpperDivision],
                    rounding: RoundingPolicy.FloorTo(1),
                    recordPolicy: new RecordPolicy(
                        "lakeside-record-2012",
                        [CreditCap.Percent("half", 50)],
                        AllocationOrder.MaximiseCredits,
                        equivalences: equivalences,
                        precedence: [new PrecedenceChain("math", ["MAT1033", "MAC1140", "MAC2311"])])),
            ],
            [new DegreeProgram("bs-biology", "BS Biology", totalCredits: CreditAmount.FromQuarterHours(180), residencyRequired: CreditAmount.FromQuarterHours(45))]);
        return new PolicySet([central, lakeside]);
    }

    private static Instant At(int y, int mo, int d, int h = 10) => new LocalDateTime(y, mo, d, h, 0).InZoneStrictly(NewYork).ToInstant();

    private static IReadOnlyList<RecordSample> BuildLearners()
    {
        var verified = new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Verified, At(2013, 3, 10, 9));
        CourseEnrollment Joined(string course) => new(course + "-2013s", EnrollmentTrack.Verified, At(2013, 3, 8, 14));
        CourseCompletion Completed(string course) => new(course + "-2013s", CompletionStatus.Completed, new LocalDate(2013, 5, 12));
        ExamAttempt Passed(string course, int mo, int d, decimal score) => new(course, At(2013, mo, d), NewYork, ExamOutcome.Passed, Score.Percent(score));
        FeeObligation Paid(string course) => new(course, FeeKind.ProctoredExam, Money.Usd(90), FeeStatus.Paid, new LocalDate(2013, 3, 10));
        string[] kimCourses = ["duke-genetics-evolution", "penn-calculus", "uci-precalculus", "duke-bioelectricity"];

        var kim = new LearnerRecord(
            "kim",
            courseEnrollments: kimCourses.Select(Joined),
            completions: kimCourses.Select(Completed),
            identityVerifications: [verified],
            examAttempts:
            [
                Passed("duke-genetics-evolution", 5, 20, 84),
                Passed("penn-calculus", 6, 3, 88),
                Passed("uci-precalculus", 5, 27, 68),
            ],
            fees:
            [
                Paid("duke-genetics-evolution"),
                Paid("penn-calculus"),
                Paid("uci-precalculus"),
                new FeeObligation("duke-bioelectricity", FeeKind.ProctoredExam, Money.Usd(90), FeeStatus.Unpaid),
            ],
            priorCredits:
            [
                new PriorCredit("tr-community-college", PriorCreditSource.Transfer, CreditAmount.FromSemesterHours(30), CreditLevel.LowerDivision, new LocalDate(2012, 12, 14), isPosted: true),
                new PriorCredit("clep-college-math", PriorCreditSource.Exam, CreditAmount.FromSemesterHours(9), CreditLevel.LowerDivision, new LocalDate(2013, 1, 18), isPosted: true),
                new PriorCredit("central-fall-2013", PriorCreditSource.Transfer, CreditAmount.FromSemesterHours(6), CreditLevel.LowerDivision, new LocalDate(2013, 12, 13), isPosted: true, inResidence: true, institutionId: "central-state"),
            ]);

        return
        [
            new(
                "kim",
                "39 SH of posted transfer and CLEP credit under a 45 SH cap; claims Genetics (fits), Calculus (cap), Pre-Calculus (score 68 < 70) and Bioelectricity (exam not yet taken)",
                kim,
                kimCourses,
                "central-state",
                "aa-general",
                [
                    Hypothesis.ExamPassed("duke-bioelectricity", Score.Percent(80), new LocalDate(2014, 6, 20)),
                    Hypothesis.FeePaid("duke-bioelectricity", FeeKind.ProctoredExam, new LocalDate(2014, 6, 16)),
                ]),
        ];
    }
}

/// <summary>One record-level sample learner: the courses claimed, where, and the default what-if facts.</summary>
internal sealed record RecordSample(string LearnerId, string Story, LearnerRecord Learner, IReadOnlyList<string> CourseIds, string InstitutionId, string ProgramId, IReadOnlyList<Hypothesis> DefaultWhatIf);
