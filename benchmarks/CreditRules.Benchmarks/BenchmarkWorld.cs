using CreditRules.Domain;
using CreditRules.Engine;
using NodaTime;

namespace CreditRules.Benchmarks;

/// <summary>
/// The benchmarks' fixed world: a frozen copy of the original sample catalog and policies (five 2013 Coursera courses,
/// three institutions), so the hand-written baseline can be written for exactly these rules and stay valid when the
/// CLI's samples change. ILLUSTRATIVE numbers throughout.
/// </summary>
public static class BenchmarkWorld
{
    public static readonly LocalDate AsOf = new(2014, 6, 30);

    internal static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    internal static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    internal static readonly DateTimeZone Chicago = DateTimeZoneProviders.Tzdb["America/Chicago"];

    public static Catalog Catalog { get; } = BuildCatalog();

    public static PolicySet Policies { get; } = BuildPolicies();

    /// <summary>
    /// Generated claims over this world, without the learners the generator grants a petition (every 50th): the hand-written
    /// and RulesEngine baselines, and the bare DTO of the streaming baseline, model the rules and fields without learner
    /// exceptions, so both sides of every comparison decide the same data with the same rule set. The exception rule is
    /// covered by the tests (and still runs, finding no exception, on the engine side).
    /// </summary>
    public static CreditClaim[] Population(int learners, int seed = 2013) => [.. WithoutExceptions(learners, seed)];

    /// <summary>The first <paramref name="learners"/> generated claims whose learner holds no exception.</summary>
    public static IEnumerable<CreditClaim> WithoutExceptions(int learners, int seed) =>
        PopulationGenerator.Generate(Catalog, Policies, learners + (learners / 40) + 1, seed).Where(c => c.Learner.Exceptions.Count == 0).Take(learners);

    private static Instant At(int y, int mo, int d, int h, int mi, DateTimeZone zone) =>
        new LocalDateTime(y, mo, d, h, mi).InZoneStrictly(zone).ToInstant();

    private static Catalog BuildCatalog()
    {
        var ace = new Evaluator("ace", "American Council on Education (ACE CREDIT)", NewYork);
        var coursera = new Provider("coursera", "Coursera");
        var courses = new[]
        {
            new Course("uci-precalculus", "Pre-Calculus", "coursera", "UC Irvine"),
            new Course("duke-genetics-evolution", "Introduction to Genetics and Evolution", "coursera", "Duke"),
            new Course("duke-bioelectricity", "Bioelectricity: A Quantitative Approach", "coursera", "Duke"),
            new Course("penn-calculus", "Calculus: Single Variable", "coursera", "Penn"),
            new Course("uci-algebra", "Algebra", "coursera", "UC Irvine"),
        };
        var sessions = new List<CourseSession>();
        foreach (var course in courses)
        {
            // Illustrative runs: spring 2013 and spring 2014; join the verified track within ~3 weeks of the start.
            sessions.Add(new CourseSession(course.Id + "-2013s", course.Id, new DateRange(new(2013, 3, 4), new(2013, 5, 12)), At(2013, 3, 24, 12, 0, NewYork)));
            sessions.Add(new CourseSession(course.Id + "-2014s", course.Id, new DateRange(new(2014, 3, 3), new(2014, 5, 11)), At(2014, 3, 23, 12, 0, NewYork)));
            sessions.Add(new CourseSession(course.Id + "-2014f", course.Id, new DateRange(new(2014, 9, 8), new(2014, 11, 16)), At(2014, 9, 28, 12, 0, NewYork)));
        }

        var math = new SubjectArea("mathematics", "Mathematics");
        var biology = new SubjectArea("biology", "Biology");
        var engineering = new SubjectArea("biomedical-engineering", "Biomedical Engineering");
        var v1 = new DateRange(new(2013, 2, 1), new(2016, 1, 31));
        var pass = Score.Percent(60);
        RecommendationVersion One(decimal hours, CreditLevel[] levels, SubjectArea[] subjects) =>
            new(1, v1, [new RecommendationLine(CreditAmount.FromSemesterHours(hours), levels, subjects)], pass);

        var recommendations = new[]
        {
            new CreditRecommendation("ACE-COUR-0001", "ace", "uci-precalculus",
            [
                One(3, [CreditLevel.LowerDivision], [math]),
            ]),
            new CreditRecommendation("ACE-COUR-0002", "ace", "duke-genetics-evolution",
            [
                One(3, [CreditLevel.LowerDivision], [biology]),
            ]),
            new CreditRecommendation("ACE-COUR-0003", "ace", "duke-bioelectricity",
            [
                new RecommendationVersion(1, v1,
                [
                    new RecommendationLine(CreditAmount.FromSemesterHours(2), [CreditLevel.LowerDivision, CreditLevel.UpperDivision], [engineering, biology]),
                    new RecommendationLine(CreditAmount.FromSemesterHours(1), [CreditLevel.UpperDivision], [engineering]),
                ], pass),
            ]),
            new CreditRecommendation("ACE-COUR-0004", "ace", "penn-calculus",
            [
                One(4, [CreditLevel.LowerDivision], [math]),
            ]),
            new CreditRecommendation("ACE-COUR-0005", "ace", "uci-algebra",
            [
                One(3, [CreditLevel.VocationalCertificate], [math]),
            ]),
        };
        return new Catalog([ace], [coursera], courses, sessions, recommendations);
    }

