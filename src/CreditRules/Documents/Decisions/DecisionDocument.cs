using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CreditRules.Engine;
using CreditRules.Internal;

namespace CreditRules.Documents;

/// <summary>
/// Writes decisions, record decisions, diffs and impact reports as JSON (<c>schemas/decision.schema.json</c>), and reads
/// them back into their JSON forms (<see cref="DecisionJson"/> and friends). The shape is the one <c>creditrules … --json</c>
/// prints: camelCase, enums and codes as strings, dates as ISO <c>yyyy-MM-dd</c>, credits as unit + exact fraction + text,
/// nulls omitted.
/// </summary>
/// <remarks>Source-generated: no reflection, trimming- and NativeAOT-safe.
/// Decisions are written compactly, without a <c>$schema</c> property; the schema's <c>$id</c> is <see cref="SchemaId"/>.
/// Thread-safe.</remarks>
public static class DecisionDocument
{
    /// <summary>The <c>$id</c> of the published decision schema: the file in the repository.</summary>
    public const string SchemaId = "https://raw.githubusercontent.com/creditrules/creditrules/main/schemas/decision.schema.json";

    /// <summary>Gets the source-generated metadata for <see cref="DecisionJson"/>, <see cref="RecordDecisionJson"/>,
    /// <see cref="DecisionDiffJson"/>, <see cref="ImpactJson"/> and a list of <see cref="DecisionJson"/>, for a host's own
    /// <see cref="JsonSerializerOptions"/>.</summary>
    /// <value>The resolver.</value>
    /// <remarks>The options it is added to decide naming and nulls: the schema needs camelCase names (ASP.NET Core's web
    /// defaults) and accepts nulls written or omitted. For the exact shape, serialise with <see cref="DecisionTypeInfo"/>
    /// and its siblings, which carry their own options: in a minimal API, <c>Results.Json(DecisionJson.From(decision), DecisionDocument.DecisionTypeInfo)</c>.</remarks>
    public static IJsonTypeInfoResolver TypeInfoResolver => DecisionJsonContext.Default;

    /// <summary>Gets the metadata that writes and reads a <see cref="DecisionJson"/> with the documented options (camelCase, nulls omitted, strict reading).</summary>
    /// <value>The metadata.</value>
    public static JsonTypeInfo<DecisionJson> DecisionTypeInfo => DecisionJsonContext.Default.DecisionJson;

    /// <summary>Gets the metadata that writes and reads a <see cref="RecordDecisionJson"/> with the documented options.</summary>
    /// <value>The metadata.</value>
    public static JsonTypeInfo<RecordDecisionJson> RecordDecisionTypeInfo => DecisionJsonContext.Default.RecordDecisionJson;

    /// <summary>Gets the metadata that writes and reads a <see cref="DecisionDiffJson"/> with the documented options.</summary>
    /// <value>The metadata.</value>
    public static JsonTypeInfo<DecisionDiffJson> DecisionDiffTypeInfo => DecisionJsonContext.Default.DecisionDiffJson;

    /// <summary>Gets the metadata that writes and reads an <see cref="ImpactJson"/> with the documented options.</summary>
    /// <value>The metadata.</value>
    public static JsonTypeInfo<ImpactJson> ImpactTypeInfo => DecisionJsonContext.Default.ImpactJson;

    /// <summary>Gets the metadata that writes and reads a <see cref="DecisionRecordJson"/> with the documented options (one record per line in <c>bulk --out --records</c> and <c>replay</c> input).</summary>
    /// <value>The metadata.</value>
    public static JsonTypeInfo<DecisionRecordJson> DecisionRecordTypeInfo => DecisionJsonContext.Default.DecisionRecordJson;

    /// <summary>Gets the metadata that writes and reads a <see cref="DecisionReplayJson"/> with the documented options.</summary>
    /// <value>The metadata.</value>
    public static JsonTypeInfo<DecisionReplayJson> DecisionReplayTypeInfo => DecisionJsonContext.Default.DecisionReplayJson;

