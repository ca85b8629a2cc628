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
    public static T? Read<T>(ReadOnlySpan<byte> utf8, JsonTypeInfo<T> typeInfo, List<DocumentError> errors, out PositionMap? positions)
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

        positions = PositionMap.Build(utf8, errors);
        if (errors.Count > 0)
        {
            return null;
        }

        var options = new JsonDocumentOptions { MaxDepth = DocumentLimits.MaxDepth + 1, CommentHandling = JsonCommentHandling.Disallow };
        using (var document = JsonDocument.Parse(utf8.ToArray(), options))
        {
            StructureValidator.Validate(document.RootElement, typeInfo, "$", errors);
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                errors.Add(new DocumentError(DocumentErrorCode.WrongType, "$", "null", "Expected an object; got null."));
            }
        }

        if (errors.Count > 0)
        {
            Locate(errors, positions);
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(utf8, typeInfo);
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

    public static void Locate(List<DocumentError> errors, PositionMap? positions)
    {
        if (positions is null)
        {
            return;
        }

        for (var i = 0; i < errors.Count; i++)
        {
            errors[i] = positions.Locate(errors[i]);
        }
    }
}
