using System.Globalization;
using CreditRules.Documents.Dto;
using CreditRules.Domain;

using static CreditRules.Documents.Mapping.MappingContext;

namespace CreditRules.Documents.Mapping;

/// <summary>Turns a learner DTO into a <see cref="LearnerSet"/>, collecting every error, and back.</summary>
internal static class LearnerMapper
{
    public static LearnerSet? ToDomain(LearnerSetDto dto, MappingContext c, Catalog? catalog, PolicySet? policies)
    {
        CatalogMapper.SchemaVersion(dto.SchemaVersion, c);
        var asOf = c.Date(dto.AsOf, "$.asOf");
        c.Unique(dto.Learners, l => l.Id, "$.learners", "id", "learner id");
        var learners = new List<LearnerRecord?>();
        var claims = new List<LearnerClaim>();
        for (var i = 0; i < dto.Learners.Count; i++)
        {
            learners.Add(Learner(dto.Learners[i], I("$.learners", i), c, catalog, policies, claims));
        }

        return c.ErrorCount > 0 ? null : c.Build("$", null, () => new LearnerSet(learners!, claims, asOf));
    }

    internal static LearnerRecord? Learner(LearnerDto l, string path, MappingContext c, Catalog? catalog, PolicySet? policies, List<LearnerClaim> claims)
    {
        var before = c.ErrorCount;
        var id = c.Text(l.Id, P(path, "id"));
        var claimDtos = l.Claims ?? [];
        for (var i = 0; i < claimDtos.Count; i++)
        {
            var x = claimDtos[i];
            var at = I(P(path, "claims"), i);
            var course = c.Text(x.CourseId, P(at, "courseId"));
            var institution = c.Text(x.InstitutionId, P(at, "institutionId"));
            var program = c.Text(x.ProgramId, P(at, "programId"));
            CourseRef(course, P(at, "courseId"), c, catalog);
            InstitutionRef(institution, program, at, c, policies);
            if (id is not null && course is not null && institution is not null && program is not null)
            {
                claims.Add(new LearnerClaim(id, course, institution, program, x.Story));
            }
        }

        var programEnrollments = Map(l.ProgramEnrollments, P(path, "programEnrollments"), c, (x, at) =>
        {
            var institution = c.Text(x.InstitutionId, P(at, "institutionId"));
            var program = c.Text(x.ProgramId, P(at, "programId"));
            InstitutionRef(institution, program, at, c, policies);
            var date = c.Date(x.EnrolledOn, P(at, "enrolledOn"));
            var recorded = x.RecordedAt is null ? null : c.OffsetInstant(x.RecordedAt, P(at, "recordedAt"));
            CatalogYear? catalogYear = null;
            if (x.CatalogYear is { } yearText)
            {
                if (CatalogYear.TryParse(yearText, out var parsedYear))
                {
                    catalogYear = parsedYear;
                }
                else
                {
                    c.Add(DocumentErrorCode.InvalidValue, P(at, "catalogYear"), yearText, CatalogYear.Invalid(yearText));
                }
            }

            return institution is null || program is null || date is null || (x.RecordedAt is not null && recorded is null) || (x.CatalogYear is not null && catalogYear is null)
                ? null
                : c.Build(at, x, () => new ProgramEnrollment(institution, program, date.Value, recorded, catalogYear));
        });
        DuplicateSessions(l.CourseEnrollments, P(path, "courseEnrollments"), c);
        var courseEnrollments = Map(l.CourseEnrollments, P(path, "courseEnrollments"), c, (x, at) =>
        {
            var session = c.Text(x.SessionId, P(at, "sessionId"));
            SessionRef(session, P(at, "sessionId"), c, catalog);
            var track = c.Enum<EnrollmentTrack>(x.Track, P(at, "track"));
            var joined = c.OffsetInstant(x.JoinedAt, P(at, "joinedAt"));
            return session is null || track is null || joined is null ? null : c.Build(at, x, () => new CourseEnrollment(session, track.Value, joined.Value));
        });
        var completions = Map(l.Completions, P(path, "completions"), c, (x, at) =>
        {
            var session = c.Text(x.SessionId, P(at, "sessionId"));
            SessionRef(session, P(at, "sessionId"), c, catalog);
            var status = c.Enum<CompletionStatus>(x.Status, P(at, "status"));
            var date = c.Date(x.RecordedOn, P(at, "recordedOn"));
            var grade = c.Score(x.Grade, P(at, "grade"));
            var recorded = x.RecordedAt is null ? null : c.OffsetInstant(x.RecordedAt, P(at, "recordedAt"));
            return session is null || status is null || date is null || (x.Grade is not null && grade is null) || (x.RecordedAt is not null && recorded is null)
                ? null
                : c.Build(at, x, () => new CourseCompletion(session, status.Value, date.Value, grade, recorded));
        });
        var identities = Map(l.IdentityVerifications, P(path, "identityVerifications"), c, (x, at) =>
        {
            var method = c.Enum<IdentityMethod>(x.Method, P(at, "method"));
            var status = c.Enum<VerificationStatus>(x.Status, P(at, "status"));
            var recorded = c.OffsetInstant(x.RecordedAt, P(at, "recordedAt"));
            var fallback = c.Enum<IdentityMethod>(x.FallbackMethod, P(at, "fallbackMethod"));
            return method is null || status is null || recorded is null || (x.FallbackMethod is not null && fallback is null)
                ? null
                : c.Build(at, x, () => new IdentityVerification(method.Value, status.Value, recorded.Value, fallback));
        });
        var exams = Map(l.ExamAttempts, P(path, "examAttempts"), c, (x, at) =>
        {
            var course = c.Text(x.CourseId, P(at, "courseId"));
            CourseRef(course, P(at, "courseId"), c, catalog);
            var zone = c.Zone(x.CandidateZone, P(at, "candidateZone"));
            var started = c.ZonedInstant(x.StartedAt, zone, P(at, "startedAt"));
            var outcome = c.Enum<ExamOutcome>(x.Outcome, P(at, "outcome"));
            var score = c.Score(x.Score, P(at, "score"));
            var proctoring = x.Proctoring is null ? ProctoringMode.LiveOnline : c.Enum<ProctoringMode>(x.Proctoring, P(at, "proctoring"));
            var idCheck = x.IdCheck is null ? IdCheckResult.Passed : c.Enum<IdCheckResult>(x.IdCheck, P(at, "idCheck"));
            var integrity = x.Integrity is null ? IntegrityReview.Clean : c.Enum<IntegrityReview>(x.Integrity, P(at, "integrity"));
            var invalidation = c.Enum<InvalidationKind>(x.Invalidation, P(at, "invalidation"));
            var recorded = x.RecordedAt is null ? null : c.OffsetInstant(x.RecordedAt, P(at, "recordedAt"));
            var factId = x.Id is null ? null : c.Text(x.Id, P(at, "id"));
            var supersedes = x.Supersedes is null ? null : c.Text(x.Supersedes, P(at, "supersedes"));
            if (course is null || zone is null || started is null || outcome is null || proctoring is null || idCheck is null || integrity is null
                || (x.Score is not null && score is null) || (x.Invalidation is not null && invalidation is null)
                || (x.RecordedAt is not null && recorded is null) || (x.Id is not null && factId is null) || (x.Supersedes is not null && supersedes is null))
            {
                return null;
            }

            return c.Build(at, x, () => new ExamAttempt(course, started.Value, zone, outcome.Value, score, proctoring.Value, idCheck.Value, integrity.Value, invalidation, recorded, factId, supersedes));
        });
        var fees = Map(l.Fees, P(path, "fees"), c, (x, at) =>
        {
            var course = c.Text(x.CourseId, P(at, "courseId"));
            CourseRef(course, P(at, "courseId"), c, catalog);
            var kind = c.Enum<FeeKind>(x.Kind, P(at, "kind"));
            var status = c.Enum<FeeStatus>(x.Status, P(at, "status"));
            var date = c.Date(x.StatusDate, P(at, "statusDate"));
            var ok = true;
            if (!FeeAmountIsValid(x.Amount))
            {
                var raw = x.Amount.ToString(CultureInfo.InvariantCulture);
                c.Add(DocumentErrorCode.NegativeAmount, P(at, "amount"), raw, "A fee amount must be zero or more; got " + raw + ".");
                ok = false;
            }

            if (!Currencies.IsKnown(x.Currency))
            {
                c.Add(DocumentErrorCode.UnknownCurrency, P(at, "currency"), x.Currency, "'" + x.Currency + "' is not an active ISO 4217 currency code; use three upper-case letters such as USD.");
                ok = false;
            }

            var recorded = x.RecordedAt is null ? null : c.OffsetInstant(x.RecordedAt, P(at, "recordedAt"));
            var factId = x.Id is null ? null : c.Text(x.Id, P(at, "id"));
            var supersedes = x.Supersedes is null ? null : c.Text(x.Supersedes, P(at, "supersedes"));
            if (!ok || course is null || kind is null || status is null || (x.StatusDate is not null && date is null)
                || (x.RecordedAt is not null && recorded is null) || (x.Id is not null && factId is null) || (x.Supersedes is not null && supersedes is null))
            {
                return null;
            }

            return c.Build(at, x, () => new FeeObligation(course, kind.Value, new Money(x.Amount, x.Currency), status.Value, date, x.WaiverReason, recorded, factId, supersedes));
        });
        var evidence = Map(l.Evidence, P(path, "evidence"), c, (x, at) =>
        {
            var kind = c.Enum<EvidenceKind>(x.Kind, P(at, "kind"));
            var date = c.Date(x.IssuedOn, P(at, "issuedOn"));
            CourseRef(x.CourseId, P(at, "courseId"), c, catalog);
            var recorded = x.RecordedAt is null ? null : c.OffsetInstant(x.RecordedAt, P(at, "recordedAt"));
            return kind is null || date is null || (x.RecordedAt is not null && recorded is null) ? null : c.Build(at, x, () => new EvidenceDocument(kind.Value, date.Value, x.Official, x.Verified, x.CourseId, recorded));
        });

        Superseding(l.ExamAttempts, x => x.Id, x => x.Supersedes, P(path, "examAttempts"), "exam attempt", c);
        Superseding(l.Fees, x => x.Id, x => x.Supersedes, P(path, "fees"), "fee", c);
        c.Unique(l.PriorCredits, x => x.Id, P(path, "priorCredits"), "id", "prior credit id");
        var prior = Map(l.PriorCredits, P(path, "priorCredits"), c, (x, at) =>
        {
            var priorId = c.Text(x.Id, P(at, "id"));
            var source = c.Enum<PriorCreditSource>(x.Source, P(at, "source"));
            var unit = x.Unit is null ? CreditUnit.SemesterHour : c.Enum<CreditUnit>(x.Unit, P(at, "unit"));
            var amount = unit is { } u ? c.Credits(x.Credits, u, P(at, "credits"), positive: true) : null;
            var level = c.Enum<CreditLevel>(x.Level, P(at, "level"));
            var date = c.Date(x.Date, P(at, "date"));
            var key = x.EquivalenceKey is null ? null : c.Text(x.EquivalenceKey, P(at, "equivalenceKey"));
            var grade = c.Score(x.Grade, P(at, "grade"));
            var institution = x.InstitutionId is null ? null : c.Text(x.InstitutionId, P(at, "institutionId"));
            InstitutionRef(institution, null, at, c, policies);
            var recorded = x.RecordedAt is null ? null : c.OffsetInstant(x.RecordedAt, P(at, "recordedAt"));
            if (priorId is null || source is null || amount is null || level is null || date is null || (x.Grade is not null && grade is null)
                || (x.EquivalenceKey is not null && key is null) || (x.InstitutionId is not null && institution is null) || (x.RecordedAt is not null && recorded is null))
            {
                return null;
            }

            return c.Build(at, x, () => new PriorCredit(priorId, source.Value, amount.Value, level.Value, date.Value, x.Posted ?? false, x.InResidence ?? false, key, grade, institution, recorded));
        });

        c.Unique(l.Exceptions, x => x.Reference, P(path, "exceptions"), "reference", "exception reference");
        var exceptions = Map(l.Exceptions, P(path, "exceptions"), c, (x, at) =>
        {
            var reference = c.Text(x.Reference, P(at, "reference"));
            var kind = c.Enum<ExceptionKind>(x.Kind, P(at, "kind"));
            var effective = c.Range(x.Effective, P(at, "effective"));
            var approvedBy = c.Text(x.ApprovedBy, P(at, "approvedBy"));
            var approvedOn = c.Date(x.ApprovedOn, P(at, "approvedOn"));
            var reason = c.Text(x.Reason, P(at, "reason"));
            CourseRef(x.CourseId, P(at, "courseId"), c, catalog);
            CourseRef(x.SubstituteCourseId, P(at, "substituteCourseId"), c, catalog);
            InstitutionRef(x.InstitutionId, x.ProgramId, at, c, policies);
            var unit = x.Unit is null ? CreditUnit.SemesterHour : c.Enum<CreditUnit>(x.Unit, P(at, "unit"));
            var credits = x.Credits is { } hours && unit is { } u ? c.Credits(hours, u, P(at, "credits"), positive: false) : null;
            var deadline = x.Deadline is null ? null : c.Date(x.Deadline, P(at, "deadline"));
            if (reference is null || kind is null || effective is null || approvedBy is null || approvedOn is null || reason is null || unit is null
                || (x.Credits is not null && credits is null) || (x.Deadline is not null && deadline is null))
            {
                return null;
            }

            return c.Build(at, x, () => new ExceptionGrant(reference, kind.Value, effective.Value, approvedBy, approvedOn.Value, reason, x.CourseId, x.InstitutionId, x.ProgramId, x.RuleId, x.CapId, credits, deadline, x.SubstituteCourseId));
        });

        var postingFeePayments = Map(l.PostingFeePayments, P(path, "postingFeePayments"), c, (x, at) =>
        {
            var institution = c.Text(x.InstitutionId, P(at, "institutionId"));
            InstitutionRef(institution, null, at, c, policies);
            var paidOn = c.Date(x.PaidOn, P(at, "paidOn"));
            var recorded = x.RecordedAt is null ? null : c.OffsetInstant(x.RecordedAt, P(at, "recordedAt"));
            return institution is null || paidOn is null || (x.RecordedAt is not null && recorded is null) ? null : c.Build(at, x, () => new PostingFeePayment(institution, paidOn.Value, recorded));
        });

        if (c.ErrorCount > before || id is null)
        {
            return null;
        }

        return c.Build(path, l, () => new LearnerRecord(id, l.Veteran ?? false, programEnrollments, courseEnrollments, completions, identities, exams, fees, evidence, prior, l.Emails, exceptions, postingFeePayments));
    }

