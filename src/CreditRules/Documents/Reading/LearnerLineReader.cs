using System.Text.Json;
using CreditRules.Documents.Mapping;
using CreditRules.Domain;
using NodaTime;

namespace CreditRules.Documents.Reading;

/// <summary>
/// Reads one JSON Lines learner record straight from its UTF-8 bytes with a <see cref="Utf8JsonReader"/> into the
/// domain record and its claims: no DTO, no JSON path strings, no per-field closures. It is the first reader of every
/// line (<see cref="LearnerLines.Read"/>); it accepts only a line that the document reader and mapper would accept, and
/// builds the same record from it.
/// </summary>
/// <remarks>
/// <para>
/// Every value rule it applies is the mapper's own definition (<see cref="MappingContext.TryDate"/>,
/// <see cref="MappingContext.TryEnum{T}"/> (through <see cref="EnumNames"/>), <see cref="LearnerMapper.SessionIsKnown"/>, the domain constructors...),
/// so the two cannot drift apart. It reports no errors: at the first value a rule refuses, or at anything it does not
/// take (a property it does not know, a duplicate property, a null, a wrong token, a missing required property, fact ids
/// and <c>supersedes</c>, exceptions, a line over <see cref="DocumentLimits.MaxDocumentBytes"/>), it returns null and
/// the caller reads the line with the full reader, which reports every error with its path and value. A line therefore
/// gets exactly the result it got before this reader existed; <c>LearnerLineReaderTests</c> checks that over generated
/// populations and their malformed variants.
/// </para>
/// <para>Memory per line is the record itself: the reader keeps no buffer and nests at most four levels deep.</para>
/// </remarks>
internal static class LearnerLineReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = DocumentLimits.MaxDepth, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

    // The enums a line holds, read without a generic method per enum type (see EnumNames).
    private static readonly EnumNames Tracks = new(typeof(EnrollmentTrack));
    private static readonly EnumNames CompletionStatuses = new(typeof(CompletionStatus));
    private static readonly EnumNames IdentityMethods = new(typeof(IdentityMethod));
    private static readonly EnumNames VerificationStatuses = new(typeof(VerificationStatus));
    private static readonly EnumNames ExamOutcomes = new(typeof(ExamOutcome));
    private static readonly EnumNames ProctoringModes = new(typeof(ProctoringMode));
    private static readonly EnumNames IdCheckResults = new(typeof(IdCheckResult));
    private static readonly EnumNames IntegrityReviews = new(typeof(IntegrityReview));
    private static readonly EnumNames InvalidationKinds = new(typeof(InvalidationKind));
    private static readonly EnumNames FeeKinds = new(typeof(FeeKind));
    private static readonly EnumNames FeeStatuses = new(typeof(FeeStatus));
    private static readonly EnumNames EvidenceKinds = new(typeof(EvidenceKind));
    private static readonly EnumNames PriorCreditSources = new(typeof(PriorCreditSource));
    private static readonly EnumNames CreditUnits = new(typeof(CreditUnit));
    private static readonly EnumNames CreditLevels = new(typeof(CreditLevel));

    /// <summary>Reads a line the full reader would accept, or returns null (for any error, or a shape this reader leaves to the full reader).</summary>
    public static LearnerSet? TryRead(ReadOnlySpan<byte> utf8Line, Catalog? catalog, PolicySet? policies)
    {
        if (utf8Line.Length > DocumentLimits.MaxDocumentBytes)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(utf8Line, Options);
            var set = Learner(ref reader, catalog, policies);
            // Nothing but white space may follow the record.
            return set is not null && !reader.Read() ? set : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or ArgumentException or Refused)
        {
            return null;
        }
    }

    private static LearnerSet? Learner(ref Utf8JsonReader r, Catalog? catalog, PolicySet? policies)
    {
        Next(ref r, JsonTokenType.StartObject);
        string? id = null;
        var veteran = false;
        List<string>? emails = null;
        List<(string Course, string Institution, string Program, string? Story)> claims = [];
        List<ProgramEnrollment> programs = [];
        List<CourseEnrollment> enrollments = [];
        List<CourseCompletion> completions = [];
        List<IdentityVerification> identities = [];
        List<ExamAttempt> attempts = [];
        List<FeeObligation> fees = [];
        List<EvidenceDocument> evidence = [];
        List<PriorCredit> prior = [];
        var seen = 0;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("id"u8))
            {
                Once(ref seen, 1 << 0);
                id = Text(ref r);
            }
            else if (r.ValueTextEquals("claims"u8))
            {
                Once(ref seen, 1 << 1);
                for (Next(ref r, JsonTokenType.StartArray); NextItem(ref r);)
                {
                    claims.Add(Claim(ref r, catalog, policies));
                }
            }
            else if (r.ValueTextEquals("courseEnrollments"u8))
            {
                Once(ref seen, 1 << 2);
                for (Next(ref r, JsonTokenType.StartArray); NextItem(ref r);)
                {
                    enrollments.Add(Enrollment(ref r, catalog));
                }
            }
            else if (r.ValueTextEquals("completions"u8))
            {
                Once(ref seen, 1 << 3);
                for (Next(ref r, JsonTokenType.StartArray); NextItem(ref r);)
                {
                    completions.Add(Completion(ref r, catalog));
                }
            }
            else if (r.ValueTextEquals("identityVerifications"u8))
            {
                Once(ref seen, 1 << 4);
                for (Next(ref r, JsonTokenType.StartArray); NextItem(ref r);)
                {
                    identities.Add(Identity(ref r));
                }
            }
            else if (r.ValueTextEquals("examAttempts"u8))
            {
                Once(ref seen, 1 << 5);
                for (Next(ref r, JsonTokenType.StartArray); NextItem(ref r);)
                {
                    attempts.Add(Attempt(ref r, catalog));
                }
            }
            else if (r.ValueTextEquals("fees"u8))
            {
                Once(ref seen, 1 << 6);
                for (Next(ref r, JsonTokenType.StartArray); NextItem(ref r);)
                {
                    fees.Add(Fee(ref r, catalog));
                }
            }
            else if (r.ValueTextEquals("evidence"u8))
            {
                Once(ref seen, 1 << 7);
                for (Next(ref r, JsonTokenType.StartArray); NextItem(ref r);)
                {
                    evidence.Add(Evidence(ref r, catalog));
                }
            }
            else if (r.ValueTextEquals("priorCredits"u8))
            {
                Once(ref seen, 1 << 8);
                for (Next(ref r, JsonTokenType.StartArray); NextItem(ref r);)
                {
                    prior.Add(Prior(ref r, policies));
                }
            }
            else if (r.ValueTextEquals("programEnrollments"u8))
            {
                Once(ref seen, 1 << 9);
                for (Next(ref r, JsonTokenType.StartArray); NextItem(ref r);)
                {
                    programs.Add(Program(ref r, policies));
                }
            }
            else if (r.ValueTextEquals("veteran"u8))
            {
                Once(ref seen, 1 << 10);
                veteran = Bool(ref r);
            }
            else if (r.ValueTextEquals("emails"u8))
            {
                Once(ref seen, 1 << 11);
                emails = [];
                Next(ref r, JsonTokenType.StartArray);
                while (r.Read() && r.TokenType == JsonTokenType.String)
                {
                    emails.Add(r.GetString()!);
                }

                Check(r.TokenType == JsonTokenType.EndArray);
            }
            else if (r.ValueTextEquals("notes"u8))
            {
                Once(ref seen, 1 << 12);
                Next(ref r, JsonTokenType.String);
            }
            else if (r.ValueTextEquals("exceptions"u8))
            {
                // Exceptions are left to the full reader; an empty list is the same as none.
                Once(ref seen, 1 << 13);
                Next(ref r, JsonTokenType.StartArray);
                Next(ref r, JsonTokenType.EndArray);
            }
            else
            {
                throw new Refused();
            }
        }

        if (id is null || Repeats(enrollments, x => x.SessionId) || Repeats(prior, x => x.Id))
        {
            return null;
        }

        var learner = new LearnerRecord(id, veteran, programs, enrollments, completions, identities, attempts, fees, evidence, prior, emails);
        var learnerClaims = new LearnerClaim[claims.Count];
        for (var i = 0; i < learnerClaims.Length; i++)
        {
            learnerClaims[i] = new LearnerClaim(id, claims[i].Course, claims[i].Institution, claims[i].Program, claims[i].Story);
        }

        return new LearnerSet([learner], learnerClaims);
    }

    private static (string, string, string, string?) Claim(ref Utf8JsonReader r, Catalog? catalog, PolicySet? policies)
    {
        string? course = null, institution = null, program = null, story = null;
        var seen = 0;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("courseId"u8))
            {
                Once(ref seen, 1);
                course = Text(ref r);
            }
            else if (r.ValueTextEquals("institutionId"u8))
            {
                Once(ref seen, 2);
                institution = Text(ref r);
            }
            else if (r.ValueTextEquals("programId"u8))
            {
                Once(ref seen, 4);
                program = Text(ref r);
            }
            else if (r.ValueTextEquals("story"u8))
            {
                Once(ref seen, 8);
                story = String(ref r);
            }
            else
            {
                throw new Refused();
            }
        }

        Check(course is not null && institution is not null && program is not null
            && LearnerMapper.CourseIsKnown(course, catalog) && LearnerMapper.InstitutionIsKnown(institution, program, policies));
        return (course!, institution!, program!, story);
    }

    private static ProgramEnrollment Program(ref Utf8JsonReader r, PolicySet? policies)
    {
        string? institution = null, program = null;
        LocalDate? enrolled = null;
        CatalogYear? catalogYear = null;
        var seen = 0;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("institutionId"u8))
            {
                Once(ref seen, 1);
                institution = Text(ref r);
            }
            else if (r.ValueTextEquals("programId"u8))
            {
                Once(ref seen, 2);
                program = Text(ref r);
            }
            else if (r.ValueTextEquals("enrolledOn"u8))
            {
                Once(ref seen, 4);
                enrolled = Date(ref r);
            }
            else if (r.ValueTextEquals("catalogYear"u8))
            {
                // A catalog year that does not parse refuses the fast path; the document mapper then reports it, located.
                Once(ref seen, 8);
                catalogYear = CatalogYear.TryParse(Text(ref r), out var year) ? year : throw new Refused();
            }
            else
            {
                throw new Refused();
            }
        }

        Check(institution is not null && program is not null && enrolled is not null && LearnerMapper.InstitutionIsKnown(institution, program, policies));
        return new ProgramEnrollment(institution!, program!, enrolled!.Value, catalogYear: catalogYear);
    }

    private static CourseEnrollment Enrollment(ref Utf8JsonReader r, Catalog? catalog)
    {
        string? session = null;
        var track = default(EnrollmentTrack);
        Instant? joined = null;
        var seen = 0;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("sessionId"u8))
            {
                Once(ref seen, 1);
                session = Text(ref r);
            }
            else if (r.ValueTextEquals("track"u8))
            {
                Once(ref seen, 2);
                track = (EnrollmentTrack)Enum(ref r, Tracks);
            }
            else if (r.ValueTextEquals("joinedAt"u8))
            {
                Once(ref seen, 4);
                joined = OffsetInstant(ref r);
            }
            else
            {
                throw new Refused();
            }
        }

        Check(session is not null && (seen & 2) != 0 && joined is not null && LearnerMapper.SessionIsKnown(session, catalog));
        return new CourseEnrollment(session!, track, joined!.Value);
    }

    private static CourseCompletion Completion(ref Utf8JsonReader r, Catalog? catalog)
    {
        string? session = null;
        var status = default(CompletionStatus);
        LocalDate? recorded = null;
        Score? grade = null;
        var seen = 0;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("sessionId"u8))
            {
                Once(ref seen, 1);
                session = Text(ref r);
            }
            else if (r.ValueTextEquals("status"u8))
            {
                Once(ref seen, 2);
                status = (CompletionStatus)Enum(ref r, CompletionStatuses);
            }
            else if (r.ValueTextEquals("recordedOn"u8))
            {
                Once(ref seen, 4);
                recorded = Date(ref r);
            }
            else if (r.ValueTextEquals("grade"u8))
            {
                Once(ref seen, 8);
                grade = Score(ref r);
            }
            else
            {
                throw new Refused();
            }
        }

        Check(session is not null && (seen & 2) != 0 && recorded is not null && LearnerMapper.SessionIsKnown(session, catalog));
        return new CourseCompletion(session!, status, recorded!.Value, grade);
    }

    private static IdentityVerification Identity(ref Utf8JsonReader r)
    {
        var method = default(IdentityMethod);
        IdentityMethod? fallback = null;
        var status = default(VerificationStatus);
        Instant? recorded = null;
        var seen = 0;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("method"u8))
            {
                Once(ref seen, 1);
                method = (IdentityMethod)Enum(ref r, IdentityMethods);
            }
            else if (r.ValueTextEquals("status"u8))
            {
                Once(ref seen, 2);
                status = (VerificationStatus)Enum(ref r, VerificationStatuses);
            }
            else if (r.ValueTextEquals("recordedAt"u8))
            {
                Once(ref seen, 4);
                recorded = OffsetInstant(ref r);
            }
            else if (r.ValueTextEquals("fallbackMethod"u8))
            {
                Once(ref seen, 8);
                fallback = (IdentityMethod)Enum(ref r, IdentityMethods);
            }
            else
            {
                throw new Refused();
            }
        }

        Check((seen & 3) == 3 && recorded is not null);
        return new IdentityVerification(method, status, recorded!.Value, fallback);
    }

    private static ExamAttempt Attempt(ref Utf8JsonReader r, Catalog? catalog)
    {
        string? course = null, started = null, zoneId = null;
        var outcome = default(ExamOutcome);
        Score? score = null;
        var proctoring = ProctoringMode.LiveOnline;
        var idCheck = IdCheckResult.Passed;
        var integrity = IntegrityReview.Clean;
        InvalidationKind? invalidation = null;
        Instant? recorded = null;
        var seen = 0;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("courseId"u8))
            {
                Once(ref seen, 1);
                course = Text(ref r);
            }
            else if (r.ValueTextEquals("startedAt"u8))
            {
                Once(ref seen, 2);
                started = String(ref r);
            }
            else if (r.ValueTextEquals("candidateZone"u8))
            {
                Once(ref seen, 4);
                zoneId = String(ref r);
            }
            else if (r.ValueTextEquals("outcome"u8))
            {
                Once(ref seen, 8);
                outcome = (ExamOutcome)Enum(ref r, ExamOutcomes);
            }
            else if (r.ValueTextEquals("score"u8))
            {
                Once(ref seen, 16);
                score = Score(ref r);
            }
            else if (r.ValueTextEquals("proctoring"u8))
            {
                Once(ref seen, 32);
                proctoring = (ProctoringMode)Enum(ref r, ProctoringModes);
            }
            else if (r.ValueTextEquals("idCheck"u8))
            {
                Once(ref seen, 64);
                idCheck = (IdCheckResult)Enum(ref r, IdCheckResults);
            }
            else if (r.ValueTextEquals("integrity"u8))
            {
                Once(ref seen, 128);
                integrity = (IntegrityReview)Enum(ref r, IntegrityReviews);
            }
            else if (r.ValueTextEquals("invalidation"u8))
            {
                Once(ref seen, 256);
                invalidation = (InvalidationKind)Enum(ref r, InvalidationKinds);
            }
            else if (r.ValueTextEquals("recordedAt"u8))
            {
                Once(ref seen, 512);
                recorded = OffsetInstant(ref r);
            }
            else
            {
                // Fact ids and supersedes (corrections) are left to the full reader.
                throw new Refused();
            }
        }

        Check(course is not null && started is not null && zoneId is not null && (seen & 8) != 0 && LearnerMapper.CourseIsKnown(course, catalog));
        var zone = MappingContext.FindZone(zoneId!);
        Check(zone is not null);
        Check(MappingContext.TryZonedInstant(started!, zone!, out var startedAt));
        return new ExamAttempt(course!, startedAt, zone!, outcome, score, proctoring, idCheck, integrity, invalidation, recorded);
    }

    private static FeeObligation Fee(ref Utf8JsonReader r, Catalog? catalog)
    {
        string? course = null, currency = null, waiver = null;
        var kind = default(FeeKind);
        var status = default(FeeStatus);
        decimal? amount = null;
        LocalDate? date = null;
        Instant? recorded = null;
        var seen = 0;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("courseId"u8))
            {
                Once(ref seen, 1);
                course = Text(ref r);
            }
            else if (r.ValueTextEquals("kind"u8))
            {
                Once(ref seen, 2);
                kind = (FeeKind)Enum(ref r, FeeKinds);
            }
            else if (r.ValueTextEquals("amount"u8))
            {
                Once(ref seen, 4);
                amount = Decimal(ref r);
            }
            else if (r.ValueTextEquals("currency"u8))
            {
                Once(ref seen, 8);
                currency = String(ref r);
            }
            else if (r.ValueTextEquals("status"u8))
            {
                Once(ref seen, 16);
                status = (FeeStatus)Enum(ref r, FeeStatuses);
            }
            else if (r.ValueTextEquals("statusDate"u8))
            {
                Once(ref seen, 32);
                date = Date(ref r);
            }
            else if (r.ValueTextEquals("waiverReason"u8))
            {
                Once(ref seen, 64);
                waiver = String(ref r);
            }
            else if (r.ValueTextEquals("recordedAt"u8))
            {
                Once(ref seen, 128);
                recorded = OffsetInstant(ref r);
            }
            else
            {
                // Fact ids and supersedes (corrections) are left to the full reader.
                throw new Refused();
            }
        }

        Check(course is not null && (seen & 2) != 0 && amount is not null && currency is not null && (seen & 16) != 0
            && LearnerMapper.CourseIsKnown(course, catalog) && LearnerMapper.FeeAmountIsValid(amount.Value) && Currencies.IsKnown(currency));
        return new FeeObligation(course!, kind, new Money(amount!.Value, currency!), status, date, waiver, recorded);
    }

    private static EvidenceDocument Evidence(ref Utf8JsonReader r, Catalog? catalog)
    {
        var kind = default(EvidenceKind);
        LocalDate? issued = null;
        bool? official = null, verified = null;
        string? course = null;
        var seen = 0;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("kind"u8))
            {
                Once(ref seen, 1);
                kind = (EvidenceKind)Enum(ref r, EvidenceKinds);
            }
            else if (r.ValueTextEquals("issuedOn"u8))
            {
                Once(ref seen, 2);
                issued = Date(ref r);
            }
            else if (r.ValueTextEquals("official"u8))
            {
                Once(ref seen, 4);
                official = Bool(ref r);
            }
            else if (r.ValueTextEquals("verified"u8))
            {
                Once(ref seen, 8);
                verified = Bool(ref r);
            }
            else if (r.ValueTextEquals("courseId"u8))
            {
                Once(ref seen, 16);
                course = String(ref r);
            }
            else
            {
                throw new Refused();
            }
        }

        Check((seen & 1) != 0 && issued is not null && official is not null && verified is not null && (course is null || LearnerMapper.CourseIsKnown(course, catalog)));
        return new EvidenceDocument(kind, issued!.Value, official!.Value, verified!.Value, course);
    }

    private static PriorCredit Prior(ref Utf8JsonReader r, PolicySet? policies)
    {
        string? id = null, key = null, institution = null;
        var source = default(PriorCreditSource);
        decimal? credits = null;
        var unit = CreditUnit.SemesterHour;
        var level = default(CreditLevel);
        LocalDate? date = null;
        bool posted = false, inResidence = false;
        Score? grade = null;
        var seen = 0;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("id"u8))
            {
                Once(ref seen, 1);
                id = Text(ref r);
            }
            else if (r.ValueTextEquals("source"u8))
            {
                Once(ref seen, 2);
                source = (PriorCreditSource)Enum(ref r, PriorCreditSources);
            }
            else if (r.ValueTextEquals("credits"u8))
            {
                Once(ref seen, 4);
                credits = Decimal(ref r);
            }
            else if (r.ValueTextEquals("unit"u8))
            {
                Once(ref seen, 8);
                unit = (CreditUnit)Enum(ref r, CreditUnits);
            }
            else if (r.ValueTextEquals("level"u8))
            {
                Once(ref seen, 16);
                level = (CreditLevel)Enum(ref r, CreditLevels);
            }
            else if (r.ValueTextEquals("date"u8))
            {
                Once(ref seen, 32);
                date = Date(ref r);
            }
            else if (r.ValueTextEquals("posted"u8))
            {
                Once(ref seen, 64);
                posted = Bool(ref r);
            }
            else if (r.ValueTextEquals("inResidence"u8))
            {
                Once(ref seen, 128);
                inResidence = Bool(ref r);
            }
            else if (r.ValueTextEquals("equivalenceKey"u8))
            {
                Once(ref seen, 256);
                key = Text(ref r);
            }
            else if (r.ValueTextEquals("grade"u8))
            {
                Once(ref seen, 512);
                grade = Score(ref r);
            }
            else if (r.ValueTextEquals("institutionId"u8))
            {
                Once(ref seen, 1024);
                institution = Text(ref r);
            }
            else
            {
                throw new Refused();
            }
        }

        Check(id is not null && (seen & 2) != 0 && credits is not null && (seen & 16) != 0 && date is not null
            && MappingContext.CreditsAreValid(credits.Value, positive: true) && (institution is null || LearnerMapper.InstitutionIsKnown(institution, null, policies)));
        return new PriorCredit(id!, source, CreditAmount.FromHours(credits!.Value, unit), level, date!.Value, posted, inResidence, key, grade, institution);
    }

    private static Score Score(ref Utf8JsonReader r)
    {
        Next(ref r, JsonTokenType.StartObject);
        decimal? value = null;
        ScoreScale? scale = null;
        var seen = 0;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("value"u8))
            {
                Once(ref seen, 1);
                value = Decimal(ref r);
            }
            else if (r.ValueTextEquals("scale"u8))
            {
                Once(ref seen, 2);
                scale = MappingContext.ScaleOf(String(ref r));
                Check(scale is not null);
            }
            else
            {
                throw new Refused();
            }
        }

        Check(value is not null && scale is not null && MappingContext.InScale(value.Value, scale));
        return new Score(value!.Value, scale!);
    }

    private static bool Repeats<T>(List<T> items, Func<T, string?> key) => MappingContext.Repeats(items, key, null);

    /// <summary>Reads the next token, which must be of <paramref name="type"/>.</summary>
    private static void Next(ref Utf8JsonReader r, JsonTokenType type)
    {
        if (!r.Read() || r.TokenType != type)
        {
            throw new Refused();
        }
    }

    /// <summary>Moves to the next property name of the object in hand, or past its end (false).</summary>
    private static bool NextProperty(ref Utf8JsonReader r)
    {
        if (!r.Read())
        {
            throw new Refused();
        }

        return r.TokenType switch
        {
            JsonTokenType.PropertyName => true,
            JsonTokenType.EndObject => false,
            _ => throw new Refused(),
        };
    }

    /// <summary>Moves to the next object of the array in hand (true), or past its end (false).</summary>
    private static bool NextItem(ref Utf8JsonReader r)
    {
        if (!r.Read())
        {
            throw new Refused();
        }

        return r.TokenType switch
        {
            JsonTokenType.StartObject => true,
            JsonTokenType.EndArray => false,
            _ => throw new Refused(),
        };
    }

    private static void Once(ref int seen, int bit)
    {
        if ((seen & bit) != 0)
        {
            throw new Refused();
        }

        seen |= bit;
    }

    private static void Check(bool accepted)
    {
        if (!accepted)
        {
            throw new Refused();
        }
    }

    private static string String(ref Utf8JsonReader r)
    {
        Next(ref r, JsonTokenType.String);
        return r.GetString()!;
    }

    private static string Text(ref Utf8JsonReader r)
    {
        var value = String(ref r);
        Check(MappingContext.IsText(value));
        return value;
    }

    private static bool Bool(ref Utf8JsonReader r) =>
        !r.Read() ? throw new Refused() : r.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw new Refused(),
        };

    private static decimal Decimal(ref Utf8JsonReader r)
    {
        Next(ref r, JsonTokenType.Number);
        return r.TryGetDecimal(out var value) ? value : throw new Refused();
    }

    private static int Enum(ref Utf8JsonReader r, EnumNames names)
    {
        Next(ref r, JsonTokenType.String);
        return names.TryRead(ref r, out var value) ? value : throw new Refused();
    }

    private static LocalDate Date(ref Utf8JsonReader r) =>
        MappingContext.TryDate(String(ref r), out var date) ? date : throw new Refused();

    private static Instant OffsetInstant(ref Utf8JsonReader r) =>
        MappingContext.TryOffsetInstant(String(ref r), out var instant) ? instant : throw new Refused();

    /// <summary>This reader does not take the line: the full reader reads it.</summary>
    private sealed class Refused : Exception;
}
