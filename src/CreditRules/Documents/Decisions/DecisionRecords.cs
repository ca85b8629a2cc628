using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CreditRules.Documents.Dto;
using CreditRules.Documents.Mapping;
using CreditRules.Domain;
using CreditRules.Engine;
using CreditRules.Internal;
using NodaTime;
using NodaTime.Text;

namespace CreditRules.Documents;

/// <summary>
/// Creates decision records (<see cref="DecisionRecordJson"/>) and replays them: re-decides a record with today's data and
/// engine and reports, reason by reason, what changed and whether the facts, the data or the engine differ.
/// </summary>
/// <remarks>
/// <para><b>Facts are embedded.</b> A record carries the learner facts it was decided with, so it replays years later
/// without the learner document it came from (which may have changed or gone). <see cref="Replay"/> takes other facts
/// only when asked to (a registrar checking a record against today's learner facts).</para>
/// <para><b>Digests.</b> <see cref="InputsDigest"/> is order-independent where order does not matter (every list of
/// facts is sorted by its canonical JSON, emails too) and covers every fact, because a record-level decision reads facts
/// of other courses. <see cref="DataVersionOf"/> hashes the two documents' canonical JSON, so a change of content is a new data
/// version and a change of layout (whitespace, member order, <c>3.0</c> for <c>3</c>) is not (the same label the hosting
/// package reports in its health check).</para>
/// <para>Thread-safe: every member is a pure function of its arguments.</para>
/// </remarks>
public static class DecisionRecords
{
    /// <summary>The record format this engine writes and reads.</summary>
    public const int CurrentRecordVersion = 1;

    private static readonly JsonWriterOptions Compact = new() { Indented = false };

    /// <summary>Gets the engine version stamped on records: the CreditRules assembly's informational version (such as <c>0.1.0+1a2b3c4</c>).</summary>
    /// <value>The version text.</value>
    public static string EngineVersion { get; } =
        typeof(DecisionRecords).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(DecisionRecords).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>Computes the data version of a catalog and a policy document: <c>sha256:</c> and the first 16 hex digits of the SHA-256 of both documents' canonical JSON.</summary>
    /// <param name="catalogUtf8">The catalog document's bytes, as read from its file.</param>
    /// <param name="policiesUtf8">The policy document's bytes.</param>
    /// <returns>The version label: equal content gives an equal label whatever its layout (whitespace, comments, the order
    /// of an object's members, <c>3.0</c> for <c>3</c>), and any change of content (a value, an array's order) a new one.</returns>
    /// <remarks>The one definition: <c>DocumentCreditRulesDataSource</c> (and so the hosting package's health check) labels
    /// its snapshots with it. A document that is not JSON is hashed as its bytes.</remarks>
    public static string DataVersionOf(ReadOnlySpan<byte> catalogUtf8, ReadOnlySpan<byte> policiesUtf8)
    {
        var catalog = CanonicalJson.TryCanonicalize(catalogUtf8) ?? catalogUtf8.ToArray();
        var policies = CanonicalJson.TryCanonicalize(policiesUtf8) ?? policiesUtf8.ToArray();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(BitConverter.GetBytes((long)catalog.Length));
        hash.AppendData(catalog);
        hash.AppendData(policies);
        return "sha256:" + Convert.ToHexString(hash.GetHashAndReset(), 0, 8).ToLowerInvariant();
    }

    /// <summary>Computes the digest of a learner's facts: <c>sha256:</c> and 64 hex digits of their canonical JSON.</summary>
    /// <param name="learner">The learner.</param>
    /// <returns>The digest.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="learner"/> is null.</exception>
    /// <remarks>Canonical: the learner as the learner document writes it (instants normalised, defaults omitted), without
    /// claims or notes, written as canonical JSON (members in name order, decimals at their smallest scale, so a score or
    /// amount of <c>3.0</c> hashes as <c>3</c>), with every list of facts sorted by its elements' canonical JSON, so
    /// reordering facts does not change the digest and changing, adding or removing one does.</remarks>
    public static string InputsDigest(LearnerRecord learner)
    {
        var dto = FactsDto(Preconditions.NotNull(learner));
        var context = DocumentJsonContext.Default;
        dto.Emails = dto.Emails?.Order(StringComparer.Ordinal).ToList();
        dto.ProgramEnrollments = Sorted(dto.ProgramEnrollments, context.ProgramEnrollmentDto);
        dto.CourseEnrollments = Sorted(dto.CourseEnrollments, context.CourseEnrollmentDto);
        dto.Completions = Sorted(dto.Completions, context.CompletionDto);
        dto.IdentityVerifications = Sorted(dto.IdentityVerifications, context.IdentityVerificationDto);
        dto.ExamAttempts = Sorted(dto.ExamAttempts, context.ExamAttemptDto);
        dto.Fees = Sorted(dto.Fees, context.FeeDto);
        dto.Evidence = Sorted(dto.Evidence, context.EvidenceDocumentDto);
        dto.PriorCredits = Sorted(dto.PriorCredits, context.PriorCreditDto);
        using var facts = JsonDocument.Parse(Serialize(dto));
        return "sha256:" + Convert.ToHexString(SHA256.HashData(CanonicalJson.Canonicalize(facts.RootElement))).ToLowerInvariant();
    }

