using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using CreditRules.Documents;

namespace CreditRules.Tests.Documents.Decisions;

/// <summary>
/// Generates <c>schemas/decision.schema.json</c> from the decision DTOs' source-generated metadata (one source of truth:
/// the records in src/CreditRules/Documents/Decisions), and checks a JSON value against it. Regenerate the file with
/// <c>CREDITRULES_WRITE_SCHEMAS=1 dotnet test --project tests/CreditRules.Tests -- --filter-class "*DecisionSchemaTests"</c>.
/// </summary>
internal static class DecisionSchema
{
    private const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    // Properties whose strings come from an enum: the enum is the one definition of the allowed values.
    private static readonly Dictionary<(string Type, string Property), Type> Enums = new()
    {
        [("Decision", "outcome")] = typeof(DecisionOutcome),
        [("Decision", "qualifyingZoneSource")] = typeof(QualifyingDateZone),
        [("Award", "outcome")] = typeof(DecisionOutcome),
        [("Award", "courseOutcome")] = typeof(DecisionOutcome),
        [("CourseDiff", "outcomeBefore")] = typeof(DecisionOutcome),
        [("CourseDiff", "outcomeAfter")] = typeof(DecisionOutcome),
        [("ImpactTransition", "from")] = typeof(DecisionOutcome),
        [("ImpactTransition", "to")] = typeof(DecisionOutcome),
        [("Reason", "severity")] = typeof(ReasonSeverity),
        [("Credit", "unit")] = typeof(CreditUnit),
        [("Trace", "outcome")] = typeof(RuleOutcome),
        [("DecisionRecord", "outcome")] = typeof(DecisionOutcome),
        [("DecisionReplay", "outcomeBefore")] = typeof(DecisionOutcome),
        [("DecisionReplay", "outcomeAfter")] = typeof(DecisionOutcome),
        [("InputChange", "kind")] = typeof(InputChangeKind),
    };

    private static readonly HashSet<(string Type, string Property)> Dates =
    [
        ("Decision", "asOf"), ("Decision", "qualifyingDate"), ("RecordDecision", "asOf"), ("NextStep", "earliestDate"), ("NextStep", "deadline"),
        ("DecisionRecord", "asOf"), ("DecisionRecord", "asKnownOn"), ("DecisionRecord", "qualifyingDate"), ("DecisionReplay", "asOf"), ("DecisionReplay", "asKnownOn"),
    ];

