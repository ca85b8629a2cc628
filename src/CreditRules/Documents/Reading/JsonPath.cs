using System.Globalization;

namespace CreditRules.Documents.Reading;

/// <summary>Builds and walks JSON paths in the <c>$.a[0].b</c> notation.</summary>
internal static class JsonPath
{
    public static string Property(string parent, string name) =>
        IsSimple(name) ? parent + "." + name : parent + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    public static string Index(string parent, int index) => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    public static string? Parent(string path)
    {
        if (path == "$")
        {
            return null;
        }

        if (path.EndsWith(']'))
        {
            var open = path.LastIndexOf('[');
            return open <= 0 ? "$" : path[..open];
        }

        var dot = path.LastIndexOf('.');
        return dot <= 0 ? "$" : path[..dot];
    }

    private static bool IsSimple(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] is '_' or '$'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '$'))
            {
                return false;
            }
        }

        return true;
    }
}
