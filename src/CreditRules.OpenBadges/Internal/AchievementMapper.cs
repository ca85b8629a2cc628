using System.Globalization;
using System.Text.Json;
using CreditRules.Domain;
using NodaTime;

namespace CreditRules.OpenBadges.Internal;

/// <summary>Turns one achievement assertion (an OB credential, or one inside a CLR) into learner facts. See the package README for every mapping.</summary>
internal sealed class AchievementMapper
{
    private readonly Catalog _catalog;
    private readonly BadgeImportOptions _options;

    public AchievementMapper(Catalog catalog, BadgeImportOptions options)
    {
        _catalog = catalog;
        _options = options;
    }

    public ImportedAchievement Map(ParsedCredential credential, ParsedCredential outer, bool verified, IssueList issues)
    {
        var subjectPath = credential.Path + ".credentialSubject";
        var achievementPath = subjectPath + ".achievement";
        var achievement = credential.Subject.GetProperty("achievement");
        var achievementId = Json.String(achievement, "id", achievementPath, issues);
        var name = Json.String(achievement, "name", achievementPath, issues);
        var credits = Json.Number(credential.Subject, "creditsEarned", subjectPath, issues);
        var creditsPath = Json.Member(subjectPath, "creditsEarned");
        if (credits is null)
        {
            credits = Json.Number(achievement, "creditsAvailable", achievementPath, issues);
            creditsPath = Json.Member(achievementPath, "creditsAvailable");
        }

        var (courseId, matchedBy) = FindCourse(achievement, achievementId, achievementPath);
        if (courseId is null)
        {
            issues.Warn(BadgeIssueCode.CourseNotMapped, achievementPath, achievementId ?? name,
                "Achievement '" + (name ?? achievementId) + "' maps to no catalog course (by the mapping table, alignment targetCode/targetUrl, or achievement id); nothing was imported for it.");
            return new ImportedAchievement(achievementId, name, null, null, credits, null, null, null);
        }

        var profile = _options.Issuers.TryGetValue(outer.IssuerId, out var known)
            ? known
            : new IssuerProfile(outer.IsClr ? EvidenceKind.Clr2 : EvidenceKind.OpenBadge3, isOfficial: false, attestsResults: false);
        var awarded = credential.AwardedDate ?? credential.ValidFrom;
        var issuedOn = awarded.InUtc().Date;
        var evidence = new EvidenceDocument(profile.EvidenceKind, issuedOn, profile.IsOfficial, verified, courseId);
        var version = _catalog.GetRecommendations(courseId).Select(r => (Recommendation: r, Version: r.GetVersionOrNull(issuedOn))).FirstOrDefault(x => x.Version is not null);
        if (credits is { } stated && version.Version is { } v)
        {
            var recommended = v.TotalCredits.ConvertTo(CreditUnit.SemesterHour);
            if (stated < 0 || CreditAmount.FromSemesterHours(stated) != recommended)
            {
                issues.Warn(BadgeIssueCode.CreditsMismatch, creditsPath, stated.ToString(CultureInfo.InvariantCulture),
                    "The credential states " + stated.ToString(CultureInfo.InvariantCulture) + " credits; the catalog's recommendation " + version.Recommendation.ExhibitId
                    + " version " + v.Number.ToString(CultureInfo.InvariantCulture) + " is " + recommended + ", which the decision uses.");
            }
        }

        CourseCompletion? completion = null;
        ExamAttempt? exam = null;
        var results = Json.Items(credential.Subject, "result", subjectPath).ToList();
        if (!profile.AttestsResults)
        {
            if (results.Count > 0)
            {
                issues.Warn(BadgeIssueCode.ResultNotImported, Json.Member(subjectPath, "result"), outer.IssuerId,
                    "Issuer '" + outer.IssuerId + "' is not configured to attest completions and exam results; only the evidence document was imported.");
            }
        }
        else
        {
            var completedOn = (Json.DateTime(credential.Subject, "activityEndDate", subjectPath, issues) ?? awarded).InUtc().Date;
            var session = _catalog.GetSessions(courseId).FirstOrDefault(s => s.Dates.Contains(completedOn));
            if (session is null)
            {
                issues.Warn(BadgeIssueCode.SessionNotFound, Json.Member(subjectPath, "activityEndDate"), completedOn.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                    "No session of course '" + courseId + "' runs on " + completedOn.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + "; no completion was imported.");
            }
            else
            {
                completion = new CourseCompletion(session.Id, CompletionStatus.Completed, completedOn);
            }

            exam = MapExam(results, achievement, achievementPath, courseId, version.Version, awarded, issues);
        }

        return new ImportedAchievement(achievementId, name, courseId, matchedBy, credits, evidence, completion, exam);
    }