    /// <summary>Creates the record of a decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="learner">The learner facts it was decided with (embedded in the record).</param>
    /// <param name="dataVersion">The data version it was decided with, such as <see cref="DataVersionOf"/> of the documents.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="learner"/> is not the decision's learner, or <paramref name="dataVersion"/> is blank.</exception>
    public static DecisionRecordJson Create(Decision decision, LearnerRecord learner, string dataVersion) => Create(decision, learner, dataVersion, null);

    /// <summary>Creates the record of a claim's record-aware decision: the claim decided within the learner's whole record.</summary>
    /// <param name="decision">The claim's record-aware decision (<see cref="CourseAward.RecordAwareDecision"/>).</param>
    /// <param name="learner">The learner facts it was decided with (embedded in the record).</param>
    /// <param name="dataVersion">The data version it was decided with, such as <see cref="DataVersionOf"/> of the documents.</param>
    /// <param name="recordCourses">The courses of the record request the claim was decided in (<see cref="RecordEvaluationRequest.CourseIds"/>), or <see langword="null"/> when it was decided alone.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="recordCourses"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="learner"/> is not the decision's learner, <paramref name="dataVersion"/> is blank, or <paramref name="recordCourses"/> does not contain the decision's course.</exception>
    public static DecisionRecordJson Create(Decision decision, LearnerRecord learner, string dataVersion, IEnumerable<string>? recordCourses)
    {
        string[]? courses = recordCourses is null ? null : [.. recordCourses.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        if (courses is not null && decision is not null && !courses.Contains(decision.CourseId, StringComparer.Ordinal))
        {
            throw new ArgumentException("The record courses (" + string.Join(", ", courses) + ") do not contain the decision's course '" + decision.CourseId + "'.", nameof(recordCourses));
        }

        Preconditions.NotNull(decision);
        Preconditions.NotNull(learner);
        Preconditions.NotBlank(dataVersion);
        if (!string.Equals(decision.LearnerId, learner.LearnerId, StringComparison.Ordinal))
        {
            throw new ArgumentException("The decision is about learner '" + decision.LearnerId + "', not '" + learner.LearnerId + "'.", nameof(learner));
        }

        using var facts = JsonDocument.Parse(Serialize(FactsDto(learner)));
        return new DecisionRecordJson(
            CurrentRecordVersion,
            decision.LearnerId,
            decision.CourseId,
            decision.InstitutionId,
            decision.ProgramId,
            LocalDatePattern.Iso.Format(decision.AsOf),
            decision.AsKnownOn is { } known ? LocalDatePattern.Iso.Format(known) : null,
            decision.Outcome.ToString(),
            CreditJson.From(decision.CreditsGranted),
            decision.PolicyVersion,
            decision.QualifyingDate is { } q ? LocalDatePattern.Iso.Format(q) : null,
            ReasonJson.FromAll(decision.Reasons),
            decision.NextSteps.Select(NextStepJson.From).ToArray(),
            InputsDigest(learner),
            dataVersion,
            EngineVersion,
            facts.RootElement.Clone(),
            courses);
    }

    /// <summary>Reads the learner facts embedded in a record, checked like a learner in a learner document.</summary>
    /// <param name="record">The record.</param>
    /// <param name="catalog">The catalog the facts' ids must exist in, or <see langword="null"/> not to check them.</param>
    /// <param name="policies">The policy set the facts' ids must exist in, or <see langword="null"/>.</param>
    /// <returns>The learner, or every error found (paths start at the facts' root, <c>$</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static DocumentLoadResult<LearnerRecord> ReadFacts(DecisionRecordJson record, Catalog? catalog, PolicySet? policies)
    {
        Preconditions.NotNull(record);
        var read = LearnerLines.Read(System.Text.Encoding.UTF8.GetBytes(record.Facts.GetRawText()), catalog, policies, "facts of " + record.LearnerId);
        return read.IsSuccess
            ? DocumentLoadResult<LearnerRecord>.Success(read.Value.Learners[0], read.Source)
            : DocumentLoadResult<LearnerRecord>.Failure(read.Errors, read.Source);
    }

    /// <summary>
    /// Re-decides a record with <paramref name="evaluator"/> (today's data and engine) on the record's as-of and as-known-on
    /// dates, with the record's embedded facts or <paramref name="facts"/>, and compares the answers.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="evaluator">The evaluator holding today's data.</param>
    /// <param name="dataVersion">Today's data version (compared with the record's).</param>
    /// <param name="facts">The learner facts to decide with instead of the embedded ones (today's record of the learner), or <see langword="null"/>.</param>
    /// <returns>The replay: what changed and what differs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> or <paramref name="evaluator"/> is null.</exception>
    /// <exception cref="ArgumentException">The record's version is not <see cref="CurrentRecordVersion"/>, a date is not ISO, or <paramref name="facts"/> is another learner.</exception>
    /// <exception cref="DocumentValidationException">The embedded facts do not load against today's data (an id no longer exists).</exception>
    /// <exception cref="UnknownReferenceException">The course, institution or program no longer exists.</exception>
    public static DecisionReplay Replay(DecisionRecordJson record, EligibilityEvaluator evaluator, string dataVersion, LearnerRecord? facts = null)
    {
        Preconditions.NotNull(record);
        Preconditions.NotNull(evaluator);
        if (record.RecordVersion != CurrentRecordVersion)
        {
            throw new ArgumentException("RecordVersion " + record.RecordVersion + " is not supported; this engine reads decision records of version " + CurrentRecordVersion + ".", nameof(record));
        }

        var learner = facts ?? ReadFacts(record, evaluator.Catalog, evaluator.Policies).Value;
        if (!string.Equals(learner.LearnerId, record.LearnerId, StringComparison.Ordinal))
        {
            throw new ArgumentException("The record is about learner '" + record.LearnerId + "', not '" + learner.LearnerId + "'.", nameof(facts));
        }

        var asOf = Date(record.AsOf, nameof(DecisionRecordJson.AsOf));
        var asKnownOn = record.AsKnownOn is { } text ? Date(text, nameof(DecisionRecordJson.AsKnownOn)) : (LocalDate?)null;
        DecisionRecordJson now;
        if (record.RecordCourses is { } courses)
        {
            // Decided within the whole record: decide the same set of courses again and take this claim's decision.
            var request = new RecordEvaluationRequest(learner, courses, record.InstitutionId, record.ProgramId, asOf).WithAsKnownOn(asKnownOn);
            var award = new RecordEvaluator(evaluator).Evaluate(request).GetAwardOrNull(record.CourseId)
                ?? throw new ArgumentException("The record's courses do not contain its course '" + record.CourseId + "'.", nameof(record));
            now = Create(award.RecordAwareDecision, learner, dataVersion, courses);
        }
        else
        {
            var request = new EvaluationRequest(learner, record.CourseId, record.InstitutionId, record.ProgramId, asOf, asKnownOn);
            now = Create(evaluator.Evaluate(request), learner, dataVersion);
        }

        var causes = new List<InputChange>();
        if (!string.Equals(record.InputsDigest, now.InputsDigest, StringComparison.Ordinal))
        {
            causes.Add(new InputChange(InputChangeKind.Facts, record.InputsDigest, now.InputsDigest));
        }

        if (!string.Equals(record.DataVersion, now.DataVersion, StringComparison.Ordinal))
        {
            causes.Add(new InputChange(InputChangeKind.DataVersion, record.DataVersion, now.DataVersion));
        }

        if (!string.Equals(record.EngineVersion, now.EngineVersion, StringComparison.Ordinal))
        {
            causes.Add(new InputChange(InputChangeKind.EngineVersion, record.EngineVersion, now.EngineVersion));
        }

        var causedBy = causes.Select(InputChangeJson.From).ToArray();
        return new DecisionReplay(record, now, causes, MatchReasons(record.Reasons, now.Reasons, causedBy));
    }

    private static LocalDate Date(string text, string field)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new ArgumentException(field + " '" + text + "' is not an ISO date (yyyy-MM-dd).", nameof(text));
    }

