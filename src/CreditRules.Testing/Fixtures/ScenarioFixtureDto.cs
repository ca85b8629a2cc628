using System.Text.Json;
using System.Text.Json.Serialization;

namespace CreditRules.Testing.Fixtures;

/// <summary>The JSON shape of a scenario fixture (<c>schemas/scenario.schema.json</c>).</summary>
internal sealed class ScenarioFixtureDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public JsonElement? SchemaVersion { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public DocumentsDto? Documents { get; set; }

    /// <summary>A learner id in <see cref="DocumentsDto.Learners"/>, or an inline learner in the learner-document shape.</summary>
    public JsonElement? Learner { get; set; }

    public ClaimDto? Claim { get; set; }

    /// <summary>A whole record: several claims of the learner at one institution and program, decided together (instead of <see cref="Claim"/>).</summary>
    public RecordDto? Record { get; set; }

    /// <summary>The ids of host claim rules (<c>IEligibilityRule</c>) the runner must have registered; they run in this order.</summary>
    public string[]? HostRules { get; set; }

    /// <summary>The ids of host record rules (<c>IRecordRule</c>) the runner must have registered; they run in this order (record fixtures only).</summary>
    public string[]? HostRecordRules { get; set; }

    public string? AsOf { get; set; }

    public ExpectDto? Expect { get; set; }
}

/// <summary>The documents a fixture decides with: each a path relative to the fixture, or an inline document.</summary>
internal sealed class DocumentsDto
{
    public JsonElement? Catalog { get; set; }

    public JsonElement? Policies { get; set; }

    public JsonElement? Learners { get; set; }
}

/// <summary>The claim: which course, at which institution, for which program.</summary>
internal sealed class ClaimDto
{
    public string? CourseId { get; set; }

    public string? InstitutionId { get; set; }

    public string? ProgramId { get; set; }
}

/// <summary>The whole record: the claimed courses, at which institution, for which program.</summary>
internal sealed class RecordDto
{
    public string? InstitutionId { get; set; }

    public string? ProgramId { get; set; }

    public string[]? CourseIds { get; set; }
}

/// <summary>What one claim's record-aware decision must say.</summary>
internal sealed class ClaimExpectDto
{
    public string? CourseId { get; set; }

    public string? Outcome { get; set; }

    public string? CreditsGranted { get; set; }

    public string[]? ReasonCodes { get; set; }

    public string[]? NextStepCodes { get; set; }
}

/// <summary>What the decision must say: a claim fixture's outcome, credits, codes and trace; a record fixture's claims, total credits and record-level codes.</summary>
internal sealed class ExpectDto
{
    public ClaimExpectDto[]? Claims { get; set; }

    public string? Outcome { get; set; }

    public string? CreditsGranted { get; set; }

    public string[]? ReasonCodes { get; set; }

    public string[]? NextStepCodes { get; set; }

    public string[]? Trace { get; set; }
}

/// <summary>The source-generated (reflection-free) metadata for scenario fixtures.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = 64)]
[JsonSerializable(typeof(ScenarioFixtureDto))]
internal sealed partial class ScenarioJsonContext : JsonSerializerContext;
