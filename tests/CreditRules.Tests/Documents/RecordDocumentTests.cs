using CreditRules.Documents;

namespace CreditRules.Tests.Documents;

/// <summary>Record-level data in the documents: record policies, program totals and residency, prior credit.</summary>
public sealed class RecordDocumentTests
{
    private static string SamplePath(string name) => Path.Combine(DocumentFiles.SamplesDirectory, name + ".json");

    private static string Policies(string recordPolicy, string programs = """[{ "id": "aa", "name": "Associate in Arts", "totalCredits": 60, "residencyRequired": 15 }]""") => $$"""
        { "schemaVersion": 1, "institutions": [ { "id": "east", "name": "East", "creditUnit": "SemesterHour", "timeZone": "America/New_York",
          "policies": [ { "id": "v1", "acceptedEvaluators": ["ace"], "acceptedLevels": ["LowerDivision"], "recordPolicy": {{recordPolicy}} } ],
          "programs": {{programs}} } ] }
        """;

    private static string Learners(string priorCredit) => $$"""
        { "schemaVersion": 1, "learners": [ { "id": "kim", "priorCredits": [ {{priorCredit}} ] } ] }
        """;

    private static DocumentError SingleError(DocumentLoadResult<PolicySet> result) => result.Errors.Should().ContainSingle().Subject;

    [Fact]
    public void Load_SamplePolicies_CarryTheCapsFeesAndDuplicatesTheNotesDescribe()
    {
        var policies = PolicyDocument.LoadFile(SamplePath("policies")).Value;

        var eastern = policies.GetInstitutionOrNull("eastern-state")!;
        var record = eastern.Policies.Single().RecordPolicy!;
        record.Caps.Select(c => c.ToString()).Should().Equal("45 SH of all external credit");
        record.BlockingMinimumGrade!.Value.ToString().Should().Be("2.0 (grade-points)");
        record.GetEquivalenceKeyOrNull("penn-calculus").Should().Be("MAC2311");
        eastern.GetProgramOrNull("aa-general")!.TotalCredits.Should().Be(CreditAmount.FromSemesterHours(60));
        policies.GetInstitutionOrNull("american-college")!.Policies.Single().RecordPolicy!.Caps.Single().ToString().Should().Be("50 % of the program of all external credit");
        policies.GetInstitutionOrNull("lakeshore-university")!.Policies.Single().RecordPolicy!.PostingFee!.ToString().Should().Be("USD 125.00 once + USD 85.00 per credit, waived for veterans");
    }

    [Fact]
    public void Policies_SamplesLoadWriteLoad_GivesAnEqualModel()
    {
        var first = PolicyDocument.LoadFile(SamplePath("policies")).Value;

        var second = PolicyDocument.Load(PolicyDocument.Write(first)).Value;

        second.ShouldEqual(first);
        second.Institutions.Select(i => i.Policies[^1].RecordPolicy?.Id).Should().Equal(
            "eastern-record-2013", null, "western-record-2013", null, "acl-record-2013-07", "lakeshore-record-2013");
    }

    [Fact]
    public void Learners_SamplesLoadWriteLoad_GivesAnEqualModelWithPriorCredit()
    {
        var catalog = CatalogDocument.LoadFile(SamplePath("catalog")).Value;
        var policies = PolicyDocument.LoadFile(SamplePath("policies")).Value;
        var first = LearnerDocument.LoadFile(SamplePath("learners"), catalog, policies).Value;

        var second = LearnerDocument.Load(LearnerDocument.Write(first), catalog, policies).Value;

        second.ShouldEqual(first);
        second.GetLearnerOrNull("kim")!.PriorCredits.Select(p => p.ToString()).Should().Equal(
            "tr-community-college (Transfer, 30 SH)", "clep-college-math (Exam, 9 SH)", "eastern-fall-2013 (LocalCourse, 6 SH)");
    }