    // Properties with a fixed value or format beyond their type.
    private static readonly Dictionary<(string Type, string Property), JsonObject> Formats = new()
    {
        [("DecisionRecord", "recordVersion")] = new JsonObject { ["type"] = "integer", ["const"] = DecisionRecords.CurrentRecordVersion, ["description"] = "The record format version; a reader refuses a version it does not know." },
        [("DecisionRecord", "inputsDigest")] = new JsonObject { ["type"] = "string", ["pattern"] = "^sha256:[0-9a-f]{64}$", ["description"] = "SHA-256 of the facts' canonical JSON (lists sorted, so order-independent; members in name order; decimals at their smallest scale, so 3.0 and 3 hash alike)." },
        [("DecisionRecord", "dataVersion")] = new JsonObject { ["type"] = "string", ["description"] = "The data the decision was made with: sha256: and 16 hex digits of the catalog's and policies' canonical JSON (layout, member order and decimal scale do not change it), or a host's own label." },
        [("DecisionRecord", "recordCourses")] = new JsonObject
        {
            ["type"] = "array",
            ["items"] = new JsonObject { ["type"] = "string" },
            ["description"] = "The courses decided together with this one within the learner's whole record at the institution and program (sorted, this record's course among them); replay decides the same record again. Null or absent: the claim was decided alone.",
        },
        [("DecisionRecord", "facts")] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "The learner facts used: one learner of a learner document without claims or notes (" + "https://raw.githubusercontent.com/creditrules/creditrules/main/schemas/learners.schema.json#/$defs/Learner" + ").",
        },
    };

    public static string SourcePath(string repositoryRoot) => Path.Combine(repositoryRoot, "schemas", "decision.schema.json");

    public static string Generate()
    {
        var defs = new JsonObject();
        var pending = new Queue<Type>([typeof(DecisionJson), typeof(RecordDecisionJson), typeof(DecisionDiffJson), typeof(ImpactJson), typeof(DecisionRecordJson), typeof(DecisionReplayJson)]);
        var seen = new HashSet<Type>();
        var nullability = new NullabilityInfoContext();
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            var info = DecisionJsonContext.Default.GetTypeInfo(type)!;
            var properties = new JsonObject();
            var required = new JsonArray();
            foreach (var property in info.Properties)
            {
                // By name, not AttributeProvider: System.Text.Json 8 leaves that null for source-generated properties.
                var clr = type.GetProperties().Single(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == property.Name);
                var nullable = nullability.Create(clr).ReadState == NullabilityState.Nullable;
                var schema = Formats.TryGetValue((Name(type), property.Name), out var format)
                    ? (JsonObject)format.DeepClone()
                    : Describe(Name(type), property.Name, property.PropertyType, pending);
                if (nullable)
                {
                    // Omitted by DecisionDocument; written as null by hosts whose options write nulls.
                    schema = schema.ContainsKey("$ref")
                        ? new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) }
                        : WithNull(schema);
                }
                else
                {
                    required.Add(property.Name);
                }

                properties[property.Name] = schema;
            }

            defs[Name(type)] = new JsonObject
            {
                ["type"] = "object",
                ["additionalProperties"] = false,
                ["properties"] = properties,
                ["required"] = required,
            };
        }

        var sorted = new JsonObject();
        foreach (var name in defs.Select(d => d.Key).Order(StringComparer.Ordinal).ToArray())
        {
            var node = defs[name]!;
            defs.Remove(name);
            sorted[name] = node;
        }

        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = DecisionDocument.SchemaId,
            ["title"] = "CreditRules decision",
            ["description"] = "A decision as DecisionDocument writes it and creditrules evaluate --json prints it (nulls omitted). "
                + "Record decisions, diffs and impact reports are #/$defs/RecordDecision, #/$defs/DecisionDiff and #/$defs/Impact; "
                + "decision records (bulk --out --records, the record evaluate --json embeds, replay's input) are #/$defs/DecisionRecord (recordVersion 1), replays #/$defs/DecisionReplay. "
                + "Generated from the DTOs in src/CreditRules/Documents/Decisions by tests/CreditRules.Tests/Documents/Decisions/DecisionSchema.cs; do not edit by hand.",
            ["$ref"] = "#/$defs/Decision",
            ["$defs"] = sorted,
        };
        // Through a writer, not ToJsonString(options): System.Text.Json 8 refuses options without a TypeInfoResolver there.
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            root.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static JsonObject WithNull(JsonObject schema)
    {
        schema["type"] = new JsonArray(schema["type"]!.GetValue<string>(), "null");
        if (schema["enum"] is JsonArray values)
        {
            values.Add(null);
        }

        return schema;
    }

    private static string Name(Type type) => type.Name.EndsWith("Json", StringComparison.Ordinal) ? type.Name[..^4] : type.Name;

    private static JsonObject Describe(string owner, string property, Type type, Queue<Type> pending)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            var node = new JsonObject { ["type"] = "string" };
            if (Enums.TryGetValue((owner, property), out var values))
            {
                node["enum"] = new JsonArray(Enum.GetNames(values).Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
            }
            else if (Dates.Contains((owner, property)))
            {
                node["pattern"] = DatePattern;
            }

            return node;
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return new JsonObject { ["type"] = "integer" };
        }

        if (type == typeof(decimal))
        {
            return new JsonObject { ["type"] = "number" };
        }

        if (type == typeof(bool))
        {
            return new JsonObject { ["type"] = "boolean" };
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = Describe(owner, property, type.GetGenericArguments()[1], pending) };
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return new JsonObject { ["type"] = "array", ["items"] = Describe(owner, property, type.GetGenericArguments()[0], pending) };
        }

        if (type.Namespace == "CreditRules.Documents" && type.Name.EndsWith("Json", StringComparison.Ordinal))
        {
            pending.Enqueue(type);
            return new JsonObject { ["$ref"] = "#/$defs/" + Name(type) };
        }

        throw new NotSupportedException("No schema mapping for " + type + " (" + owner + "." + property + "); add one to DecisionSchema.");
    }

    /// <summary>Checks <paramref name="value"/> against one definition, in the schema subset Generate writes; returns every violation with its JSON path.</summary>
    public static IReadOnlyList<string> Validate(JsonElement value, JsonElement root, string definition)
    {
        var errors = new List<string>();
        Check(value, root.GetProperty("$defs").GetProperty(definition), root, "$", errors);
        return errors;
    }

    private static void Check(JsonElement value, JsonElement schema, JsonElement root, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var target = root;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
            {
                target = target.GetProperty(part);
            }

            Check(value, target, root, path, errors);
            return;
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            var options = anyOf.EnumerateArray().Select(option =>
            {
                var found = new List<string>();
                Check(value, option, root, path, found);
                return found;
            }).ToArray();
            if (options.All(o => o.Count > 0))
            {
                errors.AddRange(options.OrderBy(o => o.Count).First());
            }

            return;
        }

        string? type = null;
        if (schema.TryGetProperty("type", out var t))
        {
            if (t.ValueKind == JsonValueKind.Array)
            {
                if (value.ValueKind == JsonValueKind.Null && t.EnumerateArray().Any(x => x.GetString() == "null"))
                {
                    return;
                }

                type = t[0].GetString();
            }
            else
            {
                type = t.GetString();
            }
        }

        var ok = type switch
        {
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "string" => value.ValueKind == JsonValueKind.String,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "number" => value.ValueKind == JsonValueKind.Number,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            _ => true,
        };
        if (!ok)
        {
            errors.Add(path + ": " + value.ValueKind + " is not " + type);
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => a.ValueKind == JsonValueKind.String && a.GetString() == value.GetString()))
        {
            errors.Add(path + ": '" + value.GetString() + "' is not one of " + string.Join(", ", allowed.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString())));
        }

        if (schema.TryGetProperty("pattern", out var pattern) && !System.Text.RegularExpressions.Regex.IsMatch(value.GetString()!, pattern.GetString()!))
        {
            errors.Add(path + ": '" + value.GetString() + "' does not match " + pattern.GetString());
        }

        if (type == "array")
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, schema.GetProperty("items"), root, path + "[" + i++ + "]", errors);
            }
        }

        if (type == "object")
        {
            var properties = schema.TryGetProperty("properties", out var p) ? p : default;
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                {
                    errors.Add(path + ": required property '" + name + "' is missing");
                }
            }

            foreach (var member in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(member.Name, out var propertySchema))
                {
                    Check(member.Value, propertySchema, root, path + "." + member.Name, errors);
                }
                else if (schema.TryGetProperty("additionalProperties", out var additional))
                {
                    if (additional.ValueKind == JsonValueKind.False)
                    {
                        errors.Add(path + ": property '" + member.Name + "' is not in the schema");
                    }
                    else if (additional.ValueKind == JsonValueKind.Object)
                    {
                        Check(member.Value, additional, root, path + "." + member.Name, errors);
                    }
                }
            }
        }
    }
}
