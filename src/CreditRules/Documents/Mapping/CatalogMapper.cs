using System.Globalization;
using CreditRules.Documents.Dto;
using CreditRules.Domain;
using NodaTime.Text;
using static CreditRules.Documents.Mapping.MappingContext;

namespace CreditRules.Documents.Mapping;

/// <summary>Turns a catalog DTO into a <see cref="Catalog"/>, collecting every error, and back.</summary>
internal static class CatalogMapper
{
    public static Catalog? ToDomain(CatalogDto dto, MappingContext c)
    {
        SchemaVersion(dto.SchemaVersion, c);
        c.Unique(dto.Evaluators, e => e.Id, "$.evaluators", "id", "evaluator id");
        c.Unique(dto.Providers, p => p.Id, "$.providers", "id", "provider id");
        c.Unique(dto.Courses, x => x.Id, "$.courses", "id", "course id");
        c.Unique(dto.Sessions, s => s.Id, "$.sessions", "id", "session id");
        c.Unique(dto.Recommendations, r => r.ExhibitId, "$.recommendations", "exhibitId", "exhibit id");
        var evaluatorIds = dto.Evaluators.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var providerIds = dto.Providers.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var courseIds = dto.Courses.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);

        var evaluators = new List<Evaluator?>();
        for (var i = 0; i < dto.Evaluators.Count; i++)
        {
            var e = dto.Evaluators[i];
            var path = I("$.evaluators", i);
            var id = c.Text(e.Id, P(path, "id"));
            var name = c.Text(e.Name, P(path, "name"));
            var zone = c.Zone(e.ReferenceZone, P(path, "referenceZone"));
            evaluators.Add(id is null || name is null || zone is null ? null : c.Build(path, e, () => new Evaluator(id, name, zone)));
        }

        var providers = new List<Provider?>();
        for (var i = 0; i < dto.Providers.Count; i++)
        {
            var p = dto.Providers[i];
            var path = I("$.providers", i);
            var id = c.Text(p.Id, P(path, "id"));
            var name = c.Text(p.Name, P(path, "name"));
            var kind = p.Kind is null ? ProviderKind.Unspecified : c.Enum<ProviderKind>(p.Kind, P(path, "kind"));
            providers.Add(id is null || name is null || kind is null ? null : c.Build(path, p, () => new Provider(id, name, kind.Value)));
        }

        var courses = new List<Course?>();
        for (var i = 0; i < dto.Courses.Count; i++)
        {
            var x = dto.Courses[i];
            var path = I("$.courses", i);
            var id = c.Text(x.Id, P(path, "id"));
            var title = c.Text(x.Title, P(path, "title"));
            var provider = c.Text(x.ProviderId, P(path, "providerId"));
            c.Reference(provider, providerIds, P(path, "providerId"), "provider");
            courses.Add(id is null || title is null || provider is null ? null : c.Build(path, x, () => new Course(id, title, provider, x.Partner)));
        }

        var sessions = new List<CourseSession?>();
        var sessionDtos = dto.Sessions ?? [];
        for (var i = 0; i < sessionDtos.Count; i++)
        {
            var s = sessionDtos[i];
            var path = I("$.sessions", i);
            var id = c.Text(s.Id, P(path, "id"));
            var course = c.Text(s.CourseId, P(path, "courseId"));
            c.Reference(course, courseIds, P(path, "courseId"), "course");
            var dates = c.Range(s.Dates, P(path, "dates"));
            var deadline = c.OffsetInstant(s.VerifiedTrackDeadline, P(path, "verifiedTrackDeadline"));
            var window = c.Range(s.ExamWindow, P(path, "examWindow"));
            sessions.Add(id is null || course is null || dates is null || deadline is null || (s.ExamWindow is not null && window is null)
                ? null
                : c.Build(path, s, () => new CourseSession(id, course, dates.Value, deadline.Value, window)));
        }

        var recommendations = new List<CreditRecommendation?>();
        for (var i = 0; i < dto.Recommendations.Count; i++)
        {
            recommendations.Add(Recommendation(dto.Recommendations[i], I("$.recommendations", i), evaluatorIds, courseIds, c));
        }

