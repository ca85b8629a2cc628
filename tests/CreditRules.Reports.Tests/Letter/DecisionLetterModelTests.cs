using CreditRules.Domain;
using CreditRules.Engine;
using CreditRules.Reports.Tests.Support;

namespace CreditRules.Reports.Tests.Letter;

public sealed class DecisionLetterModelTests
{
    private static readonly RecordEvaluator Evaluator = new(new EligibilityEvaluator(Samples.Catalog, Samples.Policies));

    private static RecordEvaluationRequest KimAtEasternState()
    {
        var kim = Samples.Learners.GetLearnerOrNull("kim")!;
        var courses = Samples.Learners.Claims.Where(c => c.LearnerId == "kim").Select(c => c.CourseId).Distinct();
        return new RecordEvaluationRequest(kim, courses, "eastern-state", "aa-general", Samples.AsOf);
    }

    [Fact]
    public void Create_KimAtEasternState_EachCourseCarriesTheRecordsOutcomeCreditsReasonsAndSteps()
    {
        var record = Evaluator.Evaluate(KimAtEasternState());

        var letter = DecisionLetterModel.Create(record, Samples.Catalog, Samples.Policies);

        letter.CreditsGranted.Should().Be(record.CreditsGranted);
        letter.InstitutionName.Should().Be(Samples.Policies.GetInstitutionOrNull("eastern-state")!.Name);
        letter.Courses.Select(c => (c.CourseId, c.Outcome, c.CreditsGranted)).Should().Equal(record.Awards.Select(a => (a.CourseId, a.Outcome, a.CreditsGranted)));
        letter.Courses.Select(c => c.Reasons.Select(r => r.Code)).Should().BeEquivalentTo(record.Awards.Select(a => a.AllReasons.Select(r => r.Code.Value)), o => o.WithStrictOrdering());
        letter.Courses.Select(c => c.NextSteps.Count).Should().Equal(record.Awards.Select(a => a.NextSteps.Count));
        letter.Courses.Should().Contain(c => c.Outcome == DecisionOutcome.Eligible && c.Lines.Count > 0, "kim has a granted course, whose lines give level and area");
        letter.Courses.SelectMany(c => c.NextSteps).Should().Contain(s => s.Deadline != null && s.Cost != null, "an unpaid fee has a deadline and a cost");
        letter.Courses.Select(c => c.Title).Should().Equal(record.Awards.Select(a => Samples.Catalog.GetCourseOrNull(a.CourseId)!.Title));
        letter.PolicyVersion.Should().Be(record.PolicyVersion);
        letter.WhatIf.Should().BeNull();
    }

    [Fact]
    public void Create_ReasonTexts_NameCoursesByTitleAndUseNoEnumOrSubjectCodes()
    {
        var letter = DecisionLetterModel.Create(Evaluator.Evaluate(KimAtEasternState()), Samples.Catalog, Samples.Policies);
        var texts = letter.Courses.SelectMany(c => c.Reasons.Select(r => r.Text).Concat(c.NextSteps.Select(s => s.Action))).Concat(letter.RecordNotes.Select(r => r.Text)).ToArray();
        string[] internalWords =
        [
            .. letter.Courses.Select(c => c.CourseId), "eastern-state", "aa-general",
            .. Enum.GetNames<FeeKind>().Where(n => n.Skip(1).Any(char.IsUpper)), .. Enum.GetNames<CreditLevel>(),
            .. Samples.Catalog.Recommendations.SelectMany(r => r.Versions).SelectMany(v => v.Lines).SelectMany(l => l.Subjects).Where(s => s.Code != s.Name).Select(s => s.Code),
        ];

        texts.Should().NotBeEmpty();
        foreach (var word in internalWords)
        {
            texts.Should().NotContain(t => System.Text.RegularExpressions.Regex.IsMatch(t, @"(?<![\w.-])" + System.Text.RegularExpressions.Regex.Escape(word) + @"(?![\w-])"), word + " is an internal name");
        }

        texts.Should().Contain(t => t.Contains("\u201CBioelectricity: A Quantitative Approach\u201D", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_WithWhatIf_CarriesTheAssumptionsAndTheHypotheticalDecision()
    {
        var request = KimAtEasternState();
        var hypothesis = Hypothesis.ExamPassed("duke-bioelectricity", Score.Percent(80), Samples.AsOf.PlusDays(-10));
        var whatIf = Evaluator.Evaluate(request.WithHypotheses(hypothesis));

        var letter = DecisionLetterModel.Create(Evaluator.Evaluate(request), Samples.Catalog, Samples.Policies, whatIf);

        letter.WhatIf.Should().NotBeNull();
        letter.WhatIf!.Assumptions.Should().ContainSingle().Which.Should().Contain("\u201CBioelectricity: A Quantitative Approach\u201D");
        letter.WhatIf.CreditsGranted.Should().Be(whatIf.CreditsGranted);
        letter.WhatIf.Courses.Select(c => (c.CourseId, c.Outcome, c.CreditsGranted)).Should().Equal(whatIf.Awards.Select(a => (a.CourseId, a.Outcome, a.CreditsGranted)));
    }

    [Fact]
    public void Create_NullDecision_Throws()
    {
        var act = () => DecisionLetterModel.Create(null!, Samples.Catalog, Samples.Policies);

        act.Should().Throw<ArgumentNullException>().WithParameterName("decision");
    }
}
