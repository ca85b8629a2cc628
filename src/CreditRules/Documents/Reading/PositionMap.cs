using System.Globalization;
using System.Text.Json;

namespace CreditRules.Documents.Reading;

/// <summary>
/// The line and column of every value in a document, keyed by JSON path, recorded in one pass of a
/// <see cref="Utf8JsonReader"/>; the same pass enforces the depth limit and reports syntax errors with their path.
/// </summary>
internal sealed class PositionMap
{
    private readonly Dictionary<string, long> _offsets = new(StringComparer.Ordinal);
    private readonly List<long> _lineStarts = [0];

    private PositionMap()
    {
    }

    public static PositionMap Build(ReadOnlySpan<byte> utf8, DocumentErrorList errors)
    {
        var map = new PositionMap();
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                map._lineStarts.Add(i + 1);
            }
        }

        // The reader's own limit sits one above ours so that our check, which knows the path, fires first.
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = DocumentLimits.MaxDepth + 1, CommentHandling = JsonCommentHandling.Disallow });
        var frames = new Stack<Frame>();
        string? pendingName = null;
        var path = "$";
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = reader.GetString();
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        path = map.Enter(frames, pendingName, reader.TokenStartIndex);
                        pendingName = null;
                        if (frames.Count >= DocumentLimits.MaxDepth)
                        {
                            errors.Add(map.Locate(new DocumentError(
                                DocumentErrorCode.DepthExceeded,
                                path,
                                reader.TokenType == JsonTokenType.StartArray ? "[" : "{",
                                "Objects and arrays nest deeper than " + DocumentLimits.MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels; the document is refused.")));
                            return map;
                        }

                        frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        path = frames.Count == 0 ? "$" : frames.Peek().Path;
                        break;
                    default:
                        path = map.Enter(frames, pendingName, reader.TokenStartIndex);
                        pendingName = null;
                        path = frames.Count == 0 ? "$" : frames.Peek().Path;
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            var current = pendingName is null ? path : JsonPath.Property(path, pendingName);
            errors.Add(new DocumentError(
                DocumentErrorCode.JsonSyntax,
                current,
                null,
                "The document is not well-formed JSON: " + TrimLocation(ex.Message),
                (int)(ex.LineNumber ?? 0) + 1,
                (int)(ex.BytePositionInLine ?? 0) + 1));
        }

        return map;
    }

    public DocumentError Locate(DocumentError error)
    {
        if (error.Line is not null)
        {
            return error;
        }

        var path = error.Path;
        while (true)
        {
            if (_offsets.TryGetValue(path, out var offset))
            {
                var (line, column) = LineColumn(offset);
                return error.WithLocation(line, column);
            }

            var parent = JsonPath.Parent(path);
            if (parent is null)
            {
                return error;
            }

            path = parent;
        }
    }

    private (int Line, int Column) LineColumn(long offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, (int)(offset - _lineStarts[index]) + 1);
    }

    private string Enter(Stack<Frame> frames, string? name, long offset)
    {
        string path;
        if (frames.Count == 0)
        {
            path = "$";
        }
        else
        {
            var parent = frames.Pop();
            if (parent.IsArray)
            {
                path = JsonPath.Index(parent.Path, parent.Count);
                parent = parent with { Count = parent.Count + 1 };
            }
            else
            {
                path = JsonPath.Property(parent.Path, name ?? string.Empty);
            }

            frames.Push(parent);
        }

        _offsets.TryAdd(path, offset);
        return path;
    }

    private static string TrimLocation(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }

    private readonly record struct Frame(string Path, bool IsArray, int Count = 0);
}
