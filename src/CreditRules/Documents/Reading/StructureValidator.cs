using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CreditRules.Documents.Reading;

/// <summary>
/// Checks a parsed document against the source-generated metadata of its DTOs and reports every structural problem
/// (unknown, repeated or missing properties, wrong JSON types, numbers that do not fit), where the serializer itself
/// would stop at the first.
/// </summary>
internal static class StructureValidator
{
    /// <summary>
    /// Validates <paramref name="element"/>. Problems whose value can simply be dropped (an unknown or repeated property,
    /// a wrong value of an optional property) add their path to <paramref name="droppable"/>, so the reader can go on to
    /// report the document's other errors; any other problem sets <paramref name="fatal"/>.
    /// </summary>
    public static void Validate(JsonElement element, JsonTypeInfo typeInfo, string path, DocumentErrorList errors, HashSet<string> droppable, ref bool fatal, bool optional = false)
    {
        var before = errors.Count;
        ValidateValue(element, typeInfo, path, errors, droppable, ref fatal);
        if (errors.Count > before && errors.Last?.Path == path && !droppable.Contains(path))
        {
            // The value itself is wrong: an optional member can be dropped, a required one cannot.
            if (optional && errors.Count <= DocumentLimits.MaxErrors)
            {
                droppable.Add(path);
            }
            else
            {
                fatal = true;
            }
        }
    }

    private static void ValidateValue(JsonElement element, JsonTypeInfo typeInfo, string path, DocumentErrorList errors, HashSet<string> droppable, ref bool fatal)
    {
        var type = typeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (element.ValueKind == JsonValueKind.Null)
        {
            // Optional members may be null (meaning absent); required members are checked by the caller.
            return;
        }

        if (underlying == typeof(string))
        {
            Expect(element, JsonValueKind.String, "a string", path, errors);
        }
        else if (underlying == typeof(bool))
        {
            if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                errors.Add(WrongType(element, "true or false", path));
            }
        }
        else if (underlying == typeof(int))
        {
            if (Expect(element, JsonValueKind.Number, "an integer", path, errors) && !element.TryGetInt32(out _))
            {
                errors.Add(new DocumentError(DocumentErrorCode.NumberOutOfRange, path, element.GetRawText(), "Expected a whole number between -2147483648 and 2147483647; got " + element.GetRawText() + "."));
            }
        }
        else if (underlying == typeof(decimal))
        {
            if (Expect(element, JsonValueKind.Number, "a number", path, errors) && !element.TryGetDecimal(out _))
            {
                errors.Add(new DocumentError(DocumentErrorCode.NumberOutOfRange, path, element.GetRawText(), "The number " + element.GetRawText() + " is not finite or too large for a decimal."));
            }
        }
        else if (typeInfo.Kind == JsonTypeInfoKind.Enumerable)
        {
            if (Expect(element, JsonValueKind.Array, "an array", path, errors))
            {
                var itemInfo = typeInfo.Options.GetTypeInfo(ElementType(type));
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    var itemPath = JsonPath.Index(path, i++);
                    if (item.ValueKind == JsonValueKind.Null)
                    {
                        errors.Add(new DocumentError(DocumentErrorCode.WrongType, itemPath, "null", "An array entry must not be null."));
                        fatal = true;
                        continue;
                    }

                    Validate(item, itemInfo, itemPath, errors, droppable, ref fatal);
                }
            }
        }
        else if (typeInfo.Kind == JsonTypeInfoKind.Object)
        {
            if (Expect(element, JsonValueKind.Object, "an object", path, errors))
            {
                ValidateObject(element, typeInfo, path, errors, droppable, ref fatal);
            }
        }
    }

    private static void ValidateObject(JsonElement element, JsonTypeInfo typeInfo, string path, DocumentErrorList errors, HashSet<string> droppable, ref bool fatal)
    {
        var known = new Dictionary<string, JsonPropertyInfo>(StringComparer.Ordinal);
        foreach (var property in typeInfo.Properties)
        {
            known[property.Name] = property;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            var memberPath = JsonPath.Property(path, member.Name);
            if (!seen.Add(member.Name))
            {
                errors.Add(new DocumentError(DocumentErrorCode.DuplicateProperty, memberPath, member.Value.GetRawText(), "Property '" + member.Name + "' appears more than once in this object; give it once."));
                fatal = true;
                continue;
            }

            if (!known.TryGetValue(member.Name, out var property))
            {
                errors.Add(new DocumentError(
                    DocumentErrorCode.UnknownProperty,
                    memberPath,
                    member.Name,
                    "Unknown property '" + member.Name + "'; expected one of: " + string.Join(", ", known.Keys) + "."));
                if (errors.Count <= DocumentLimits.MaxErrors)
                {
                    droppable.Add(memberPath);
                }
                else
                {
                    // Past the error cap the document fails anyway: count the rest, remember nothing.
                    fatal = true;
                }

                continue;
            }

            if (member.Value.ValueKind == JsonValueKind.Null && property.IsRequired)
            {
                errors.Add(new DocumentError(DocumentErrorCode.WrongType, memberPath, "null", "Property '" + member.Name + "' is required and must not be null."));
                fatal = true;
                continue;
            }

            Validate(member.Value, typeInfo.Options.GetTypeInfo(property.PropertyType), memberPath, errors, droppable, ref fatal, optional: !property.IsRequired);
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.IsRequired && !seen.Contains(property.Name))
            {
                errors.Add(new DocumentError(
                    DocumentErrorCode.MissingProperty,
                    JsonPath.Property(path, property.Name),
                    null,
                    "Required property '" + property.Name + "' is missing."));
                fatal = true;
            }
        }
    }

    private static Type ElementType(Type type) => type.IsArray ? type.GetElementType()! : type.GetGenericArguments()[0];

    private static bool Expect(JsonElement element, JsonValueKind kind, string description, string path, DocumentErrorList errors)
    {
        if (element.ValueKind == kind)
        {
            return true;
        }

        errors.Add(WrongType(element, description, path));
        return false;
    }

    private static DocumentError WrongType(JsonElement element, string description, string path)
    {
        var raw = element.GetRawText();
        var shown = raw.Length > 60 ? raw[..57] + "..." : raw;
        return new DocumentError(
            DocumentErrorCode.WrongType,
            path,
            shown,
            "Expected " + description + "; got " + Describe(element.ValueKind) + " " + shown + ".");
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
