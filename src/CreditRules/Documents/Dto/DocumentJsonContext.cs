using System.Text.Json.Serialization;

namespace CreditRules.Documents.Dto;

/// <summary>The source-generated (reflection-free) metadata for the three documents.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    MaxDepth = DocumentLimits.MaxDepth)]
[JsonSerializable(typeof(CatalogDto))]
[JsonSerializable(typeof(PolicySetDto))]
[JsonSerializable(typeof(LearnerSetDto))]
[JsonSerializable(typeof(LearnerDto))]
internal sealed partial class DocumentJsonContext : JsonSerializerContext;
