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

    public string? State { get; set; }
    public string? PolicySelection { get; set; }

    public string? CatalogYearStart { get; set; }
}

internal sealed class PolicyVersionDto : PolicySettingsDto
{
    public required string Id { get; set; }

    public DateRangeDto? AppliesTo { get; set; }

    public required List<string> AcceptedEvaluators { get; set; }

    public required List<string> AcceptedLevels { get; set; }

    /// <summary>Written after the shared settings up to <see cref="PolicySettingsDto.RequireProviderFees"/> and before the rest (see <see cref="PolicySettingsDto"/>).</summary>
    [JsonPropertyOrder(1)]
    public RecordPolicyDto? RecordPolicy { get; set; }
}

/// <summary>
/// The settings a policy version states and a program may state again to replace them (<see cref="ProgramSettingsDto"/>),
/// declared once for both; the accepted evaluators and levels are declared by each, as a policy version must state them.
/// </summary>
/// <remarks>
/// The serializer writes a derived type's own properties before these; the orders keep a document written as it always was:
/// a policy version's <see cref="PolicyVersionDto.RecordPolicy"/> (order 1) between <see cref="RequireProviderFees"/> and
/// <see cref="Notes"/> (order 2 and on).
/// </remarks>
internal abstract class PolicySettingsDto
{
    public ScoreDto? MinimumScore { get; set; }

    public RecencyDto? Recency { get; set; }

    public RetakesDto? Retakes { get; set; }

    public EvidenceRequirementDto? Evidence { get; set; }

    public string? QualifyingDateZone { get; set; }

    public RoundingDto? Rounding { get; set; }

    public bool? RequireProviderFees { get; set; }

    [JsonPropertyOrder(2)]
    public string? Notes { get; set; }

    [JsonPropertyOrder(2)]
    public List<LevelMappingDto>? LevelMappings { get; set; }

    [JsonPropertyOrder(2)]
    public RefusedProvidersDto? RefusedProviders { get; set; }

    [JsonPropertyOrder(2)]
    public string? RefundedFee { get; set; }
}

internal sealed class RefusedProvidersDto
{
    public List<string>? ProviderIds { get; set; }

    public List<string>? Kinds { get; set; }
}

internal sealed class LevelMappingDto
{
    public required string From { get; set; }

    public required string To { get; set; }
}

internal sealed class RecordPolicyDto
{
    public required string Id { get; set; }

    public List<CapDto>? Caps { get; set; }

    public string? AllocationOrder { get; set; }

    public List<string>? RequirementPriority { get; set; }

    public bool? AllowPartialAwards { get; set; }

    public bool? OverflowToElectives { get; set; }

    public List<EquivalenceDto>? Equivalences { get; set; }

    public ScoreDto? BlockingMinimumGrade { get; set; }

    public List<PrecedenceChainDto>? Precedence { get; set; }

    public decimal? LocalCreditsBeforePosting { get; set; }

    public PostingFeeDto? PostingFee { get; set; }

    public ExamCreditYearLimitDto? ExamCreditsPerAcademicYear { get; set; }

    public List<AreaLimitDto>? AreaLimits { get; set; }

    public List<ProgramRecordPolicyDto>? Programs { get; set; }

    public string? Notes { get; set; }

    public string? PriorCreditConversion { get; set; }
}

internal sealed class CapDto
{
    public required string Id { get; set; }

    public decimal? Hours { get; set; }

    public decimal? PercentOfProgram { get; set; }

    public string? Scope { get; set; }

    public string? Source { get; set; }

    public string? Level { get; set; }
}

internal sealed class EquivalenceDto
{
    public required string CourseId { get; set; }

    public required string Key { get; set; }
}

internal sealed class PrecedenceChainDto
{
    public required string Id { get; set; }

    public required List<string> KeysFromLowest { get; set; }
}

internal sealed class PostingFeeDto
{
    public required decimal OneTime { get; set; }

    public required decimal PerCredit { get; set; }

    public required string Currency { get; set; }

    public bool? WaivedForVeterans { get; set; }
}

internal sealed class RecencyDto
{
    public required string MaxAge { get; set; }

    public required string Anchor { get; set; }

    public string? From { get; set; }

    public List<string>? Subjects { get; set; }
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

    public decimal? TotalCredits { get; set; }

    public decimal? ResidencyRequired { get; set; }

    public string? Notes { get; set; }

    public List<OverrideDto>? Overrides { get; set; }

    public ProgramSettingsDto? Settings { get; set; }

    public string? Kind { get; set; }
}

internal sealed class ProgramSettingsDto : PolicySettingsDto
{
    public List<string>? AcceptedEvaluators { get; set; }

    public List<string>? AcceptedLevels { get; set; }
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