    [Fact]
    public void Policies_EveryRecordOptionBuiltInCSharp_SurvivesWriteAndLoad()
    {
        var record = new RecordPolicy(
            "north-record",
            [
                CreditCap.Absolute("exam-15", CreditAmount.FromQuarterHours(15), CapScope.Source, source: PriorCreditSource.Exam),
                CreditCap.Percent("upper-25", 25, CapScope.Level, level: CreditLevel.UpperDivision),
            ],
            AllocationOrder.RequirementPriority,
            requirementPriority: ["MAC2311", "penn-calculus"],
            allowPartialAwards: true,
            overflowToElectives: true,
            equivalences: [new("penn-calculus", "MAC2311")],
            blockingMinimumGrade: Score.Percent(70),
            precedence: [new PrecedenceChain("math", ["MAC1140", "MAC2311"])],
            localCreditsBeforePosting: CreditAmount.FromQuarterHours(7.5m),
            postingFee: new PostingFee(Money.Usd(0), Money.Usd(12.5m)));
        var set = new PolicySet([new Institution(
            "north", "North", CreditUnit.QuarterHour, DateTimeZoneProviders.Tzdb["America/Chicago"],
            [new InstitutionPolicy("n1", ["ace"], [CreditLevel.LowerDivision], recordPolicy: record)],
            [new DegreeProgram("bs", "BS", totalCredits: CreditAmount.FromQuarterHours(180), residencyRequired: CreditAmount.FromQuarterHours(45))])]);

        var loaded = PolicyDocument.Load(PolicyDocument.Write(set));

        loaded.Errors.Should().BeEmpty();
        loaded.Value.ShouldEqual(set);
    }

