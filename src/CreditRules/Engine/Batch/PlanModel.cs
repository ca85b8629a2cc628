using CreditRules.Domain;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>Bits of the outcome-only path: one per <see cref="ReasonCode"/>, by its index in <see cref="ReasonCode.All"/>.</summary>
internal static class ReasonBits
{
    public static readonly ulong NotOnVerifiedTrack = ReasonMask.LowBit(ReasonCode.NotOnVerifiedTrack);
    public static readonly ulong VerifiedTrackClosed = ReasonMask.LowBit(ReasonCode.VerifiedTrackClosed);
    public static readonly ulong VerifiedTrackJoinedLate = ReasonMask.LowBit(ReasonCode.VerifiedTrackJoinedLate);
    public static readonly ulong CourseNotCompleted = ReasonMask.LowBit(ReasonCode.CourseNotCompleted);
    public static readonly ulong IdentityNotVerified = ReasonMask.LowBit(ReasonCode.IdentityNotVerified);
    public static readonly ulong IdentityVerificationPending = ReasonMask.LowBit(ReasonCode.IdentityVerificationPending);
    public static readonly ulong IdentityVerifiedByFallback = ReasonMask.LowBit(ReasonCode.IdentityVerifiedByFallback);
    public static readonly ulong ExamNotTaken = ReasonMask.LowBit(ReasonCode.ExamNotTaken);
    public static readonly ulong ExamFailed = ReasonMask.LowBit(ReasonCode.ExamFailed);
    public static readonly ulong ExamScoreBelowPassingScore = ReasonMask.LowBit(ReasonCode.ExamScoreBelowPassingScore);
    public static readonly ulong ExamAttemptsExhausted = ReasonMask.LowBit(ReasonCode.ExamAttemptsExhausted);
    public static readonly ulong ExamRetakeTooSoon = ReasonMask.LowBit(ReasonCode.ExamRetakeTooSoon);
    public static readonly ulong ExamResultPending = ReasonMask.LowBit(ReasonCode.ExamResultPending);
    public static readonly ulong ExamInvalidatedAdministrative = ReasonMask.LowBit(ReasonCode.ExamInvalidatedAdministrative);
    public static readonly ulong ExamRetakeRequired = ReasonMask.LowBit(ReasonCode.ExamRetakeRequired);
    public static readonly ulong ExamIntegrityViolation = ReasonMask.LowBit(ReasonCode.ExamIntegrityViolation);
    public static readonly ulong FeeUnpaid = ReasonMask.LowBit(ReasonCode.FeeUnpaid);
    public static readonly ulong FeeRefunded = ReasonMask.LowBit(ReasonCode.FeeRefunded);
    public static readonly ulong FeeWaived = ReasonMask.LowBit(ReasonCode.FeeWaived);
    public static readonly ulong EvidenceMissing = ReasonMask.LowBit(ReasonCode.EvidenceMissing);
    public static readonly ulong NoRecommendation = ReasonMask.LowBit(ReasonCode.NoRecommendation);
    public static readonly ulong NoPolicyInEffect = ReasonMask.LowBit(ReasonCode.NoPolicyInEffect);
    public static readonly ulong EvaluatorNotAccepted = ReasonMask.LowBit(ReasonCode.EvaluatorNotAccepted);
    public static readonly ulong RecommendationNotInEffect = ReasonMask.LowBit(ReasonCode.RecommendationNotInEffect);
    public static readonly ulong RecommendationExpired = ReasonMask.LowBit(ReasonCode.RecommendationExpired);
    public static readonly ulong LevelNotAccepted = ReasonMask.LowBit(ReasonCode.LevelNotAccepted);
    public static readonly ulong LineNotAccepted = ReasonMask.LowBit(ReasonCode.LineNotAccepted);
    public static readonly ulong AlternativeLevelUsed = ReasonMask.LowBit(ReasonCode.AlternativeLevelUsed);
    public static readonly ulong ScoreBelowMinimum = ReasonMask.LowBit(ReasonCode.ScoreBelowMinimum);
    public static readonly ulong RecencyExpired = ReasonMask.LowBit(ReasonCode.RecencyExpired);
    public static readonly ulong ProgramRefusesCredit = ReasonMask.LowBit(ReasonCode.ProgramRefusesCredit);
    public static readonly ulong ProgramLimitsCredit = ReasonMask.LowBit(ReasonCode.ProgramLimitsCredit);
    public static readonly ulong CreditsRounded = ReasonMask.LowBit(ReasonCode.CreditsRounded);
    public static readonly ulong CreditsConverted = ReasonMask.LowBit(ReasonCode.CreditsConverted);
    public static readonly ulong NotResidenceCredit = ReasonMask.LowBit(ReasonCode.NotResidenceCredit);
}