    /// <summary>Matches reasons by code and rule id, in order within a key (<see cref="ReasonPairs"/>, as <see cref="DecisionDiff"/> does): a matched pair whose message or severity differs changed.</summary>
    private static List<ReasonChangeJson> MatchReasons(IReadOnlyList<ReasonJson> before, IReadOnlyList<ReasonJson> after, InputChangeJson[] causedBy)
    {
        static string Key(ReasonJson r) => r.Code + "|" + r.RuleId;
        var changes = new List<ReasonChangeJson>();
        foreach (var (old, now, _) in ReasonPairs.Changed(before, after, Key, static (a, b) => string.Equals(a.Message, b.Message, StringComparison.Ordinal) && a.Severity == b.Severity))
        {
            var either = (now ?? old)!;
            changes.Add(new ReasonChangeJson(ReasonPairs.KindOf(old, now).ToString(), either.Code, either.RuleId, old?.Message, now?.Message, causedBy));
        }

        return changes;
    }

    private static LearnerDto FactsDto(LearnerRecord learner)
    {
        var dto = LearnerMapper.ToDto(learner, []);
        dto.Claims = null;
        dto.Notes = null;
        return dto;
    }

    private static byte[] Serialize(LearnerDto dto)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            JsonSerializer.Serialize(writer, dto, DocumentJsonContext.Default.LearnerDto);
        }

        return buffer.ToArray();
    }

    private static List<T>? Sorted<T>(List<T>? items, JsonTypeInfo<T> info) =>
        items?.Select(i => (Item: i, Key: Key(JsonSerializer.SerializeToElement(i, info)))).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Item).ToList();

    private static string Key(JsonElement item) => System.Text.Encoding.UTF8.GetString(CanonicalJson.Canonicalize(item));
}

