namespace CreditRules.Tests.Engine.Batch;

/// <summary>
/// A catalog and policy set that exercise every branch of the outcome-only path: two evaluators, a course without a
/// recommendation, versions with a gap, an expired exhibit, quarter-hour lines, alternative levels, several policy
/// versions (and dates with none), refusing and restricting program overrides (dated), candidate-zone dating, recency
/// from the as-of date and from enrolment, retake waits and limits, rounding. ILLUSTRATIVE numbers throughout.
/// </summary>
internal static class BatchWorld
{
    public static readonly LocalDate AsOf = new(2014, 6, 30);

    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone Chicago = DateTimeZoneProviders.Tzdb["America/Chicago"];
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    public static Catalog Catalog { get; } = BuildCatalog();

    public static PolicySet Policies { get; } = BuildPolicies(recencyYears: 2);

    /// <summary>The same policies with Northern's recency window cut to one year: a proposal for impact analysis.</summary>
    public static PolicySet TighterRecency { get; } = BuildPolicies(recencyYears: 1);

    /// <summary>Northern's one-year window limited to mathematics and measured from course completion (biology credit never expires), with refunded fees outstanding and Coursera courses refused by the southern school.</summary>
    public static PolicySet ClaimScoped { get; } = BuildPolicies(recencyYears: 1, claimScoped: true);

    public static EvaluationPlan Plan { get; } = EvaluationPlan.Compile(Catalog, Policies, AsOf);

    public static CreditClaim[] Population(int learners, int seed = 2013) =>
        [.. PopulationGenerator.Generate(Catalog, Policies, learners, seed)];

    private static Instant At(int y, int mo, int d, int h, DateTimeZone zone) => new LocalDateTime(y, mo, d, h, 0).InZoneStrictly(zone).ToInstant();

    private static Catalog BuildCatalog()
    {
        var ace = new Evaluator("ace", "ACE", NewYork);
        var nccrs = new Evaluator("nccrs", "NCCRS", Chicago);
        string[] ids = ["precalc", "genetics", "bioelectricity", "calculus", "algebra", "statistics", "no-recommendation", "nccrs-only"];
        var courses = ids.Select(id => new Course(id, "Course " + id, "coursera", "Partner")).ToArray();
        var sessions = new List<CourseSession>();
        foreach (var id in ids)
        {
            sessions.Add(new CourseSession(id + "-2013s", id, new DateRange(new(2013, 3, 4), new(2013, 5, 12)), At(2013, 3, 24, 12, NewYork)));
            sessions.Add(new CourseSession(id + "-2014s", id, new DateRange(new(2014, 3, 3), new(2014, 5, 11)), At(2014, 3, 23, 12, NewYork)));
            if (id is not "statistics")
            {
                sessions.Add(new CourseSession(id + "-2014f", id, new DateRange(new(2014, 9, 8), new(2014, 11, 16)), At(2014, 9, 28, 12, NewYork)));
            }
        }

        var math = new SubjectArea("mathematics", "Mathematics");
        var biology = new SubjectArea("biology", "Biology");
        var v1 = new DateRange(new(2013, 2, 1), new(2016, 1, 31));
        var pass = Score.Percent(60);
        RecommendationLine Line(decimal hours, params CreditLevel[] levels) => new(CreditAmount.FromSemesterHours(hours), levels, [math]);
        var recommendations = new[]
        {
            new CreditRecommendation("R-PRECALC", "ace", "precalc", [new RecommendationVersion(1, v1, [Line(3, CreditLevel.LowerDivision)], pass)]),
            new CreditRecommendation("R-GENETICS", "ace", "genetics",
            [
                // A gap from 2013-07-01 to 2013-08-31: exams passed then are in no version.
                new RecommendationVersion(1, new DateRange(new(2013, 2, 1), new(2013, 6, 30)), [Line(3, CreditLevel.LowerDivision)], pass),
                new RecommendationVersion(2, new DateRange(new(2013, 9, 1), new(2016, 8, 31)), [new RecommendationLine(CreditAmount.FromQuarterHours(4), [CreditLevel.LowerDivision], [biology])], Score.Percent(65)),
            ]),
            new CreditRecommendation("R-BIOELECTRICITY", "ace", "bioelectricity",
            [
                new RecommendationVersion(1, v1, [Line(2, CreditLevel.LowerDivision, CreditLevel.UpperDivision), Line(1, CreditLevel.UpperDivision), Line(1, CreditLevel.Graduate)], pass),
            ]),
            new CreditRecommendation("R-CALCULUS", "ace", "calculus", [new RecommendationVersion(1, v1, [Line(4, CreditLevel.LowerDivision)], pass)]),
            new CreditRecommendation("R-ALGEBRA", "ace", "algebra", [new RecommendationVersion(1, v1, [Line(3, CreditLevel.VocationalCertificate)], pass)]),
            // Expired before the as-of date: no version remains.
            new CreditRecommendation("R-STATISTICS", "ace", "statistics", [new RecommendationVersion(1, new DateRange(new(2012, 1, 1), new(2014, 1, 31)), [Line(3, CreditLevel.LowerDivision)], pass)]),
            new CreditRecommendation("N-ONLY", "nccrs", "nccrs-only", [new RecommendationVersion(1, v1, [Line(3, CreditLevel.LowerDivision)])]),
        };
        return new Catalog([ace, nccrs], [new Provider("coursera", "Coursera")], courses, sessions, recommendations);
    }