/// <summary>A course session, resolved once: the course it belongs to (by index) and its verified-track deadline.</summary>
internal readonly record struct SessionRef(int CourseIndex, Instant Deadline);

/// <summary>One institution policy version, with its learner-independent facts precomputed.</summary>
internal sealed class PolicyPlan
{
    public PolicyPlan(InstitutionPolicy policy, LocalDate asOf)
    {
        Policy = policy;
        AppliesTo = policy.AppliesTo;
        foreach (var level in policy.AcceptedLevels)
        {
            LevelMask |= 1 << (int)level;
        }

        MinimumScore = policy.MinimumScore;
        RetakeWait = policy.Retakes?.MinimumWait;
        MaxAttempts = policy.Retakes?.MaxAttempts;
        RequireFees = policy.RequireProviderFees;
        if (policy.Evidence is { } evidence)
        {
            RequiresEvidence = true;
            foreach (var kind in evidence.AcceptedKinds)
            {
                EvidenceKinds |= 1 << (int)kind;
            }

            EvidenceOfficial = evidence.RequireOfficial;
            EvidenceVerified = evidence.RequireVerified;
        }

        if (policy.Recency is { } recency)
        {
            Recency = recency.MaxAge;
            RecencyFromEnrollment = recency.Anchor == RecencyAnchor.ProgramEnrollmentDate;
            RecencyThreshold = FirstRecentDate(recency.MaxAge, asOf);
        }
    }

    public InstitutionPolicy Policy { get; }

    public DateRange? AppliesTo { get; }

    public int LevelMask { get; }

    public Score? MinimumScore { get; }

    public Period? RetakeWait { get; }

    public int? MaxAttempts { get; }

    public bool RequireFees { get; }

    public bool RequiresEvidence { get; }

    public int EvidenceKinds { get; }

    public bool EvidenceOfficial { get; }

    public bool EvidenceVerified { get; }

    public Period? Recency { get; }

    public bool RecencyFromEnrollment { get; }

    /// <summary>The earliest qualifying date still recent on the as-of date: <c>date.Plus(maxAge) &gt;= asOf</c> exactly when <c>date &gt;= RecencyThreshold</c>.</summary>
    /// <remarks>Calendar addition is monotonic (a month-end clips, never reverses), so one threshold decides every date.</remarks>
    public LocalDate RecencyThreshold { get; }

    private static LocalDate FirstRecentDate(Period maxAge, LocalDate asOf)
    {
        var date = asOf.Minus(maxAge);
        while (date.PlusDays(-1).Plus(maxAge) >= asOf)
        {
            date = date.PlusDays(-1);
        }

        while (date.Plus(maxAge) < asOf)
        {
            date = date.PlusDays(1);
        }

        return date;
    }
}

/// <summary>One program override, with its levels as a bitmask and its per-course limit in the institution's unit.</summary>
internal sealed class OverridePlan
{
    public OverridePlan(ProgramOverride programOverride, CreditUnit unit)
    {
        AppliesTo = programOverride.AppliesTo;
        EvaluatorIds = programOverride.EvaluatorIds is null ? null : [.. programOverride.EvaluatorIds];
        IsRefusal = programOverride.Kind == OverrideKind.Refuse;
        LevelMask = -1;
        if (programOverride.AcceptedLevels is { } levels)
        {
            LevelMask = 0;
            foreach (var level in levels)
            {
                LevelMask |= 1 << (int)level;
            }
        }

        MinimumScore = programOverride.MinimumScore;
        MaxCredits = programOverride.MaxCreditsPerCourse?.ConvertTo(unit);
    }

    public DateRange? AppliesTo { get; }

    public string[]? EvaluatorIds { get; }

    public bool IsRefusal { get; }

    /// <summary>Accepted levels as bits, or -1 (all bits) when the override does not restrict levels.</summary>
    public int LevelMask { get; }

    public Score? MinimumScore { get; }

    public CreditAmount? MaxCredits { get; }