    private (string? CourseId, string? MatchedBy) FindCourse(JsonElement achievement, string? achievementId, string path)
    {
        var alignments = Json.Items(achievement, "alignment", path)
            .Where(a => a.Item.ValueKind == JsonValueKind.Object)
            .Select(a => (Code: Json.String(a.Item, "targetCode", a.Path, new IssueList()), Url: Json.String(a.Item, "targetUrl", a.Path, new IssueList())))
            .ToList();
        if (achievementId is not null && _options.CourseMappings.TryGetValue(achievementId, out var mapped))
        {
            return (mapped, "mapping table: achievement id '" + achievementId + "'");
        }

        foreach (var (code, url) in alignments)
        {
            if (code is not null && _options.CourseMappings.TryGetValue(code, out mapped))
            {
                return (mapped, "mapping table: alignment targetCode '" + code + "'");
            }

            if (url is not null && _options.CourseMappings.TryGetValue(url, out mapped))
            {
                return (mapped, "mapping table: alignment targetUrl '" + url + "'");
            }
        }

        foreach (var candidate in alignments.Select(a => (Value: a.Code, How: "alignment targetCode")).Append((Value: achievementId, How: "achievement id")))
        {
            if (candidate.Value is null)
            {
                continue;
            }

            if (_catalog.GetCourseOrNull(candidate.Value) is { } course)
            {
                return (course.Id, candidate.How + " '" + candidate.Value + "' (course id)");
            }

            if (_catalog.Recommendations.FirstOrDefault(r => r.ExhibitId == candidate.Value) is { } recommendation)
            {
                return (recommendation.CourseId, candidate.How + " '" + candidate.Value + "' (exhibit id)");
            }
        }

        return (null, null);
    }

    private ExamAttempt? MapExam(List<(JsonElement Item, string Path)> results, JsonElement achievement, string achievementPath, string courseId,
        RecommendationVersion? version, Instant awarded, IssueList issues)
    {
        var descriptions = Json.Items(achievement, "resultDescription", achievementPath)
            .Where(d => d.Item.ValueKind == JsonValueKind.Object)
            .Select(d => (Id: Json.String(d.Item, "id", d.Path, issues), d.Item, d.Path))
            .Where(d => d.Id is not null)
            .GroupBy(d => d.Id!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Item, StringComparer.Ordinal);
        ExamAttempt? exam = null;
        foreach (var (result, path) in results)
        {
            if (result.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var value = Json.String(result, "value", path, issues);
            var status = Json.String(result, "status", path, issues);
            var descriptionId = Json.String(result, "resultDescription", path, issues);
            JsonElement description = default;
            var hasDescription = descriptionId is not null && descriptions.TryGetValue(descriptionId, out description);
            var number = Json.ParseDecimal(value);
            if (value is null)
            {
                continue;
            }

            var scale = number is null ? null : ScaleFor(hasDescription ? description : null, version, achievementPath, issues);
            if (number is null || scale is null || number < scale.Minimum || number > scale.Maximum)
            {
                issues.Warn(BadgeIssueCode.ResultNotImported, Json.Member(path, "value"), value,
                    number is null ? "The result is not a number, so it was not imported as an exam score."
                    : scale is null ? "The result's scale is unknown (no resultDescription with resultType Percent or valueMin/valueMax), so it was not imported as an exam score."
                    : "The result lies outside its scale " + scale + ", so it was not imported as an exam score.");
                continue;
            }

            if (exam is not null)
            {
                issues.Warn(BadgeIssueCode.ResultNotImported, Json.Member(path, "value"), value, "Only the first numeric result becomes the exam attempt.");
                continue;
            }

            var required = hasDescription ? Json.ParseDecimal(Json.String(description, "requiredValue", achievementPath, issues)) : null;
            var failed = status == "Failed" || (required is { } r && number < r);
            exam = new ExamAttempt(courseId, awarded, _options.ExamZone, failed ? ExamOutcome.Failed : ExamOutcome.Passed, new Score(number.Value, scale));
        }

        return exam;
    }

    /// <summary>The catalog's scale when the result's bounds are the scale's; else percent, or the description's own bounds.</summary>
    private static ScoreScale? ScaleFor(JsonElement? description, RecommendationVersion? version, string path, IssueList issues)
    {
        var catalogScale = version?.MinimumPassingScore?.Scale;
        if (description is not { } d)
        {
            return null;
        }

        var type = Json.String(d, "resultType", path, issues);
        var min = Json.ParseDecimal(Json.String(d, "valueMin", path, issues));
        var max = Json.ParseDecimal(Json.String(d, "valueMax", path, issues));
        if (type == "Percent" && (min is null || min == 0) && (max is null || max == 100))
        {
            return ScoreScale.Percent;
        }

        if (min is { } low && max is { } high && low < high)
        {
            return catalogScale is not null && catalogScale.Minimum == low && catalogScale.Maximum == high
                ? catalogScale
                : new ScoreScale(Json.String(d, "name", path, issues) ?? type ?? "credential", low, high);
        }

        return null;
    }
}
