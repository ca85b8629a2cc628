using CreditRules.Documents;
using CreditRules.Tests.Documents;
using CsCheck;

namespace CreditRules.Tests.Engine.Explore;

public sealed class CreditExplorerTests
{
    private static readonly Catalog SampleCatalog = CatalogDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "catalog.json")).Value;
    private static readonly PolicySet SamplePolicies = PolicyDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "policies.json")).Value;
    private static readonly LearnerSet SampleLearners = LearnerDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "learners.json"), SampleCatalog, SamplePolicies).Value;
    private static readonly EligibilityEvaluator SampleEvaluator = new(SampleCatalog, SamplePolicies);
    private static readonly LocalDate AsOf = new(2014, 6, 30);

    private static ExploreRequest Kim(int explainTop = 3) =>
        new(SampleLearners.GetLearnerOrNull("kim")!, SampleLearners.Claims.Where(c => c.LearnerId == "kim").Select(c => c.CourseId).Distinct(), AsOf, explainTop: explainTop);

    [Fact]
    public void Explore_KimOnSamples_RanksEveryProgramByCreditsInSemesterHours()
    {
        var result = new CreditExplorer(SampleEvaluator).Explore(Kim(), TestContext.Current.CancellationToken);

        result.Options.Should().HaveCount(SamplePolicies.Institutions.Sum(i => i.Programs.Count));
        result.Options.Select(o => o.Rank).Should().Equal(Enumerable.Range(1, result.Options.Count));
        result.Options[0].ToString().Should().Be("1. american-college/bs-business Eligible 7 SH (7 SH)");
        // as-applied-science inherits every northern-2012 setting kim's claims use (its level mapping adds nothing here), so it ties with bs-biology; ties go by program id.
        result.Options[1].ToString().Should().Be("2. northern-quarter/as-applied-science Eligible 10 QH (6 2/3 SH)");
        result.Options[2].ToString().Should().Be("3. northern-quarter/bs-biology Eligible 10 QH (6 2/3 SH)");
        result.Options.Select(o => o.CreditsGrantedSemesterHours).Should().BeInDescendingOrder();
    }

    [Fact]
    public void Explore_ExplainTop_ExplainsOnlyTheBestOptions()
    {
        var result = new CreditExplorer(SampleEvaluator).Explore(Kim(explainTop: 3), TestContext.Current.CancellationToken);

        result.Options.Take(3).Should().OnlyContain(o => o.Explanation != null && o.Explanation.CreditsGranted == o.CreditsGranted);
        result.Options.Skip(3).Should().OnlyContain(o => o.Explanation == null && o.NextSteps.Count == 0 && o.CompleteBy == null);
        var first = result.Options[0];
        first.NextSteps.Should().Equal(first.Explanation!.Awards.SelectMany(a => a.NextSteps));
        first.CompleteBy.Should().Be(first.NextSteps.Max(s => s.Deadline));
    }

    [Fact]
    public void Cost_KimExamFeeShownOnTakeExamPayFeeAndRetake_CountsEachFeeOnce()
    {
        var result = new CreditExplorer(SampleEvaluator).Explore(Kim(explainTop: 1), TestContext.Current.CancellationToken);

        // duke-bioelectricity: exam not taken and its USD 90 exam fee unpaid (two steps show that one fee); uci-precalculus: a retake, its exam fee paid.
        var first = result.Options[0];
        first.NextSteps.Select(s => (s.Code, s.Cost)).Should().Equal(
            (NextStepCode.TakeProctoredExam, Money.Usd(90)),
            (NextStepCode.PayFee, Money.Usd(90)),
            (NextStepCode.RetakeProctoredExam, Money.Usd(90)));
        first.Cost.Should().Be(Money.Usd(90));
        first.Cost.Should().Be(FeesToPay(first.Explanation!));
        new CreditExplorer(SampleEvaluator).Explore(new ExploreRequest(Kim().Learner, Kim().CourseIds, AsOf, maximumCost: Money.Usd(90)), TestContext.Current.CancellationToken).Options
            .Should().Contain(o => o.InstitutionId == first.InstitutionId && o.ProgramId == first.ProgramId);
    }

    [Fact]
    public void Cost_RefundedFeeThePolicyCountsAsUnpaid_IsOwedAgainOnlyThere()
    {
        // abe's USD 90 exam fee for duke-genetics-evolution was refunded on 2013-06-01: american-college counts a refund as
        // unpaid (refundedFee Outstanding, FeeRefundedPayAgain), while the other institutions block the claim instead.
        var abe = SampleLearners.GetLearnerOrNull("abe")!;
        var result = new CreditExplorer(SampleEvaluator).Explore(new ExploreRequest(abe, ["duke-genetics-evolution"], AsOf, explainTop: 20), TestContext.Current.CancellationToken);

        var american = result.Options.Single(o => o.InstitutionId == "american-college" && o.ProgramId == "bs-business");
        american.Claims[0].Outcome.Should().Be(DecisionOutcome.Incomplete);
        american.Cost.Should().Be(Money.Usd(90));
        american.Cost.Should().Be(FeesToPay(american.Explanation!));
        foreach (var other in result.Options.Where(o => o.InstitutionId != "american-college"))
        {
            other.Explanation!.Awards.SelectMany(a => a.AllReasons).Should().NotContain(r => r.Code == ReasonCode.FeeRefundedPayAgain, "{0} blocks a refunded fee", other.InstitutionId);
            (other.Cost?.Amount ?? 0m).Should().Be(FeesToPay(other.Explanation!)?.Amount ?? 0m, "the refunded fee is not owed at {0}/{1}", other.InstitutionId, other.ProgramId);
        }

        new CreditExplorer(SampleEvaluator).Explore(new ExploreRequest(abe, ["duke-genetics-evolution"], AsOf, maximumCost: Money.Usd(89)), TestContext.Current.CancellationToken).Options
            .Should().NotContain(o => o.InstitutionId == "american-college" && o.ProgramId == "bs-business", "the fee to pay again is over the maximum cost");
    }

    [Fact]
    public void Explore_Filters_KeepOnlyMatchingInstitutionsAndPrograms()
    {
        var explorer = new CreditExplorer(SampleEvaluator);

        explorer.Explore(new ExploreRequest(Kim().Learner, Kim().CourseIds, AsOf, unit: CreditUnit.QuarterHour), TestContext.Current.CancellationToken).Options.Should().OnlyContain(o => o.Unit == CreditUnit.QuarterHour).And.NotBeEmpty();
        explorer.Explore(new ExploreRequest(Kim().Learner, Kim().CourseIds, AsOf, institutionIds: ["eastern-state"]), TestContext.Current.CancellationToken).Options.Select(o => o.ProgramId).Should().Equal("aa-general", "aas-engineering-tech", "asn-nursing");
        explorer.Explore(new ExploreRequest(Kim().Learner, Kim().CourseIds, AsOf, filter: (_, p) => p.Id.StartsWith("bs", StringComparison.Ordinal)), TestContext.Current.CancellationToken).Options.Should().OnlyContain(o => o.ProgramId.StartsWith("bs", StringComparison.Ordinal));
        var cheap = explorer.Explore(new ExploreRequest(Kim().Learner, Kim().CourseIds, AsOf, maximumCost: Money.Usd(100)), TestContext.Current.CancellationToken).Options;
        cheap.Should().NotBeEmpty().And.OnlyContain(o => o.Cost == null || o.Cost.Value.Amount <= 100);
        cheap.Should().NotContain(o => o.InstitutionId == "lakeshore-university");
    }

    [Fact]
    public void Explore_UnknownInstitutionOrCancelled_Throws()
    {
        var explorer = new CreditExplorer(SampleEvaluator);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        explorer.Invoking(e => e.Explore(new ExploreRequest(Kim().Learner, Kim().CourseIds, AsOf, institutionIds: ["atlantis"]), TestContext.Current.CancellationToken))
            .Should().Throw<UnknownReferenceException>().Which.Message.Should().Contain("'atlantis'");
        explorer.Invoking(e => e.Explore(Kim(), cancelled.Token)).Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void AdviseNextCourse_KimAtEastern_RanksUnclaimedCoursesByCreditGained()
    {
        var request = new RecordEvaluationRequest(Kim().Learner, Kim().CourseIds, "eastern-state", "aa-general", AsOf);

        var advice = new CreditExplorer(SampleEvaluator).AdviseNextCourse(request, TestContext.Current.CancellationToken);

        advice.Select(a => a.CourseId).Should().NotIntersectWith(request.CourseIds).And.OnlyHaveUniqueItems();
        advice.Select(a => a.CreditsGainedSemesterHours).Should().BeInDescendingOrder();
        advice[0].CourseId.Should().Be("duke-think-again");
        advice[0].Why.Should().Be("Worth taking: +3 SH after the record rules, if the exam is passed by 2017-02-28.");
        advice[0].IsWorthTaking.Should().BeTrue();
        advice.Single(a => a.CourseId == "saylor-ma001").Why.Should().Be("Not worth taking: it adds no credit (The institution policy eastern-2013 accepts recommendations from ace, not from nccrs).");
        advice.Where(a => a.CreditsGained.IsZero).Should().OnlyContain(a => !a.IsWorthTaking);
    }

    [Fact]
    public void AdviseNextCourse_CreditGained_EqualsTheRecordWithAndWithoutTheCourse()
    {
        var request = new RecordEvaluationRequest(Kim().Learner, Kim().CourseIds, "northern-quarter", "bs-biology", AsOf);

        var advice = new CreditExplorer(SampleEvaluator).AdviseNextCourse(request, TestContext.Current.CancellationToken);

        advice.Should().NotBeEmpty();
        foreach (var item in advice)
        {
            item.Award.CourseId.Should().Be(item.CourseId);
            item.CreditsGained.Should().BeLessThanOrEqualTo(item.Award.CreditsGranted);
            item.CreditsGained.Unit.Should().Be(CreditUnit.QuarterHour);
        }
    }

    [Fact]
    public void Explore_StateAndProgramKind_KeepOnlyMatchingInstitutionsAndPrograms()
    {
        var explorer = new CreditExplorer(SampleEvaluator);
        var kim = Kim();

        explorer.Explore(new ExploreRequest(kim.Learner, kim.CourseIds, AsOf, state: "NY"), TestContext.Current.CancellationToken).Options
            .Select(o => o.InstitutionId + "/" + o.ProgramId).Should().BeEquivalentTo("excelsior-style/bsn-core", "excelsior-style/bsn-gened", "excelsior-style/ba-liberal-studies");
        explorer.Explore(new ExploreRequest(kim.Learner, kim.CourseIds, AsOf, programKind: DegreeProgramKind.Master), TestContext.Current.CancellationToken).Options
            .Select(o => o.InstitutionId + "/" + o.ProgramId).Should().Equal("american-college/med-leadership");
        explorer.Explore(new ExploreRequest(kim.Learner, kim.CourseIds, AsOf, unit: CreditUnit.SemesterHour, state: "TX"), TestContext.Current.CancellationToken).Options
            .Should().BeEmpty("the only Texas institution counts in quarter hours");
        explorer.Explore(new ExploreRequest(kim.Learner, kim.CourseIds, AsOf, state: "FL", programKind: DegreeProgramKind.Associate), TestContext.Current.CancellationToken).Options
            .Should().HaveCount(3).And.OnlyContain(o => o.InstitutionId == "eastern-state");
    }

    [Fact]
    public void ExploreRequest_UnknownState_ThrowsNamingIt()
    {
        var act = () => new ExploreRequest(Kim().Learner, Kim().CourseIds, AsOf, state: "Texas");

        act.Should().Throw<ArgumentException>().WithParameterName("state")
            .WithMessage("State 'Texas' is not a two-letter USPS code of a US state, district or territory (such as NY, CA, DC or PR). (Parameter 'state')");
    }

    [Fact]
    public void Rank_Samples_WritesTheOptionsOfExploreInTheSameOrderWithoutExplaining()
    {
        var explorer = new CreditExplorer(SampleEvaluator);
        var buffer = new ExploreEntry[explorer.ProgramCount];

        var count = explorer.Rank(Kim(), buffer, TestContext.Current.CancellationToken);

        var options = explorer.Explore(Kim(), TestContext.Current.CancellationToken).Options;
        buffer.Take(count).Select(e => (e.Institution.Id, e.Program.Id, e.Outcome, e.CreditsGranted, e.Cost, e.ClaimsOutstanding, e.StepsOutstanding, e.Summary))
            .Should().Equal(options.Select(o => (o.InstitutionId, o.ProgramId, o.Outcome, o.CreditsGranted, o.Cost, o.ClaimsOutstanding, o.StepsOutstanding, o.Summary)));
        explorer.Invoking(e => e.Rank(Kim(), new ExploreEntry[count - 1], TestContext.Current.CancellationToken)).Should().Throw<ArgumentException>().WithParameterName("destination")
            .WithMessage("destination holds " + (count - 1) + " entries; the policies have " + count + " institution programs. (Parameter 'destination')");
    }

    /// <summary>
    /// Ties: equal credits in semester hours go to the lower cost (none counts as 0), then the fewer steps outstanding
    /// (the time to complete), then the fewer incomplete courses, then institution and program id in ordinal order.
    /// </summary>
    [Fact]
    public void Compare_Ties_GoToCostThenStepsThenIncompleteCoursesThenIds()
    {
        var institution = SamplePolicies.Institutions[0];
        var program = institution.Programs[0];
        ExploreEntry Entry(decimal sh, decimal? cost, int steps, int incomplete, int order) =>
            new(institution, program, order, DecisionOutcome.Incomplete, default, CreditAmount.FromSemesterHours(sh), cost is { } c ? Money.Usd(c) : null, incomplete, steps);

        CreditExplorer.Compare(Entry(6, 500, 9, 3, 9), Entry(3, 0, 0, 0, 0)).Should().BeNegative("more credits first, whatever the rest");
        CreditExplorer.Compare(Entry(3, null, 9, 3, 9), Entry(3, 10, 0, 0, 0)).Should().BeNegative("nothing owed counts as 0, less than USD 10");
        CreditExplorer.Compare(Entry(3, 0, 9, 3, 10), Entry(3, null, 9, 3, 9)).Should().BePositive("USD 0 and nothing owed tie; the ids' order decides");
        CreditExplorer.Compare(Entry(3, 90, 1, 3, 9), Entry(3, 90, 2, 1, 0)).Should().BeNegative("equal cost: fewer steps first, even with more incomplete courses");
        CreditExplorer.Compare(Entry(3, 90, 2, 1, 9), Entry(3, 90, 2, 2, 0)).Should().BeNegative("equal steps: fewer incomplete courses first");
        CreditExplorer.Compare(Entry(3, 90, 2, 2, 0), Entry(3, 90, 2, 2, 1)).Should().BeNegative("all equal: ids in ordinal order");
        CreditExplorer.Compare(Entry(3, 90, 2, 2, 1), Entry(3, 90, 2, 2, 1)).Should().Be(0);
    }

    [Fact]
    public void StepsOutstanding_KimOnSamples_CountsOutstandingReasonsOfIncompleteCourses()
    {
        var result = new CreditExplorer(SampleEvaluator).Explore(Kim(explainTop: 100), TestContext.Current.CancellationToken);

        foreach (var option in result.Options)
        {
            var expected = option.Explanation!.Awards.Where(a => a.Outcome == DecisionOutcome.Incomplete)
                .Sum(a => a.AllReasons.Where(r => r.Code.DefaultSeverity == ReasonSeverity.Outstanding).Select(r => r.Code).Distinct().Count())
                + option.Explanation.Reasons.Where(r => r.Code.DefaultSeverity == ReasonSeverity.Outstanding).Select(r => r.Code).Distinct().Count();
            option.StepsOutstanding.Should().Be(expected, option.ToString());
        }

        result.Options.Should().Contain(o => o.StepsOutstanding > 0, "kim has work left somewhere");
    }

    /// <summary>
    /// The ranked outcome-only pass agrees, institution by institution and program by program, with deciding each one
    /// alone on the explained record path: outcome and credits of every claimed course, the record's credits, and the
    /// ranking order, for 1,000 generated learners over generated institutions.
    /// </summary>
    [Fact]
    public void Explore_GeneratedLearners_AgreesWithDecidingEachInstitutionAlone()
    {
        var policies = PolicyGenerator.Generate(SampleCatalog, 8, seed: 16);
        var evaluator = new EligibilityEvaluator(SampleCatalog, policies);
        var records = new RecordEvaluator(evaluator);
        var explorer = new CreditExplorer(evaluator, records);
        var programs = policies.Institutions.Sum(i => i.Programs.Count);
        var checkedOptions = 0;
        var shared = 0;
        var withExceptions = 0;

        Gen.Int[1, 1_000_000_000].Sample(
            seed =>
            {
                var generated = PopulationGenerator.Generate(SampleCatalog, policies, 1, seed).Single();
                var claim = new CreditClaim(WithInstitutionFacts(generated.Learner, policies, generated.CourseId, new Random(seed ^ 0x16)), generated.CourseId, generated.InstitutionId, generated.ProgramId);
                var courses = claim.Learner.Completions.Select(c => SampleCatalog.GetSessionOrNull(c.SessionId)!.CourseId).Append(claim.CourseId).Distinct().ToArray();
                var result = explorer.Explore(new ExploreRequest(claim.Learner, courses, AsOf, explainTop: 0, maxDegreeOfParallelism: 2), TestContext.Current.CancellationToken);

                result.Options.Should().HaveCount(programs);
                ExploreOption? previous = null;
                foreach (var option in result.Options)
                {
                    var alone = records.Evaluate(new RecordEvaluationRequest(claim.Learner, courses, option.InstitutionId, option.ProgramId, AsOf));
                    option.CreditsGranted.Should().Be(alone.CreditsGranted);
                    option.Summary.Should().Be(RecordSummary.FromDecision(alone));
                    (option.Cost?.Amount ?? 0m).Should().Be(FeesToPay(alone)?.Amount ?? 0m, "each fee owed counts once ({0}/{1}, seed {2})", option.InstitutionId, option.ProgramId, seed);
                    for (var c = 0; c < result.CourseIds.Count; c++)
                    {
                        var award = alone.GetAwardOrNull(result.CourseIds[c])!;
                        (option.Claims[c].Outcome, option.Claims[c].CreditsGranted).Should().Be((award.Outcome, award.CreditsGranted));
                    }

                    if (previous is not null)
                    {
                        var order = previous.CreditsGrantedSemesterHours.CompareTo(alone.CreditsGranted.ConvertTo(CreditUnit.SemesterHour));
                        order.Should().BeGreaterThanOrEqualTo(0);
                        if (order == 0)
                        {
                            (previous.Cost?.Amount ?? 0m).Should().BeLessThanOrEqualTo(option.Cost?.Amount ?? 0m);
                        }
                    }

                    previous = option;
                    Interlocked.Increment(ref checkedOptions);
                }

                // The buffer pass ranks the same options in the same order.
                var buffer = new ExploreEntry[explorer.ProgramCount];
                var count = explorer.RankCounting(new ExploreRequest(claim.Learner, courses, AsOf, maxDegreeOfParallelism: 1), buffer, out var decidedSets, out var sharedSets, TestContext.Current.CancellationToken);
                (decidedSets + sharedSets).Should().Be(programs, "every program's claims are decided or shared, once");
                if (claim.Learner.Exceptions.Count > 0)
                {
                    sharedSets.Should().Be(0, "a learner's exception reads the institution and program, so nothing is shared (seed {0})", seed);
                    Interlocked.Increment(ref withExceptions);
                }

                Interlocked.Add(ref shared, sharedSets);
                buffer.Take(count).Select(e => (e.Institution.Id, e.Program.Id, e.CreditsGranted, e.Cost, e.StepsOutstanding))
                    .Should().Equal(result.Options.Select(o => (o.InstitutionId, o.ProgramId, o.CreditsGranted, o.Cost, o.StepsOutstanding)));

                // Filters drawn from the seed keep exactly the options that pass them, in the same order.
                var random = new Random(seed);
                var state = random.Next(3) == 0 ? null : policies.Institutions[random.Next(policies.Institutions.Count)].State;
                DegreeProgramKind? kind = random.Next(3) switch { 0 => null, 1 => DegreeProgramKind.Associate, _ => DegreeProgramKind.Bachelor };
                CreditUnit? unit = random.Next(3) switch { 0 => null, 1 => CreditUnit.SemesterHour, _ => CreditUnit.QuarterHour };
                Money? maximum = random.Next(3) switch { 0 => null, 1 => Money.Usd(0), _ => Money.Usd(random.Next(200)) };
                var filtered = explorer.Explore(new ExploreRequest(claim.Learner, courses, AsOf, unit, maximum, explainTop: 0, maxDegreeOfParallelism: 1 + (seed % 2), state: state, programKind: kind), TestContext.Current.CancellationToken);
                filtered.Options.Select(o => (o.InstitutionId, o.ProgramId)).Should().Equal(result.Options
                    .Where(o => (state is null || o.Institution.State == state) && (kind is null || o.Program.Kind == kind) && (unit is null || o.Unit == unit)
                        && (maximum is not { } max || o.Cost is not { } cost || cost.Amount <= max.Amount))
                    .Select(o => (o.InstitutionId, o.ProgramId)));
            },
            seed: new PCG(16, 2026).ToString(),
            iter: 1_000,
            threads: 1);

        checkedOptions.Should().Be(1_000 * programs);
        shared.Should().BeGreaterThan(1_000 * programs / 10, "programs without overrides or enrolment share their institution's claim decisions");
        withExceptions.Should().BeGreaterThan(100, "the generated learners exercise exceptions");
    }

    /// <summary>
    /// Sharing is keyed on the compiled claim routes themselves: of three programs of one institution, two identical ones
    /// share one decision of the claims, and one that differs from them in a single setting of its own (an evidence
    /// requirement) is decided apart, with a different result; all three agree with deciding each program alone.
    /// </summary>
    [Fact]
    public void Rank_ProgramDifferingInOneSetting_IsDecidedApartAndAgreesWithDecidingAlone()
    {
        var generated = PolicyGenerator.Generate(SampleCatalog, 1, seed: 16, programsPerInstitution: 1).Institutions[0];
        var plain = generated.Programs[0];
        DegreeProgram Copy(string id) => new(id, plain.Name, [], plain.TotalCredits, plain.ResidencyRequired);
        var strict = Copy("c").WithSettings(new ProgramSettings(evidence: new EvidenceRequirement([EvidenceKind.ProviderCertificate], requireOfficial: true, requireVerified: true)));
        var institution = new Institution(generated.Id, generated.Name, generated.CreditUnit, generated.TimeZone, generated.Policies, [Copy("a"), Copy("b"), strict]);
        var policies = new PolicySet([institution]);
        var evaluator = new EligibilityEvaluator(SampleCatalog, policies);
        var records = new RecordEvaluator(evaluator);
        var explorer = new CreditExplorer(evaluator, records);
        var kim = Kim();
        var request = new ExploreRequest(kim.Learner, kim.CourseIds, AsOf, maxDegreeOfParallelism: 1);

        var buffer = new ExploreEntry[explorer.ProgramCount];
        var count = explorer.RankCounting(request, buffer, out var decided, out var shared, TestContext.Current.CancellationToken);

        count.Should().Be(3);
        (decided, shared).Should().Be((2, 1), "a and b share; c's own setting gives it routes of its own");
        var result = explorer.Explore(request, TestContext.Current.CancellationToken);
        foreach (var option in result.Options)
        {
            var alone = records.Evaluate(new RecordEvaluationRequest(kim.Learner, kim.CourseIds, option.InstitutionId, option.ProgramId, AsOf));
            option.Summary.Should().Be(RecordSummary.FromDecision(alone));
            option.Claims.Select(c => (c.Outcome, c.CreditsGranted)).Should().Equal(kim.CourseIds.Select(c => (alone.GetAwardOrNull(c)!.Outcome, alone.GetAwardOrNull(c)!.CreditsGranted)));
        }

        var byProgram = result.Options.ToDictionary(o => o.ProgramId);
        byProgram["a"].Claims.Should().Equal(byProgram["b"].Claims);
        byProgram["c"].Claims.Select(c => c.Outcome).Should().NotEqual(byProgram["a"].Claims.Select(c => c.Outcome), "the evidence requirement changes the claims' outcomes");
    }

    /// <summary>
    /// Adds facts tied to one institution or program, drawn from <paramref name="random"/>: an exception waiving a claim rule at
    /// one institution (a quarter of learners), a posting-fee payment to one institution, an enrolment in one program (a
    /// third each). Each takes that institution or program (or, for an exception, the learner) out of the explorer's sharing.
    /// </summary>
    private static LearnerRecord WithInstitutionFacts(LearnerRecord learner, PolicySet policies, string courseId, Random random)
    {
        Institution Any() => policies.Institutions[random.Next(policies.Institutions.Count)];
        var exceptions = learner.Exceptions.ToList();
        var payments = learner.PostingFeePayments.ToList();
        var enrolments = learner.ProgramEnrollments.ToList();
        if (random.Next(4) == 0)
        {
            exceptions.Add(new ExceptionGrant(
                "PET-EXPLORE",
                ExceptionKind.WaiveRule,
                new DateRange(new LocalDate(2012, 1, 1), new LocalDate(2099, 12, 31)),
                "Test registrar",
                new LocalDate(2013, 1, 15),
                "A rule waived at one institution.",
                courseId: courseId,
                institutionId: Any().Id,
                ruleId: random.Next(2) == 0 ? "institution.minimum-score" : "learner.evidence"));
        }

        if (random.Next(3) == 0)
        {
            payments.Add(new PostingFeePayment(Any().Id, new LocalDate(2014, 1, 15)));
        }

        if (random.Next(3) == 0)
        {
            var institution = Any();
            enrolments.Add(new ProgramEnrollment(institution.Id, institution.Programs[random.Next(institution.Programs.Count)].Id, new LocalDate(2012, 9, 1).PlusDays(random.Next(700))));
        }

        return new LearnerRecord(learner.LearnerId, learner.IsVeteran, enrolments, learner.CourseEnrollments, learner.Completions, learner.IdentityVerifications, learner.ExamAttempts, learner.Fees, learner.Evidence, learner.PriorCredits, learner.Emails, exceptions, payments);
    }

    /// <summary>
    /// What an explained record still owes, each fee once: the fee behind each FeeUnpaid or FeeRefundedPayAgain reason of an
    /// incomplete course, plus the posting fee due. Not the sum of the next steps' costs: sitting, retaking and paying for one
    /// exam are three steps that each show the same fee.
    /// </summary>
    private static Money? FeesToPay(RecordDecision decision)
    {
        var fees = decision.Awards.Where(a => a.Outcome == DecisionOutcome.Incomplete).SelectMany(a => a.AllReasons)
            .Where(r => r.Code == ReasonCode.FeeUnpaid || r.Code == ReasonCode.FeeRefundedPayAgain)
            .Select(r => r.TryGetValue<Money>("Amount", out var amount) ? amount : throw new InvalidOperationException("no amount: " + r));
        var posting = RecordSummary.FromDecision(decision).PostingFeeDue;
        var all = fees.Concat(posting is { } p ? [p] : []).ToArray();
        return all.Length == 0 ? null : Money.Usd(all.Sum(m => m.Amount));
    }
}
