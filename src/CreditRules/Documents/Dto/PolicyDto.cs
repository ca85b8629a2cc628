using System.Text.Json.Serialization;

namespace CreditRules.Documents.Dto;

#pragma warning disable CA1002
#pragma warning disable CA2227

internal sealed class PolicySetDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public required int SchemaVersion { get; set; }

    public string? Notes { get; set; }

    public required List<InstitutionDto> Institutions { get; set; }
}

internal sealed class InstitutionDto
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string CreditUnit { get; set; }

    public required string TimeZone { get; set; }

    public string? Notes { get; set; }

    public required List<PolicyVersionDto> Policies { get; set; }

    public required List<ProgramDto> Programs { get; set; }
}

internal sealed class PolicyVersionDto
{
    public required string Id { get; set; }

    public DateRangeDto? AppliesTo { get; set; }

    public required List<string> AcceptedEvaluators { get; set; }

    public required List<string> AcceptedLevels { get; set; }

    public ScoreDto? MinimumScore { get; set; }

    public RecencyDto? Recency { get; set; }

    public RetakesDto? Retakes { get; set; }

    public EvidenceRequirementDto? Evidence { get; set; }

    public string? QualifyingDateZone { get; set; }

    public RoundingDto? Rounding { get; set; }

    public bool? RequireProviderFees { get; set; }

    public string? Notes { get; set; }
}

internal sealed class RecencyDto
{
    public required string MaxAge { get; set; }

    public required string Anchor { get; set; }
}

internal sealed class RetakesDto
{
    public string? MinimumWait { get; set; }

    public int? MaxAttempts { get; set; }
}

internal sealed class EvidenceRequirementDto
{
    public required List<string> AcceptedKinds { get; set; }

    public bool? RequireOfficial { get; set; }

    public bool? RequireVerified { get; set; }
}

internal sealed class RoundingDto
{
    public required string Mode { get; set; }

    public decimal? Step { get; set; }

    public int? Decimals { get; set; }
}

internal sealed class ProgramDto
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public string? Notes { get; set; }

    public List<OverrideDto>? Overrides { get; set; }
}

internal sealed class OverrideDto
{
    public required string Id { get; set; }

    public required string Kind { get; set; }

    public required string Description { get; set; }

    public DateRangeDto? AppliesTo { get; set; }

    public List<string>? EvaluatorIds { get; set; }

    public List<string>? AcceptedLevels { get; set; }

    public ScoreDto? MinimumScore { get; set; }

    public decimal? MaxCreditsPerCourse { get; set; }

    public string? Notes { get; set; }
}
