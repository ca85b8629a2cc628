using System.Globalization;
using System.Text.Json;
using CreditRules.Domain;
using CreditRules.Engine;
using NodaTime;
using NodaTime.Text;

namespace CreditRules.Cli.Documents;

/// <summary>Maps JSON Lines learner records to claims and back. A bad line becomes an <see cref="InputError"/> naming the field and value.</summary>
internal static class LearnerLineMapper
{
    private static readonly OffsetDateTimePattern InstantPattern = OffsetDateTimePattern.ExtendedIso;

    /// <summary>The outcome of reading one line: its claims, or the error that stops it.</summary>
    public readonly record struct LineResult(string? LearnerId, CreditClaim[] Claims, InputError? Error);

    /// <summary>Reads one line (UTF-8 JSON, no newline).</summary>
    public static LineResult Read(ReadOnlySpan<byte> line, long position)
    {
        LearnerLineDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(line, LearnerLineJsonContext.Default.LearnerLineDto);
        }
        catch (JsonException exception)
        {
            return new(null, [], new InputError(position, null, exception.Path ?? "$", null, InputError.MalformedCode, "Line " + (position + 1).ToString(CultureInfo.InvariantCulture) + ": " + exception.Message));
        }

        if (dto is null)
        {
            return new(null, [], new InputError(position, null, "$", "null", InputError.MalformedCode, "The line holds null, not a learner record."));
        }