    /// <summary>Reports each course enrolment that joins a session an earlier enrolment of the learner already joined.</summary>
    private static void DuplicateSessions(List<CourseEnrollmentDto>? items, string path, MappingContext c)
    {
        if (items is null)
        {
            return;
        }

        Repeats(items, x => x.SessionId, (i, first, session) =>
            c.Add(DocumentErrorCode.DuplicateEnrollment, P(I(path, i), "sessionId"), session, "Session '" + session + "' is already joined by " + I(path, first) + "; give each session once."));
    }

    private static List<T> Map<TDto, T>(List<TDto>? items, string path, MappingContext c, Func<TDto, string, T?> map)
        where T : class
    {
        var result = new List<T>();
        if (items is null)
        {
            return result;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (map(items[i], I(path, i)) is { } value)
            {
                result.Add(value);
            }
        }

        return result;
    }

    /// <summary>Fact ids are unique within their list, and a <c>supersedes</c> names another fact of the list: each problem located.</summary>
    private static void Superseding<TDto>(List<TDto>? items, Func<TDto, string?> id, Func<TDto, string?> supersedes, string path, string what, MappingContext c)
    {
        if (items is null)
        {
            return;
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (id(items[i]) is { } value && !ids.TryAdd(value, i))
            {
                c.Add(DocumentErrorCode.DuplicateId, P(I(path, i), "id"), value, "The " + what + " id '" + value + "' is already used at " + I(path, ids[value]) + "; give each fact its own id.");
            }
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (supersedes(items[i]) is not { } target)
            {
                continue;
            }

            if (string.Equals(target, id(items[i]), StringComparison.Ordinal))
            {
                c.Add(DocumentErrorCode.UnknownReference, P(I(path, i), "supersedes"), target, "The " + what + " '" + target + "' supersedes itself; name the id of the earlier fact it corrects.");
            }
            else if (!ids.ContainsKey(target))
            {
                c.Add(DocumentErrorCode.UnknownReference, P(I(path, i), "supersedes"), target, "No " + what + " of this learner has the id '" + target + "'; supersedes names the id of the earlier fact it corrects.");
            }
        }
    }