    // Each bad record value gives one error naming the path and the value.
    public static TheoryData<string, DocumentErrorCode, string, string?, string> BadRecordPolicies => new()
    {
        // a cap of exactly 0 hours is allowed (nothing external counts); -1 is not
        { """{ "id": "r", "caps": [{ "id": "c", "hours": -1 }] }""", DocumentErrorCode.InvalidCredits, "$.institutions[0].policies[0].recordPolicy.caps[0].hours", "-1", "A cap's hours must be zero or more; got -1." },
        // percentages: (0, 100]
        { """{ "id": "r", "caps": [{ "id": "c", "percentOfProgram": 0 }] }""", DocumentErrorCode.NumberOutOfRange, "$.institutions[0].policies[0].recordPolicy.caps[0].percentOfProgram", "0", "A cap's percentage of the program must be more than 0 and at most 100; got 0." },
        { """{ "id": "r", "caps": [{ "id": "c", "percentOfProgram": 100.5 }] }""", DocumentErrorCode.NumberOutOfRange, "$.institutions[0].policies[0].recordPolicy.caps[0].percentOfProgram", "100.5", "A cap's percentage of the program must be more than 0 and at most 100; got 100.5." },
        { """{ "id": "r", "caps": [{ "id": "c" }] }""", DocumentErrorCode.MissingProperty, "$.institutions[0].policies[0].recordPolicy.caps[0].hours", null, "Cap 'c' needs hours (an absolute limit) or percentOfProgram." },
        { """{ "id": "r", "caps": [{ "id": "c", "hours": 45, "percentOfProgram": 50 }] }""", DocumentErrorCode.InvalidValue, "$.institutions[0].policies[0].recordPolicy.caps[0].percentOfProgram", "50", "Cap 'c' gives both hours and percentOfProgram; give one." },
        { """{ "id": "r", "caps": [{ "id": "c", "hours": 30, "scope": "Source" }] }""", DocumentErrorCode.MissingProperty, "$.institutions[0].policies[0].recordPolicy.caps[0].source", null, "Cap 'c' is scoped to a source, so it needs source (Transfer, Exam, Military, PriorLearning, LocalCourse)." },
        { """{ "id": "r", "caps": [{ "id": "c", "hours": 30, "level": "Graduate" }] }""", DocumentErrorCode.InvalidValue, "$.institutions[0].policies[0].recordPolicy.caps[0].level", "Graduate", "Cap 'c' has scope All and takes no level." },
        { """{ "id": "r", "caps": [{ "id": "c", "hours": 30, "scope": "Source", "source": "LocalCourse" }] }""", DocumentErrorCode.InvalidValue, "$.institutions[0].policies[0].recordPolicy.caps[0].source", "LocalCourse", "Cap 'c' limits LocalCourse credit, which never counts against a cap: a local course is earned at the institution itself." },
        { """{ "id": "r", "allocationOrder": "RequirementPriority" }""", DocumentErrorCode.MissingProperty, "$.institutions[0].policies[0].recordPolicy.requirementPriority", null, "Allocation order RequirementPriority needs a requirementPriority list of course ids or equivalence keys, most needed first." },
        { """{ "id": "r", "precedence": [{ "id": "math", "keysFromLowest": ["MAC1140"] }] }""", DocumentErrorCode.EmptyList, "$.institutions[0].policies[0].recordPolicy.precedence[0].keysFromLowest", "MAC1140", "A precedence chain needs at least two equivalence keys, least advanced first." },
        { """{ "id": "r", "equivalences": [{ "courseId": "a", "key": "K" }, { "courseId": "a", "key": "L" }] }""", DocumentErrorCode.DuplicateId, "$.institutions[0].policies[0].recordPolicy.equivalences[1].courseId", "a", "The equivalence course id 'a' is already used by $.institutions[0].policies[0].recordPolicy.equivalences[0]." },
        { """{ "id": "r", "postingFee": { "oneTime": -1, "perCredit": 85, "currency": "USD" } }""", DocumentErrorCode.NegativeAmount, "$.institutions[0].policies[0].recordPolicy.postingFee.oneTime", "-1", "A posting fee amount must be zero or more; got -1." },
        { """{ "id": "r", "postingFee": { "oneTime": 125, "perCredit": 85, "currency": "usd" } }""", DocumentErrorCode.UnknownCurrency, "$.institutions[0].policies[0].recordPolicy.postingFee.currency", "usd", "'usd' is not an active ISO 4217 currency code; use three upper-case letters such as USD." },
        { """{ "id": "r", "blockingMinimumGrade": { "value": 4.5, "scale": "grade-points" } }""", DocumentErrorCode.ScoreOutOfScale, "$.institutions[0].policies[0].recordPolicy.blockingMinimumGrade.value", "4.5", "The score 4.5 lies outside the grade-points[0..4] scale." },
    };

    [Theory]
    [MemberData(nameof(BadRecordPolicies))]
    public void Load_BadRecordPolicy_NamesPathAndValue(string recordPolicy, DocumentErrorCode code, string path, string? value, string message)
    {
        var error = SingleError(PolicyDocument.Load(Policies(recordPolicy)));

        (error.Code, error.Path, error.AttemptedValue, error.Message).Should().Be((code, path, value, message));
    }

    [Fact]
    public void Load_PercentCapWithoutProgramTotal_NamesTheProgram()
    {
        var error = SingleError(PolicyDocument.Load(Policies("""{ "id": "r", "caps": [{ "id": "half", "percentOfProgram": 50 }] }""", """[{ "id": "aa", "name": "AA", "totalCredits": 60 }, { "id": "bs", "name": "BS" }]""")));

        (error.Code, error.Path, error.AttemptedValue, error.Message).Should().Be((
            DocumentErrorCode.MissingProperty,
            "$.institutions[0].programs[1].totalCredits",
            (string?)null,
            "Cap 'half' ($.institutions[0].policies[0].recordPolicy.caps[0].percentOfProgram = 50 %) is a percentage of the program's total credits, and program 'bs' gives no totalCredits."));
    }

