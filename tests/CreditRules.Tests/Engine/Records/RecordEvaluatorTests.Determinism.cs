using System.Text;
using CsCheck;
using static CreditRules.Tests.Engine.Records.RecordFixture;

namespace CreditRules.Tests.Engine.Records;

public sealed partial class RecordEvaluatorTests
{
    private static readonly string?[] Keys = [null, "MAT1033", "MAC1140", "MAC2311"];

    private static readonly Gen<(string CourseId, LocalDate ExamDate, decimal Score)> GenExam =
        from index in Gen.Int[0, Courses.Length - 1]
        from day in Gen.Int[0, 6]   // few distinct days, so ties in qualifying date are common
        from score in Gen.Int[50, 95]
        select (Courses[index].Id, new LocalDate(2013, 5, 14).PlusDays(day), (decimal)score);

    private static readonly Gen<PriorCredit> GenPrior =
        from hours in Gen.Int[1, 12]
        from source in Gen.Int[0, 3]
        from level in Gen.Int[1, 2]
        from day in Gen.Int[0, 700]
        from posted in Gen.Bool
        from residence in Gen.Bool
        from key in Gen.Int[0, Keys.Length - 1]
        from grade in Gen.Int[-1, 8]
        select new PriorCredit(
            "p",
            (PriorCreditSource)source,
            CreditAmount.FromSemesterHours(hours),
            (CreditLevel)level,
            new LocalDate(2012, 9, 1).PlusDays(day),
            posted,
            residence,
            Keys[key],
            grade < 0 ? null : new Score(grade / 2m, GradePoints));

    private static readonly Gen<(RecordPolicy Rules, LearnerRecord Learner, string[] Courses, LearnerRecord Shuffled, string[] ShuffledCourses)> GenRecord =
        from exams in GenExam.Array[0, 6]
        from prior in GenPrior.Array[0, 6]
        from order in Gen.Int[0, 2]
        from partial in Gen.Bool
        from overflow in Gen.Bool
        from veteran in Gen.Bool
        let distinct = exams.DistinctBy(e => e.CourseId).ToArray()
        let credits = prior.Select((p, i) => new PriorCredit("p" + i, p.Source, p.Amount, p.Level, p.Date, p.IsPosted, p.InResidence, p.EquivalenceKey, p.Grade)).ToArray()
        from shuffledExams in Gen.Shuffle(distinct.ToArray())
        from shuffledCredits in Gen.Shuffle(credits.ToArray())
        let rules = new RecordPolicy(
            "record",
            [
                CreditCap.Absolute("total", CreditAmount.FromSemesterHours(24)),
                CreditCap.Absolute("cpl", CreditAmount.FromSemesterHours(9), CapScope.Source, source: PriorCreditSource.PriorLearning),
                CreditCap.Percent("upper", 5, CapScope.Level, level: CreditLevel.UpperDivision),
            ],
            (AllocationOrder)order,
            requirementPriority: ["MAC2311", "genetics"],
            allowPartialAwards: partial,
            overflowToElectives: overflow,
            equivalences: Equivalences,
            blockingMinimumGrade: new Score(2, GradePoints),
            precedence: [new PrecedenceChain("math", ["MAT1033", "MAC1140", "MAC2311"])],
            localCreditsBeforePosting: CreditAmount.FromSemesterHours(3),
            postingFee: CentralFee)
        select (
            rules,
            Learner("kim", credits, veteran, distinct),
            distinct.Select(e => e.CourseId).ToArray(),
            Learner("kim", shuffledCredits, veteran, shuffledExams),
            shuffledExams.Select(e => e.CourseId).ToArray());

    [Fact]
    public void Evaluate_SameFactsInAnyOrder_GiveTheSameDecision()
    {
        GenRecord.Sample(
            t =>
            {
                var evaluator = Evaluator(Institution(t.Rules));
                var first = Render(evaluator.Evaluate(new RecordEvaluationRequest(t.Learner, t.Courses, "inst", "prog", AsOf)));
                var shuffled = Render(evaluator.Evaluate(new RecordEvaluationRequest(t.Shuffled, t.ShuffledCourses, "inst", "prog", AsOf)));
                var again = Render(evaluator.Evaluate(new RecordEvaluationRequest(t.Learner, t.Courses, "inst", "prog", AsOf)));
                shuffled.Should().Be(first);
                again.Should().Be(first);
            },
            seed: DeterminismSeed,
            iter: 300,
            threads: 1);
    }

    [Fact]
    public void Evaluate_GeneratedRecords_NeverExceedACapWithNewCredit()
    {
        GenRecord.Sample(
            t =>
            {
                var decision = Evaluator(Institution(t.Rules)).Evaluate(new RecordEvaluationRequest(t.Learner, t.Courses, "inst", "prog", AsOf));
                foreach (var usage in decision.Caps)
                {
                    // Posted credit may already exceed a cap; new credit only ever fills what is left.
                    var ceiling = usage.Posted > usage.Limit ? usage.Posted : usage.Limit;
                    usage.Posted.Plus(usage.Granted).Should().BeLessThanOrEqualTo(ceiling, usage.ToString());
                    if (usage.Posted >= usage.Limit)
                    {
                        usage.Granted.IsZero.Should().BeTrue(usage.ToString());
                    }
                }
            },
            seed: DeterminismSeed,
            iter: 300,
            threads: 1);
    }

    /// <summary>A fixed CsCheck seed, so every run samples the same records.</summary>
    private static string DeterminismSeed => new PCG(2013, 1125).ToString();

    private static string Render(RecordDecision decision)
    {
        var text = new StringBuilder();
        text.AppendLine(decision.ToString() + " posted " + decision.PostedPriorCredit + " residency " + decision.ResidencyOutstanding + " fee " + decision.PostingFeeDue);
        foreach (var award in decision.Awards)
        {
            text.AppendLine(award + " allocated " + award.CreditsAllocated + " rank " + award.AllocationRank + " elective " + award.IsElective);
            foreach (var reason in award.AllReasons)
            {
                text.AppendLine("  " + reason.RuleId + " " + reason);
            }

            foreach (var change in award.SmallestChanges)
            {
                text.AppendLine("  change " + change);
            }
        }

        foreach (var usage in decision.Caps)
        {
            text.AppendLine(usage.ToString());
        }

        foreach (var reason in decision.Reasons)
        {
            text.AppendLine(reason.ToString());
        }

        foreach (var entry in decision.Trace)
        {
            text.AppendLine(entry.ToString());
        }

        return text.ToString();
    }
}