        if (c.ErrorCount > 0)
        {
            return null;
        }

        return c.Build("$", null, () => new Catalog(evaluators!, providers!, courses!, sessions!, recommendations!));
    }

    internal static void SchemaVersion(int version, MappingContext c)
    {
        if (version != DocumentLimits.SchemaVersion)
        {
            var raw = version.ToString(CultureInfo.InvariantCulture);
            c.Add(DocumentErrorCode.UnsupportedSchemaVersion, "$.schemaVersion", raw, "Schema version " + raw + " is not supported; this library reads version 1.");
        }
    }

    private static CreditRecommendation? Recommendation(RecommendationDto r, string path, HashSet<string> evaluatorIds, HashSet<string> courseIds, MappingContext c)
    {
        var before = c.ErrorCount;
        var exhibit = c.Text(r.ExhibitId, P(path, "exhibitId"));
        var evaluator = c.Text(r.EvaluatorId, P(path, "evaluatorId"));
        var course = c.Text(r.CourseId, P(path, "courseId"));
        c.Reference(evaluator, evaluatorIds, P(path, "evaluatorId"), "evaluator");
        c.Reference(course, courseIds, P(path, "courseId"), "course");
        var versionsPath = P(path, "versions");
        if (r.Versions.Count == 0)
        {
            c.Add(DocumentErrorCode.EmptyList, versionsPath, "[]", "A recommendation needs at least one version.");
        }

        c.Unique(r.Versions, v => v.Number.ToString(CultureInfo.InvariantCulture), versionsPath, "number", "version number");
        var versions = new List<(RecommendationVersion? Version, int Index)>();
        for (var j = 0; j < r.Versions.Count; j++)
        {
            versions.Add((Version(r.Versions[j], I(versionsPath, j), c), j));
        }

        // Overlaps are judged on every version whose validity parsed, so each overlapping pair is reported.
        var dated = versions.Where(v => v.Version is not null).OrderBy(v => v.Version!.Validity.Start).ToList();
        for (var k = 1; k < dated.Count; k++)
        {
            var previous = dated[k - 1].Version!;
            var current = dated[k].Version!;
            if (current.Validity.Overlaps(previous.Validity))
            {
                var at = P(P(I(versionsPath, dated[k].Index), "validity"), "start");
                var raw = DateRange.Format(current.Validity.Start);
                c.Add(DocumentErrorCode.OverlappingVersions, at, raw,
                    "Version " + current.Number.ToString(CultureInfo.InvariantCulture) + " starts on " + raw + ", inside version "
                    + previous.Number.ToString(CultureInfo.InvariantCulture) + " (" + previous.Validity + "); versions of one exhibit must not overlap.");
            }
        }

        if (c.ErrorCount > before || exhibit is null || evaluator is null || course is null || versions.Any(v => v.Version is null) || versions.Count == 0)
        {
            return null;
        }

        return c.Build(path, r, () => new CreditRecommendation(exhibit, evaluator, course, versions.Select(v => v.Version!)));
    }

    private static RecommendationVersion? Version(VersionDto v, string path, MappingContext c)
    {
        var before = c.ErrorCount;
        if (v.Number < 1)
        {
            var raw = v.Number.ToString(CultureInfo.InvariantCulture);
            c.Add(DocumentErrorCode.NumberOutOfRange, P(path, "number"), raw, "A version number must be 1 or more; got " + raw + ".");
        }

        var validity = c.Range(v.Validity, P(path, "validity"));
        var score = c.Score(v.MinimumPassingScore, P(path, "minimumPassingScore"));
        var linesPath = P(path, "lines");
        if (v.Lines.Count == 0)
        {
            c.Add(DocumentErrorCode.EmptyList, linesPath, "[]", "A recommendation version needs at least one line.");
        }

        var lines = new List<RecommendationLine?>();
        for (var k = 0; k < v.Lines.Count; k++)
        {
            lines.Add(Line(v.Lines[k], I(linesPath, k), c));
        }

        if (c.ErrorCount > before || validity is null)
        {
            return null;
        }

        return c.Build(path, v, () => new RecommendationVersion(v.Number, validity.Value, lines!, score, v.Conditional ?? false));
    }

    private static RecommendationLine? Line(LineDto l, string path, MappingContext c)
    {
        var before = c.ErrorCount;
        var unit = l.Unit is null ? CreditUnit.SemesterHour : c.Enum<CreditUnit>(l.Unit, P(path, "unit"));
        var credits = unit is { } u ? c.Credits(l.Credits, u, P(path, "credits"), positive: true) : null;
        var levels = c.Enums<CreditLevel>(l.Levels, P(path, "levels"), requireOne: true);
        var subjectsPath = P(path, "subjects");
        if (l.Subjects.Count == 0)
        {
            c.Add(DocumentErrorCode.EmptyList, subjectsPath, "[]", "A recommendation line needs at least one subject area.");
        }

        var subjects = new List<SubjectArea>();
        for (var k = 0; k < l.Subjects.Count; k++)
        {
            var code = c.Text(l.Subjects[k].Code, P(I(subjectsPath, k), "code"));
            if (code is not null)
            {
                subjects.Add(new SubjectArea(code, l.Subjects[k].Name));
            }
        }

        if (c.ErrorCount > before || credits is null || levels is null)
        {
            return null;
        }

        return c.Build(path, l, () => new RecommendationLine(credits.Value, levels, subjects));
    }

    public static CatalogDto ToDto(Catalog catalog, string? notes, string? schema) => new()
    {
        Schema = schema,
        SchemaVersion = DocumentLimits.SchemaVersion,
        Notes = notes,
        Evaluators = catalog.Evaluators.Select(e => new EvaluatorDto { Id = e.Id, Name = e.Name, ReferenceZone = e.ReferenceZone.Id }).ToList(),
        Providers = catalog.Providers.Select(p => new ProviderDto { Id = p.Id, Name = p.Name, Kind = p.Kind == ProviderKind.Unspecified ? null : p.Kind.ToString() }).ToList(),
        Courses = catalog.Courses.Select(x => new CourseDto { Id = x.Id, Title = x.Title, ProviderId = x.ProviderId, Partner = x.Partner }).ToList(),
        Sessions = catalog.Sessions.Select(s => new SessionDto
        {
            Id = s.Id,
            CourseId = s.CourseId,
            Dates = RangeDto(s.Dates),
            VerifiedTrackDeadline = Writing.FormatInstant(s.VerifiedTrackDeadline),
            ExamWindow = s.ExamWindow is { } w ? RangeDto(w) : null,
        }).ToList(),
        Recommendations = catalog.Recommendations.Select(r => new RecommendationDto
        {
            ExhibitId = r.ExhibitId,
            EvaluatorId = r.EvaluatorId,
            CourseId = r.CourseId,
            Versions = r.Versions.Select(v => new VersionDto
            {
                Number = v.Number,
                Validity = RangeDto(v.Validity),
                MinimumPassingScore = Writing.ToScoreDto(v.MinimumPassingScore),
                Conditional = v.IsConditional ? true : null,
                Lines = v.Lines.Select((l, k) => new LineDto
                {
                    Credits = Writing.Hours(l.Credits, "exhibit " + r.ExhibitId + " version " + v.Number.ToString(CultureInfo.InvariantCulture) + " line " + k.ToString(CultureInfo.InvariantCulture)),
                    Unit = l.Credits.Unit == CreditUnit.SemesterHour ? null : l.Credits.Unit.ToString(),
                    Levels = l.Levels.Select(x => x.ToString()).ToList(),
                    Subjects = l.Subjects.Select(x => new SubjectDto { Code = x.Code, Name = x.Name == x.Code ? null : x.Name }).ToList(),
                }).ToList(),
            }).ToList(),
        }).ToList(),
    };

    internal static DateRangeDto RangeDto(DateRange range) => new() { Start = LocalDatePattern.Iso.Format(range.Start), End = LocalDatePattern.Iso.Format(range.End) };
}
