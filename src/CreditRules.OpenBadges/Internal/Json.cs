using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace CreditRules.OpenBadges.Internal;

/// <summary>
/// Reads JSON-LD values, which take several shapes (a <c>type</c> is a string or an array; an <c>issuer</c> a URI or a
/// Profile object; most lists a single object or an array), reporting each problem with its path and value.
/// </summary>
internal static class Json
{
    private const int MaxValueText = 120;

    public static string Member(string path, string name) => path + "." + name;

    public static string Index(string path, int i) => path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";

    public static string Show(JsonElement element)
    {
        var text = element.ValueKind == JsonValueKind.String ? element.GetString() ?? string.Empty : element.GetRawText();
        return text.Length <= MaxValueText ? text : text[..MaxValueText] + "…";
    }

    public static bool TryGet(JsonElement obj, string name, out JsonElement value)
    {
        value = default;
        return obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }

    public static string? String(JsonElement obj, string name, string path, IssueList issues, bool required = false)
    {
        if (!TryGet(obj, name, out var value))
        {
            if (required)
            {
                issues.Error(BadgeIssueCode.MissingField, Member(path, name), null, "'" + name + "' is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            issues.Error(BadgeIssueCode.InvalidField, Member(path, name), Show(value), "Expected a string; got " + Kind(value) + ".");
            return null;
        }

        return value.GetString();
    }

    /// <summary>A URI given either as a string or as an object's <c>id</c> (issuer, creator, achievement).</summary>
    public static string? Id(JsonElement obj, string name, string path, IssueList issues, bool required = false)
    {
        if (TryGet(obj, name, out var value) && value.ValueKind == JsonValueKind.Object)
        {
            return String(value, "id", Member(path, name), issues, required);
        }

        return String(obj, name, path, issues, required);
    }

    public static List<string> Types(JsonElement obj, string path, IssueList issues)
    {
        var result = new List<string>();
        if (!TryGet(obj, "type", out var value))
        {
            return result;
        }

        foreach (var (item, at) in Items(value, Member(path, "type")))
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                result.Add(item.GetString()!);
            }
            else
            {
                issues.Error(BadgeIssueCode.InvalidField, at, Show(item), "Expected a type name; got " + Kind(item) + ".");
            }
        }

        return result;
    }

    /// <summary>The items of an array, or the value itself when it is not one (JSON-LD's single-value form).</summary>
    public static IEnumerable<(JsonElement Item, string Path)> Items(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                yield return (item, Index(path, i++));
            }
        }
        else if (value.ValueKind != JsonValueKind.Null && value.ValueKind != JsonValueKind.Undefined)
        {
            yield return (value, path);
        }
    }

    public static IEnumerable<(JsonElement Item, string Path)> Items(JsonElement obj, string name, string path) =>
        TryGet(obj, name, out var value) ? Items(value, Member(path, name)) : [];

    public static Instant? DateTime(JsonElement obj, string name, string path, IssueList issues, bool required = false)
    {
        var text = String(obj, name, path, issues, required);
        if (text is null)
        {
            return null;
        }

        var parsed = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value.ToInstant();
        }

        issues.Error(BadgeIssueCode.InvalidField, Member(path, name), text, "Expected an ISO 8601 date-time with an offset, e.g. 2013-05-20T14:00:00Z.");
        return null;
    }

    public static decimal? Number(JsonElement obj, string name, string path, IssueList issues)
    {
        if (!TryGet(obj, name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }

        issues.Error(BadgeIssueCode.InvalidField, Member(path, name), Show(value), "Expected a number; got " + Kind(value) + ".");
        return null;
    }

    public static decimal? ParseDecimal(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    public static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
