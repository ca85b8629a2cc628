using System.Globalization;
using System.Text;
using System.Text.Json;
using CreditRules.Documents;
using CreditRules.Domain;
using CreditRules.Engine;
using NodaTime;
using NodaTime.Text;

namespace CreditRules.Testing.Fixtures;

/// <summary>Loads fixture files, sharing the documents they name (by full path) between fixtures.</summary>
/// <remarks>
/// <para>Not thread-safe: one loader per run.</para>
/// <para>A document a fixture names must lie under the document root, after following every symbolic link: by default
/// the nearest folder above the fixture that holds a repository or solution marker (<c>.git</c>, <c>*.sln</c>,
/// <c>*.slnx</c>, <c>global.json</c>), else the fixture's own folder. A path outside it (<c>../..</c> too far, an
/// absolute path, a link out of it) is refused without being read. A named file that is not JSON is reported by its
/// error code and position only, never by its content.</para>
/// </remarks>
internal sealed class FixtureLoader(string? documentRoot = null, IReadOnlyList<IEligibilityRule>? hostRules = null, IReadOnlyList<IRecordRule>? hostRecordRules = null)
{
    private readonly string? _documentRoot = documentRoot is null ? null : RealPath(Path.GetFullPath(documentRoot));
    private readonly IReadOnlyList<IEligibilityRule> _hostRules = hostRules ?? [];
    private readonly IReadOnlyList<IRecordRule> _hostRecordRules = hostRecordRules ?? [];