    public bool AppliesFor(LocalDate selectionDate, string evaluatorId)
    {
        if (AppliesTo is { } range && !range.Contains(selectionDate))
        {
            return false;
        }

        if (EvaluatorIds is null)
        {
            return true;
        }

        foreach (var id in EvaluatorIds)
        {
            if (string.Equals(id, evaluatorId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>What the level and credit rules conclude for one version under one set of accepted levels.</summary>
internal readonly record struct LevelOutcome(ulong Reasons, bool Blocking, CreditAmount Granted);

/// <summary>One recommendation version as seen by one institution policy: levels and credits for each accepted-level mask.</summary>
internal sealed class VersionPlan
{
    public VersionPlan(RecommendationVersion version, CreditUnit unit, RoundingPolicy rounding)
    {
        Validity = version.Validity;
        MinimumPassingScore = version.MinimumPassingScore;
        ByLevelMask = new LevelOutcome[16];
        var anyOtherUnit = false;
        foreach (var line in version.Lines)
        {
            anyOtherUnit |= line.Credits.Unit != unit;
        }

        for (var mask = 0; mask < 16; mask++)
        {
            ulong reasons = 0;
            var exact = CreditAmount.Zero(unit);
            var acceptedLines = 0;
            var refusedLines = 0;
            foreach (var line in version.Lines)
            {
                CreditLevel? best = null;
                foreach (var level in line.Levels)
                {
                    if ((mask & (1 << (int)level)) != 0 && (best is null || level > best))
                    {
                        best = level;
                    }
                }

                if (best is { } chosen)
                {
                    acceptedLines++;
                    exact = exact.Plus(line.Credits.ConvertTo(unit));
                    if (line.Levels.Count > 1 && chosen != line.Levels[0])
                    {
                        reasons |= ReasonBits.AlternativeLevelUsed;
                    }
                }
                else
                {
                    refusedLines++;
                }
            }

            // Refused lines limit the award only beside a granted line; with none granted, LevelNotAccepted says it all.
            var blocking = acceptedLines == 0;
            if (blocking)
            {
                reasons |= ReasonBits.LevelNotAccepted;
            }
            else if (refusedLines > 0)
            {
                reasons |= ReasonBits.LineNotAccepted;
            }

            if (anyOtherUnit && !exact.IsZero)
            {
                reasons |= ReasonBits.CreditsConverted;
            }

            var granted = exact.ConvertTo(unit, rounding);
            if (granted != exact)
            {
                reasons |= ReasonBits.CreditsRounded;
            }

            ByLevelMask[mask] = new LevelOutcome(reasons, blocking, granted);
        }
    }

    public DateRange Validity { get; }

    public Score? MinimumPassingScore { get; }

    public LevelOutcome[] ByLevelMask { get; }
}

/// <summary>
/// Everything about one course under one institution policy version (or none) that does not depend on the learner:
/// the recommendation chosen, source reasons, the zone that dates instants, open sessions, versions and route deadline.
/// </summary>
internal sealed class RoutePlan
{
    public RoutePlan(Catalog catalog, Course course, Institution institution, PolicyPlan? policyPlan, LocalDate asOf, Func<DateTimeZone, ZoneTable> tables)
    {
        var policy = policyPlan?.Policy;
        var unit = institution.CreditUnit;
        var rounding = policy?.Rounding ?? RoundingPolicy.Exact;
        ZoneSource = policy?.QualifyingDateZone ?? QualifyingDateZone.Institution;
        var zone = institution.TimeZone;
        var recommendations = catalog.GetRecommendations(course.Id);
        if (recommendations.Count == 0)
        {
            SourceReasons = ReasonBits.NoRecommendation;
            SourceBlocked = true;
        }
        else
        {
            CreditRecommendation? accepted = null;
            if (policy is not null)
            {
                foreach (var candidate in recommendations)
                {
                    if (policy.AcceptedEvaluators.Contains(candidate.EvaluatorId, StringComparer.Ordinal))
                    {
                        accepted = candidate;
                        break;
                    }
                }
            }

            Recommendation = accepted ?? recommendations[0];
            if (policy is not null && policy.QualifyingDateZone == QualifyingDateZone.Evaluator)
            {
                zone = catalog.GetEvaluatorOrNull(Recommendation.EvaluatorId)!.ReferenceZone;
            }

            if (policy is null)
            {
                SourceReasons = ReasonBits.NoPolicyInEffect;
                SourceBlocked = true;
            }
            else if (accepted is null)
            {
                SourceReasons = ReasonBits.EvaluatorNotAccepted;
                SourceBlocked = true;
            }
        }

        Zone = tables(zone);
        foreach (var session in catalog.GetSessions(course.Id))
        {
            if (Zone.DateOf(session.VerifiedTrackDeadline) >= asOf)
            {
                HasOpenSession = true;
                break;
            }
        }

        Versions = [];
        CurrentVersion = -1;
        if (Recommendation is not null)
        {
            EvaluatorId = Recommendation.EvaluatorId;
            Versions = new VersionPlan[Recommendation.Versions.Count];
            for (var i = 0; i < Versions.Length; i++)
            {
                Versions[i] = new VersionPlan(Recommendation.Versions[i], unit, rounding);
                if (CurrentVersion < 0 && Recommendation.Versions[i].Validity.End >= asOf)
                {
                    CurrentVersion = i;
                }
            }
        }
    }

    public CreditRecommendation? Recommendation { get; }

    public string? EvaluatorId { get; }

    public ulong SourceReasons { get; }

    public bool SourceBlocked { get; }

    public QualifyingDateZone ZoneSource { get; }

    public ZoneTable Zone { get; }

    public bool HasOpenSession { get; }

    public VersionPlan[] Versions { get; }

    /// <summary>The first version still in effect on or after the as-of date, or -1.</summary>
    public int CurrentVersion { get; }

    public int VersionAt(LocalDate date)
    {
        var versions = Versions;
        for (var i = 0; i < versions.Length; i++)
        {
            if (versions[i].Validity.Contains(date))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>One degree program with its overrides precomputed.</summary>
internal sealed class ProgramPlan(DegreeProgram program, CreditUnit unit)
{
    public string Id { get; } = program.Id;

    public OverridePlan[] Overrides { get; } = [.. program.Overrides.Select(o => new OverridePlan(o, unit))];
}

/// <summary>One institution: policy versions, programs, and a route per (policy version or none, course).</summary>
internal sealed class InstitutionPlan
{
    private readonly Catalog _catalog;
    private readonly Institution _institution;
    private readonly LocalDate _asOf;
    private readonly Func<DateTimeZone, ZoneTable> _tables;
    private readonly RoutePlan?[] _routes;

    public InstitutionPlan(Catalog catalog, Institution institution, LocalDate asOf, Func<DateTimeZone, ZoneTable> tables)
    {
        Id = institution.Id;
        Unit = institution.CreditUnit;
        Policies = [.. institution.Policies.Select(p => new PolicyPlan(p, asOf))];
        Programs = [.. institution.Programs.Select(p => new ProgramPlan(p, institution.CreditUnit))];
        foreach (var program in Programs)
        {
            if (program.Overrides.Length > 64)
            {
                throw new InvalidPolicyException("Institution '" + institution.Id + "', program '" + program.Id + "' Overrides", program.Overrides.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), "an evaluation plan supports at most 64 overrides per program.");
            }
        }

        _catalog = catalog;
        _institution = institution;
        _asOf = asOf;
        _tables = tables;
        _routes = new RoutePlan?[(Policies.Length + 1) * catalog.Courses.Count];
    }

    public string Id { get; }

    public CreditUnit Unit { get; }

    public PolicyPlan[] Policies { get; }

    public ProgramPlan[] Programs { get; }

    /// <summary>
    /// Gets the route of a course under a policy slot (0: no policy in effect; n: <c>Policies[n - 1]</c>), built on first
    /// use so that compiling a plan stays cheap however large the catalog; later calls read it without allocating.
    /// </summary>
    public RoutePlan Route(int slot, int courseIndex)
    {
        var index = (slot * _catalog.Courses.Count) + courseIndex;
        return Volatile.Read(ref _routes[index]) ?? Build(slot, courseIndex, index);
    }

    private RoutePlan Build(int slot, int courseIndex, int index)
    {
        // Two threads may build the same route; both are equal and one wins.
        var route = new RoutePlan(_catalog, _catalog.Courses[courseIndex], _institution, slot == 0 ? null : Policies[slot - 1], _asOf, _tables);
        return Interlocked.CompareExchange(ref _routes[index], route, null) ?? route;
    }

    public ProgramPlan? FindProgram(string id)
    {
        foreach (var program in Programs)
        {
            if (string.Equals(program.Id, id, StringComparison.Ordinal))
            {
                return program;
            }
        }

        return null;
    }

    public int PolicySlot(LocalDate selectionDate)
    {
        for (var i = 0; i < Policies.Length; i++)
        {
            if (Policies[i].AppliesTo is not { } range || range.Contains(selectionDate))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