    private static PolicySet BuildPolicies()
    {
        var acePercent70 = Score.Percent(70);
        var eastern = new Institution(
            "eastern-state", "Eastern State College (modelled on Eastern Florida State College)", CreditUnit.SemesterHour, NewYork,
            [
                new InstitutionPolicy(
                    "eastern-2013",
                    acceptedEvaluators: ["ace"],
                    acceptedLevels: [CreditLevel.LowerDivision, CreditLevel.UpperDivision],
                    evidence: new EvidenceRequirement([EvidenceKind.AceTranscriptCredly], requireOfficial: true, requireVerified: true)),
            ],
            [
                new DegreeProgram("aa-general", "Associate in Arts"),
                new DegreeProgram("asn-nursing", "Associate in Nursing",
                [
                    new ProgramOverride("nursing-no-ace", OverrideKind.Refuse, "the nursing core accepts no evaluator-recommended credit (modelled on Excelsior College Nursing)", evaluatorIds: ["ace"]),
                ]),
            ]);
        var northern = new Institution(
            "northern-quarter", "Northern Quarter University (illustrative quarter-hour school)", CreditUnit.QuarterHour, Chicago,
            [
                new InstitutionPolicy(
                    "northern-2012",
                    acceptedEvaluators: ["ace"],
                    acceptedLevels: [CreditLevel.LowerDivision, CreditLevel.UpperDivision],
                    minimumScore: acePercent70,
                    recency: new RecencyWindow(Period.FromYears(5), RecencyAnchor.AsOfDate),
                    retakes: new RetakePolicy(Period.FromMonths(3), 2),
                    qualifyingDateZone: QualifyingDateZone.Evaluator,
                    rounding: RoundingPolicy.FloorTo(1)),
            ],
            [new DegreeProgram("bs-biology", "BS Biology")]);
        var western = new Institution(
            "western-tech", "Western Technical College (illustrative; vocational credit accepted)", CreditUnit.SemesterHour, LosAngeles,
            [
                new InstitutionPolicy(
                    "western-2013",
                    acceptedEvaluators: ["ace"],
                    acceptedLevels: [CreditLevel.VocationalCertificate, CreditLevel.LowerDivision],
                    qualifyingDateZone: QualifyingDateZone.Candidate),
            ],
            [new DegreeProgram("aas-technology", "AAS Applied Technology")]);
        return new PolicySet([eastern, northern, western]);
    }
}