    /// <summary>The rule of a fee's amount: zero or more.</summary>
    internal static bool FeeAmountIsValid(decimal amount) => amount >= 0;

    /// <summary>The rule of a course reference: the catalog (when given) has the course.</summary>
    internal static bool CourseIsKnown(string id, Catalog? catalog) => catalog is null || catalog.GetCourseOrNull(id) is not null;

    /// <summary>The rule of a session reference: the catalog (when given) has the session.</summary>
    internal static bool SessionIsKnown(string id, Catalog? catalog) => catalog is null || catalog.GetSessionOrNull(id) is not null;

    /// <summary>The rule of an institution reference: the policy set (when given) has the institution, and it has the program (when given).</summary>
    internal static bool InstitutionIsKnown(string institutionId, string? programId, PolicySet? policies) =>
        policies is null || (policies.GetInstitutionOrNull(institutionId) is { } institution && (programId is null || institution.GetProgramOrNull(programId) is not null));

    private static void CourseRef(string? id, string path, MappingContext c, Catalog? catalog)
    {
        if (id is not null && !CourseIsKnown(id, catalog))
        {
            c.Add(DocumentErrorCode.UnknownReference, path, id, "No course of the catalog has the id '" + id + "'.");
        }
    }

    private static void SessionRef(string? id, string path, MappingContext c, Catalog? catalog)
    {
        if (id is not null && !SessionIsKnown(id, catalog))
        {
            c.Add(DocumentErrorCode.UnknownReference, path, id, "No session of the catalog has the id '" + id + "'.");
        }
    }

