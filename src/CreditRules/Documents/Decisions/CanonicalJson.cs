using System.Text.Json;

namespace CreditRules.Documents;

/// <summary>
/// Canonical JSON, the one definition the digests hash: no insignificant whitespace, object members in ordinal order of
/// their names, numbers that fit a decimal written at their smallest scale (<c>3.0</c> and <c>3</c> are one number),
/// arrays kept in their order (order can mean something), strings re-escaped alike.
/// </summary>
/// <remarks>Thread-safe: pure functions.</remarks>
internal static class CanonicalJson
{
    private static readonly JsonDocumentOptions Reading = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 };

    private static readonly JsonWriterOptions Writing = new() { Indented = false, SkipValidation = false, MaxDepth = 256 };

    /// <summary>Rewrites a JSON document canonically, or returns <see langword="null"/> when it is not JSON.</summary>
    public static byte[]? TryCanonicalize(ReadOnlySpan<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8.ToArray(), Reading);
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            return Canonicalize(document.RootElement);
        }
    }

    /// <summary>Rewrites a JSON value canonically.</summary>
    public static byte[] Canonicalize(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Writing))
        {
            Write(writer, element);
        }

        return buffer.ToArray();
    }

    /// <summary>A decimal at its smallest scale: 3.0 → 3, 1.50 → 1.5.</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.Number when element.TryGetDecimal(out var number):
                writer.WriteNumberValue(Normalize(number));
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
