using CreditRules.Tests.Engine.Batch;

namespace CreditRules.Tests.Engine.Records;

/// <summary>
/// The one record engine: the outcome-only record path (<see cref="RecordEvaluator.Summarize"/>) and the explained one
/// (<see cref="RecordEvaluator.Evaluate"/>) run the same claim and record rules, so for each of 100,000 learners from
/// <see cref="PopulationGenerator"/> (fixed seed), decided as whole records (the claimed course and every other course
/// the learner took: one to three claims; prior credit posted, unposted and in residence; equivalences, caps and
/// sub-caps under every allocation order, program caps and settings, holds, residency, posting fees; plus, added here, quarter-hour
/// prior credit (converted exactly or rounded), local courses and posting-fee payments), each claim's outcome, credits and reason set,
/// and the record's totals and record-level reasons, are equal on both paths. Every other learner is decided with a
/// host record rule as well.
/// </summary>
public sealed class RecordEnginePropertyTests
{
    private const int Learners = 100_000;

    private static readonly ReasonCode OverLimit = ReasonCode.Custom("HostOneCourseOnly", "host", ReasonSeverity.Blocking, "At most one course by evaluation; {CourseId} is another.");

    private static readonly LocalDate[] AsOfDates = [new(2013, 12, 1), new(2014, 6, 30), new(2015, 6, 30), new(2016, 2, 1)];

    private static readonly RecordEvaluator Plain = new(new EligibilityEvaluator(BatchWorld.Catalog, RecordWorld.Policies));

    private static readonly RecordEvaluator WithHostRule = new(new EligibilityEvaluator(BatchWorld.Catalog, RecordWorld.Policies), [new AtMostOneEligible()]);

    [Fact]
    public void SummarizeEqualsEvaluate_ForOneHundredThousandGeneratedWholeRecords()
    {
        var learners = 0;
        var claims = 0;
        var outcomes = new int[3];
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var summaries = new DecisionSummary[8];
        foreach (var generated in PopulationGenerator.Generate(BatchWorld.Catalog, RecordWorld.Policies, Learners, seed: 2013))
        {
            // The whole record: the generated claim and every other course the learner enrolled in, as of one of four dates.
            var learner = WithRecordFacts(generated.Learner, generated.InstitutionId, learners);
            var courseIds = learner.CourseEnrollments.Select(e => CourseOf(e.SessionId)).Append(generated.CourseId).Distinct(StringComparer.Ordinal);
            var request = new RecordEvaluationRequest(learner, courseIds, generated.InstitutionId, generated.ProgramId, AsOfDates[learners % AsOfDates.Length]);
            var evaluator = ++learners % 2 == 0 ? WithHostRule : Plain;

            var explained = evaluator.Evaluate(request);
            var summary = evaluator.Summarize(request, summaries);

            // Asserted only on a difference, so the 100,000 cases do not build 100,000 failure messages.
            if (summary != RecordSummary.FromDecision(explained))
            {
                summary.Should().Be(RecordSummary.FromDecision(explained), "the record of " + learner.LearnerId + " at " + request.InstitutionId + "/" + request.ProgramId + " as of " + request.AsOf);
            }

            for (var i = 0; i < request.CourseIds.Count; i++)
            {
                var award = explained.GetAwardOrNull(request.CourseIds[i])!;
                if (summaries[i] != DecisionSummary.FromAward(award) || award.RecordAwareDecision.Outcome != award.Outcome)
                {
                    summaries[i].Should().Be(DecisionSummary.FromAward(award), "claim " + award.CourseId + " of " + learner.LearnerId + " as of " + request.AsOf);
                    award.RecordAwareDecision.Outcome.Should().Be(award.Outcome);
                }

                outcomes[(int)award.Outcome]++;
                claims++;
                foreach (var reason in award.Reasons)
                {
                    codes[reason.Code.Value] = codes.GetValueOrDefault(reason.Code.Value) + 1;
                }
            }

            foreach (var reason in explained.Reasons)
            {
                codes[reason.Code.Value] = codes.GetValueOrDefault(reason.Code.Value) + 1;
            }
        }

        learners.Should().Be(Learners);
        claims.Should().BeGreaterThan(Learners);
        outcomes.Should().OnlyContain(n => n >= 1000, "every outcome is exercised; counts (Incomplete, NotEligible, Eligible) = " + string.Join(", ", outcomes));
        var summaryOfCodes = string.Join(", ", codes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key + " " + c.Value));
        string[] exercised =
        [
            "CapReached", "CapPartiallyApplied", "CapOverflowToElectives", "PostedCreditExceedsCap", "DuplicateOfPriorCredit", "DuplicateWithinRequest",
            "LowerAfterAdvanced", "LocalCreditsRequired", "ResidencyOutstanding", "PostingFeeDue", "PostingFeeWaived", "HostOneCourseOnly", "PostingFeePaid",
        ];
        foreach (var code in exercised)
        {
            codes.GetValueOrDefault(code).Should().BeGreaterThanOrEqualTo(10, "every record rule is exercised; codes seen: " + summaryOfCodes + "; outcomes " + string.Join(", ", outcomes));
        }
    }

    /// <summary>
    /// The generator's learner with record facts it does not generate, by learner number: every third a posted quarter-hour
    /// transfer course (converted exactly or with the policy's rounding), every fourth a local course, every fifth a posting-fee
    /// payment at the claim's institution (dated in 2014: before some as-of dates, after others).
    /// </summary>
    private static LearnerRecord WithRecordFacts(LearnerRecord learner, string institutionId, int number)
    {
        var prior = learner.PriorCredits.ToList();
        if (number % 3 == 0)
        {
            prior.Add(new PriorCredit("quarter-" + number, PriorCreditSource.Transfer, CreditAmount.FromQuarterHours(1 + (number % 5)), CreditLevel.LowerDivision, new LocalDate(2012, 9, 1), isPosted: true));
        }

        if (number % 4 == 0)
        {
            prior.Add(new PriorCredit("local-" + number, PriorCreditSource.LocalCourse, CreditAmount.FromSemesterHours(1 + (number % 7)), CreditLevel.LowerDivision, new LocalDate(2013, 1, 15), isPosted: true));
        }

        PostingFeePayment[] payments = number % 5 == 0 ? [new PostingFeePayment(institutionId, new LocalDate(2014, 1 + (number % 12), 1))] : [];
        return new LearnerRecord(learner.LearnerId, learner.IsVeteran, learner.ProgramEnrollments, learner.CourseEnrollments, learner.Completions, learner.IdentityVerifications,
            learner.ExamAttempts, learner.Fees, learner.Evidence, prior, learner.Emails, learner.Exceptions, payments);
    }

    private static string CourseOf(string sessionId) => BatchWorld.Catalog.Sessions.First(s => s.Id == sessionId).CourseId;

    /// <summary>A host record rule that reads only outcomes: the second and later eligible claims (in course order) are refused.</summary>
    private sealed class AtMostOneEligible : IRecordRule
    {
        public string Id => "host.at-most-one";

        public void Apply(RecordRuleContext context)
        {
            var eligible = 0;
            foreach (var claim in context.Claims)
            {
                if (claim.Outcome == DecisionOutcome.Eligible && ++eligible > 1)
                {
                    context.AddReason(claim.CourseId, OverLimit, new KeyValuePair<string, string>("CourseId", claim.CourseId));
                }
            }
        }
    }
}