    [Fact]
    public void Load_ResidencyAboveTotal_NamesTheValue()
    {
        var error = SingleError(PolicyDocument.Load(Policies("""{ "id": "r" }""", """[{ "id": "aa", "name": "AA", "totalCredits": 60, "residencyRequired": 61 }]""")));

        (error.Code, error.Path, error.AttemptedValue, error.Message).Should().Be((DocumentErrorCode.InvalidCredits, "$.institutions[0].programs[0].residencyRequired", "61", "The residency required (61 SH) exceeds the program's total credits (60 SH)."));
    }

    [Fact]
    public void Load_ResidencyEqualToTotal_IsAccepted()
    {
        PolicyDocument.Load(Policies("""{ "id": "r" }""", """[{ "id": "aa", "name": "AA", "totalCredits": 60, "residencyRequired": 60 }]""")).Errors.Should().BeEmpty();
    }

    public static TheoryData<string, DocumentErrorCode, string, string?, string> BadPriorCredits => new()
    {
        { """{ "id": "p", "source": "Transfer", "credits": 0, "level": "LowerDivision", "date": "2012-12-14" }""", DocumentErrorCode.InvalidCredits, "$.learners[0].priorCredits[0].credits", "0", "Credit hours must be more than zero; got 0." },
        { """{ "id": "p", "source": "Portfolio", "credits": 3, "level": "LowerDivision", "date": "2012-12-14" }""", DocumentErrorCode.InvalidEnumValue, "$.learners[0].priorCredits[0].source", "Portfolio", "'Portfolio' is not a valid PriorCreditSource; expected one of: Transfer, Exam, Military, PriorLearning, LocalCourse." },
        { """{ "id": "p", "source": "Exam", "credits": 3, "level": "LowerDivision", "date": "2012-02-30" }""", DocumentErrorCode.InvalidDate, "$.learners[0].priorCredits[0].date", "2012-02-30", "'2012-02-30' is not an existing ISO date (yyyy-MM-dd)." },
        { """{ "id": "p", "source": "Exam", "credits": 3, "level": "LowerDivision", "date": "2012-12-14", "equivalenceKey": " " }""", DocumentErrorCode.BlankValue, "$.learners[0].priorCredits[0].equivalenceKey", " ", "The value must not be empty or white space; got ' '." },
        { """{ "id": "p", "source": "Exam", "credits": 3, "level": "LowerDivision", "date": "2012-12-14", "grade": { "value": 3, "scale": "letters" } }""", DocumentErrorCode.UnknownScoreScale, "$.learners[0].priorCredits[0].grade.scale", "letters", "'letters' is not a known score scale; expected percent, scaled-20-80 or grade-points." },
    };

    [Theory]
    [MemberData(nameof(BadPriorCredits))]
    public void Load_BadPriorCredit_NamesPathAndValue(string priorCredit, DocumentErrorCode code, string path, string? value, string message)
    {
        var error = LearnerDocument.Load(Learners(priorCredit)).Errors.Should().ContainSingle().Subject;

        (error.Code, error.Path, error.AttemptedValue, error.Message).Should().Be((code, path, value, message));
    }

    [Fact]
    public void Load_PriorCreditsWithTheSameId_NamesTheSecond()
    {
        var one = """{ "id": "p", "source": "Exam", "credits": 3, "level": "LowerDivision", "date": "2012-12-14" }""";

        var error = LearnerDocument.Load(Learners(one + ", " + one)).Errors.Should().ContainSingle().Subject;

        (error.Code, error.Path, error.AttemptedValue).Should().Be((DocumentErrorCode.DuplicateId, "$.learners[0].priorCredits[1].id", "p"));
    }

    [Fact]
    public void Load_QuarterHourPriorCredit_KeepsItsUnit()
    {
        var learners = LearnerDocument.Load(Learners("""{ "id": "p", "source": "Military", "credits": 4.5, "unit": "QuarterHour", "level": "VocationalCertificate", "date": "2012-12-14", "posted": true }""")).Value;

        var credit = learners.GetLearnerOrNull("kim")!.PriorCredits.Single();
        (credit.Amount, credit.IsPosted, credit.InResidence).Should().Be((CreditAmount.FromQuarterHours(4.5m), true, false));
    }

