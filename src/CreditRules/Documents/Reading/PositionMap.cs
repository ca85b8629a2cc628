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
        var walk = new PathWalk(utf8);
        try
        {
            while (walk.Next())
            {
                if (walk.TooDeep)
                {
                    var (line, column) = map.LineColumn(walk.Start);
                    errors.Add(new DocumentError(
                        DocumentErrorCode.DepthExceeded,
                        walk.Path,
                        walk.IsArray ? "[" : "{",
                        "Objects and arrays nest deeper than " + DocumentLimits.MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels; the document is refused.",
                        line,
                        column));
                    return map;
                }
            }
        }
        catch (JsonException ex)
        {
            errors.Add(new DocumentError(
                DocumentErrorCode.JsonSyntax,
                walk.ErrorPath,
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

        var walk = new PathWalk(_utf8);
        try
        {
            while (walk.Next())
            {
                Record(wanted, walk.Path, walk.Start);
                if (walk.TooDeep)
                {
                    return;
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

    private static string TrimLocation(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }

    /// <summary>
    /// One pass over a document that names every value by its JSON path, for both passes of the map (<see cref="Build"/>
    /// reports what it meets, <see cref="Index"/> records offsets): the reader's limits, the walk and the paths are
    /// defined here once, so the two passes name every value alike.
    /// </summary>
    private ref struct PathWalk
    {
        private readonly Stack<Frame> _frames = new();
        private Utf8JsonReader _reader;
        private string? _pendingName;

        public PathWalk(ReadOnlySpan<byte> utf8)
        {
            // The reader's own limit sits one above ours so that our check, which knows the path, fires first.
            _reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = DocumentLimits.MaxDepth + 1, CommentHandling = JsonCommentHandling.Disallow });
        }

        /// <summary>The path of the value <see cref="Next"/> stopped at.</summary>
        public string Path { get; private set; } = "$";

        /// <summary>Where that value starts (a byte offset in the document).</summary>
        public readonly long Start => _reader.TokenStartIndex;

        /// <summary>Whether that value is an array.</summary>
        public readonly bool IsArray => _reader.TokenType == JsonTokenType.StartArray;

        /// <summary>Whether that value is an object or array nested as deep as <see cref="DocumentLimits.MaxDepth"/> allows, or deeper: the walk does not enter it, and should stop.</summary>
        public bool TooDeep { get; private set; }

        /// <summary>
        /// The path where text that is not well-formed was met (after <see cref="Next"/> threw a <see cref="JsonException"/>):
        /// the property named last, or else the object or array open there.
        /// </summary>
        public readonly string ErrorPath
        {
            get
            {
                var open = _frames.Count == 0 ? "$" : _frames.Peek().Path;
                return _pendingName is null ? open : JsonPath.Property(open, _pendingName);
            }
        }

        /// <summary>Reads on to the start of the next value (an object, an array or a scalar); false at the end of the document.</summary>
        /// <exception cref="JsonException">The text is not well-formed JSON, or nests deeper than the reader's limit.</exception>
        public bool Next()
        {
            while (_reader.Read())
            {
                switch (_reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        _pendingName = _reader.GetString();
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        _frames.Pop();
                        break;
                    default:
                        Path = Enter(_frames, _pendingName);
                        _pendingName = null;
                        var container = _reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
                        TooDeep = container && _frames.Count >= DocumentLimits.MaxDepth;
                        if (container && !TooDeep)
                        {
                            _frames.Push(new Frame(Path, IsArray));
                        }

                        return true;
                }
            }

            return false;
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
    }

    private readonly record struct Frame(string Path, bool IsArray, int Count = 0);
}
