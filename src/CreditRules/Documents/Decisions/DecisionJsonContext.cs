using System.Text.Json.Serialization;

namespace CreditRules.Documents;

/// <summary>
/// The source-generated (reflection-free, trimming- and NativeAOT-safe) System.Text.Json metadata for decision documents:
/// camelCase names, nulls omitted, compact. Public through <see cref="DecisionDocument.TypeInfoResolver"/>.
/// </summary>
/// <remarks>Reading is strict: an unknown property is an error, numbers must be JSON numbers, and nesting deeper than
/// <see cref="DocumentLimits.MaxDepth"/> is refused. <see cref="DecisionDocument"/> wraps the common calls. Thread-safe.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = DocumentLimits.MaxDepth)]
[JsonSerializable(typeof(DecisionJson))]
[JsonSerializable(typeof(IReadOnlyList<DecisionJson>))]
[JsonSerializable(typeof(RecordDecisionJson))]
[JsonSerializable(typeof(DecisionDiffJson))]
[JsonSerializable(typeof(ImpactJson))]
[JsonSerializable(typeof(DecisionRecordJson))]
[JsonSerializable(typeof(DecisionReplayJson))]
internal sealed partial class DecisionJsonContext : JsonSerializerContext;
