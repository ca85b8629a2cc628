using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CreditRules.Documents.Reading;

/// <summary>
/// Reads a document in four steps, stopping after the first that finds errors: the size limit, a position pass that
/// checks syntax and depth, a structural pass against the DTO metadata, then source-generated deserialization.
/// </summary>
internal static class DocumentReader
{
    public static T? Read<T>(ReadOnlySpan<byte> utf8, JsonTypeInfo<T> typeInfo, DocumentErrorList errors, out PositionMap? positions)
        where T : class
    {
        positions = null;
        if (utf8.Length > DocumentLimits.MaxDocumentBytes)
        {
            errors.Add(new DocumentError(
                DocumentErrorCode.DocumentTooLarge,
                "$",
                utf8.Length.ToString(CultureInfo.InvariantCulture),
                "The document is " + utf8.Length.ToString(CultureInfo.InvariantCulture) + " bytes; the limit is " + DocumentLimits.MaxDocumentBytes.ToString(CultureInfo.InvariantCulture) + " bytes."));
            return null;
        }

        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        if (TextEncoding.Check(utf8) is { } encodingError)
        {
            errors.Add(encodingError);
            return null;
        }

        positions = PositionMap.Build(utf8, errors);
        if (errors.Count > 0)
        {
            return null;
        }

        var options = new JsonDocumentOptions { MaxDepth = DocumentLimits.MaxDepth + 1, CommentHandling = JsonCommentHandling.Disallow };
        var droppable = new HashSet<string>(StringComparer.Ordinal);
        var fatal = false;
        byte[]? cleaned = null;
        using (var document = JsonDocument.Parse(utf8.ToArray(), options))
        {
            StructureValidator.Validate(document.RootElement, typeInfo, "$", errors, droppable, ref fatal);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                if (document.RootElement.ValueKind == JsonValueKind.Null)
                {
                    errors.Add(new DocumentError(DocumentErrorCode.WrongType, "$", "null", "Expected an object; got null."));
                }

                fatal = true;
            }

            if (!fatal && droppable.Count > 0)
            {
                // Only droppable values are wrong: read the rest, so the mapper can report the document's other errors too.
                cleaned = Without(document.RootElement, droppable);
            }
        }

        if (fatal)
        {
            Locate(errors, positions);
            return null;
        }

        try
        {
            return cleaned is null ? JsonSerializer.Deserialize(utf8, typeInfo) : JsonSerializer.Deserialize(cleaned, typeInfo);
        }
        catch (JsonException ex)
        {
            // The structural pass should have caught this; report it rather than lose it.
            errors.Add(new DocumentError(
                DocumentErrorCode.WrongType,
                string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path,
                null,
                ex.Message,
                ex.LineNumber is { } l ? (int)l + 1 : null,
                ex.BytePositionInLine is { } b ? (int)b + 1 : null));
            return null;
        }
    }

    private static byte[] Without(JsonElement root, HashSet<string> dropped)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, root, "$", dropped);
        }

        return buffer.ToArray();
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element, string path, HashSet<string> dropped)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var member in element.EnumerateObject())
                {
                    var memberPath = JsonPath.Property(path, member.Name);
                    if (!dropped.Contains(memberPath))
                    {
                        writer.WritePropertyName(member.Name);
                        Write(writer, member.Value, memberPath, dropped);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item, JsonPath.Index(path, i++), dropped);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    public static void Locate(DocumentErrorList errors, PositionMap? positions)
    {
        if (positions is null)
        {
            return;
        }

        positions.LocateAll(errors);
    }
}