    private static void InstitutionRef(string? institutionId, string? programId, string path, MappingContext c, PolicySet? policies)
    {
        if (policies is null || institutionId is null || InstitutionIsKnown(institutionId, programId, policies))
        {
            return;
        }

        var institution = policies.GetInstitutionOrNull(institutionId);
        if (institution is null)
        {
            c.Add(DocumentErrorCode.UnknownReference, P(path, "institutionId"), institutionId, "No institution of the policy set has the id '" + institutionId + "'.");
        }
        else if (programId is not null && institution.GetProgramOrNull(programId) is null)
        {
            c.Add(DocumentErrorCode.UnknownReference, P(path, "programId"), programId, "Institution '" + institutionId + "' has no program with the id '" + programId + "'.");
        }
    }

    public static LearnerSetDto ToDto(LearnerSet set, string? notes, string? schema) => new()
    {
        Schema = schema,
        SchemaVersion = DocumentLimits.SchemaVersion,
        Notes = notes,
        AsOf = Writing.FormatDate(set.AsOf),
        Learners = set.Learners.Select(l => ToDto(l, set.Claims.Where(x => x.LearnerId == l.LearnerId))).ToList(),
    };

    /// <summary>One learner with its claims, as one element of the document's <c>learners</c> array.</summary>
    internal static LearnerDto ToDto(LearnerRecord l, IEnumerable<LearnerClaim> claims) => new()
    {
        Id = l.LearnerId,
        Veteran = l.IsVeteran ? true : null,
        Emails = None(l.Emails),
        Claims = None(claims.Select(x => new ClaimDto { CourseId = x.CourseId, InstitutionId = x.InstitutionId, ProgramId = x.ProgramId, Story = x.Story })),
        ProgramEnrollments = None(l.ProgramEnrollments.Select(x => new ProgramEnrollmentDto { InstitutionId = x.InstitutionId, ProgramId = x.ProgramId, EnrolledOn = Writing.FormatDate(x.EnrolledOn)!, RecordedAt = x.RecordedAt is { } recorded ? Writing.FormatInstant(recorded) : null, CatalogYear = x.CatalogYear?.ToString() })),
        CourseEnrollments = None(l.CourseEnrollments.Select(x => new CourseEnrollmentDto { SessionId = x.SessionId, Track = x.Track.ToString(), JoinedAt = Writing.FormatInstant(x.JoinedAt) })),
        Completions = None(l.Completions.Select(x => new CompletionDto { SessionId = x.SessionId, Status = x.Status.ToString(), RecordedOn = Writing.FormatDate(x.RecordedOn)!, Grade = Writing.ToScoreDto(x.Grade), RecordedAt = x.RecordedAt is { } recorded ? Writing.FormatInstant(recorded) : null })),
        IdentityVerifications = None(l.IdentityVerifications.Select(x => new IdentityVerificationDto { Method = x.Method.ToString(), Status = x.Status.ToString(), RecordedAt = Writing.FormatInstant(x.RecordedAt), FallbackMethod = x.FallbackMethod?.ToString() })),
        ExamAttempts = None(l.ExamAttempts.Select(x => new ExamAttemptDto
        {
            CourseId = x.CourseId,
            StartedAt = Writing.FormatZoned(x.StartedAt, x.CandidateZone),
            CandidateZone = x.CandidateZone.Id,
            Outcome = x.Outcome.ToString(),
            Score = Writing.ToScoreDto(x.Score),
            Proctoring = x.Proctoring == ProctoringMode.LiveOnline ? null : x.Proctoring.ToString(),
            IdCheck = x.IdCheck == IdCheckResult.Passed ? null : x.IdCheck.ToString(),
            Integrity = x.Integrity == IntegrityReview.Clean ? null : x.Integrity.ToString(),
            Invalidation = x.Invalidation?.ToString(),
            RecordedAt = x.RecordedAt is { } recorded ? Writing.FormatInstant(recorded) : null,
            Id = x.Id,
            Supersedes = x.Supersedes,
        })),
        Fees = None(l.Fees.Select(x => new FeeDto { CourseId = x.CourseId, Kind = x.Kind.ToString(), Amount = x.Amount.Amount, Currency = x.Amount.Currency, Status = x.Status.ToString(), StatusDate = Writing.FormatDate(x.StatusDate), WaiverReason = x.WaiverReason, RecordedAt = x.RecordedAt is { } recorded ? Writing.FormatInstant(recorded) : null, Id = x.Id, Supersedes = x.Supersedes })),
        Evidence = None(l.Evidence.Select(x => new EvidenceDocumentDto { Kind = x.Kind.ToString(), IssuedOn = Writing.FormatDate(x.IssuedOn)!, Official = x.IsOfficial, Verified = x.IsVerified, CourseId = x.CourseId, RecordedAt = x.RecordedAt is { } recorded ? Writing.FormatInstant(recorded) : null })),
        PriorCredits = None(l.PriorCredits.Select(x => new PriorCreditDto
        {
            Id = x.Id,
            Source = x.Source.ToString(),
            Credits = Writing.Hours(x.Amount, "prior credit " + x.Id),
            Unit = x.Amount.Unit == CreditUnit.SemesterHour ? null : x.Amount.Unit.ToString(),
            Level = x.Level.ToString(),
            Date = Writing.FormatDate(x.Date)!,
            Posted = x.IsPosted ? true : null,
            InResidence = x.InResidence && x.Source != PriorCreditSource.LocalCourse ? true : null,
            EquivalenceKey = x.EquivalenceKey,
            Grade = Writing.ToScoreDto(x.Grade),
            InstitutionId = x.InstitutionId,
            RecordedAt = x.RecordedAt is { } recorded ? Writing.FormatInstant(recorded) : null,
        })),
        Exceptions = None(l.Exceptions.Select(x => new ExceptionDto
        {
            Reference = x.Reference,
            Kind = x.Kind.ToString(),
            Effective = CatalogMapper.RangeDto(x.Effective),
            ApprovedBy = x.ApprovedBy,
            ApprovedOn = Writing.FormatDate(x.ApprovedOn)!,
            Reason = x.Reason,
            CourseId = x.CourseId,
            InstitutionId = x.InstitutionId,
            ProgramId = x.ProgramId,
            RuleId = x.RuleId,
            CapId = x.CapId,
            Credits = x.Credits is { } credits ? Writing.Hours(credits, "exception " + x.Reference) : null,
            Unit = x.Credits is { Unit: CreditUnit.QuarterHour } ? nameof(CreditUnit.QuarterHour) : null,
            Deadline = Writing.FormatDate(x.Deadline),
            SubstituteCourseId = x.SubstituteCourseId,
        })),
        PostingFeePayments = None(l.PostingFeePayments.Select(x => new PostingFeePaymentDto { InstitutionId = x.InstitutionId, PaidOn = Writing.FormatDate(x.PaidOn)!, RecordedAt = x.RecordedAt is { } recorded ? Writing.FormatInstant(recorded) : null })),
    };

    private static List<T>? None<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : list;
    }

}