    private static PolicySet BuildPolicies(int recencyYears, bool claimScoped = false)
    {
        var eastern = new Institution(
            "eastern", "Eastern", CreditUnit.SemesterHour, NewYork,
            [
                new InstitutionPolicy("eastern-2012", ["ace"], [CreditLevel.LowerDivision], appliesTo: new DateRange(new(2012, 1, 1), new(2013, 6, 30)),
                    evidence: new EvidenceRequirement([EvidenceKind.AceTranscriptCredly, EvidenceKind.AceTranscriptAccredible])),
                new InstitutionPolicy("eastern-2013", ["ace"], [CreditLevel.LowerDivision, CreditLevel.UpperDivision], appliesTo: new DateRange(new(2013, 7, 1), new(2099, 12, 31)),
                    evidence: new EvidenceRequirement([EvidenceKind.AceTranscriptCredly], requireOfficial: true, requireVerified: true)),
            ],
            [
                new DegreeProgram("aa-general", "AA"),
                new DegreeProgram("asn-nursing", "Nursing",
                [
                    new ProgramOverride("nursing-cap", OverrideKind.Restrict, "at most 2 SH per course", maxCreditsPerCourse: CreditAmount.FromSemesterHours(2)),
                    new ProgramOverride("nursing-no-ace", OverrideKind.Refuse, "no ACE credit for enrolments from 2013-01-01", appliesTo: new DateRange(new(2013, 1, 1), new(2099, 12, 31)), evaluatorIds: ["ace"]),
                ]),
                new DegreeProgram("bs-upper", "BS Upper",
                [
                    new ProgramOverride("upper-only", OverrideKind.Restrict, "upper division only, 75 or more", acceptedLevels: [CreditLevel.UpperDivision, CreditLevel.Graduate], minimumScore: Score.Percent(75)),
                ]),
            ]);
        var northern = new Institution(
            "northern", "Northern", CreditUnit.QuarterHour, Chicago,
            [
                new InstitutionPolicy("northern-2012", ["ace", "nccrs"], [CreditLevel.LowerDivision, CreditLevel.UpperDivision],
                    minimumScore: Score.Percent(70),
                    recency: claimScoped ? new RecencyWindow(Period.FromYears(recencyYears), RecencyAnchor.AsOfDate, RecencyStart.CourseCompletion, ["mathematics"]) : new RecencyWindow(Period.FromYears(recencyYears), RecencyAnchor.AsOfDate),
                    retakes: new RetakePolicy(Period.FromMonths(3), 2),
                    rounding: RoundingPolicy.FloorTo(1),
                    refundedFee: claimScoped ? RefundedFeeTreatment.Outstanding : RefundedFeeTreatment.Blocking),
            ],
            [new DegreeProgram("bs-biology", "BS Biology", [new ProgramOverride("bio-limit", OverrideKind.Restrict, "at most 5 QH", maxCreditsPerCourse: CreditAmount.FromQuarterHours(5))])]);
        var western = new Institution(
            "western", "Western", CreditUnit.SemesterHour, LosAngeles,
            [
                new InstitutionPolicy("western-2013", ["ace"], [CreditLevel.VocationalCertificate, CreditLevel.LowerDivision],
                    recency: new RecencyWindow(Period.FromMonths(11), RecencyAnchor.ProgramEnrollmentDate),
                    retakes: new RetakePolicy(null, 3),
                    qualifyingDateZone: QualifyingDateZone.Candidate,
                    rounding: RoundingPolicy.HalfUpTo(2),
                    requireProviderFees: false),
            ],
            [new DegreeProgram("aas-technology", "AAS")]);
        var southern = new Institution(
            "southern", "Southern (NCCRS only)", CreditUnit.SemesterHour, NewYork,
            [new InstitutionPolicy("southern-2013", ["nccrs"], [CreditLevel.LowerDivision], qualifyingDateZone: QualifyingDateZone.Institution, refusedProviders: claimScoped ? new ProviderRefusal(["coursera"]) : null)],
            [new DegreeProgram("ba", "BA")]);
        return new PolicySet([eastern, northern, western, southern]);
    }
}
