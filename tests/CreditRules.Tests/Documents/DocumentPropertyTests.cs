using CreditRules.Documents;
using CsCheck;

namespace CreditRules.Tests.Documents;

/// <summary>Write then load gives an equal model, over generated catalogs, policy sets and learner sets (fixed seed, so every run checks the same models).</summary>
public sealed class DocumentPropertyTests
{
    private const int Iterations = 150;

    private static readonly string[] ZoneIds = ["America/New_York", "America/Los_Angeles", "America/Chicago", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe", "UTC"];

    private static readonly Gen<DateTimeZone> Zone = Gen.OneOfConst(ZoneIds).Select(id => DateTimeZoneProviders.Tzdb[id]);

    private static readonly Gen<LocalDate> Date = Gen.Int[0, 12000].Select(d => new LocalDate(2000, 1, 1).PlusDays(d));

    private static readonly Gen<DateRange> Range = Gen.Select(Date, Gen.Int[0, 2000], (start, length) => new DateRange(start, start.PlusDays(length)));

    private static readonly Gen<Instant> Moment = Gen.Long[946684800L, 1893456000L].Select(Instant.FromUnixTimeSeconds);

    private static readonly Gen<Score?> OptionalScore = Gen.Frequency(
        (1, Gen.Const((Score?)null)),
        (2, Gen.Int[0, 100].Select(v => (Score?)Score.Percent(v))),
        (1, Gen.Int[20, 80].Select(v => (Score?)new Score(v, ScoreScale.Scaled20To80))));

    private static readonly Gen<CreditLevel[]> Levels = Gen.Enum<CreditLevel>().HashSet[1, 4].Select(s => s.OrderBy(l => l).ToArray());

    private static readonly Gen<Catalog> CatalogGen =
        from evaluatorCount in Gen.Int[1, 3]
        from zones in Zone.Array[evaluatorCount]
        from courseCount in Gen.Int[1, 5]
        from sessionsPerCourse in Gen.Int[0, 3]
        from deadlines in Moment.Array[courseCount * sessionsPerCourse]
        from sessionDates in Range.Array[courseCount * sessionsPerCourse]
        from windows in Gen.Bool.Array[courseCount * sessionsPerCourse]
        from versions in Gen.Select(Gen.Int[1, 4], Gen.Int[0, 400].Array[4], Gen.Int[1, 1500].Array[4]).Array[courseCount]
        from lines in Gen.Select(Gen.Int[1, 40], Gen.Bool, Levels, Gen.Int[1, 3]).Array[1, 3].Array[courseCount * 4]
        from scores in OptionalScore.Array[courseCount * 4]
        select BuildCatalog(zones, courseCount, sessionsPerCourse, deadlines, sessionDates, windows, versions, lines, scores);

    private static readonly Gen<RoundingPolicy> Rounding = Gen.OneOf(
        Gen.Const(RoundingPolicy.Exact),
        Gen.OneOfConst(0.5m, 1m, 0.25m).Select(RoundingPolicy.FloorTo),
        Gen.OneOfConst(0.5m, 1m).Select(RoundingPolicy.HalfUpTo),
        Gen.Int[0, 6].Select(RoundingPolicy.TruncateTo));

    private static readonly Gen<InstitutionPolicy> Policy =
        from levels in Levels
        from score in OptionalScore
        from recency in Gen.Int[0, 10]
        from anchor in Gen.Enum<RecencyAnchor>()
        from wait in Gen.Int[0, 6]
        from attempts in Gen.Int[0, 4]
        from evidence in Gen.Enum<EvidenceKind>().HashSet[0, 3]
        from official in Gen.Bool
        from zone in Gen.Enum<QualifyingDateZone>()
        from rounding in Rounding
        from fees in Gen.Bool
        select new InstitutionPolicy(
            "placeholder",
            ["ace", "nccrs"],
            levels,
            minimumScore: score,
            recency: recency == 0 ? null : new RecencyWindow(Period.FromYears(recency), anchor),
            retakes: wait == 0 && attempts == 0 ? null : new RetakePolicy(wait == 0 ? null : Period.FromMonths(wait), attempts == 0 ? null : attempts),
            evidence: evidence.Count == 0 ? null : new EvidenceRequirement(evidence, official, !official),
            qualifyingDateZone: zone,
            rounding: rounding,
            requireProviderFees: fees);

    private static readonly Gen<ProgramOverride> Override =
        from refuse in Gen.Bool
        from range in Range
        from dated in Gen.Bool
        from levels in Levels
        from score in OptionalScore
        from max in Gen.Int[0, 20]
        select refuse
            ? new ProgramOverride("placeholder", OverrideKind.Refuse, "refuses", dated ? range : null, ["ace"])
            : new ProgramOverride("placeholder", OverrideKind.Restrict, "restricts", dated ? range : null, null, levels, score, CreditAmount.FromSemesterHours(max / 2m));

    private static readonly Gen<PolicySet> PolicySetGen =
        from count in Gen.Int[1, 4]
        from units in Gen.Enum<CreditUnit>().Array[count]
        from zones in Zone.Array[count]
        from policies in Policy.Array[1, 3].Array[count]
        from splits in Date.Array[count]
        from programs in Override.Array[0, 3].Array[1, 3].Array[count]
        select new PolicySet(Enumerable.Range(0, count).Select(i => new Institution(
            "inst-" + i,
            "Institution " + i,
            units[i],
            zones[i],
            Versions(policies[i], splits[i], i),
            programs[i].Select((overrides, p) => new DegreeProgram("prog-" + p, "Program " + p, overrides.Select((o, k) => Renamed(o, "ov-" + k, units[i]))))))); 

    private static readonly Gen<LearnerRecord> Learner =
        from veteran in Gen.Bool
        from enrolments in Gen.Select(Date, Gen.Int[0, 2]).Array[0, 2]
        from courses in Gen.Select(Gen.Enum<EnrollmentTrack>(), Moment).Array[0, 3]
        from completions in Gen.Select(Gen.Enum<CompletionStatus>(), Date, OptionalScore).Array[0, 2]
        from identities in Gen.Select(Gen.Enum<IdentityMethod>(), Gen.Enum<VerificationStatus>(), Moment, Gen.Bool).Array[0, 2]
        from exams in Gen.Select(Moment, Zone, Gen.Enum<ExamOutcome>(), Gen.Int[0, 100], Gen.Enum<ProctoringMode>(), Gen.Enum<IdCheckResult>(), Gen.Enum<IntegrityReview>()).Array[0, 3]
        from fees in Gen.Select(Gen.Enum<FeeKind>(), Gen.Int[0, 30000], Gen.Enum<FeeStatus>(), Date, Gen.OneOfConst("USD", "EUR", "INR")).Array[0, 3]
        from evidence in Gen.Select(Gen.Enum<EvidenceKind>(), Date, Gen.Bool, Gen.Bool, Gen.Bool).Array[0, 2]
        select new LearnerRecord(
            "placeholder",
            veteran,
            enrolments.Select(e => new ProgramEnrollment("inst-" + e.Item2, "prog-0", e.Item1)),
            courses.Select((c, i) => new CourseEnrollment("session-" + i, c.Item1, c.Item2)),
            completions.Select((c, i) => new CourseCompletion("session-" + i, c.Item1, c.Item2, c.Item3)),
            identities.Select(x => new IdentityVerification(x.Item1, x.Item2, x.Item3, x.Item4 ? (IdentityMethod)(((int)x.Item1 + 1) % 4) : null)),
            exams.Select(x => new ExamAttempt(
                "course-0", x.Item1, x.Item2, x.Item3, x.Item3 == ExamOutcome.Pending ? null : Score.Percent(x.Item4), x.Item5, x.Item6, x.Item7,
                x.Item7 == IntegrityReview.Invalidated ? InvalidationKind.Administrative : null)),
            fees.Select(f => new FeeObligation("course-0", f.Item1, new Money(f.Item2 / 100m, f.Item5), f.Item3, f.Item3 == FeeStatus.Unpaid ? null : f.Item4, f.Item3 == FeeStatus.Waived ? "financial aid" : null)),
            evidence.Select(e => new EvidenceDocument(e.Item1, e.Item2, e.Item3, e.Item4, e.Item5 ? "course-0" : null)));

    private static readonly Gen<LearnerSet> LearnerSetGen =
        from learners in Learner.Array[1, 5]
        from claims in Gen.Int[0, 2].Array[learners.Length]
        from asOf in Date
        from hasAsOf in Gen.Bool
        select new LearnerSet(
            learners.Select((l, i) => Renamed(l, "learner-" + i)),
            claims.SelectMany((n, i) => Enumerable.Range(0, n).Select(k => new LearnerClaim("learner-" + i, "course-" + k, "inst-0", "prog-0", k == 0 ? null : "story " + k))),
            hasAsOf ? asOf : null);

    [Fact]
    public void Catalog_WriteThenLoad_GivesAnEqualModel()
    {
        var random = new PCG(2013, 2013);
        for (var i = 0; i < Iterations; i++)
        {
            var catalog = CatalogGen.Generate(random, null, out _);
            var text = CatalogDocument.Write(catalog);
            var loaded = CatalogDocument.Load(text);
            loaded.Errors.Should().BeEmpty(text);
            loaded.Value.ShouldEqual(catalog);
        }
    }

    [Fact]
    public void Policies_WriteThenLoad_GivesAnEqualModel()
    {
        var random = new PCG(2014, 2014);
        for (var i = 0; i < Iterations; i++)
        {
            var policies = PolicySetGen.Generate(random, null, out _);
            var text = PolicyDocument.Write(policies);
            var loaded = PolicyDocument.Load(text);
            loaded.Errors.Should().BeEmpty(text);
            loaded.Value.ShouldEqual(policies);
        }
    }

    [Fact]
    public void Learners_WriteThenLoad_GivesAnEqualModel()
    {
        var random = new PCG(2015, 2015);
        for (var i = 0; i < Iterations; i++)
        {
            var learners = LearnerSetGen.Generate(random, null, out _);
            var text = LearnerDocument.Write(learners);
            var loaded = LearnerDocument.Load(text);
            loaded.Errors.Should().BeEmpty(text);
            loaded.Value.ShouldEqual(learners);
        }
    }

    private static Catalog BuildCatalog(
        DateTimeZone[] zones,
        int courseCount,
        int sessionsPerCourse,
        Instant[] deadlines,
        DateRange[] sessionDates,
        bool[] windows,
        (int Count, int[] Gaps, int[] Lengths)[] versions,
        (int Halves, bool Quarter, CreditLevel[] Levels, int Subjects)[][] lines,
        Score?[] scores)
    {
        var evaluators = zones.Select((z, i) => new Evaluator("ev-" + i, "Evaluator " + i, z)).ToArray();
        var courses = Enumerable.Range(0, courseCount).Select(i => new Course("course-" + i, "Course " + i, "prov-0", i % 2 == 0 ? "Partner " + i : null)).ToArray();
        var sessions = Enumerable.Range(0, courseCount * sessionsPerCourse).Select(i =>
            new CourseSession("session-" + i, "course-" + (i % courseCount), sessionDates[i], deadlines[i], windows[i] ? sessionDates[i] : null)).ToArray();
        var recommendations = Enumerable.Range(0, courseCount).Select(c =>
        {
            // Consecutive versions separated by gaps of zero or more days never overlap.
            var start = new LocalDate(2005, 1, 1);
            var list = new List<RecommendationVersion>();
            for (var v = 0; v < versions[c].Count; v++)
            {
                start = start.PlusDays(versions[c].Gaps[v]);
                var validity = new DateRange(start, start.PlusDays(versions[c].Lengths[v]));
                start = validity.End.PlusDays(1);
                var index = c * 4 + v;
                list.Add(new RecommendationVersion(
                    v + 1,
                    validity,
                    lines[index].Select(l => new RecommendationLine(
                        CreditAmount.FromHours(l.Halves / 2m, l.Quarter ? CreditUnit.QuarterHour : CreditUnit.SemesterHour),
                        l.Levels,
                        Enumerable.Range(0, l.Subjects).Select(s => new SubjectArea("subject-" + s, s == 0 ? "Subject " + s : null)))),
                    scores[index],
                    index % 3 == 0));
            }

            return new CreditRecommendation("EX-" + c, "ev-" + (c % evaluators.Length), "course-" + c, list);
        }).ToArray();
        return new Catalog(evaluators, [new Provider("prov-0", "Provider 0")], courses, sessions, recommendations);
    }

    private static IEnumerable<InstitutionPolicy> Versions(InstitutionPolicy[] policies, LocalDate split, int institution)
    {
        if (policies.Length == 1)
        {
            yield return Renamed(policies[0], "inst-" + institution + "-p0", null);
            yield break;
        }

        // Back-to-back windows: [split - 1000 * k, ...]; never overlapping.
        for (var k = 0; k < policies.Length; k++)
        {
            var start = split.PlusDays(1000 * k);
            yield return Renamed(policies[k], "inst-" + institution + "-p" + k, new DateRange(start, start.PlusDays(999)));
        }
    }

    private static InstitutionPolicy Renamed(InstitutionPolicy p, string id, DateRange? appliesTo) => new(
        id, p.AcceptedEvaluators, p.AcceptedLevels, appliesTo, p.MinimumScore, p.Recency, p.Retakes, p.Evidence, p.QualifyingDateZone, p.Rounding, p.RequireProviderFees);

    // Override limits are stored in the institution's unit, as a document holds them.
    private static ProgramOverride Renamed(ProgramOverride o, string id, CreditUnit unit) => new(
        id, o.Kind, o.Description, o.AppliesTo, o.EvaluatorIds, o.AcceptedLevels, o.MinimumScore,
        o.MaxCreditsPerCourse is { } max ? CreditAmount.FromHours(max.ToDecimal(), unit) : null);

    private static LearnerRecord Renamed(LearnerRecord l, string id) => new(
        id, l.IsVeteran, l.ProgramEnrollments, l.CourseEnrollments, l.Completions, l.IdentityVerifications, l.ExamAttempts, l.Fees, l.Evidence);
}
