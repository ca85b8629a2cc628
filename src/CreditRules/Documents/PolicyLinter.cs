using System.Globalization;
using System.Text.Json;
using CreditRules.Documents.Dto;
using CreditRules.Documents.Mapping;
using CreditRules.Documents.Reading;
using CreditRules.Domain;
using static CreditRules.Documents.Mapping.MappingContext;

namespace CreditRules.Documents;

/// <summary>
/// Static checks that understand time, over catalog, policy and learner documents together: documents that do not load,
/// gaps between recommendation versions, overrides that can never apply or contradict each other, caps below the smallest
/// award, minimum scores above their scale, and levels or evaluators referenced but never accepted.
/// </summary>
/// <remarks>
/// Each document's kind is read from its <c>$schema</c>, or else from its top-level properties. Learner documents are
/// checked against the first catalog and policy set given. Thread-safe.
/// </remarks>
public static class PolicyLinter
{
    /// <summary>Lints files.</summary>
    /// <param name="paths">The document files.</param>
    /// <returns>Every diagnostic, by file in the order given, then by position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    /// <exception cref="IOException">A file cannot be read (it does not exist, or is a folder).</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    public static IReadOnlyList<LintDiagnostic> LintFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var tooLarge = new List<LintDiagnostic>();
        var inputs = new List<(string Name, byte[] Bytes)>();
        foreach (var path in paths)
        {
            // The loaders' reading path: bounded for any file, UTF-8 only (checked when the document is read).
            var bytes = DocumentPipeline.ReadFile(path, out var error);
            if (error is not null)
            {
                tooLarge.Add(new LintDiagnostic(LintCode.DocumentError, LintSeverity.Error, path, error.Path, error.Code + ": " + error.Message));
            }
            else
            {
                inputs.Add((path, bytes!));
            }
        }