    /// <summary>Gets the metadata that writes and reads a list of <see cref="DecisionJson"/> with the documented options.</summary>
    /// <value>The metadata.</value>
    public static JsonTypeInfo<IReadOnlyList<DecisionJson>> DecisionListTypeInfo => DecisionJsonContext.Default.IReadOnlyListDecisionJson;

    /// <summary>Writes a decision to <paramref name="writer"/>.</summary>
    /// <param name="writer">The writer; its options decide indentation and escaping.</param>
    /// <param name="decision">The decision.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, Decision decision) =>
        JsonSerializer.Serialize(Preconditions.NotNull(writer), DecisionJson.From(decision), DecisionJsonContext.Default.DecisionJson);

    /// <summary>Writes a record decision to <paramref name="writer"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="decision">The record decision.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, RecordDecision decision) =>
        JsonSerializer.Serialize(Preconditions.NotNull(writer), RecordDecisionJson.From(decision), DecisionJsonContext.Default.RecordDecisionJson);

    /// <summary>Writes a diff to <paramref name="writer"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="diff">The diff.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, DecisionDiff diff) =>
        JsonSerializer.Serialize(Preconditions.NotNull(writer), DecisionDiffJson.From(diff), DecisionJsonContext.Default.DecisionDiffJson);

    /// <summary>Writes an impact report to <paramref name="writer"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, ImpactReport report) =>
        JsonSerializer.Serialize(Preconditions.NotNull(writer), ImpactJson.From(report), DecisionJsonContext.Default.ImpactJson);

    /// <summary>Writes a decision as compact UTF-8 JSON.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public static byte[] ToUtf8Bytes(Decision decision) =>
        JsonSerializer.SerializeToUtf8Bytes(DecisionJson.From(decision), DecisionJsonContext.Default.DecisionJson);

    /// <summary>Writes a decision as compact JSON text.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public static string ToJson(Decision decision) =>
        JsonSerializer.Serialize(DecisionJson.From(decision), DecisionJsonContext.Default.DecisionJson);

    /// <summary>Writes a decision to a stream as compact UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="decision">The decision.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the decision is written and flushed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteAsync(Stream utf8Json, Decision decision, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(Preconditions.NotNull(utf8Json), DecisionJson.From(decision), DecisionJsonContext.Default.DecisionJson, cancellationToken);

    /// <summary>Reads a decision's JSON form, such as a decision a service returned.</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <returns>The decision's JSON form.</returns>
    /// <exception cref="JsonException">The JSON is malformed, has an unknown property, misses a required one, or holds <c>null</c>.</exception>
    public static DecisionJson ReadDecision(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, DecisionJsonContext.Default.DecisionJson);

    /// <summary>Reads a record decision's JSON form.</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <returns>The record decision's JSON form.</returns>
    /// <exception cref="JsonException">The JSON is malformed, has an unknown property, misses a required one, or holds <c>null</c>.</exception>
    public static RecordDecisionJson ReadRecordDecision(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, DecisionJsonContext.Default.RecordDecisionJson);

    /// <summary>Reads a diff's JSON form.</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <returns>The diff's JSON form.</returns>
    /// <exception cref="JsonException">The JSON is malformed, has an unknown property, misses a required one, or holds <c>null</c>.</exception>
    public static DecisionDiffJson ReadDiff(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, DecisionJsonContext.Default.DecisionDiffJson);

    /// <summary>Reads an impact report's JSON form.</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <returns>The report's JSON form.</returns>
    /// <exception cref="JsonException">The JSON is malformed, has an unknown property, misses a required one, or holds <c>null</c>.</exception>
    public static ImpactJson ReadImpact(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, DecisionJsonContext.Default.ImpactJson);

    private static T Read<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo)
        where T : class =>
        JsonSerializer.Deserialize(utf8Json, typeInfo) ?? throw new JsonException("The JSON holds null, not a " + typeof(T).Name + ".");
}