    [Fact]
    public void Learners_LocalCourseLoadWriteLoad_KeepsTheSourceAndWritesNoInResidenceFlag()
    {
        var first = LearnerDocument.Load(Learners("""{ "id": "l1", "source": "LocalCourse", "credits": 6, "level": "LowerDivision", "date": "2013-12-13", "posted": true }""")).Value;

        var written = LearnerDocument.Write(first);
        var second = LearnerDocument.Load(written).Value;

        second.ShouldEqual(first);
        var credit = second.GetLearnerOrNull("kim")!.PriorCredits.Single();
        (credit.Source, credit.InResidence).Should().Be((PriorCreditSource.LocalCourse, true));
        written.Should().NotContain("inResidence");
    }

    private static string LearnerPaying(string payment) => $$"""
        { "schemaVersion": 1, "learners": [ { "id": "kim", "postingFeePayments": [ {{payment}} ] } ] }
        """;

    [Fact]
    public void Learners_PostingFeePaymentLoadWriteLoad_KeepsDateAndRecordedAt()
    {
        var first = LearnerDocument.Load(LearnerPaying("""{ "institutionId": "east", "paidOn": "2014-06-30", "recordedAt": "2014-07-02T09:00:00-04:00" }""")).Value;

        var second = LearnerDocument.Load(LearnerDocument.Write(first)).Value;

        second.ShouldEqual(first);
        var payment = second.GetLearnerOrNull("kim")!.PostingFeePayments.Single();
        (payment.InstitutionId, payment.PaidOn, payment.RecordedAt).Should().Be(("east", new LocalDate(2014, 6, 30), Instant.FromUtc(2014, 7, 2, 13, 0)));
    }

    public static TheoryData<string, DocumentErrorCode, string, string?, int> BadPostingFeePayments => new()
    {
        { """{ "institutionId": "east", "paidOn": "2014-02-30" }""", DocumentErrorCode.InvalidDate, "$.learners[0].postingFeePayments[0].paidOn", "2014-02-30", 1 },
        { """{ "institutionId": " ", "paidOn": "2014-06-30" }""", DocumentErrorCode.BlankValue, "$.learners[0].postingFeePayments[0].institutionId", " ", 1 },
    };

    [Theory]
    [MemberData(nameof(BadPostingFeePayments))]
    public void Load_BadPostingFeePayment_NamesPathLineAndValue(string payment, DocumentErrorCode code, string path, string? value, int line)
    {
        var error = LearnerDocument.Load(LearnerPaying(payment)).Errors.Should().ContainSingle().Subject;

        (error.Code, error.Path, error.AttemptedValue, error.Line).Should().Be((code, path, value, line));
    }

    [Fact]
    public void Load_PostingFeePaymentAtAnUnknownInstitution_NamesIt()
    {
        var catalog = CatalogDocument.LoadFile(SamplePath("catalog")).Value;
        var policies = PolicyDocument.LoadFile(SamplePath("policies")).Value;

        var error = LearnerDocument.Load(LearnerPaying("""{ "institutionId": "nowhere", "paidOn": "2014-06-30" }"""), catalog, policies).Errors.Should().ContainSingle().Subject;

        (error.Code, error.Path, error.AttemptedValue, error.Message).Should().Be((DocumentErrorCode.UnknownReference, "$.learners[0].postingFeePayments[0].institutionId", "nowhere", "No institution of the policy set has the id 'nowhere'."));
    }

