using System.Globalization;
using System.Text.Json;

namespace CreditRules.Documents.Reading;

/// <summary>
/// The line and column of values in a document, by JSON path. <see cref="Build"/> makes one pass of a
/// <see cref="Utf8JsonReader"/> that enforces the depth limit and reports syntax errors with their path, keeping
/// nothing per value; <see cref="Locate(DocumentError)"/> and <see cref="LocateAll"/> find the positions of the paths
/// asked for in one more pass. Memory is the document's bytes, whatever the number of values (a document of millions of
/// values, each an error, is located in one pass for the hundred errors kept).
/// </summary>
internal sealed class PositionMap
{
    private readonly byte[] _utf8;
    private readonly Dictionary<string, long> _offsets = new(StringComparer.Ordinal);
    private int _memoOffset;
    private int _memoLine = 1;
    private int _memoLineStart;

    private PositionMap(byte[] utf8)
    {
        _utf8 = utf8;
    }

    public static PositionMap Build(ReadOnlySpan<byte> utf8, DocumentErrorList errors)
    {
        var map = new PositionMap(utf8.ToArray());

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
                        path = Enter(frames, pendingName);
                        pendingName = null;
                        if (frames.Count >= DocumentLimits.MaxDepth)
                        {
                            var (line, column) = map.LineColumn(reader.TokenStartIndex);
                            errors.Add(new DocumentError(
                                DocumentErrorCode.DepthExceeded,
                                path,
                                reader.TokenType == JsonTokenType.StartArray ? "[" : "{",
                                "Objects and arrays nest deeper than " + DocumentLimits.MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels; the document is refused.",
                                line,
                                column));
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
                        Enter(frames, pendingName);
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

        Index(Wanted([error.Path]));
        return Find(error);
    }

    /// <summary>Locates every kept error of <paramref name="errors"/> in one pass.</summary>
    public void LocateAll(DocumentErrorList errors)
    {
        var paths = new List<string>();
        for (var i = 0; i < errors.Kept; i++)
        {
            if (errors[i].Line is null)
            {
                paths.Add(errors[i].Path);
            }
        }

        if (paths.Count == 0)
        {
            return;
        }

        Index(Wanted(paths));
        for (var i = 0; i < errors.Kept; i++)
        {
            errors[i] = Find(errors[i]);
        }
    }

    private DocumentError Find(DocumentError error)
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

    /// <summary>The paths not yet indexed among <paramref name="paths"/> and their ancestors.</summary>
    private HashSet<string> Wanted(IEnumerable<string> paths)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in paths)
        {
            for (var path = start; path is not null; path = JsonPath.Parent(path))
            {
                if (!_offsets.ContainsKey(path))
                {
                    wanted.Add(path);
                }
            }
        }

        return wanted;
    }

    /// <summary>Records the offsets of the <paramref name="wanted"/> paths in one pass over the document.</summary>
    private void Index(HashSet<string> wanted)
    {
        if (wanted.Count == 0)
        {
            return;
        }

        var reader = new Utf8JsonReader(_utf8, new JsonReaderOptions { MaxDepth = DocumentLimits.MaxDepth + 1, CommentHandling = JsonCommentHandling.Disallow });
        var frames = new Stack<Frame>();
        string? pendingName = null;
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
                    {
                        var path = Enter(frames, pendingName);
                        pendingName = null;
                        Record(wanted, path, reader.TokenStartIndex);
                        if (frames.Count >= DocumentLimits.MaxDepth)
                        {
                            return;
                        }

                        frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
                        break;
                    }

                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        break;
                    default:
                        Record(wanted, Enter(frames, pendingName), reader.TokenStartIndex);
                        pendingName = null;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Located as far as the text is well-formed; Build reported the syntax error.
        }
    }

    private void Record(HashSet<string> wanted, string path, long offset)
    {
        if (wanted.Contains(path))
        {
            _offsets.TryAdd(path, offset);
        }
    }

    private (int Line, int Column) LineColumn(long offset)
    {
        // Errors come mostly in document order: count on from the last position asked for, not from the start.
        var target = (int)Math.Min(offset, _utf8.Length);
        if (target < _memoOffset)
        {
            (_memoOffset, _memoLine, _memoLineStart) = (0, 1, 0);
        }

        var between = _utf8.AsSpan(_memoOffset, target - _memoOffset);
        var newlines = between.Count((byte)'\n');
        if (newlines > 0)
        {
            _memoLine += newlines;
            _memoLineStart = _memoOffset + between.LastIndexOf((byte)'\n') + 1;
        }

        _memoOffset = target;
        return (_memoLine, (int)(offset - _memoLineStart) + 1);
    }

    private static string Enter(Stack<Frame> frames, string? name)
    {
        if (frames.Count == 0)
        {
            return "$";
        }

        var parent = frames.Pop();
        string path;
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
        return path;
    }

    private static string TrimLocation(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }

    private readonly record struct Frame(string Path, bool IsArray, int Count = 0);
}