        return [.. tooLarge, .. Lint(inputs)];
    }

    /// <summary>Lints documents given as text.</summary>
    /// <param name="documents">Each document's name (shown in diagnostics) and JSON text.</param>
    /// <returns>Every diagnostic, by document in the order given, then by position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    public static IReadOnlyList<LintDiagnostic> Lint(IEnumerable<KeyValuePair<string, string>> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Lint(documents.Select(d => (d.Key, DocumentPipeline.Utf8(d.Value ?? string.Empty))).ToArray());
    }

    private static LintDiagnostic[] Lint(IReadOnlyList<(string Name, byte[] Bytes)> inputs)
    {
        var diagnostics = new List<LintDiagnostic>();
        var catalogs = new List<(string Name, Loaded<CatalogDto, Catalog> Loaded)>();
        var policySets = new List<(string Name, Loaded<PolicySetDto, PolicySet> Loaded)>();
        var learnerDocuments = new List<(string Name, byte[] Bytes)>();
        foreach (var (name, bytes) in inputs)
        {
            switch (Kind(bytes))
            {
                case "catalog":
                    catalogs.Add((name, DocumentPipeline.LoadWithDetails(bytes, DocumentJsonContext.Default.CatalogDto, CatalogMapper.ToDomain, name)));
                    break;
                case "policies":
                    policySets.Add((name, DocumentPipeline.LoadWithDetails(bytes, DocumentJsonContext.Default.PolicySetDto, PolicyMapper.ToDomain, name)));
                    break;
                case "learners":
                    learnerDocuments.Add((name, bytes));
                    break;
                default:
                    diagnostics.Add(new LintDiagnostic(LintCode.DocumentError, LintSeverity.Error, name, "$",
                        "Cannot tell what kind of document this is: give a $schema naming catalog, policies or learners, or a top-level 'recommendations', 'institutions' or 'learners' property."));
                    break;
            }
        }

        var catalog = catalogs.Select(c => c.Loaded.Result).FirstOrDefault(r => r.IsSuccess)?.Value;
        var policies = policySets.Select(p => p.Loaded.Result).FirstOrDefault(r => r.IsSuccess)?.Value;
        foreach (var (name, loaded) in catalogs)
        {
            Report(diagnostics, name, loaded.Result);
            if (loaded.Result.IsSuccess)
            {
                CheckVersionGaps(diagnostics, name, loaded.Result.Value, loaded.Dto!, loaded.Positions);
            }
        }

        foreach (var (name, loaded) in policySets)
        {
            Report(diagnostics, name, loaded.Result);
            if (loaded.Result.IsSuccess)
            {
                CheckPolicies(diagnostics, name, loaded.Result.Value, catalog, loaded.Positions);
            }
        }

        foreach (var (name, bytes) in learnerDocuments)
        {
            Report(diagnostics, name, LearnerDocument.Load(bytes, catalog, policies, name));
        }

        var order = inputs.Select((input, index) => (input.Name, index)).GroupBy(x => x.Name).ToDictionary(g => g.Key, g => g.First().index, StringComparer.Ordinal);
        return diagnostics.OrderBy(d => order.GetValueOrDefault(d.Source)).ThenBy(d => d.Line ?? 0).ThenBy(d => d.Column ?? 0).ToArray();
    }

    private static string? Kind(byte[] bytes)
    {
        string? kind = null;
        if (bytes.Length > DocumentLimits.MaxDocumentBytes || TextEncoding.Check(bytes) is not null)
        {
            // Let the catalog loader report the size or the encoding, located, as it would for any document.
            return "catalog";
        }

        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = DocumentLimits.MaxDepth + 1 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name == "$schema" && property.Value.ValueKind == JsonValueKind.String)
                {
                    var schema = property.Value.GetString()!;
                    foreach (var candidate in new[] { "catalog", "policies", "learners" })
                    {
                        if (schema.EndsWith(candidate + ".schema.json", StringComparison.Ordinal))
                        {
                            return candidate;
                        }
                    }
                }

                kind ??= property.Name switch
                {
                    "recommendations" or "evaluators" => "catalog",
                    "institutions" => "policies",
                    "learners" => "learners",
                    _ => null,
                };
            }
        }
        catch (JsonException)
        {
            // Unreadable: let the catalog loader report the syntax error with its position.
            return "catalog";
        }

        return kind;
    }

    private static void Report<T>(List<LintDiagnostic> diagnostics, string name, DocumentLoadResult<T> result)
        where T : class
    {
        foreach (var error in result.Errors)
        {
            var code = error.Code == DocumentErrorCode.ScoreOutOfScale && error.Path.Contains("inimum", StringComparison.Ordinal)
                ? LintCode.MinimumScoreAboveScaleMaximum
                : LintCode.DocumentError;
            diagnostics.Add(new LintDiagnostic(code, LintSeverity.Error, name, error.Path, error.Code + ": " + error.Message, error.Line, error.Column));
        }
    }

    private static void CheckVersionGaps(List<LintDiagnostic> diagnostics, string name, Catalog catalog, CatalogDto dto, PositionMap? positions)
    {
        for (var i = 0; i < catalog.Recommendations.Count; i++)
        {
            var recommendation = catalog.Recommendations[i];
            var versions = recommendation.Versions;
            for (var k = 1; k < versions.Count; k++)
            {
                var previous = versions[k - 1];
                var next = versions[k];
                if (next.Validity.Start > previous.Validity.End.PlusDays(1))
                {
                    var index = dto.Recommendations[i].Versions.FindIndex(v => v.Number == next.Number);
                    var path = P(P(I(P(I("$.recommendations", i), "versions"), index), "validity"), "start");
                    Add(diagnostics, positions, LintCode.RecommendationVersionGap, LintSeverity.Warning, name, path,
                        "Exhibit '" + recommendation.ExhibitId + "' has no version from " + Date(previous.Validity.End.PlusDays(1)) + " to " + Date(next.Validity.Start.PlusDays(-1))
                        + ": version " + Number(previous.Number) + " ends on " + Date(previous.Validity.End) + " and version " + Number(next.Number) + " starts on " + Date(next.Validity.Start)
                        + "; exams passed in the gap earn no credit.");
                }
            }
        }
    }

    private static void CheckPolicies(List<LintDiagnostic> diagnostics, string name, PolicySet policies, Catalog? catalog, PositionMap? positions)
    {
        for (var i = 0; i < policies.Institutions.Count; i++)
        {
            var institution = policies.Institutions[i];
            var institutionPath = I("$.institutions", i);
            var acceptedLevels = institution.Policies.SelectMany(p => p.AcceptedLevels).ToHashSet();
            var acceptedEvaluators = institution.Policies.SelectMany(p => p.AcceptedEvaluators).ToHashSet(StringComparer.Ordinal);
            if (catalog is not null)
            {
                for (var p = 0; p < institution.Policies.Count; p++)
                {
                    var evaluators = institution.Policies[p].AcceptedEvaluators;
                    for (var e = 0; e < evaluators.Count; e++)
                    {
                        if (catalog.GetEvaluatorOrNull(evaluators[e]) is null)
                        {
                            Add(diagnostics, positions, LintCode.EvaluatorNeverAccepted, LintSeverity.Warning, name, I(P(I(P(institutionPath, "policies"), p), "acceptedEvaluators"), e),
                                "Policy version '" + institution.Policies[p].Id + "' accepts evaluator '" + evaluators[e] + "', which the catalog does not define; no recommendation can use it.");
                        }
                    }
                }
            }

            for (var p = 0; p < institution.Policies.Count; p++)
            {
                var versionPath = I(P(institutionPath, "policies"), p);
                CheckClaimScope(diagnostics, positions, name, "Policy version '" + institution.Policies[p].Id + "'", institution.Policies[p].Recency, institution.Policies[p].RefusedProviders, versionPath, catalog);
                if (institution.Policies[p].RecordPolicy is { } rules)
                {
                    CheckAreas(diagnostics, positions, name, institution, rules, P(P(I(P(institutionPath, "policies"), p), "recordPolicy"), "programs"), catalog);
                    CheckProgramRecordSettings(diagnostics, positions, name, institution, rules, P(P(I(P(institutionPath, "policies"), p), "recordPolicy"), "programs"));
                }
                CheckMappings(diagnostics, positions, name, "Policy version '" + institution.Policies[p].Id + "'", institution.Policies[p], P(I(P(institutionPath, "policies"), p), "levelMappings"));
            }

            for (var g = 0; g < institution.Programs.Count; g++)
            {
                var program = institution.Programs[g];
                var programPath = I(P(institutionPath, "programs"), g);
                if (program.Settings is { LevelMappings: not null } own)
                {
                    foreach (var effective in institution.Policies.Select(own.ApplyTo))
                    {
                        CheckMappings(diagnostics, positions, name, "Program '" + program.Id + "' under policy version '" + effective.Id + "'", effective, P(P(programPath, "settings"), "levelMappings"));
                    }
                }

                var overridesPath = P(programPath, "overrides");
                var programLevels = acceptedLevels;
                var programEvaluators = acceptedEvaluators;
                if (program.Settings is { } settings)
                {
                    // The program's effective settings under each policy version: the one resolution the engine uses.
                    var effective = institution.Policies.Select(settings.ApplyTo).ToArray();
                    programLevels = effective.SelectMany(p => p.AcceptedLevels).ToHashSet();
                    programEvaluators = effective.SelectMany(p => p.AcceptedEvaluators).ToHashSet(StringComparer.Ordinal);
                    CheckSettings(diagnostics, positions, name, institution, program, settings, P(programPath, "settings"), catalog);
                    CheckClaimScope(diagnostics, positions, name, "Program '" + program.Id + "'", settings.Recency, settings.RefusedProviders, P(programPath, "settings"), catalog);
                }

                for (var o = 0; o < program.Overrides.Count; o++)
                {
                    var programOverride = program.Overrides[o];
                    var path = I(overridesPath, o);
                    CheckOverride(diagnostics, positions, name, institution, programOverride, path, programLevels, programEvaluators, catalog);
                    for (var other = 0; other < o; other++)
                    {
                        CheckPair(diagnostics, positions, name, program, program.Overrides[other], programOverride, path);
                    }
                }
            }
        }
    }

    /// <summary>
    /// A program's caps and record settings: a stated cap or setting equal to the institution's it replaces changes nothing
    /// (warning, <see cref="LintCode.ProgramSettingChangesNothing"/>); a program cap reusing an institution cap's id for
    /// another scope, source or level contradicts it (error, <see cref="LintCode.SettingContradictedAcrossScopes"/>): a cap id
    /// names one limit, and the program's cap would silently drop the institution's.
    /// </summary>
    private static void CheckProgramRecordSettings(List<LintDiagnostic> diagnostics, PositionMap? positions, string name, Institution institution, RecordPolicy rules, string programsPath)
    {
        var unit = institution.CreditUnit;
        for (var k = 0; k < rules.Programs.Count; k++)
        {
            var program = rules.Programs[k];
            var programPath = I(programsPath, k);
            for (var c = 0; c < program.Caps.Count; c++)
            {
                var cap = program.Caps[c];
                var replaced = rules.Caps.FirstOrDefault(x => string.Equals(x.Id, cap.Id, StringComparison.Ordinal));
                if (replaced is null)
                {
                    continue;
                }

                var capPath = I(P(programPath, "caps"), c);
                if (replaced.Scope != cap.Scope || replaced.Source != cap.Source || replaced.Level != cap.Level)
                {
                    Add(diagnostics, positions, LintCode.SettingContradictedAcrossScopes, LintSeverity.Error, name, capPath,
                        "Program '" + program.ProgramId + "' states cap '" + cap.Id + "' as " + cap + ", but the institution's record policy '" + rules.Id + "' has cap '" + cap.Id + "' as " + replaced
                        + "; a program cap replaces the institution's of the same id, so the institution's limit would not apply to this program. Give the program's cap its own id to add it, or keep the scope to change the limit.");
                }
                else if (cap.PercentOfProgram == replaced.PercentOfProgram && (cap.Limit is not { } a ? replaced.Limit is null : replaced.Limit is { } b && a.ConvertTo(unit) == b.ConvertTo(unit)))
                {
                    Add(diagnostics, positions, LintCode.ProgramSettingChangesNothing, LintSeverity.Warning, name, capPath,
                        "Program '" + program.ProgramId + "' states cap '" + cap.Id + "' equal to the institution's (" + cap + "); the setting changes nothing, so leave it out to inherit.");
                }
            }

            void Unchanged(string property, bool same)
            {
                if (same)
                {
                    Add(diagnostics, positions, LintCode.ProgramSettingChangesNothing, LintSeverity.Warning, name, P(programPath, property),
                        "Program '" + program.ProgramId + "' states " + property + " equal to record policy '" + rules.Id + "'; the setting changes nothing, so leave it out to inherit.");
                }
            }

            Unchanged("allowPartialAwards", program.AllowPartialAwards == rules.AllowPartialAwards);
            Unchanged("overflowToElectives", program.OverflowToElectives == rules.OverflowToElectives);
            Unchanged("priorCreditConversion", program.PriorCreditConversion == rules.PriorCreditConversion);
        }
    }

    /// <summary>Requirement areas: a cap larger than its area, an exclusion that empties an area, an area no course can land in.</summary>
    private static void CheckAreas(List<LintDiagnostic> diagnostics, PositionMap? positions, string name, Institution institution, RecordPolicy rules, string programsPath, Catalog? catalog)
    {
        var unit = institution.CreditUnit;
        HashSet<string>? reachable = null;
        if (catalog is not null)
        {
            reachable = new HashSet<string>(StringComparer.Ordinal);
            foreach (var course in catalog.Courses)
            {
                reachable.Add(course.Id);
                if (rules.GetEquivalenceKeyOrNull(course.Id) is { } key)
                {
                    reachable.Add(key);
                }
            }

            foreach (var recommendation in catalog.Recommendations)
            {
                foreach (var line in recommendation.Versions.SelectMany(v => v.Lines))
                {
                    reachable.UnionWith(line.Subjects.Select(s => "subject:" + s.Code));
                }
            }
        }

        for (var k = 0; k < rules.Programs.Count; k++)
        {
            var program = rules.Programs[k];
            var programPath = I(programsPath, k);
            var targets = program.Areas.Select(a => rules.ResolveAreaLimitOrNull(program, a.Id)?.Limit.RedirectTo).OfType<string>().ToHashSet(StringComparer.Ordinal);
            for (var a = 0; a < program.Areas.Count; a++)
            {
                var area = program.Areas[a];
                var areaPath = I(P(programPath, "areas"), a);
                var resolved = rules.ResolveAreaLimitOrNull(program, area.Id);
                var settingPath = resolved is not { } r ? areaPath
                    : r.Scope == AreaSettingScope.Program ? I(P(programPath, "areaLimits"), IndexOf(program.AreaLimits, r.Limit))
                    : I(P(programsPath.Substring(0, programsPath.Length - ".programs".Length), "areaLimits"), IndexOf(rules.AreaLimits, r.Limit));
                if (resolved?.Limit.Limit is { } limit && limit.ConvertTo(unit) > area.Size.ConvertTo(unit))
                {
                    Add(diagnostics, positions, LintCode.AreaCapLargerThanArea, LintSeverity.Warning, name, P(settingPath, "hours"),
                        "Area '" + area.Id + "' of program '" + program.ProgramId + "' is " + area.Size + ", yet its setting (" + resolved.Value.Scope + " scope) caps credit by evaluation there at " + limit + "; the cap changes nothing.");
                }

                if (resolved?.Limit.Excludes(PriorCreditSource.PriorLearning) == true)
                {
                    if (targets.Contains(area.Id))
                    {
                        Add(diagnostics, positions, LintCode.AreaExclusionEmptiesArea, LintSeverity.Error, name, P(settingPath, "excludedSources"),
                            "Area '" + area.Id + "' of program '" + program.ProgramId + "' excludes credit by evaluation (PriorLearning), yet other areas redirect their excluded or overflowing credit to it; none of that credit can land.");
                    }
                    else if (resolved.Value.Limit.RedirectTo is null)
                    {
                        Add(diagnostics, positions, LintCode.AreaExclusionEmptiesArea, LintSeverity.Warning, name, P(settingPath, "excludedSources"),
                            "Area '" + area.Id + "' of program '" + program.ProgramId + "' excludes credit by evaluation (PriorLearning) and redirects none of it: every course it names is refused (AreaSourceExcluded). Add redirectTo to count it elsewhere, if that is the policy.");
                    }
                }

                if (reachable is not null && !targets.Contains(area.Id)
                    && !area.Courses.Any(reachable.Contains) && !area.Subjects.Any(s => reachable.Contains("subject:" + s)))
                {
                    Add(diagnostics, positions, LintCode.AreaNeverReached, LintSeverity.Warning, name, areaPath,
                        "No course of the catalog can land in area '" + area.Id + "' of program '" + program.ProgramId + "': none of its courses (" + (area.Courses.Count == 0 ? "none" : string.Join(", ", area.Courses)) + ") or subjects ("
                        + (area.Subjects.Count == 0 ? "none" : string.Join(", ", area.Subjects)) + ") is a catalog course, an equivalence key of one, or a recommendation subject, and no area redirects to it.");
                }
            }
        }

        static int IndexOf(IReadOnlyList<AreaLimit> list, AreaLimit item)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (ReferenceEquals(list[i], item))
                {
                    return i;
                }
            }

            return -1;
        }
    }

    private static void CheckOverride(
        List<LintDiagnostic> diagnostics,
        PositionMap? positions,
        string name,
        Institution institution,
        ProgramOverride programOverride,
        string path,
        HashSet<CreditLevel> acceptedLevels,
        HashSet<string> acceptedEvaluators,
        Catalog? catalog)
    {
        if (programOverride.AppliesTo is { } window && !institution.Policies.Any(p => p.AppliesTo is not { } range || range.Overlaps(window)))
        {
            Add(diagnostics, positions, LintCode.OverrideNeverApplies, LintSeverity.Error, name, P(path, "appliesTo"),
                "Override '" + programOverride.Id + "' applies to enrolments " + window + ", but no policy version of '" + institution.Id + "' covers any of those dates ("
                + string.Join(", ", institution.Policies.Select(p => p.Id + ": " + (p.AppliesTo?.ToString() ?? "always"))) + "), so it can never apply.");
        }

        if (programOverride.AcceptedLevels is { } levels)
        {
            for (var l = 0; l < levels.Count; l++)
            {
                if (!acceptedLevels.Contains(levels[l]))
                {
                    Add(diagnostics, positions, LintCode.LevelNeverAccepted, LintSeverity.Warning, name, I(P(path, "acceptedLevels"), l),
                        "Override '" + programOverride.Id + "' accepts " + levels[l] + ", which no policy version of '" + institution.Id + "' accepts; an override only narrows, so nothing is accepted at that level.");
                }
            }
        }

        if (programOverride.EvaluatorIds is { } evaluatorIds)
        {
            for (var e = 0; e < evaluatorIds.Count; e++)
            {
                if (!acceptedEvaluators.Contains(evaluatorIds[e]))
                {
                    Add(diagnostics, positions, LintCode.EvaluatorNeverAccepted, LintSeverity.Warning, name, I(P(path, "evaluatorIds"), e),
                        "Override '" + programOverride.Id + "' targets evaluator '" + evaluatorIds[e] + "', which no policy version of '" + institution.Id + "' accepts; that part of the override never matters.");
                }
            }
        }

        if (programOverride.MaxCreditsPerCourse is { } cap)
        {
            var limit = cap.ConvertTo(institution.CreditUnit);
            if (limit.IsZero)
            {
                Add(diagnostics, positions, LintCode.CapBelowSmallestAward, LintSeverity.Error, name, P(path, "maxCreditsPerCourse"),
                    "Override '" + programOverride.Id + "' caps credit per course at " + limit + ", so every award becomes zero; use kind Refuse to refuse credit.");
            }
            else if (catalog is not null && SmallestAward(catalog, institution.CreditUnit, programOverride.EvaluatorIds) is { } smallest && limit < smallest)
            {
                Add(diagnostics, positions, LintCode.CapBelowSmallestAward, LintSeverity.Warning, name, P(path, "maxCreditsPerCourse"),
                    "Override '" + programOverride.Id + "' caps credit per course at " + limit + ", below the smallest award in the catalog (" + smallest + "), so it cuts every award.");
            }
        }
    }

    private static CreditAmount? SmallestAward(Catalog catalog, CreditUnit unit, IReadOnlyList<string>? evaluatorIds)
    {
        CreditAmount? smallest = null;
        foreach (var recommendation in catalog.Recommendations)
        {
            if (evaluatorIds is not null && !evaluatorIds.Contains(recommendation.EvaluatorId, StringComparer.Ordinal))
            {
                continue;
            }

            foreach (var line in recommendation.Versions.SelectMany(v => v.Lines))
            {
                var award = line.Credits.ConvertTo(unit);
                if (smallest is null || award < smallest.Value)
                {
                    smallest = award;
                }
            }
        }

        return smallest;
    }

    private static void CheckPair(List<LintDiagnostic> diagnostics, PositionMap? positions, string name, DegreeProgram program, ProgramOverride first, ProgramOverride second, string path)
    {
        var datesOverlap = first.AppliesTo is not { } a || second.AppliesTo is not { } b || a.Overlaps(b);
        var evaluatorsOverlap = first.EvaluatorIds is null || second.EvaluatorIds is null || first.EvaluatorIds.Intersect(second.EvaluatorIds, StringComparer.Ordinal).Any();
        if (!datesOverlap || !evaluatorsOverlap)
        {
            return;
        }

        var where = "Overrides '" + first.Id + "' and '" + second.Id + "' of program '" + program.Id + "' apply to some of the same enrolment dates and evaluators";
        if (first.Kind != second.Kind)
        {
            Add(diagnostics, positions, LintCode.ContradictoryOverrides, LintSeverity.Error, name, P(path, "kind"),
                where + ", but one refuses the credit and the other restricts it; give them disjoint windows or evaluators.");
        }
        else if (first.Kind == OverrideKind.Restrict
            && (!Same(first.AcceptedLevels, second.AcceptedLevels) || first.MinimumScore != second.MinimumScore || first.MaxCreditsPerCourse != second.MaxCreditsPerCourse)
            && (first.AcceptedLevels is not null && second.AcceptedLevels is not null
                || first.MinimumScore is not null && second.MinimumScore is not null
                || first.MaxCreditsPerCourse is not null && second.MaxCreditsPerCourse is not null))
        {
            Add(diagnostics, positions, LintCode.ContradictoryOverrides, LintSeverity.Warning, name, path,
                where + " and restrict the same thing differently; the engine applies both, so the tighter one wins.");
        }
    }

    private static bool Same(IReadOnlyList<CreditLevel>? a, IReadOnlyList<CreditLevel>? b) =>
        a is null ? b is null : b is not null && a.ToHashSet().SetEquals(b);

    private static void Add(List<LintDiagnostic> diagnostics, PositionMap? positions, LintCode code, LintSeverity severity, string name, string path, string message)
    {
        var located = positions?.Locate(new DocumentError(DocumentErrorCode.InvalidValue, path, null, message));
        diagnostics.Add(new LintDiagnostic(code, severity, name, path, message, located?.Line, located?.Column));
    }

    /// <summary>
    /// Claim-level settings against the catalog: recency subjects that no recommendation line names (the window never
    /// applies to them) and refused provider ids the catalog does not define (the refusal changes nothing).
    /// </summary>
    private static void CheckClaimScope(List<LintDiagnostic> diagnostics, PositionMap? positions, string name, string owner, RecencyWindow? recency, ProviderRefusal? refused, string path, Catalog? catalog)
    {
        if (catalog is null)
        {
            return;
        }

        if (recency is { Subjects.Count: > 0 })
        {
            var subjects = catalog.Recommendations.SelectMany(r => r.Versions).SelectMany(v => v.Lines).SelectMany(l => l.Subjects).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < recency.Subjects.Count; i++)
            {
                if (!subjects.Contains(recency.Subjects[i]))
                {
                    Add(diagnostics, positions, LintCode.RecencySubjectNeverRecommended, LintSeverity.Warning, name, I(P(P(path, "recency"), "subjects"), i),
                        owner + " limits recency to subject '" + recency.Subjects[i] + "', which no recommendation line of the catalog names; the window never applies to it.");
                }
            }
        }

        if (refused is not null)
        {
            for (var i = 0; i < refused.ProviderIds.Count; i++)
            {
                if (catalog.GetProviderOrNull(refused.ProviderIds[i]) is null)
                {
                    Add(diagnostics, positions, LintCode.RefusedProviderNotInCatalog, LintSeverity.Warning, name, I(P(P(path, "refusedProviders"), "providerIds"), i),
                        owner + " refuses provider '" + refused.ProviderIds[i] + "', which the catalog does not define; the refusal changes nothing.");
                }
            }
        }
    }

    private static string Date(NodaTime.LocalDate date) => DateRange.Format(date);

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A program's own settings: a stated setting equal to the institution's in every policy version changes nothing
    /// (warning); an evaluator the catalog does not define (warning); a restricting override whose levels the program's
    /// own settings never accept contradicts them (error: the override refuses every claim it applies to).
    /// </summary>
    private static void CheckSettings(List<LintDiagnostic> diagnostics, PositionMap? positions, string name, Institution institution, DegreeProgram program, ProgramSettings settings, string path, Catalog? catalog)
    {
        void Unchanged(string property, bool sameEverywhere)
        {
            if (sameEverywhere)
            {
                Add(diagnostics, positions, LintCode.ProgramSettingChangesNothing, LintSeverity.Warning, name, P(path, property),
                    "Program '" + program.Id + "' states " + property + " equal to every policy version of institution '" + institution.Id + "' (" + string.Join(", ", institution.Policies.Select(p => p.Id)) + "); the setting changes nothing, so leave it out to inherit.");
            }
        }

        var policies = institution.Policies;
        Unchanged("acceptedEvaluators", settings.AcceptedEvaluators is { } e && policies.All(p => p.AcceptedEvaluators.ToHashSet(StringComparer.Ordinal).SetEquals(e)));
        Unchanged("acceptedLevels", settings.AcceptedLevels is { } l && policies.All(p => p.AcceptedLevels.ToHashSet().SetEquals(l)));
        Unchanged("minimumScore", settings.MinimumScore is { } m && policies.All(p => p.MinimumScore == m));
        Unchanged("recency", settings.Recency is { } r && policies.All(p => p.Recency is { } pr && pr.MaxAge.Equals(r.MaxAge) && pr.Anchor == r.Anchor && pr.Start == r.Start && pr.Subjects.SequenceEqual(r.Subjects, StringComparer.Ordinal)));
        Unchanged("refusedProviders", settings.RefusedProviders is { } rp && policies.All(p => (p.RefusedProviders ?? ProviderRefusal.None) is var pp
            && pp.ProviderIds.ToHashSet(StringComparer.Ordinal).SetEquals(rp.ProviderIds) && pp.Kinds.ToHashSet().SetEquals(rp.Kinds)));
        Unchanged("refundedFee", settings.RefundedFee is { } rf && policies.All(p => p.RefundedFee == rf));
        Unchanged("retakes", settings.Retakes is { } t && policies.All(p => p.Retakes is { } pt && Equals(pt.MinimumWait, t.MinimumWait) && pt.MaxAttempts == t.MaxAttempts));
        Unchanged("evidence", settings.Evidence is { } v && policies.All(p => p.Evidence is { } pv && pv.AcceptedKinds.ToHashSet().SetEquals(v.AcceptedKinds) && pv.RequireOfficial == v.RequireOfficial && pv.RequireVerified == v.RequireVerified));
        Unchanged("qualifyingDateZone", settings.QualifyingDateZone is { } z && policies.All(p => p.QualifyingDateZone == z));
        Unchanged("rounding", settings.Rounding is { } d && policies.All(p => p.Rounding == d));
        Unchanged("requireProviderFees", settings.RequireProviderFees is { } f && policies.All(p => p.RequireProviderFees == f));
        if (catalog is not null && settings.AcceptedEvaluators is { } evaluators)
        {
            for (var i = 0; i < evaluators.Count; i++)
            {
                if (catalog.GetEvaluatorOrNull(evaluators[i]) is null)
                {
                    Add(diagnostics, positions, LintCode.EvaluatorNeverAccepted, LintSeverity.Warning, name, I(P(path, "acceptedEvaluators"), i),
                        "Program '" + program.Id + "' accepts evaluator '" + evaluators[i] + "', which the catalog does not define; no recommendation can use it.");
                }
            }
        }

        if (settings.AcceptedLevels is { } levels)
        {
            for (var o = 0; o < program.Overrides.Count; o++)
            {
                if (program.Overrides[o] is { Kind: OverrideKind.Restrict, AcceptedLevels: { } restricted } restricting && !restricted.Any(levels.Contains))
                {
                    Add(diagnostics, positions, LintCode.SettingContradictedAcrossScopes, LintSeverity.Error, name, P(path, "acceptedLevels"),
                        "Program '" + program.Id + "' accepts levels " + string.Join(", ", levels) + " in its settings, but its override '" + restricting.Id + "' accepts only " + string.Join(", ", restricted)
                        + "; no level is accepted by both, so every claim the override applies to is refused. Make the scopes agree, or refuse with kind Refuse.");
                }
            }
        }
    }

    /// <summary>A level mapping to a level the effective settings do not accept maps credit to nothing (warning).</summary>
    private static void CheckMappings(List<LintDiagnostic> diagnostics, PositionMap? positions, string name, string who, InstitutionPolicy effective, string path)
    {
        for (var m = 0; m < effective.LevelMappings.Count; m++)
        {
            var mapping = effective.LevelMappings[m];
            if (!effective.AcceptedLevels.Contains(mapping.To))
            {
                Add(diagnostics, positions, LintCode.LevelNeverAccepted, LintSeverity.Warning, name, P(I(path, m), "to"),
                    who + " maps " + mapping.From + " to " + mapping.To + ", which it does not accept; the mapping grants nothing.");
            }
        }
    }
}