    [Fact]
    public void Policies_ProgramCapsAndRecordSettingsBuiltInCSharp_SurviveWriteAndLoad()
    {
        var record = new RecordPolicy(
            "east-record",
            [CreditCap.Absolute("external-45", CreditAmount.FromSemesterHours(45))],
            programs:
            [
                new ProgramRecordPolicy(
                    "aa",
                    caps: [CreditCap.Absolute("external-45", CreditAmount.FromSemesterHours(15)), CreditCap.Percent("exam-25", 25, CapScope.Source, PriorCreditSource.Exam)],
                    allowPartialAwards: true,
                    overflowToElectives: false,
                    priorCreditConversion: PriorCreditConversion.Exact),
            ],
            priorCreditConversion: PriorCreditConversion.PolicyRounding);
        var first = new PolicySet([new Institution("east", "East", CreditUnit.SemesterHour, DateTimeZoneProviders.Tzdb["America/New_York"],
            [new InstitutionPolicy("v1", ["ace"], [CreditLevel.LowerDivision], recordPolicy: record)], [new DegreeProgram("aa", "Associate in Arts", totalCredits: CreditAmount.FromSemesterHours(60))])]);

        var written = PolicyDocument.Write(first);
        var second = PolicyDocument.Load(written).Value;

        second.ShouldEqual(first);
        var program = second.Institutions.Single().Policies.Single().RecordPolicy!.GetProgramOrNull("aa")!;
        (program.AllowPartialAwards, program.OverflowToElectives, program.PriorCreditConversion).Should().Be((true, false, PriorCreditConversion.Exact));
        second.Institutions.Single().Policies.Single().RecordPolicy!.ResolveCaps("aa").Select(c => c.Cap.Id + " " + c.Scope).Should().Equal("external-45 Program", "exam-25 Program");
    }

    [Fact]
    public void Load_PriorCreditConversionLeftOut_IsExact()
    {
        var policies = PolicyDocument.Load(Policies("""{ "id": "r" }""")).Value;

        policies.Institutions.Single().Policies.Single().RecordPolicy!.PriorCreditConversion.Should().Be(PriorCreditConversion.Exact);
    }

    public static TheoryData<string, DocumentErrorCode, string, string?, string> BadProgramRecordSettings => new()
    {
        { """{ "id": "r", "priorCreditConversion": "Rounded" }""", DocumentErrorCode.InvalidEnumValue, "$.institutions[0].policies[0].recordPolicy.priorCreditConversion", "Rounded", "'Rounded' is not a valid PriorCreditConversion; expected one of: Exact, PolicyRounding." },
        { """{ "id": "r", "programs": [{ "programId": "aa", "priorCreditConversion": "Rounded" }] }""", DocumentErrorCode.InvalidEnumValue, "$.institutions[0].policies[0].recordPolicy.programs[0].priorCreditConversion", "Rounded", "'Rounded' is not a valid PriorCreditConversion; expected one of: Exact, PolicyRounding." },
        { """{ "id": "r", "programs": [{ "programId": "aa", "caps": [{ "id": "c", "hours": -1 }] }] }""", DocumentErrorCode.InvalidCredits, "$.institutions[0].policies[0].recordPolicy.programs[0].caps[0].hours", "-1", "A cap's hours must be zero or more; got -1." },
        { """{ "id": "r", "programs": [{ "programId": "aa", "caps": [{ "id": "c", "hours": 9 }, { "id": "c", "hours": 8 }] }] }""", DocumentErrorCode.DuplicateId, "$.institutions[0].policies[0].recordPolicy.programs[0].caps[1].id", "c", "The cap id 'c' is already used by $.institutions[0].policies[0].recordPolicy.programs[0].caps[0]." },
    };

    [Theory]
    [MemberData(nameof(BadProgramRecordSettings))]
    public void Load_BadProgramRecordSetting_NamesPathLineAndValue(string recordPolicy, DocumentErrorCode code, string path, string? value, string message)
    {
        var error = SingleError(PolicyDocument.Load(Policies(recordPolicy)));

        (error.Code, error.Path, error.AttemptedValue, error.Message, error.Line).Should().Be((code, path, value, message, 2));
    }
}
