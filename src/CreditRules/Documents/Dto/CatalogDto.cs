using System.Text.Json.Serialization;

namespace CreditRules.Documents.Dto;

// The wire shapes of the three documents. They are plain carriers read and written by System.Text.Json source
// generation only; every rule lives in the mappers, which turn them into the validated Domain model.
#pragma warning disable CA1002 // List<T> keeps the source-generated reader simple; the DTOs never leave the library.
#pragma warning disable CA2227

internal sealed class CatalogDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public required int SchemaVersion { get; set; }

    public string? Notes { get; set; }

    public required List<EvaluatorDto> Evaluators { get; set; }

    public required List<ProviderDto> Providers { get; set; }

    public required List<CourseDto> Courses { get; set; }

    public List<SessionDto>? Sessions { get; set; }

    public required List<RecommendationDto> Recommendations { get; set; }
}

internal sealed class EvaluatorDto
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string ReferenceZone { get; set; }
}

internal sealed class ProviderDto
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public string? Kind { get; set; }
}

internal sealed class CourseDto
{
    public required string Id { get; set; }

    public required string Title { get; set; }

    public required string ProviderId { get; set; }

    public string? Partner { get; set; }
}

internal sealed class SessionDto
{
    public required string Id { get; set; }

    public required string CourseId { get; set; }

    public required DateRangeDto Dates { get; set; }

    public required string VerifiedTrackDeadline { get; set; }

    public DateRangeDto? ExamWindow { get; set; }
}

internal sealed class DateRangeDto
{
    public required string Start { get; set; }

    public required string End { get; set; }
}

internal sealed class RecommendationDto
{
    public required string ExhibitId { get; set; }

    public required string EvaluatorId { get; set; }

    public required string CourseId { get; set; }

    public string? Notes { get; set; }

    public required List<VersionDto> Versions { get; set; }
}

internal sealed class VersionDto
{
    public required int Number { get; set; }

    public required DateRangeDto Validity { get; set; }

    public ScoreDto? MinimumPassingScore { get; set; }

    public bool? Conditional { get; set; }

    public required List<LineDto> Lines { get; set; }
}

internal sealed class LineDto
{
    public required decimal Credits { get; set; }

    public string? Unit { get; set; }

    public required List<string> Levels { get; set; }

    public required List<SubjectDto> Subjects { get; set; }
}

internal sealed class SubjectDto
{
    public required string Code { get; set; }

    public string? Name { get; set; }
}

internal sealed class ScoreDto
{
    public required decimal Value { get; set; }

    public required string Scale { get; set; }
}
