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
internal sealed class FixtureLoader(string? documentRoot = null)
{
    private readonly string? _documentRoot = documentRoot is null ? null : RealPath(Path.GetFullPath(documentRoot));

    private const string LearnerPrefix = "{\"schemaVersion\":1,\"learners\":[";
    private readonly Dictionary<string, DocumentLoadResult<Catalog>> _catalogs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentLoadResult<PolicySet>> _policies = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, Catalog, PolicySet), DocumentLoadResult<LearnerSet>> _learners = [];
    private readonly Dictionary<(Catalog, PolicySet), EligibilityEvaluator> _evaluators = [];

    public EligibilityEvaluator EvaluatorFor(ScenarioFixture fixture)
    {
        if (!_evaluators.TryGetValue((fixture.Catalog, fixture.Policies), out var evaluator))
        {
            _evaluators[(fixture.Catalog, fixture.Policies)] = evaluator = new EligibilityEvaluator(fixture.Catalog, fixture.Policies);
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
        var claim = CheckClaim(context, dto.Claim, catalog, policies);
        var learner = LoadLearner(context, dto, catalog, policies);
        var expect = dto.Expect;
        DecisionOutcome outcome = default;
        if (expect is null)
        {
            context.Error(DocumentErrorCode.MissingProperty, "$.expect", null, "expect is required: the outcome, and optionally creditsGranted, reasonCodes, nextStepCodes and trace.");
        }
        else
        {
            if (expect.Outcome is null || !Enum.TryParse(expect.Outcome, ignoreCase: false, out outcome) || !Enum.IsDefined(outcome) || char.IsDigit(expect.Outcome[0]))
            {
                context.Error(
                    expect.Outcome is null ? DocumentErrorCode.MissingProperty : DocumentErrorCode.InvalidEnumValue,
                    "$.expect.outcome",
                    expect.Outcome,
                    "expect.outcome must be one of " + string.Join(", ", Enum.GetNames<DecisionOutcome>()) + "; got " + Quote(expect.Outcome) + ".");
            }

            CheckCodes(context, expect.ReasonCodes, "$.expect.reasonCodes", "reason code", ReasonCode.All.Select(c => c.Value));
            CheckCodes(context, expect.NextStepCodes, "$.expect.nextStepCodes", "next-step code", NextStepCode.All.Select(c => c.Value));
            if (expect.CreditsGranted is { } credits && !(credits.EndsWith(" SH", StringComparison.Ordinal) || credits.EndsWith(" QH", StringComparison.Ordinal)))
            {
                context.Error(DocumentErrorCode.InvalidCredits, "$.expect.creditsGranted", credits, "expect.creditsGranted must be written as the decision prints it, such as '3 SH' or '4.5 QH'; got " + Quote(credits) + ".");
            }
        }

        if (errors.Count > 0 || catalog is null || policies is null || learner is null || claim is null || asOf is null || expect is null)
        {
            return null;
        }

        var scenario = new Scenario
        {
            Name = name,
            Source = fullPath,
            Request = new EvaluationRequest(learner, claim.CourseId!, claim.InstitutionId!, claim.ProgramId!, asOf.Value),
            Outcome = outcome,
            CreditsGranted = expect.CreditsGranted,
            ReasonCodes = expect.ReasonCodes,
            NextStepCodes = expect.NextStepCodes,
            Trace = expect.Trace,
        };
        return new ScenarioFixture(fullPath, dto.Description, scenario, catalog, policies);
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

    private static void CheckCodes(Context context, string[]? codes, string path, string kind, IEnumerable<string> known)
    {
        if (codes is null)
        {
            return;
        }

        var vocabulary = known.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < codes.Length; i++)
        {
            if (codes[i] is null || !vocabulary.Contains(codes[i]))
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