/// <summary>The answer of <see cref="DecisionRecords.Replay"/>: the record, the same claim decided today, what changed and what differs.</summary>
/// <remarks>Immutable.</remarks>
public sealed class DecisionReplay
{
    internal DecisionReplay(DecisionRecordJson record, DecisionRecordJson replayed, IReadOnlyList<InputChange> causes, IReadOnlyList<ReasonChangeJson> reasonChanges)
    {
        Record = record;
        Replayed = replayed;
        Causes = causes;
        ReasonChanges = reasonChanges;
        OutcomeChanged = !string.Equals(record.Outcome, replayed.Outcome, StringComparison.Ordinal);
        CreditsChanged = record.CreditsGranted != replayed.CreditsGranted;
        NextStepsChanged = !record.NextSteps.SequenceEqual(replayed.NextSteps);
    }

    /// <summary>Gets the record replayed.</summary>
    public DecisionRecordJson Record { get; }

    /// <summary>Gets the record of the same claim decided today (today's data version and engine version).</summary>
    public DecisionRecordJson Replayed { get; }

    /// <summary>Gets what differs between the record and today: <see cref="InputChangeKind.Facts"/>,
    /// <see cref="InputChangeKind.DataVersion"/> and <see cref="InputChangeKind.EngineVersion"/>, each with its value on
    /// record and today; empty when nothing does (then nothing changes either: the engine is deterministic).</summary>
    public IReadOnlyList<InputChange> Causes { get; }

    /// <summary>Gets the reasons that appeared, disappeared or changed (message or severity), matched by code and rule id.</summary>
    public IReadOnlyList<ReasonChangeJson> ReasonChanges { get; }

    /// <summary>Gets a value indicating whether the outcome changed.</summary>
    public bool OutcomeChanged { get; }

    /// <summary>Gets a value indicating whether the credits granted changed.</summary>
    public bool CreditsChanged { get; }

    /// <summary>Gets a value indicating whether the next steps changed.</summary>
    public bool NextStepsChanged { get; }

    /// <summary>Gets a value indicating whether the decision changed: outcome, credits, a reason or a next step.</summary>
    public bool HasChanges => OutcomeChanged || CreditsChanged || NextStepsChanged || ReasonChanges.Count > 0;
}