    private const string LearnerPrefix = "{\"schemaVersion\":1,\"learners\":[";
    private readonly Dictionary<string, DocumentLoadResult<Catalog>> _catalogs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentLoadResult<PolicySet>> _policies = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, Catalog, PolicySet), DocumentLoadResult<LearnerSet>> _learners = [];
    private readonly Dictionary<(Catalog, PolicySet, string), EligibilityEvaluator> _evaluators = [];
    private readonly Dictionary<(Catalog, PolicySet, string, string), RecordEvaluator> _recordEvaluators = [];

    /// <summary>The evaluator of a fixture's documents with the host claim rules it names, shared by fixtures naming the same.</summary>
    public EligibilityEvaluator EvaluatorFor(ScenarioFixture fixture)
    {
        var key = (fixture.Catalog, fixture.Policies, string.Join("\n", fixture.HostRuleIds));
        if (!_evaluators.TryGetValue(key, out var evaluator))
        {
            _evaluators[key] = evaluator = new EligibilityEvaluator(fixture.Catalog, fixture.Policies, fixture.HostRules);
        }

        return evaluator;
    }

    /// <summary>The record evaluator of a fixture's documents with the host claim and record rules it names.</summary>
    public RecordEvaluator RecordEvaluatorFor(ScenarioFixture fixture)
    {
        var key = (fixture.Catalog, fixture.Policies, string.Join("\n", fixture.HostRuleIds), string.Join("\n", fixture.HostRecordRuleIds));
        if (!_recordEvaluators.TryGetValue(key, out var evaluator))
        {
            _recordEvaluators[key] = evaluator = new RecordEvaluator(EvaluatorFor(fixture), fixture.HostRecordRules);
        }

        return evaluator;
    }

    public ScenarioFixtureLoadResult Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        var errors = new List<DocumentError>();
        var fixture = LoadCore(fullPath, errors);
        return new ScenarioFixtureLoadResult(fullPath, errors.Count == 0 ? fixture : null, errors.ToArray());
    }

    private static string Quote(string? value) => value is null ? "absent" : "'" + value + "'";

    /// <summary>The raw JSON of the value at a simple path (<c>$.a.b[0]</c>), or <see langword="null"/> when it cannot be followed.</summary>
    private static string? RawValueAt(JsonElement root, string path)
    {
        var current = root;
        var rest = path.StartsWith('$') ? path[1..] : path;
        while (rest.Length > 0)
        {
            if (rest[0] == '.' && current.ValueKind == JsonValueKind.Object)
            {
                var end = rest.IndexOfAny(['.', '['], 1);
                var name = end < 0 ? rest[1..] : rest[1..end];
                if (!current.TryGetProperty(name, out current))
                {
                    return null;
                }

                rest = end < 0 ? string.Empty : rest[end..];
            }
            else if (rest[0] == '[' && current.ValueKind == JsonValueKind.Array && rest.IndexOf(']', StringComparison.Ordinal) is var close and > 1
                && int.TryParse(rest.AsSpan(1, close - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < current.GetArrayLength())
            {
                current = current[index];
                rest = rest[(close + 1)..];
            }
            else
            {
                return null;
            }
        }

        return current.ValueKind == JsonValueKind.String ? current.GetString() : current.GetRawText();
    }

    private ScenarioFixture? LoadCore(string fullPath, List<DocumentError> errors)
    {
        if (!File.Exists(fullPath))
        {
            errors.Add(new DocumentError(DocumentErrorCode.MissingProperty, "$", fullPath, "The scenario fixture file '" + fullPath + "' does not exist."));
            return null;
        }

        var bytes = File.ReadAllBytes(fullPath);
        ScenarioFixtureDto? dto;
        JsonDocument? document = null;
        try
        {
            document = JsonDocument.Parse(bytes);
            dto = JsonSerializer.Deserialize(bytes, ScenarioJsonContext.Default.ScenarioFixtureDto);
        }
        catch (JsonException exception)
        {
            // Without a path the text is not JSON; System.Text.Json names no other cause than this message for an
            // unknown property (UnmappedMemberHandling.Disallow).
            var code = document is null ? DocumentErrorCode.JsonSyntax
                : exception.Message.Contains("could not be mapped", StringComparison.Ordinal) ? DocumentErrorCode.UnknownProperty
                : DocumentErrorCode.WrongType;
            var path = exception.Path ?? "$";
            errors.Add(new DocumentError(
                code,
                path,
                document is null ? null : RawValueAt(document.RootElement, path),
                (code == DocumentErrorCode.JsonSyntax ? "The fixture is not valid JSON: " : "The fixture does not match the scenario fixture schema: ") + exception.Message,
                (int)(exception.LineNumber ?? 0) + 1,
                (int)(exception.BytePositionInLine ?? 0) + 1));
            return null;
        }
        finally
        {
            document?.Dispose();
        }

        var positions = JsonPositions.Map(bytes);
        var context = new Context(fullPath, Path.GetDirectoryName(fullPath)!, positions, errors);
        if (dto is null)
        {
            context.Error(DocumentErrorCode.WrongType, "$", "null", "The fixture must be a JSON object; got null.");
            return null;
        }

        if (dto.SchemaVersion is not { ValueKind: JsonValueKind.Number } version || !version.TryGetInt32(out var number) || number != 1)
        {
            context.Error(
                dto.SchemaVersion is null ? DocumentErrorCode.MissingProperty : DocumentErrorCode.UnsupportedSchemaVersion,
                "$.schemaVersion",
                dto.SchemaVersion?.GetRawText(),
                "schemaVersion must be 1; got " + Quote(dto.SchemaVersion?.GetRawText()) + ".");
        }

        var name = dto.Name ?? Path.GetFileNameWithoutExtension(fullPath);
        if (string.IsNullOrWhiteSpace(name))
        {
            context.Error(DocumentErrorCode.BlankValue, "$.name", dto.Name, "name must not be blank; got " + Quote(dto.Name) + ".");
        }

        var catalog = LoadDocument(context, dto.Documents?.Catalog, "catalog", _catalogs, CatalogDocument.LoadFile, (b, s) => CatalogDocument.Load(b, s));
        var policies = LoadDocument(context, dto.Documents?.Policies, "policies", _policies, PolicyDocument.LoadFile, (b, s) => PolicyDocument.Load(b, s));
        var asOf = ParseDate(context, dto.AsOf);
        var isRecord = dto.Record is not null;
        if (dto.Claim is not null && isRecord)
        {
            context.Error(DocumentErrorCode.InvalidValue, "$.record", null, "a fixture decides one claim (claim) or a whole record (record), not both; remove one.");
        }

        var claim = isRecord ? null : CheckClaim(context, dto.Claim, catalog, policies);
        var record = isRecord ? CheckRecord(context, dto.Record!, catalog, policies) : null;
        var hostRules = HostRules(context, dto.HostRules, "hostRules", _hostRules, r => r.Id, "a host claim rule (IEligibilityRule)", "WithHostRule");
        var hostRecordRules = HostRules(context, dto.HostRecordRules, "hostRecordRules", _hostRecordRules, r => r.Id, "a host record rule (IRecordRule)", "WithHostRecordRule");
        if (!isRecord && dto.HostRecordRules is { Length: > 0 })
        {
            context.Error(DocumentErrorCode.InvalidValue, "$.hostRecordRules", dto.HostRecordRules[0], "hostRecordRules apply to whole-record fixtures (record), not to a single claim (claim); got " + Quote(dto.HostRecordRules[0]) + ".");
        }

        var learner = LoadLearner(context, dto, catalog, policies);
        var expect = dto.Expect;
        // Host rules raise codes of their own (ReasonCode.Custom), which no list names: a fixture naming host rules may expect any code.
        var anyCode = dto.HostRules is { Length: > 0 } || dto.HostRecordRules is { Length: > 0 };
        DecisionOutcome outcome = default;
        List<ClaimExpectation>? claims = null;
        if (expect is null)
        {
            context.Error(DocumentErrorCode.MissingProperty, "$.expect", null, isRecord
                ? "expect is required: claims (each claimed course's outcome, and optionally creditsGranted, reasonCodes and nextStepCodes), and optionally the record's creditsGranted and reasonCodes."
                : "expect is required: the outcome, and optionally creditsGranted, reasonCodes, nextStepCodes and trace.");
        }
        else if (isRecord)
        {
            foreach (var (field, present) in new[] { ("outcome", expect.Outcome is not null), ("nextStepCodes", expect.NextStepCodes is not null), ("trace", expect.Trace is not null) })
            {
                if (present)
                {
                    context.Error(DocumentErrorCode.InvalidValue, "$.expect." + field, null, "expect." + field + " applies to a single claim; a record fixture expects each claim's " + field + " in expect.claims.");
                }
            }

            CheckCodes(context, expect.ReasonCodes, "$.expect.reasonCodes", "reason code", ReasonCode.All.Select(c => c.Value), anyCode);
            CheckCredits(context, expect.CreditsGranted, "$.expect.creditsGranted");
            claims = CheckClaimExpectations(context, expect.Claims, dto.Record!.CourseIds, anyCode);
        }
        else
        {
            if (expect.Claims is not null)
            {
                context.Error(DocumentErrorCode.InvalidValue, "$.expect.claims", null, "expect.claims applies to a whole-record fixture (record); a claim fixture expects outcome, creditsGranted, reasonCodes, nextStepCodes and trace.");
            }

            outcome = ParseOutcome(context, expect.Outcome, "$.expect.outcome");
            CheckCodes(context, expect.ReasonCodes, "$.expect.reasonCodes", "reason code", ReasonCode.All.Select(c => c.Value), anyCode);
            CheckCodes(context, expect.NextStepCodes, "$.expect.nextStepCodes", "next-step code", NextStepCode.All.Select(c => c.Value), anyCode);
            CheckCredits(context, expect.CreditsGranted, "$.expect.creditsGranted");
        }

        if (errors.Count > 0 || catalog is null || policies is null || learner is null || (claim is null && record is null) || asOf is null || expect is null)
        {
            return null;
        }

        if (record is not null)
        {
            var recordScenario = new RecordScenario
            {
                Name = name,
                Source = fullPath,
                Request = new RecordEvaluationRequest(learner, record.CourseIds!, record.InstitutionId!, record.ProgramId!, asOf.Value),
                Claims = claims!,
                CreditsGranted = expect.CreditsGranted,
                ReasonCodes = expect.ReasonCodes,
            };
            return new ScenarioFixture(fullPath, dto.Description, null, recordScenario, catalog, policies, hostRules, hostRecordRules);
        }

        var scenario = new Scenario
        {
            Name = name,
            Source = fullPath,
            Request = new EvaluationRequest(learner, claim!.CourseId!, claim.InstitutionId!, claim.ProgramId!, asOf.Value),
            Outcome = outcome,
            CreditsGranted = expect.CreditsGranted,
            ReasonCodes = expect.ReasonCodes,
            NextStepCodes = expect.NextStepCodes,
            Trace = expect.Trace,
        };
        return new ScenarioFixture(fullPath, dto.Description, scenario, null, catalog, policies, hostRules, hostRecordRules);
    }

    private static DecisionOutcome ParseOutcome(Context context, string? text, string path)
    {
        if (text is null || !Enum.TryParse(text, ignoreCase: false, out DecisionOutcome outcome) || !Enum.IsDefined(outcome) || char.IsDigit(text[0]))
        {
            context.Error(
                text is null ? DocumentErrorCode.MissingProperty : DocumentErrorCode.InvalidEnumValue,
                path,
                text,
                path[2..] + " must be one of " + string.Join(", ", Enum.GetNames<DecisionOutcome>()) + "; got " + Quote(text) + ".");
            return default;
        }

        return outcome;
    }

    private static void CheckCredits(Context context, string? credits, string path)
    {
        if (credits is not null && !(credits.EndsWith(" SH", StringComparison.Ordinal) || credits.EndsWith(" QH", StringComparison.Ordinal)))
        {
            context.Error(DocumentErrorCode.InvalidCredits, path, credits, path[2..] + " must be written as the decision prints it, such as '3 SH' or '4.5 QH'; got " + Quote(credits) + ".");
        }
    }

    /// <summary>The host rules a fixture names, resolved against the rules registered with the runner; an unknown id is an error naming the field and the id.</summary>
    private static List<T> HostRules<T>(Context context, string[]? ids, string field, IReadOnlyList<T> registered, Func<T, string> idOf, string kind, string register)
    {
        var rules = new List<T>();
        if (ids is null)
        {
            return rules;
        }

        var known = string.Join(", ", registered.Select(idOf));
        for (var i = 0; i < ids.Length; i++)
        {
            var path = "$." + field + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var id = ids[i];
            var rule = registered.FirstOrDefault(r => string.Equals(idOf(r), id, StringComparison.Ordinal));
            if (rule is null)
            {
                context.Error(DocumentErrorCode.UnknownReference, path, id, path[2..] + " names " + Quote(id) + ", which is not " + kind + " registered with the runner (registered: "
                    + (known.Length == 0 ? "none" : known) + "); register it in C# with ScenarioFixtureRunner." + register + ".");
            }
            else if (rules.Contains(rule))
            {
                context.Error(DocumentErrorCode.DuplicateId, path, id, path[2..] + " names " + Quote(id) + " a second time; name each host rule once.");
            }
            else
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private static RecordDto? CheckRecord(Context context, RecordDto record, Catalog? catalog, PolicySet? policies)
    {
        var valid = true;
        foreach (var (field, value) in new[] { ("institutionId", record.InstitutionId), ("programId", record.ProgramId) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                context.Error(value is null ? DocumentErrorCode.MissingProperty : DocumentErrorCode.BlankValue, "$.record." + field, value, "record." + field + " is required and must not be blank; got " + Quote(value) + ".");
                valid = false;
            }
        }

        if (record.CourseIds is not { Length: > 0 } courses)
        {
            context.Error(DocumentErrorCode.MissingProperty, "$.record.courseIds", null, "record.courseIds is required: the claimed courses, at least one.");
            return null;
        }

        for (var i = 0; i < courses.Length; i++)
        {
            var path = "$.record.courseIds[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (string.IsNullOrWhiteSpace(courses[i]))
            {
                context.Error(DocumentErrorCode.BlankValue, path, courses[i], path[2..] + " must not be blank; got " + Quote(courses[i]) + ".");
                valid = false;
            }
            else if (Array.IndexOf(courses, courses[i]) < i)
            {
                context.Error(DocumentErrorCode.DuplicateId, path, courses[i], path[2..] + " claims '" + courses[i] + "' a second time; claim each course once.");
                valid = false;
            }
            else if (catalog is not null && catalog.GetCourseOrNull(courses[i]) is null)
            {
                context.Error(DocumentErrorCode.UnknownReference, path, courses[i], path[2..] + " '" + courses[i] + "' is not a course of the catalog.");
                valid = false;
            }
        }

        if (valid && policies is not null)
        {
            var institution = policies.GetInstitutionOrNull(record.InstitutionId!);
            if (institution is null)
            {
                context.Error(DocumentErrorCode.UnknownReference, "$.record.institutionId", record.InstitutionId, "record.institutionId '" + record.InstitutionId + "' is not an institution of the policies.");
                valid = false;
            }
            else if (institution.GetProgramOrNull(record.ProgramId!) is null)
            {
                context.Error(DocumentErrorCode.UnknownReference, "$.record.programId", record.ProgramId, "record.programId '" + record.ProgramId + "' is not a program of institution '" + institution.Id + "'.");
                valid = false;
            }
        }

        return valid ? record : null;
    }

    private static List<ClaimExpectation>? CheckClaimExpectations(Context context, ClaimExpectDto[]? claims, string[]? courseIds, bool anyCode)
    {
        if (claims is null)
        {
            context.Error(DocumentErrorCode.MissingProperty, "$.expect.claims", null, "expect.claims is required in a record fixture: one entry per claimed course (courseId, outcome, and optionally creditsGranted, reasonCodes and nextStepCodes).");
            return null;
        }

        var expectations = new List<ClaimExpectation>();
        for (var i = 0; i < claims.Length; i++)
        {
            var at = "$.expect.claims[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var claim = claims[i];
            if (claim is null)
            {
                context.Error(DocumentErrorCode.WrongType, at, "null", at[2..] + " must be an object; got null.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(claim.CourseId))
            {
                context.Error(claim.CourseId is null ? DocumentErrorCode.MissingProperty : DocumentErrorCode.BlankValue, at + ".courseId", claim.CourseId, at[2..] + ".courseId is required and must not be blank; got " + Quote(claim.CourseId) + ".");
            }
            else if (courseIds is not null && !courseIds.Contains(claim.CourseId, StringComparer.Ordinal))
            {
                context.Error(DocumentErrorCode.UnknownReference, at + ".courseId", claim.CourseId, at[2..] + ".courseId '" + claim.CourseId + "' is not one of record.courseIds (" + string.Join(", ", courseIds) + ").");
            }
            else if (expectations.Any(e => string.Equals(e.CourseId, claim.CourseId, StringComparison.Ordinal)))
            {
                context.Error(DocumentErrorCode.DuplicateId, at + ".courseId", claim.CourseId, at[2..] + ".courseId '" + claim.CourseId + "' is expected a second time; expect each claimed course once.");
            }

            var outcome = ParseOutcome(context, claim.Outcome, at + ".outcome");
            CheckCredits(context, claim.CreditsGranted, at + ".creditsGranted");
            CheckCodes(context, claim.ReasonCodes, at + ".reasonCodes", "reason code", ReasonCode.All.Select(c => c.Value), anyCode);
            CheckCodes(context, claim.NextStepCodes, at + ".nextStepCodes", "next-step code", NextStepCode.All.Select(c => c.Value), anyCode);
            if (!string.IsNullOrWhiteSpace(claim.CourseId))
            {
                expectations.Add(new ClaimExpectation
                {
                    CourseId = claim.CourseId,
                    Outcome = outcome,
                    CreditsGranted = claim.CreditsGranted,
                    ReasonCodes = claim.ReasonCodes,
                    NextStepCodes = claim.NextStepCodes,
                });
            }
        }

        foreach (var missing in (courseIds ?? []).Distinct(StringComparer.Ordinal).Where(id => !claims.Any(c => string.Equals(c?.CourseId, id, StringComparison.Ordinal))))
        {
            context.Error(DocumentErrorCode.MissingProperty, "$.expect.claims", missing, "expect.claims has no entry for claimed course '" + missing + "'; expect every course of record.courseIds.");
        }

        return expectations;
    }

    private static LocalDate? ParseDate(Context context, string? text)
    {
        if (text is null)
        {
            context.Error(DocumentErrorCode.MissingProperty, "$.asOf", null, "asOf is required: the date the claim is decided on, such as '2014-06-30'.");
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            context.Error(DocumentErrorCode.InvalidDate, "$.asOf", text, "asOf must be an ISO date (yyyy-MM-dd) that exists; got " + Quote(text) + ".");
            return null;
        }

        return parsed.Value;
    }

    private static ClaimDto? CheckClaim(Context context, ClaimDto? claim, Catalog? catalog, PolicySet? policies)
    {
        if (claim is null)
        {
            context.Error(DocumentErrorCode.MissingProperty, "$.claim", null, "claim is required: courseId, institutionId and programId.");
            return null;
        }

        var valid = true;
        foreach (var (field, value) in new[] { ("courseId", claim.CourseId), ("institutionId", claim.InstitutionId), ("programId", claim.ProgramId) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                context.Error(value is null ? DocumentErrorCode.MissingProperty : DocumentErrorCode.BlankValue, "$.claim." + field, value, "claim." + field + " is required and must not be blank; got " + Quote(value) + ".");
                valid = false;
            }
        }

        if (!valid)
        {
            return null;
        }

        if (catalog is not null && catalog.GetCourseOrNull(claim.CourseId!) is null)
        {
            context.Error(DocumentErrorCode.UnknownReference, "$.claim.courseId", claim.CourseId, "claim.courseId '" + claim.CourseId + "' is not a course of the catalog.");
            valid = false;
        }

        if (policies is not null)
        {
            var institution = policies.GetInstitutionOrNull(claim.InstitutionId!);
            if (institution is null)
            {
                context.Error(DocumentErrorCode.UnknownReference, "$.claim.institutionId", claim.InstitutionId, "claim.institutionId '" + claim.InstitutionId + "' is not an institution of the policies.");
                valid = false;
            }
            else if (institution.GetProgramOrNull(claim.ProgramId!) is null)
            {
                context.Error(DocumentErrorCode.UnknownReference, "$.claim.programId", claim.ProgramId, "claim.programId '" + claim.ProgramId + "' is not a program of institution '" + institution.Id + "'.");
                valid = false;
            }
        }

        return valid ? claim : null;
    }

    private static void CheckCodes(Context context, string[]? codes, string path, string kind, IEnumerable<string> known, bool anyCode)
    {
        if (codes is null)
        {
            return;
        }

        var vocabulary = known.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < codes.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(codes[i]) || (!anyCode && !vocabulary.Contains(codes[i])))
            {
                context.Error(DocumentErrorCode.InvalidEnumValue, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", codes[i], "'" + codes[i] + "' is not a built-in " + kind + ".");
            }
        }
    }

    private T? LoadDocument<T>(
        Context context,
        JsonElement? element,
        string field,
        Dictionary<string, DocumentLoadResult<T>> cache,
        Func<string, DocumentLoadResult<T>> loadFile,
        Func<byte[], string, DocumentLoadResult<T>> loadInline)
        where T : class
    {
        var path = "$.documents." + field;
        switch (element)
        {
            case null:
                context.Error(DocumentErrorCode.MissingProperty, path, null, "documents." + field + " is required: a path relative to the fixture, or the inline document.");
                return null;
            case { ValueKind: JsonValueKind.String } reference:
                var relative = reference.GetString()!;
                var file = Resolve(context, path, "documents." + field, relative);
                if (file is null)
                {
                    return null;
                }

                if (!cache.TryGetValue(file, out var result))
                {
                    cache[file] = result = loadFile(file);
                }

                foreach (var error in result.Errors)
                {
                    context.Error(error.Code, path, relative, "the " + field + " document '" + relative + "' does not load: " + Describe(file, error));
                }

                return result.IsSuccess ? result.Value : null;
            case { ValueKind: JsonValueKind.Object } inline:
                var inlineResult = loadInline(Encoding.UTF8.GetBytes(inline.GetRawText()), context.FixturePath + " " + path);
                context.Relocate(inlineResult.Errors, path, "$", 0);
                return inlineResult.IsSuccess ? inlineResult.Value : null;
            case { } other:
                context.Error(DocumentErrorCode.WrongType, path, other.GetRawText(), "documents." + field + " must be a path (a string) or an inline document (an object); got " + other.ValueKind + ".");
                return null;
        }
    }

    private static string Describe(string file, DocumentError error)
    {
        var at = file + (error.Line is { } line ? ":" + line.ToString(CultureInfo.InvariantCulture) + ":" + (error.Column ?? 0).ToString(CultureInfo.InvariantCulture) : string.Empty);
        // A file that is not JSON may be anything (a key file, a password list): name the problem, never its content.
        return error.Code is DocumentErrorCode.JsonSyntax or DocumentErrorCode.InvalidEncoding or DocumentErrorCode.DocumentTooLarge
            ? at + ": " + error.Code + ": the file is not a JSON document of the expected kind; its content is not shown."
            : at + ": " + error.Code + " at " + error.Path + " (value " + Quote(error.AttemptedValue) + "): " + error.Message;
    }

    /// <summary>
    /// Resolves a document path named by a fixture; reports (without reading the file) a path that does not exist or
    /// that lies outside the document root once every symbolic link is followed.
    /// </summary>
    private string? Resolve(Context context, string jsonPath, string field, string relative)
    {
        var root = _documentRoot ?? DefaultRoot(context.Folder);
        var file = Path.GetFullPath(Path.Combine(context.Folder, relative));
        var real = RealPath(file);
        if (!IsUnder(real, root))
        {
            var how = IsUnder(file, root) ? " through a symbolic link" : string.Empty;
            context.Error(DocumentErrorCode.InvalidValue, jsonPath, relative, field + " names '" + relative + "', which leads outside the fixture's document root '" + root + "'" + how
                + "; documents must lie under it (widen it with the document root option, --document-root).");
            return null;
        }

        if (!File.Exists(real))
        {
            context.Error(DocumentErrorCode.UnknownReference, jsonPath, relative, field + " names '" + relative + "', but '" + file + "' does not exist.");
            return null;
        }

        return file;
    }

    /// <summary>The nearest folder at or above <paramref name="folder"/> holding a repository or solution marker, else <paramref name="folder"/>.</summary>
    private static string DefaultRoot(string folder)
    {
        var real = RealPath(folder);
        for (var current = new DirectoryInfo(real); current is not null; current = current.Parent)
        {
            if (Directory.Exists(Path.Combine(current.FullName, ".git")) || File.Exists(Path.Combine(current.FullName, ".git"))
                || File.Exists(Path.Combine(current.FullName, "global.json"))
                || current.EnumerateFiles("*.sln").Any() || current.EnumerateFiles("*.slnx").Any())
            {
                return current.FullName;
            }
        }

        return real;
    }

    private static bool IsUnder(string path, string root)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var withSeparator = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        return string.Equals(path, root, comparison) || path.StartsWith(withSeparator, comparison);
    }

    /// <summary>The path with every symbolic link along it followed (as far as it exists); a link loop stops at the link.</summary>
    private static string RealPath(string fullPath) => RealPath(fullPath, 0);

    private static string RealPath(string fullPath, int depth)
    {
        var root = Path.GetPathRoot(fullPath)!;
        var current = root;
        var parts = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            current = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (depth > 32 || !info.Exists || info.LinkTarget is null)
            {
                continue;
            }

            FileSystemInfo? target;
            try
            {
                target = info.ResolveLinkTarget(returnFinalTarget: true);
            }
            catch (IOException)
            {
                return current;
            }

            if (target is not null)
            {
                // The target may lie under further links: resolve the rest of the path from it.
                var rest = string.Join(Path.DirectorySeparatorChar, parts[(i + 1)..]);
                return RealPath(Path.GetFullPath(rest.Length == 0 ? target.FullName : Path.Combine(target.FullName, rest)), depth + 1);
            }
        }

        return current;
    }

    private LearnerRecord? LoadLearner(Context context, ScenarioFixtureDto dto, Catalog? catalog, PolicySet? policies)
    {
        if (dto.Learner is { ValueKind: JsonValueKind.Object or JsonValueKind.String } && (catalog is null || policies is null))
        {
            return null; // checked against the documents, which did not load
        }

        switch (dto.Learner)
        {
            case null:
                context.Error(DocumentErrorCode.MissingProperty, "$.learner", null, "learner is required: an inline learner record, or the id of a learner in documents.learners.");
                return null;
            case { ValueKind: JsonValueKind.Object } inline:
                var wrapped = Encoding.UTF8.GetBytes(LearnerPrefix + inline.GetRawText() + "]}");
                var result = LearnerDocument.Load(wrapped, catalog!, policies!, context.FixturePath + " $.learner");
                context.Relocate(result.Errors, "$.learner", "$.learners[0]", LearnerPrefix.Length);
                return result.IsSuccess ? result.Value.Learners[0] : null;
            case { ValueKind: JsonValueKind.String } id:
                var learnerId = id.GetString()!;
                if (dto.Documents?.Learners is not { ValueKind: JsonValueKind.String } reference)
                {
                    context.Error(DocumentErrorCode.MissingProperty, "$.documents.learners", dto.Documents?.Learners?.GetRawText(), "learner '" + learnerId + "' is an id, so documents.learners must name a learner document (a path relative to the fixture).");
                    return null;
                }

                var relative = reference.GetString()!;
                var file = Resolve(context, "$.documents.learners", "documents.learners", relative);
                if (file is null)
                {
                    return null;
                }

                if (!_learners.TryGetValue((file, catalog!, policies!), out var learners))
                {
                    _learners[(file, catalog!, policies!)] = learners = LearnerDocument.LoadFile(file, catalog, policies);
                }

                foreach (var error in learners.Errors)
                {
                    context.Error(error.Code, "$.documents.learners", relative, "the learners document '" + relative + "' does not load: " + Describe(file, error));
                }

                if (!learners.IsSuccess)
                {
                    return null;
                }

                var learner = learners.Value.GetLearnerOrNull(learnerId);
                if (learner is null)
                {
                    context.Error(DocumentErrorCode.UnknownReference, "$.learner", learnerId, "learner '" + learnerId + "' is not in the learners document '" + relative + "'.");
                }

                return learner;
            case { } other:
                context.Error(DocumentErrorCode.WrongType, "$.learner", other.GetRawText(), "learner must be an inline learner record (an object) or a learner id (a string); got " + other.ValueKind + ".");
                return null;
        }
    }

    private sealed class Context(string fixturePath, string folder, JsonPositions positions, List<DocumentError> errors)
    {
        public string FixturePath { get; } = fixturePath;

        public string Folder { get; } = folder;

        public void Error(DocumentErrorCode code, string path, string? value, string message)
        {
            var at = positions.Find(path);
            errors.Add(new DocumentError(code, path, value, message, at?.Line, at?.Column));
        }

        /// <summary>Moves the errors of an inline document to where it sits in the fixture: its paths under
        /// <paramref name="fixturePath"/> and its lines and columns shifted to the inline value's position.</summary>
        public void Relocate(IReadOnlyList<DocumentError> inlineErrors, string fixturePath, string innerRoot, int prefixLength)
        {
            var start = positions.Find(fixturePath);
            foreach (var error in inlineErrors)
            {
                var path = error.Path.StartsWith(innerRoot, StringComparison.Ordinal) ? fixturePath + error.Path[innerRoot.Length..] : fixturePath;
                int? line = null;
                int? column = null;
                if (start is { } origin && error.Line is { } innerLine && error.Column is { } innerColumn)
                {
                    line = origin.Line + innerLine - 1;
                    column = innerLine == 1 ? Math.Max(1, origin.Column + innerColumn - 1 - prefixLength) : innerColumn;
                }
                else if (start is { } fallback)
                {
                    (line, column) = fallback;
                }

                errors.Add(new DocumentError(error.Code, path, error.AttemptedValue, error.Message, line, column));
            }
        }
    }
}
