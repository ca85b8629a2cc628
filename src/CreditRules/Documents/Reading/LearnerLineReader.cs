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

    // The properties of each object the reader takes, in the order of its switch's cases: a name's index is its case and
    // its bit in the object's "seen" set. A property missing from its list (fact ids and supersedes, i.e. corrections,
    // among them) refuses the line and leaves it to the full reader. One lookup method over these lists, rather than a
    // chain of comparisons in every object's method, keeps the code the JIT compiles on a cold start small.
    private static readonly byte[][] LearnerProperties = Names("id claims courseEnrollments completions identityVerifications examAttempts fees evidence priorCredits programEnrollments veteran emails notes exceptions");
    private static readonly byte[][] ClaimProperties = Names("courseId institutionId programId story");
    private static readonly byte[][] ProgramProperties = Names("institutionId programId enrolledOn catalogYear");
    private static readonly byte[][] EnrollmentProperties = Names("sessionId track joinedAt");
    private static readonly byte[][] CompletionProperties = Names("sessionId status recordedOn grade");
    private static readonly byte[][] IdentityProperties = Names("method status recordedAt fallbackMethod");
    private static readonly byte[][] AttemptProperties = Names("courseId startedAt candidateZone outcome score proctoring idCheck integrity invalidation recordedAt");
    private static readonly byte[][] FeeProperties = Names("courseId kind amount currency status statusDate waiverReason recordedAt");
    private static readonly byte[][] EvidenceProperties = Names("kind issuedOn official verified courseId");
    private static readonly byte[][] PriorProperties = Names("id source credits unit level date posted inResidence equivalenceKey grade institutionId");
    private static readonly byte[][] ScoreProperties = Names("value scale");

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
        for (int property; (property = NextProperty(ref r, LearnerProperties, ref seen)) >= 0;)
        {
            switch (property)
            {
                case 0: // id
                    id = Text(ref r);
                    break;
                case 1: // claims
                    for (Next(ref r, JsonTokenType.StartArray); NextItem(ref r);)
                    {
                        claims.Add(Claim(ref r, catalog, policies));
                    }
                    break;
                case 2: // courseEnrollments
                    for (Next(ref r, JsonTokenType.StartArray); NextItem(ref r);)
                    {
                        enrollments.Add(Enrollment(ref r, catalog));
                    }
                    break;
                case 3: // completions
                    for (Next(ref r, JsonTokenType.StartArray); NextItem(ref r);)
                    {
                        completions.Add(Completion(ref r, catalog));
                    }
                    break;
                case 4: // identityVerifications
                    for (Next(ref r, JsonTokenType.StartArray); NextItem(ref r);)
                    {
                        identities.Add(Identity(ref r));
                    }
                    break;
                case 5: // examAttempts
                    for (Next(ref r, JsonTokenType.StartArray); NextItem(ref r);)
                    {
                        attempts.Add(Attempt(ref r, catalog));
                    }
                    break;
                case 6: // fees
                    for (Next(ref r, JsonTokenType.StartArray); NextItem(ref r);)
                    {
                        fees.Add(Fee(ref r, catalog));
                    }
                    break;
                case 7: // evidence
                    for (Next(ref r, JsonTokenType.StartArray); NextItem(ref r);)
                    {
                        evidence.Add(Evidence(ref r, catalog));
                    }
                    break;
                case 8: // priorCredits
                    for (Next(ref r, JsonTokenType.StartArray); NextItem(ref r);)
                    {
                        prior.Add(Prior(ref r, policies));
                    }
                    break;
                case 9: // programEnrollments
                    for (Next(ref r, JsonTokenType.StartArray); NextItem(ref r);)
                    {
                        programs.Add(Program(ref r, policies));
                    }
                    break;
                case 10: // veteran
                    veteran = Bool(ref r);
                    break;
                case 11: // emails
                    emails = [];
                    Next(ref r, JsonTokenType.StartArray);
                    while (r.Read() && r.TokenType == JsonTokenType.String)
                    {
                        emails.Add(r.GetString()!);
                    }

                    Check(r.TokenType == JsonTokenType.EndArray);
                    break;
                case 12: // notes
                    Next(ref r, JsonTokenType.String);
                    break;
                case 13: // exceptions
                    // Exceptions are left to the full reader; an empty list is the same as none.
                    Next(ref r, JsonTokenType.StartArray);
                    Next(ref r, JsonTokenType.EndArray);
                    break;
            }
        }

        if (id is null || Repeats(enrollments, x => x.SessionId) || Repeats(prior, x => x.Id))
        {
            return null;
        }

        // Every fact checked as the public constructor checks it (prior-credit ids above; no corrections or exceptions here).
        var learner = new LearnerRecord(id, veteran, [.. programs], [.. enrollments], [.. completions], [.. identities], [.. attempts], [.. fees], [.. evidence], [.. prior], emails);
        var learnerClaims = new LearnerClaim[claims.Count];
        for (var i = 0; i < learnerClaims.Length; i++)
        {
            learnerClaims[i] = new LearnerClaim(id, claims[i].Course, claims[i].Institution, claims[i].Program, claims[i].Story);
        }

        return new LearnerSet(learner, learnerClaims);
    }

    private static (string, string, string, string?) Claim(ref Utf8JsonReader r, Catalog? catalog, PolicySet? policies)
    {
        string? course = null, institution = null, program = null, story = null;
        var seen = 0;
        for (int property; (property = NextProperty(ref r, ClaimProperties, ref seen)) >= 0;)
        {
            switch (property)
            {
                case 0: // courseId
                    course = Text(ref r);
                    break;
                case 1: // institutionId
                    institution = Text(ref r);
                    break;
                case 2: // programId
                    program = Text(ref r);
                    break;
                case 3: // story
                    story = String(ref r);
                    break;
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
        for (int property; (property = NextProperty(ref r, ProgramProperties, ref seen)) >= 0;)
        {
            switch (property)
            {
                case 0: // institutionId
                    institution = Text(ref r);
                    break;
                case 1: // programId
                    program = Text(ref r);
                    break;
                case 2: // enrolledOn
                    enrolled = Date(ref r);
                    break;
                case 3: // catalogYear
                    // A catalog year that does not parse refuses the fast path; the document mapper then reports it, located.
                    catalogYear = CatalogYear.TryParse(Text(ref r), out var year) ? year : throw new Refused();
                    break;
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
        for (int property; (property = NextProperty(ref r, EnrollmentProperties, ref seen)) >= 0;)
        {
            switch (property)
            {
                case 0: // sessionId
                    session = Text(ref r);
                    break;
                case 1: // track
                    track = (EnrollmentTrack)Enum(ref r, Tracks);
                    break;
                case 2: // joinedAt
                    joined = OffsetInstant(ref r);
                    break;
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
        for (int property; (property = NextProperty(ref r, CompletionProperties, ref seen)) >= 0;)
        {
            switch (property)
            {
                case 0: // sessionId
                    session = Text(ref r);
                    break;
                case 1: // status
                    status = (CompletionStatus)Enum(ref r, CompletionStatuses);
                    break;
                case 2: // recordedOn
                    recorded = Date(ref r);
                    break;
                case 3: // grade
                    grade = Score(ref r);
                    break;
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
        for (int property; (property = NextProperty(ref r, IdentityProperties, ref seen)) >= 0;)
        {
            switch (property)
            {
                case 0: // method
                    method = (IdentityMethod)Enum(ref r, IdentityMethods);
                    break;
                case 1: // status
                    status = (VerificationStatus)Enum(ref r, VerificationStatuses);
                    break;
                case 2: // recordedAt
                    recorded = OffsetInstant(ref r);
                    break;
                case 3: // fallbackMethod
                    fallback = (IdentityMethod)Enum(ref r, IdentityMethods);
                    break;
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
        for (int property; (property = NextProperty(ref r, AttemptProperties, ref seen)) >= 0;)
        {
            switch (property)
            {
                case 0: // courseId
                    course = Text(ref r);
                    break;
                case 1: // startedAt
                    started = String(ref r);
                    break;
                case 2: // candidateZone
                    zoneId = String(ref r);
                    break;
                case 3: // outcome
                    outcome = (ExamOutcome)Enum(ref r, ExamOutcomes);
                    break;
                case 4: // score
                    score = Score(ref r);
                    break;
                case 5: // proctoring
                    proctoring = (ProctoringMode)Enum(ref r, ProctoringModes);
                    break;
                case 6: // idCheck
                    idCheck = (IdCheckResult)Enum(ref r, IdCheckResults);
                    break;
                case 7: // integrity
                    integrity = (IntegrityReview)Enum(ref r, IntegrityReviews);
                    break;
                case 8: // invalidation
                    invalidation = (InvalidationKind)Enum(ref r, InvalidationKinds);
                    break;
                case 9: // recordedAt
                    recorded = OffsetInstant(ref r);
                    break;
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
        for (int property; (property = NextProperty(ref r, FeeProperties, ref seen)) >= 0;)
        {
            switch (property)
            {
                case 0: // courseId
                    course = Text(ref r);
                    break;
                case 1: // kind
                    kind = (FeeKind)Enum(ref r, FeeKinds);
                    break;
                case 2: // amount
                    amount = Decimal(ref r);
                    break;
                case 3: // currency
                    currency = String(ref r);
                    break;
                case 4: // status
                    status = (FeeStatus)Enum(ref r, FeeStatuses);
                    break;
                case 5: // statusDate
                    date = Date(ref r);
                    break;
                case 6: // waiverReason
                    waiver = String(ref r);
                    break;
                case 7: // recordedAt
                    recorded = OffsetInstant(ref r);
                    break;
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
        for (int property; (property = NextProperty(ref r, EvidenceProperties, ref seen)) >= 0;)
        {
            switch (property)
            {
                case 0: // kind
                    kind = (EvidenceKind)Enum(ref r, EvidenceKinds);
                    break;
                case 1: // issuedOn
                    issued = Date(ref r);
                    break;
                case 2: // official
                    official = Bool(ref r);
                    break;
                case 3: // verified
                    verified = Bool(ref r);
                    break;
                case 4: // courseId
                    course = String(ref r);
                    break;
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
        for (int property; (property = NextProperty(ref r, PriorProperties, ref seen)) >= 0;)
        {
            switch (property)
            {
                case 0: // id
                    id = Text(ref r);
                    break;
                case 1: // source
                    source = (PriorCreditSource)Enum(ref r, PriorCreditSources);
                    break;
                case 2: // credits
                    credits = Decimal(ref r);
                    break;
                case 3: // unit
                    unit = (CreditUnit)Enum(ref r, CreditUnits);
                    break;
                case 4: // level
                    level = (CreditLevel)Enum(ref r, CreditLevels);
                    break;
                case 5: // date
                    date = Date(ref r);
                    break;
                case 6: // posted
                    posted = Bool(ref r);
                    break;
                case 7: // inResidence
                    inResidence = Bool(ref r);
                    break;
                case 8: // equivalenceKey
                    key = Text(ref r);
                    break;
                case 9: // grade
                    grade = Score(ref r);
                    break;
                case 10: // institutionId
                    institution = Text(ref r);
                    break;
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
        for (int property; (property = NextProperty(ref r, ScoreProperties, ref seen)) >= 0;)
        {
            switch (property)
            {
                case 0: // value
                    value = Decimal(ref r);
                    break;
                case 1: // scale
                    scale = MappingContext.ScaleOf(String(ref r));
                    Check(scale is not null);
                    break;
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

    /// <summary>
    /// Moves to the next property name of the object in hand and returns its index in <paramref name="names"/>, marking it
    /// in <paramref name="seen"/>; -1 past the object's end. A name not in the list, or seen before, refuses the line.
    /// </summary>
    private static int NextProperty(ref Utf8JsonReader r, byte[][] names, ref int seen)
    {
        if (!NextProperty(ref r))
        {
            return -1;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (r.ValueTextEquals(names[i]))
            {
                Once(ref seen, 1 << i);
                return i;
            }
        }

        throw new Refused();
    }

    private static byte[][] Names(string names)
    {
        var split = names.Split(' ');
        var bytes = new byte[split.Length][];
        for (var i = 0; i < split.Length; i++)
        {
            bytes[i] = System.Text.Encoding.UTF8.GetBytes(split[i]);
        }

        return bytes;
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