        var path = "$";
        string? value = null;
        try
        {
            var record = ToRecord(dto, ref path, ref value);
            if (dto.Claims is not { Count: > 0 } claims)
            {
                return new(dto.Id, [], new InputError(position, dto.Id, "$.claims", null, InputError.InvalidInputCode, "The learner record claims nothing: give at least one claim (courseId, institutionId, programId)."));
            }

            var result = new CreditClaim[claims.Count];
            for (var i = 0; i < claims.Count; i++)
            {
                path = "$.claims[" + I(i) + "]";
                result[i] = new CreditClaim(record, claims[i].CourseId, claims[i].InstitutionId, claims[i].ProgramId);
            }

            return new(dto.Id, result, null);
        }
        catch (ArgumentException exception)
        {
            return new(dto.Id, [], new InputError(position, dto.Id, path, value, InputError.InvalidInputCode, exception.Message));
        }
    }

    /// <summary>Writes one claim as one line (no newline).</summary>
    public static void Write(Utf8JsonWriter writer, CreditClaim claim) =>
        JsonSerializer.Serialize(writer, ToDto(claim), LearnerLineJsonContext.Default.LearnerLineDto);

    public static LearnerLineDto ToDto(CreditClaim claim)
    {
        var learner = claim.Learner;
        return new LearnerLineDto
        {
            Id = learner.LearnerId,
            Veteran = learner.IsVeteran ? true : null,
            Claims = [new ClaimLineDto { CourseId = claim.CourseId, InstitutionId = claim.InstitutionId, ProgramId = claim.ProgramId }],
            ProgramEnrollments = List(learner.ProgramEnrollments, e => new ProgramEnrollmentLineDto { InstitutionId = e.InstitutionId, ProgramId = e.ProgramId, EnrolledOn = Date(e.EnrolledOn) }),
            CourseEnrollments = List(learner.CourseEnrollments, e => new CourseEnrollmentLineDto { SessionId = e.SessionId, Track = e.Track.ToString(), JoinedAt = Instant(e.JoinedAt) }),
            Completions = List(learner.Completions, c => new CompletionLineDto { SessionId = c.SessionId, Status = c.Status.ToString(), RecordedOn = Date(c.RecordedOn) }),
            IdentityVerifications = List(learner.IdentityVerifications, v => new IdentityVerificationLineDto { Method = v.Method.ToString(), Status = v.Status.ToString(), RecordedAt = Instant(v.RecordedAt), FallbackMethod = v.FallbackMethod?.ToString() }),
            ExamAttempts = List(learner.ExamAttempts, a => new ExamAttemptLineDto
            {
                CourseId = a.CourseId,
                StartedAt = InstantPattern.Format(a.StartedAt.InZone(a.CandidateZone).ToOffsetDateTime()),
                CandidateZone = a.CandidateZone.Id,
                Outcome = a.Outcome.ToString(),
                Score = a.Score is { } s ? new ScoreLineDto { Value = s.Value, Scale = s.Scale.Name } : null,
                Proctoring = a.Proctoring == ProctoringMode.LiveOnline ? null : a.Proctoring.ToString(),
                IdCheck = a.IdCheck == IdCheckResult.Passed ? null : a.IdCheck.ToString(),
                Integrity = a.Integrity == IntegrityReview.Clean ? null : a.Integrity.ToString(),
                Invalidation = a.Invalidation?.ToString(),
            }),
            Fees = List(learner.Fees, f => new FeeLineDto { CourseId = f.CourseId, Kind = f.Kind.ToString(), Amount = f.Amount.Amount, Currency = f.Amount.Currency, Status = f.Status.ToString(), StatusDate = f.StatusDate is { } d ? Date(d) : null, WaiverReason = f.WaiverReason }),
            PriorCredits = List(learner.PriorCredits, p => new PriorCreditLineDto
            {
                Id = p.Id,
                Source = p.Source.ToString(),
                Hours = p.Amount.ToDecimal(),
                Unit = p.Amount.Unit.ToString(),
                Level = p.Level.ToString(),
                Date = Date(p.Date),
                Posted = p.IsPosted ? true : null,
                InResidence = p.InResidence ? true : null,
                EquivalenceKey = p.EquivalenceKey,
                InstitutionId = p.InstitutionId,
            }),
            Evidence = List(learner.Evidence, e => new EvidenceLineDto { Kind = e.Kind.ToString(), IssuedOn = Date(e.IssuedOn), Official = e.IsOfficial, Verified = e.IsVerified, CourseId = e.CourseId }),
        };
    }

    private static LearnerRecord ToRecord(LearnerLineDto dto, ref string path, ref string? value)
    {
        var programs = new List<ProgramEnrollment>(dto.ProgramEnrollments?.Count ?? 0);
        for (var i = 0; i < (dto.ProgramEnrollments?.Count ?? 0); i++)
        {
            var e = dto.ProgramEnrollments![i];
            var at = "$.programEnrollments[" + I(i) + "]";
            programs.Add(new ProgramEnrollment(e.InstitutionId, e.ProgramId, ParseDate(e.EnrolledOn, at + ".enrolledOn", ref path, ref value)));
        }

        var enrollments = new List<CourseEnrollment>(dto.CourseEnrollments?.Count ?? 0);
        for (var i = 0; i < (dto.CourseEnrollments?.Count ?? 0); i++)
        {
            var e = dto.CourseEnrollments![i];
            var at = "$.courseEnrollments[" + I(i) + "]";
            enrollments.Add(new CourseEnrollment(e.SessionId, ParseEnum<EnrollmentTrack>(e.Track, at + ".track", ref path, ref value), ParseInstant(e.JoinedAt, at + ".joinedAt", ref path, ref value)));
        }

        var completions = new List<CourseCompletion>(dto.Completions?.Count ?? 0);
        for (var i = 0; i < (dto.Completions?.Count ?? 0); i++)
        {
            var c = dto.Completions![i];
            var at = "$.completions[" + I(i) + "]";
            completions.Add(new CourseCompletion(c.SessionId, ParseEnum<CompletionStatus>(c.Status, at + ".status", ref path, ref value), ParseDate(c.RecordedOn, at + ".recordedOn", ref path, ref value)));
        }

        var verifications = new List<IdentityVerification>(dto.IdentityVerifications?.Count ?? 0);
        for (var i = 0; i < (dto.IdentityVerifications?.Count ?? 0); i++)
        {
            var v = dto.IdentityVerifications![i];
            var at = "$.identityVerifications[" + I(i) + "]";
            IdentityMethod? fallback = v.FallbackMethod is null ? null : ParseEnum<IdentityMethod>(v.FallbackMethod, at + ".fallbackMethod", ref path, ref value);
            verifications.Add(new IdentityVerification(
                ParseEnum<IdentityMethod>(v.Method, at + ".method", ref path, ref value),
                ParseEnum<VerificationStatus>(v.Status, at + ".status", ref path, ref value),
                ParseInstant(v.RecordedAt, at + ".recordedAt", ref path, ref value),
                fallback));
            path = at;
        }

        var exams = new List<ExamAttempt>(dto.ExamAttempts?.Count ?? 0);
        for (var i = 0; i < (dto.ExamAttempts?.Count ?? 0); i++)
        {
            var a = dto.ExamAttempts![i];
            var at = "$.examAttempts[" + I(i) + "]";
            path = at + ".candidateZone";
            value = a.CandidateZone;
            var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(a.CandidateZone) ?? throw new ArgumentException("'" + a.CandidateZone + "' is not a known time zone id.");
            Score? score = null;
            if (a.Score is { } s)
            {
                path = at + ".score.scale";
                value = s.Scale;
                var scale = s.Scale switch
                {
                    "percent" => ScoreScale.Percent,
                    "scaled-20-80" => ScoreScale.Scaled20To80,
                    _ => throw new ArgumentException("'" + s.Scale + "' is not a known score scale (percent, scaled-20-80)."),
                };
                path = at + ".score.value";
                value = s.Value.ToString(CultureInfo.InvariantCulture);
                score = new Score(s.Value, scale);
            }

            var outcome = ParseEnum<ExamOutcome>(a.Outcome, at + ".outcome", ref path, ref value);
            var proctoring = a.Proctoring is null ? ProctoringMode.LiveOnline : ParseEnum<ProctoringMode>(a.Proctoring, at + ".proctoring", ref path, ref value);
            var idCheck = a.IdCheck is null ? IdCheckResult.Passed : ParseEnum<IdCheckResult>(a.IdCheck, at + ".idCheck", ref path, ref value);
            var integrity = a.Integrity is null ? IntegrityReview.Clean : ParseEnum<IntegrityReview>(a.Integrity, at + ".integrity", ref path, ref value);
            InvalidationKind? invalidation = a.Invalidation is null ? null : ParseEnum<InvalidationKind>(a.Invalidation, at + ".invalidation", ref path, ref value);
            var started = ParseInstant(a.StartedAt, at + ".startedAt", ref path, ref value);
            path = at;
            value = null;
            exams.Add(new ExamAttempt(a.CourseId, started, zone, outcome, score, proctoring, idCheck, integrity, invalidation));
        }

        var fees = new List<FeeObligation>(dto.Fees?.Count ?? 0);
        for (var i = 0; i < (dto.Fees?.Count ?? 0); i++)
        {
            var f = dto.Fees![i];
            var at = "$.fees[" + I(i) + "]";
            var kind = ParseEnum<FeeKind>(f.Kind, at + ".kind", ref path, ref value);
            var status = ParseEnum<FeeStatus>(f.Status, at + ".status", ref path, ref value);
            LocalDate? statusDate = f.StatusDate is null ? null : ParseDate(f.StatusDate, at + ".statusDate", ref path, ref value);
            path = at + ".amount";
            value = f.Amount.ToString(CultureInfo.InvariantCulture);
            var amount = new Money(f.Amount, f.Currency);
            path = at;
            value = null;
            fees.Add(new FeeObligation(f.CourseId, kind, amount, status, statusDate, f.WaiverReason));
        }

        var evidence = new List<EvidenceDocument>(dto.Evidence?.Count ?? 0);
        for (var i = 0; i < (dto.Evidence?.Count ?? 0); i++)
        {
            var e = dto.Evidence![i];
            var at = "$.evidence[" + I(i) + "]";
            evidence.Add(new EvidenceDocument(ParseEnum<EvidenceKind>(e.Kind, at + ".kind", ref path, ref value), ParseDate(e.IssuedOn, at + ".issuedOn", ref path, ref value), e.Official, e.Verified, e.CourseId));
        }

        var prior = new List<PriorCredit>(dto.PriorCredits?.Count ?? 0);
        for (var i = 0; i < (dto.PriorCredits?.Count ?? 0); i++)
        {
            var p = dto.PriorCredits![i];
            var at = "$.priorCredits[" + I(i) + "]";
            var source = ParseEnum<PriorCreditSource>(p.Source, at + ".source", ref path, ref value);
            var unit = ParseEnum<CreditUnit>(p.Unit, at + ".unit", ref path, ref value);
            var level = ParseEnum<CreditLevel>(p.Level, at + ".level", ref path, ref value);
            var date = ParseDate(p.Date, at + ".date", ref path, ref value);
            path = at + ".hours";
            value = p.Hours.ToString(CultureInfo.InvariantCulture);
            var amount = CreditAmount.FromHours(p.Hours, unit);
            path = at;
            value = null;
            prior.Add(new PriorCredit(p.Id, source, amount, level, date, p.Posted ?? false, p.InResidence ?? false, p.EquivalenceKey, institutionId: p.InstitutionId));
        }

        path = "$.id";
        value = dto.Id;
        return new LearnerRecord(dto.Id, dto.Veteran ?? false, programs, enrollments, completions, verifications, exams, fees, evidence, prior);
    }

    private static LocalDate ParseDate(string text, string at, ref string path, ref string? value)
    {
        path = at;
        value = text;
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new ArgumentException("'" + text + "' is not an ISO date (yyyy-MM-dd).", at);
    }

    private static Instant ParseInstant(string text, string at, ref string path, ref string? value)
    {
        path = at;
        value = text;
        var result = InstantPattern.Parse(text);
        return result.Success ? result.Value.ToInstant() : throw new ArgumentException("'" + text + "' is not an ISO date and time with an offset, such as 2013-05-20T10:00:00-04:00 or Z.", at);
    }

    private static T ParseEnum<T>(string text, string at, ref string path, ref string? value)
        where T : struct, Enum
    {
        path = at;
        value = text;
        // Names only: Enum.TryParse would also take "1".
        return !string.IsNullOrEmpty(text) && char.IsLetter(text[0]) && Enum.TryParse<T>(text, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new ArgumentException("'" + text + "' is not a " + typeof(T).Name + " (" + string.Join(", ", Enum.GetNames<T>()) + ").", at);
    }

    private static List<TDto>? List<T, TDto>(IReadOnlyList<T> items, Func<T, TDto> map) => items.Count == 0 ? null : [.. items.Select(map)];

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Instant(Instant instant) => InstantPattern.Format(instant.WithOffset(Offset.Zero));

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);
}
