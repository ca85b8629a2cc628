using CreditRules.Documents;

namespace CreditRules.Tests.Documents;

public sealed class DocumentRoundTripTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public void Catalog_LoadWriteLoad_GivesAnEqualModel()
    {
        var first = DocumentFiles.ValidCatalog;

        var second = CatalogDocument.Load(CatalogDocument.Write(first)).Value;

        second.ShouldEqual(first);
    }

    [Fact]
    public void Policies_LoadWriteLoad_GivesAnEqualModel()
    {
        var first = DocumentFiles.ValidPolicies;

        var second = PolicyDocument.Load(PolicyDocument.Write(first)).Value;

        second.ShouldEqual(first);
    }

    [Fact]
    public void Learners_LoadWriteLoad_GivesAnEqualModel()
    {
        var first = LearnerDocument.LoadFile(DocumentFiles.Fixture("valid-learners"), DocumentFiles.ValidCatalog, DocumentFiles.ValidPolicies).Value;

        var second = LearnerDocument.Load(LearnerDocument.Write(first)).Value;

        second.ShouldEqual(first);
    }

    [Fact]
    public void Write_Twice_GivesTheSameText()
    {
        var text = CatalogDocument.Write(DocumentFiles.ValidCatalog, "illustrative");

        CatalogDocument.Write(CatalogDocument.Load(text).Value, "illustrative").Should().Be(text);
    }

    [Fact]
    public void Catalog_BuiltInCSharp_EqualsTheLoadedFixture()
    {
        var math = new SubjectArea("mathematics", "Mathematics");
        var built = new Catalog(
            [new Evaluator("ace", "American Council on Education", NewYork)],
            [new Provider("coursera", "Coursera")],
            [
                new Course("uci-precalculus", "Pre-Calculus", "coursera", "UC Irvine"),
                new Course("penn-calculus", "Calculus: Single Variable", "coursera", "Penn"),
            ],
            [
                new CourseSession("uci-precalculus-2013s", "uci-precalculus", Dates(2013, 3, 4, 2013, 5, 12), At(2013, 3, 24, 12, 0)),
                new CourseSession("penn-calculus-2013s", "penn-calculus", Dates(2013, 3, 4, 2013, 5, 12), At(2013, 3, 24, 12, 0)),
            ],
            [
                new CreditRecommendation("ACE-0001", "ace", "uci-precalculus",
                [
                    new RecommendationVersion(1, Dates(2013, 2, 1, 2016, 1, 31), [new RecommendationLine(CreditAmount.FromSemesterHours(3), [CreditLevel.LowerDivision], [math])], Score.Percent(60)),
                    new RecommendationVersion(2, Dates(2016, 2, 1, 2019, 1, 31), [new RecommendationLine(CreditAmount.FromSemesterHours(3), [CreditLevel.LowerDivision], [new SubjectArea("mathematics")])]),
                ]),
                new CreditRecommendation("ACE-0002", "ace", "penn-calculus",
                [
                    new RecommendationVersion(1, Dates(2013, 2, 1, 2016, 1, 31), [new RecommendationLine(CreditAmount.FromSemesterHours(4), [CreditLevel.LowerDivision], [new SubjectArea("mathematics")])]),
                ]),
            ]);

        DocumentFiles.ValidCatalog.ShouldEqual(built);
    }

    [Fact]
    public void Policies_BuiltInCSharp_EqualsTheLoadedFixture()
    {
        var built = new PolicySet(
        [
            new Institution("eastern-state", "Eastern State College", CreditUnit.SemesterHour, NewYork,
            [
                new InstitutionPolicy("eastern-2012", ["ace"], [CreditLevel.LowerDivision, CreditLevel.UpperDivision], appliesTo: Dates(2000, 1, 1, 2012, 9, 30)),
                new InstitutionPolicy(
                    "eastern-2013",
                    ["ace"],
                    [CreditLevel.LowerDivision, CreditLevel.UpperDivision],
                    appliesTo: Dates(2012, 10, 1, 2099, 12, 31),
                    minimumScore: Score.Percent(70),
                    recency: new RecencyWindow(Period.FromYears(5), RecencyAnchor.AsOfDate),
                    retakes: new RetakePolicy(Period.FromMonths(3), 2),
                    evidence: new EvidenceRequirement([EvidenceKind.AceTranscriptCredly]),
                    qualifyingDateZone: QualifyingDateZone.Evaluator,
                    rounding: RoundingPolicy.FloorTo(1)),
            ],
            [
                new DegreeProgram("aa-general", "Associate in Arts"),
                new DegreeProgram("asn-nursing", "Associate in Nursing",
                [
                    new ProgramOverride("nursing-limit", OverrideKind.Restrict, "at most 7 credits per course", Dates(2012, 10, 1, 2099, 12, 31), maxCreditsPerCourse: CreditAmount.FromSemesterHours(7)),
                ]),
            ]),
        ]);

        DocumentFiles.ValidPolicies.ShouldEqual(built);
    }

    [Fact]
    public void Learners_BuiltInCSharp_EqualsTheLoadedFixture()
    {
        var ada = new LearnerRecord(
            "ada",
            programEnrollments: [new ProgramEnrollment("eastern-state", "aa-general", new LocalDate(2013, 1, 14))],
            courseEnrollments: [new CourseEnrollment("uci-precalculus-2013s", EnrollmentTrack.Verified, Instant.FromUtc(2013, 3, 8, 19, 0))],
            completions: [new CourseCompletion("uci-precalculus-2013s", CompletionStatus.Completed, new LocalDate(2013, 5, 12))],
            identityVerifications: [new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Verified, Instant.FromUtc(2013, 3, 10, 14, 0))],
            // The fixture gives the local time 10:00 without an offset; in New York that is EDT, UTC-4.
            examAttempts: [new ExamAttempt("uci-precalculus", Instant.FromUtc(2013, 5, 20, 14, 0), NewYork, ExamOutcome.Passed, Score.Percent(84))],
            fees: [new FeeObligation("uci-precalculus", FeeKind.ProctoredExam, Money.Usd(90), FeeStatus.Paid, new LocalDate(2013, 5, 1))],
            evidence: [new EvidenceDocument(EvidenceKind.AceTranscriptCredly, new LocalDate(2013, 7, 1), true, true, "uci-precalculus")]);
        var built = new LearnerSet([ada], [new LearnerClaim("ada", "uci-precalculus", "eastern-state", "aa-general")], new LocalDate(2014, 6, 30));

        LearnerDocument.LoadFile(DocumentFiles.Fixture("valid-learners"), null, null).Value.ShouldEqual(built);
    }

    [Fact]
    public void ShouldEqual_ModelsDifferingInOneZone_Fails()
    {
        var loaded = DocumentFiles.ValidCatalog;
        var changed = CatalogDocument.Load(CatalogDocument.Write(loaded).Replace("America/New_York", "America/Chicago", StringComparison.Ordinal)).Value;

        var act = () => changed.ShouldEqual(loaded);

        act.Should().Throw<Exception>().WithMessage("*America/Chicago*America/New_York*");
    }

    [Fact]
    public void Write_FractionWithoutDecimalForm_ThrowsNamingTheLine()
    {
        var catalog = new Catalog(
            [new Evaluator("ace", "ACE", NewYork)],
            [new Provider("coursera", "Coursera")],
            [new Course("c", "C", "coursera")],
            [],
            [new CreditRecommendation("X-1", "ace", "c", [new RecommendationVersion(1, Dates(2013, 1, 1, 2013, 12, 31), [new RecommendationLine(CreditAmount.FromFraction(8, 3, CreditUnit.SemesterHour), [CreditLevel.LowerDivision], [new SubjectArea("math")])])])]);

        var act = () => CatalogDocument.Write(catalog);

        act.Should().Throw<ArgumentException>().WithParameterName("amount")
            .WithMessage("The credit amount 2 2/3 SH of exhibit X-1 version 1 line 0 has no exact decimal form, so it cannot be written to a document. (Parameter 'amount')");
    }

    private static DateRange Dates(int y1, int m1, int d1, int y2, int m2, int d2) => new(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2));

    private static Instant At(int y, int mo, int d, int h, int mi) => new LocalDateTime(y, mo, d, h, mi).InZoneStrictly(NewYork).ToInstant();
}
