using System.Globalization;
using System.Text.Json;

namespace CreditRules.Testing.Fixtures;

/// <summary>The line and column (1-based, columns in UTF-8 bytes) of every value in a JSON document, by JSON path (<c>$.a[0].b</c>).</summary>
internal sealed class JsonPositions
{
    private readonly Dictionary<string, (int Line, int Column, long Offset)> _positions = new(StringComparer.Ordinal);
    private readonly int[] _lineStarts;

    private JsonPositions(byte[] utf8)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    /// <summary>Maps a document that is known to be well-formed JSON.</summary>
    public static JsonPositions Map(byte[] utf8)
    {
        var map = new JsonPositions(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 256 });
        var containers = new Stack<(string Path, bool IsArray, int Next)>();
        string? property = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                property = reader.GetString();
                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                containers.Pop();
                continue;
            }

            string path;
            if (containers.Count == 0)
            {
                path = "$";
            }
            else if (containers.Peek().IsArray)
            {
                var (parent, _, next) = containers.Pop();
                containers.Push((parent, true, next + 1));
                path = parent + "[" + next.ToString(CultureInfo.InvariantCulture) + "]";
            }
            else
            {
                path = Property(containers.Peek().Path, property ?? string.Empty);
            }

            map._positions.TryAdd(path, map.Locate(reader.TokenStartIndex));
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                containers.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
            }
        }

        return map;
    }

    /// <summary>Builds the path of a property, quoting names that are not simple identifiers.</summary>
    public static string Property(string parent, string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] is '_' or '$') && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$')
            ? parent + "." + name
            : parent + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    /// <summary>Gets the position of the value at <paramref name="path"/>, or of its nearest enclosing value.</summary>
    public (int Line, int Column)? Find(string path)
    {
        for (var current = path; current.Length > 0; current = ParentOf(current))
        {
            if (_positions.TryGetValue(current, out var found))
            {
                return (found.Line, found.Column);
            }

            if (current == "$")
            {
                break;
            }
        }

        return null;
    }

    /// <summary>Gets the line and column of a byte offset.</summary>
    public (int Line, int Column, long Offset) Locate(long offset)
    {
        var index = Array.BinarySearch(_lineStarts, (int)offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, (int)(offset - _lineStarts[line]) + 1, offset);
    }

    private static string ParentOf(string path)
    {
        if (path == "$")
        {
            return string.Empty;
        }

        if (path.EndsWith(']'))
        {
            var open = path.LastIndexOf('[');
            return open <= 0 ? "$" : path[..open];
        }

        var dot = path.LastIndexOf('.');
        return dot <= 0 ? "$" : path[..dot];
    }
}
