using CreditRules.Documents;

namespace CreditRules.Tests.Documents;

/// <summary>
/// The malformed-document corpus (Corpus/*.json, written by Corpus/generate.py): each file is a valid base document with
/// exactly one defect, and must produce exactly that one error, with its code, JSON path, line and column, value and
/// whole message. Learner documents are also checked against the valid catalog and policy fixtures.
/// </summary>
public sealed class DocumentCorpusTests
{
    // file, code, path, line, column, value (null when the defect is an absent value), message
    public static TheoryData<string, DocumentErrorCode, string, int, int, string?, string> Corpus => new()
    {
        { "catalog-blank-id", DocumentErrorCode.BlankValue, "$.providers[0].name", 15, 15, "  ", "The value must not be empty or white space; got '  '." },
        { "catalog-credits-negative", DocumentErrorCode.InvalidCredits, "$.recommendations[0].versions[0].lines[0].credits", 70, 26, "-3", "Credit hours must be more than zero; got -3." },
        { "catalog-credits-overflow", DocumentErrorCode.NumberOutOfRange, "$.recommendations[1].versions[0].lines[0].credits", 118, 26, "1e400", "The number 1e400 is not finite or too large for a decimal." },
        { "catalog-credits-string", DocumentErrorCode.WrongType, "$.recommendations[0].versions[0].lines[0].credits", 70, 26, "\"3\"", "Expected a number; got a string \"3\"." },
        { "catalog-credits-too-large", DocumentErrorCode.InvalidCredits, "$.recommendations[0].versions[0].lines[0].credits", 70, 26, "100000000000000000000", "Credit hours must be at most 1000 with at most 6 decimals; got 100000000000000000000." },
        { "catalog-credits-too-precise", DocumentErrorCode.InvalidCredits, "$.recommendations[1].versions[0].lines[0].credits", 118, 26, "0.1234567890123456789", "Credit hours must be at most 1000 with at most 6 decimals; got 0.1234567890123456789." },
        { "catalog-credits-zero", DocumentErrorCode.InvalidCredits, "$.recommendations[0].versions[0].lines[0].credits", 70, 26, "0", "Credit hours must be more than zero; got 0." },
        { "catalog-day-month-swapped", DocumentErrorCode.InvalidDate, "$.recommendations[0].versions[0].validity.start", 61, 22, "2013-31-01", "'2013-31-01' is not an existing ISO date (yyyy-MM-dd)." },
        { "catalog-deadline-without-offset", DocumentErrorCode.InvalidDateTime, "$.sessions[0].verifiedTrackDeadline", 40, 32, "2013-03-24T12:00:00", "'2013-03-24T12:00:00' is not an ISO date-time with an offset (yyyy-MM-ddTHH:mm:ss±hh:mm). It has no offset; add one, such as -05:00 or Z." },
        { "catalog-depth-exceeded", DocumentErrorCode.DepthExceeded, "$.notes[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]", 4, 43, "[", "Objects and arrays nest deeper than 32 levels; the document is refused." },
        { "catalog-duplicate-course-id", DocumentErrorCode.DuplicateId, "$.courses[2].id", 32, 13, "uci-precalculus", "The course id 'uci-precalculus' is already used by $.courses[0]." },
        { "catalog-duplicate-property", DocumentErrorCode.DuplicateProperty, "$.courses[0].title", 21, 16, "\"Precalculus\"", "Property 'title' appears more than once in this object; give it once." },
        { "catalog-duplicate-version-number", DocumentErrorCode.DuplicateId, "$.recommendations[0].versions[1].number", 84, 21, "1", "The version number '1' is already used by $.recommendations[0].versions[0]." },
        { "catalog-empty-levels", DocumentErrorCode.EmptyList, "$.recommendations[0].versions[0].lines[0].levels", 71, 25, "[]", "The list needs at least one CreditLevel." },
        { "catalog-empty-subjects", DocumentErrorCode.EmptyList, "$.recommendations[0].versions[0].lines[0].subjects", 74, 27, "[]", "A recommendation line needs at least one subject area." },
        { "catalog-empty-versions", DocumentErrorCode.EmptyList, "$.recommendations[1].versions", 109, 19, "[]", "A recommendation needs at least one version." },
        { "catalog-impossible-date", DocumentErrorCode.InvalidDate, "$.recommendations[0].versions[1].validity.end", 87, 20, "2023-02-30", "'2023-02-30' is not an existing ISO date (yyyy-MM-dd)." },
        { "catalog-missing-course-title", DocumentErrorCode.MissingProperty, "$.courses[1].title", 25, 5, null, "Required property 'title' is missing." },
        { "catalog-missing-evaluators", DocumentErrorCode.MissingProperty, "$.evaluators", 1, 1, null, "Required property 'evaluators' is missing." },
        { "catalog-null-array-entry", DocumentErrorCode.WrongType, "$.providers[1]", 17, 5, "null", "An array entry must not be null." },
        { "catalog-null-required-title", DocumentErrorCode.WrongType, "$.courses[0].title", 21, 16, "null", "Property 'title' is required and must not be null." },
        { "catalog-numeric-level", DocumentErrorCode.InvalidEnumValue, "$.recommendations[0].versions[0].lines[0].levels[0]", 72, 17, "1", "'1' is not a valid CreditLevel; expected one of: VocationalCertificate, LowerDivision, UpperDivision, Graduate." },
        { "catalog-overlapping-versions", DocumentErrorCode.OverlappingVersions, "$.recommendations[0].versions[1].validity.start", 86, 22, "2015-06-01", "Version 2 starts on 2015-06-01, inside version 1 (2013-02-01..2016-01-31); versions of one exhibit must not overlap." },
        { "catalog-reversed-range", DocumentErrorCode.ReversedRange, "$.sessions[1].dates.end", 47, 16, "2013-03-01", "The range ends on 2013-03-01, before it starts on 2013-03-04." },
        { "catalog-root-array", DocumentErrorCode.WrongType, "$", 1, 1, "[]", "Expected an object; got an array []." },
        { "catalog-schema-version-2", DocumentErrorCode.UnsupportedSchemaVersion, "$.schemaVersion", 3, 20, "2", "Schema version 2 is not supported; this library reads version 1." },
        { "catalog-schema-version-string", DocumentErrorCode.WrongType, "$.schemaVersion", 3, 20, "\"1\"", "Expected an integer; got a string \"1\"." },
        { "catalog-score-out-of-scale", DocumentErrorCode.ScoreOutOfScale, "$.recommendations[0].versions[0].minimumPassingScore.value", 65, 22, "120", "The score 120 lies outside the percent[0..100] scale." },
        { "catalog-syntax-comment", DocumentErrorCode.JsonSyntax, "$", 3, 23, null, "The document is not well-formed JSON: '/' is an invalid start of a property name. Expected a '\"'." },
        { "catalog-syntax-nan-literal", DocumentErrorCode.JsonSyntax, "$.recommendations[1].versions[0].lines[0].credits", 118, 26, null, "The document is not well-formed JSON: 'N' is an invalid start of a value." },
        { "catalog-syntax-trailing-comma", DocumentErrorCode.JsonSyntax, "$.providers[0]", 16, 5, null, "The document is not well-formed JSON: The JSON object contains a trailing comma at the end which is not supported in this mode. Change the reader options." },
        { "catalog-syntax-unterminated-string", DocumentErrorCode.JsonSyntax, "$.courses[0].title", 21, 30, null, "The document is not well-formed JSON: '0x0A' is invalid within a JSON string. The string should be correctly escaped." },
        { "catalog-unknown-course-property", DocumentErrorCode.UnknownProperty, "$.courses[0].credits", 24, 18, "credits", "Unknown property 'credits'; expected one of: id, title, providerId, partner." },
        { "catalog-unknown-evaluator", DocumentErrorCode.UnknownReference, "$.recommendations[1].evaluatorId", 107, 22, "nccrs", "No evaluator has the id 'nccrs'." },
        { "catalog-unknown-level", DocumentErrorCode.InvalidEnumValue, "$.recommendations[0].versions[0].lines[0].levels[0]", 72, 17, "Doctoral", "'Doctoral' is not a valid CreditLevel; expected one of: VocationalCertificate, LowerDivision, UpperDivision, Graduate." },
        { "catalog-unknown-provider", DocumentErrorCode.UnknownReference, "$.courses[1].providerId", 28, 21, "edx", "No provider has the id 'edx'." },
        { "catalog-unknown-root-property", DocumentErrorCode.UnknownProperty, "$.evaluater", 133, 16, "evaluater", "Unknown property 'evaluater'; expected one of: $schema, schemaVersion, notes, evaluators, providers, courses, sessions, recommendations." },
        { "catalog-unknown-scale", DocumentErrorCode.UnknownScoreScale, "$.recommendations[0].versions[0].minimumPassingScore.scale", 66, 22, "letter-grade", "'letter-grade' is not a known score scale; expected percent, scaled-20-80 or grade-points." },
        { "catalog-unknown-session-course", DocumentErrorCode.UnknownReference, "$.sessions[1].courseId", 44, 19, "penn-calculus-2", "No course has the id 'penn-calculus-2'." },
        { "catalog-unknown-unit", DocumentErrorCode.InvalidEnumValue, "$.recommendations[0].versions[0].lines[0].unit", 80, 23, "Trimester", "'Trimester' is not a valid CreditUnit; expected one of: SemesterHour, QuarterHour." },
        { "catalog-unknown-zone", DocumentErrorCode.UnknownTimeZone, "$.evaluators[0].referenceZone", 9, 24, "America/Atlantis", "'America/Atlantis' is not an IANA (TZDB) time zone id, such as America/New_York." },
        { "catalog-us-date-format", DocumentErrorCode.InvalidDate, "$.sessions[0].dates.start", 37, 18, "03/04/2013", "'03/04/2013' is not an existing ISO date (yyyy-MM-dd)." },
        { "catalog-version-number-fraction", DocumentErrorCode.NumberOutOfRange, "$.recommendations[0].versions[1].number", 84, 21, "2.5", "Expected a whole number between -2147483648 and 2147483647; got 2.5." },
        { "catalog-version-number-zero", DocumentErrorCode.NumberOutOfRange, "$.recommendations[0].versions[1].number", 84, 21, "0", "A version number must be 1 or more; got 0." },
        { "learners-duplicate-learner", DocumentErrorCode.DuplicateId, "$.learners[1].id", 76, 13, "ada", "The learner id 'ada' is already used by $.learners[0]." },
        { "learners-duplicate-enrollment", DocumentErrorCode.DuplicateEnrollment, "$.learners[0].courseEnrollments[1].sessionId", 29, 24, "uci-precalculus-2013s", "Session 'uci-precalculus-2013s' is already joined by $.learners[0].courseEnrollments[0]; give each session once." },
        { "learners-exam-in-dst-gap", DocumentErrorCode.SkippedLocalTime, "$.learners[0].examAttempts[0].startedAt", 46, 24, "2013-03-10T02:30:00", "'2013-03-10T02:30:00' never happened in America/New_York: the clocks skipped it (daylight-saving gap). Give the time with its offset." },
        { "learners-exam-in-dst-overlap", DocumentErrorCode.AmbiguousLocalTime, "$.learners[0].examAttempts[0].startedAt", 46, 24, "2013-11-03T01:30:00", "'2013-11-03T01:30:00' happened twice in America/New_York (daylight-saving overlap, offsets -04 and -05). Give the time with its offset." },
        { "learners-impossible-leap-day", DocumentErrorCode.InvalidDate, "$.learners[0].completions[0].recordedOn", 33, 25, "2013-02-29", "'2013-02-29' is not an existing ISO date (yyyy-MM-dd)." },
        { "learners-joined-without-offset", DocumentErrorCode.InvalidDateTime, "$.learners[0].courseEnrollments[0].joinedAt", 26, 23, "2013-03-08T14:00:00", "'2013-03-08T14:00:00' is not an ISO date-time with an offset (yyyy-MM-ddTHH:mm:ss±hh:mm). It has no offset; add one, such as -05:00 or Z." },
        { "learners-negative-fee", DocumentErrorCode.NegativeAmount, "$.learners[0].fees[0].amount", 59, 21, "-90", "A fee amount must be zero or more; got -90." },
        { "learners-prior-credit-negative", DocumentErrorCode.InvalidCredits, "$.learners[0].priorCredits[0].credits", 78, 22, "-4", "Credit hours must be more than zero; got -4." },
        { "learners-prior-credit-unknown-institution", DocumentErrorCode.UnknownReference, "$.learners[0].priorCredits[0].institutionId", 82, 28, "western-state", "No institution of the policy set has the id 'western-state'." },
        { "policies-record-cap-negative", DocumentErrorCode.InvalidCredits, "$.institutions[0].policies[1].recordPolicy.caps[0].hours", 68, 26, "-45", "A cap's hours must be zero or more; got -45." },
        { "policies-record-cap-percent-over-100", DocumentErrorCode.NumberOutOfRange, "$.institutions[0].policies[1].recordPolicy.caps[0].percentOfProgram", 68, 37, "150", "A cap's percentage of the program must be more than 0 and at most 100; got 150." },
        { "policies-record-percent-cap-without-total", DocumentErrorCode.MissingProperty, "$.institutions[0].programs[0].totalCredits", 75, 9, null, "Cap 'half' ($.institutions[0].policies[1].recordPolicy.caps[0].percentOfProgram = 50 %) is a percentage of the program's total credits, and program 'aa-general' gives no totalCredits." },
        { "learners-passed-without-score", DocumentErrorCode.InvalidValue, "$.learners[0].examAttempts[0].score", 44, 9, null, "A Passed exam attempt needs a score." },
        { "learners-reason-on-paid-fee", DocumentErrorCode.InvalidValue, "$.learners[0].fees[0].waiverReason", 63, 27, "financial aid", "Only a waived fee has a waiver reason; status is Paid, got 'financial aid'." },
        { "learners-unknown-candidate-zone", DocumentErrorCode.UnknownTimeZone, "$.learners[0].examAttempts[0].candidateZone", 47, 28, "Eastern Time", "'Eastern Time' is not an IANA (TZDB) time zone id, such as America/New_York." },
        { "learners-unknown-currency", DocumentErrorCode.UnknownCurrency, "$.learners[0].fees[0].currency", 60, 23, "US$", "'US$' is not an active ISO 4217 currency code; use three upper-case letters such as USD." },
        { "learners-unknown-program", DocumentErrorCode.UnknownReference, "$.learners[0].claims[0].programId", 12, 24, "bsn", "Institution 'eastern-state' has no program with the id 'bsn'." },
        { "learners-unknown-session", DocumentErrorCode.UnknownReference, "$.learners[0].courseEnrollments[0].sessionId", 24, 24, "uci-precalculus-2012f", "No session of the catalog has the id 'uci-precalculus-2012f'." },
        { "learners-unknown-track", DocumentErrorCode.InvalidEnumValue, "$.learners[0].courseEnrollments[0].track", 25, 20, "Signature", "'Signature' is not a valid EnrollmentTrack; expected one of: Free, Verified." },
        { "learners-veteran-string", DocumentErrorCode.WrongType, "$.learners[0].veteran", 74, 18, "\"yes\"", "Expected true or false; got a string \"yes\"." },
        { "learners-waived-without-reason", DocumentErrorCode.InvalidValue, "$.learners[0].fees[0].waiverReason", 56, 9, null, "A waived fee needs a waiver reason." },
        { "policies-duplicate-program", DocumentErrorCode.DuplicateId, "$.institutions[0].programs[1].id", 71, 17, "aa-general", "The program id 'aa-general' is already used by $.institutions[0].programs[0]." },
        { "policies-empty-programs", DocumentErrorCode.EmptyList, "$.institutions[0].programs", 65, 19, "[]", "An institution needs at least one degree program." },
        { "policies-floor-without-step", DocumentErrorCode.NumberOutOfRange, "$.institutions[0].policies[1].rounding.step", 58, 23, null, "Rounding mode Floor needs a step greater than zero (at most 1000, at most 6 decimals), such as 1 for whole hours; got none." },
        { "policies-invalid-period", DocumentErrorCode.InvalidPeriod, "$.institutions[0].policies[1].recency.maxAge", 43, 23, "5 years", "'5 years' is not a positive ISO period of whole years, months, weeks or days of at most a century, such as P5Y or P3M." },
        { "policies-max-attempts-zero", DocumentErrorCode.NumberOutOfRange, "$.institutions[0].policies[1].retakes.maxAttempts", 48, 28, "0", "The attempt limit must be 1 or more; got 0." },
        { "policies-negative-override-credits", DocumentErrorCode.InvalidCredits, "$.institutions[0].programs[1].overrides[0].maxCreditsPerCourse", 82, 38, "-7", "Credit hours must be zero or more; got -7." },
        { "policies-negative-period", DocumentErrorCode.InvalidPeriod, "$.institutions[0].policies[1].recency.maxAge", 43, 23, "P-5Y", "'P-5Y' is not a positive ISO period of whole years, months, weeks or days of at most a century, such as P5Y or P3M." },
        { "policies-overlapping-versions", DocumentErrorCode.OverlappingPolicies, "$.institutions[0].policies[1].appliesTo", 27, 24, "2012-09-01..2099-12-31", "Policy version 'eastern-2013' (2012-09-01..2099-12-31) applies on some of the same enrolment dates as 'eastern-2012' (2000-01-01..2012-09-30); give each version its own dates." },
        { "policies-period-beyond-a-century", DocumentErrorCode.InvalidPeriod, "$.institutions[0].policies[1].retakes.minimumWait", 47, 28, "P999999Y", "'P999999Y' is not a positive ISO period of whole years, months, weeks or days of at most a century, such as P5Y or P3M." },
        { "policies-refuse-with-limit", DocumentErrorCode.InvalidValue, "$.institutions[0].programs[1].overrides[0].kind", 76, 23, "Refuse", "Override 'nursing-limit' refuses credit, so it cannot also restrict levels, scores or credits." },
        { "policies-truncate-too-many-decimals", DocumentErrorCode.NumberOutOfRange, "$.institutions[0].policies[1].rounding.decimals", 60, 25, "9", "Rounding mode Truncate needs decimals between 0 and 6; got 9." },
        { "policies-unknown-anchor", DocumentErrorCode.InvalidEnumValue, "$.institutions[0].policies[1].recency.anchor", 44, 23, "CourseEnd", "'CourseEnd' is not a valid RecencyAnchor; expected one of: AsOfDate, ProgramEnrollmentDate." },
        { "policies-unknown-credit-unit", DocumentErrorCode.InvalidEnumValue, "$.institutions[0].creditUnit", 8, 21, "Trimester", "'Trimester' is not a valid CreditUnit; expected one of: SemesterHour, QuarterHour." },
        { "policies-unknown-evidence-kind", DocumentErrorCode.InvalidEnumValue, "$.institutions[0].policies[1].evidence.acceptedKinds[0]", 52, 15, "AceTranscriptEmail", "'AceTranscriptEmail' is not a valid EvidenceKind; expected one of: AceTranscriptCredly, AceTranscriptAccredible, AceTranscriptLegacy, ProviderTranscript, ProviderCertificate, OpenBadge3, Clr2." },
        { "policies-unknown-recency-property", DocumentErrorCode.UnknownProperty, "$.institutions[0].policies[1].recency.maxAgeYears", 45, 28, "maxAgeYears", "Unknown property 'maxAgeYears'; expected one of: maxAge, anchor, from, subjects." },
        { "policies-unknown-zone", DocumentErrorCode.UnknownTimeZone, "$.institutions[0].timeZone", 9, 19, "US/Eastern Standard", "'US/Eastern Standard' is not an IANA (TZDB) time zone id, such as America/New_York." },
        { "policies-wrong-type-bool", DocumentErrorCode.WrongType, "$.institutions[0].policies[1].requireProviderFees", 62, 34, "\"yes\"", "Expected true or false; got a string \"yes\"." },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Load_MalformedDocument_ReportsExactlyTheOneError(string file, DocumentErrorCode code, string path, int line, int column, string? value, string message)
    {
        var errors = DocumentFiles.LoadCorpus(file);

        var error = errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(code);
        error.Path.Should().Be(path);
        error.AttemptedValue.Should().Be(value);
        error.Message.Should().Be(message);
        (error.Line, error.Column).Should().Be((line, column));
    }

    [Fact]
    public void Corpus_HoldsAtLeastFiftyDocuments_EachPinned()
    {
        var files = Directory.GetFiles(DocumentFiles.CorpusDirectory, "*.json").Select(Path.GetFileNameWithoutExtension).Order().ToArray();
        var pinned = Corpus.Select(row => row.Data.Item1).Order().ToArray();

        files.Length.Should().BeGreaterThanOrEqualTo(50);
        pinned.Should().Equal(files);
    }

    [Fact]
    public void Corpus_EveryErrorWithAValue_QuotesItInTheMessage()
    {
        foreach (var row in Corpus)
        {
            var value = row.Data.Item6;
            var message = row.Data.Item7;
            var code = row.Data.Item2;
            if (value is not null && code is not (DocumentErrorCode.DuplicateProperty or DocumentErrorCode.DepthExceeded or DocumentErrorCode.InvalidValue or DocumentErrorCode.EmptyList or DocumentErrorCode.WrongType))
            {
                message.Should().Contain(value, "the message of {0} names its value", row.Data.Item1);
            }
        }
    }
}
