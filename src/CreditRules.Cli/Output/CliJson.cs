using System.Text.Json.Serialization;
using CreditRules.Documents;

namespace CreditRules.Cli.Output;

/// <summary>The shape of <c>whatif --json</c>: the record decision on record and the what-if.</summary>
internal sealed record WhatIfJson(RecordDecisionJson OnRecord, RecordDecisionJson WhatIf);

/// <summary>The shape of <c>evaluate --json --records</c>: the per-claim decisions (as plain <c>--json</c> prints them) and the record-level decisions.</summary>
internal sealed record EvaluationJson(IReadOnlyList<DecisionJson> Decisions, IReadOnlyList<RecordDecisionJson> Records);

/// <summary>The shape of <c>impact --json</c>: the dates compared, the report, and the input lines that could not be read.</summary>
internal sealed record ImpactCommandJson(string BaselineAsOf, string ProposedAsOf, long UnreadableLines, ImpactJson Impact, IReadOnlyList<InputErrorJson> SampleUnreadable);

/// <summary>The shape of <c>replay --json</c>: counts, today's data and engine versions, each changed decision with its diff and causes, and the records that could not be replayed.</summary>
internal sealed record ReplayCommandJson(int Records, int Changed, int Unchanged, int Failed, string DataVersion, string EngineVersion, IReadOnlyList<DecisionReplayJson> Replays, IReadOnlyList<ReplayFailureJson> Failures);

/// <summary>A record that could not be replayed: where it was read (line or array index) and why.</summary>
internal sealed record ReplayFailureJson(string Where, string Message);

/// <summary>The CLI's indented JSON. Decisions, record decisions, diffs and impact reports are the library's public
/// JSON forms (<see cref="DecisionDocument"/>, <c>schemas/decision.schema.json</c>): one definition; this context adds
/// only indentation and the CLI's envelopes. Its options match the library's (camelCase, nulls omitted), and a test
/// checks the CLI prints what <see cref="DecisionDocument"/> writes.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<DecisionJson>))]
[JsonSerializable(typeof(IReadOnlyList<SettingJson>))]
[JsonSerializable(typeof(EvaluationJson))]
[JsonSerializable(typeof(WhatIfJson))]
[JsonSerializable(typeof(DecisionDiffJson))]
[JsonSerializable(typeof(ImpactCommandJson))]
[JsonSerializable(typeof(ReplayCommandJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
