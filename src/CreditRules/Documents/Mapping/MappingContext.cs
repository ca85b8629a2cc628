using System.Globalization;
using CreditRules.Documents.Dto;
using CreditRules.Documents.Reading;
using CreditRules.Domain;
using NodaTime;
using NodaTime.Text;

namespace CreditRules.Documents.Mapping;

/// <summary>Parses the text values of a document into Domain values, recording an error (and returning null) for each bad one.</summary>
internal sealed class MappingContext(DocumentErrorList errors)
{
    private static readonly OffsetDateTimePattern OffsetPattern = OffsetDateTimePattern.ExtendedIso;
    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.ExtendedIso;

    public DocumentErrorList Errors { get; } = errors;

    public int ErrorCount => Errors.Count;

    public void Add(DocumentErrorCode code, string path, string? value, string message) =>
        Errors.Add(new DocumentError(code, path, value, message));

    public static string P(string parent, string name) => JsonPath.Property(parent, name);

    public static string I(string parent, int index) => JsonPath.Index(parent, index);

    public string? Text(string? value, string path, bool required = true)
    {
        if (value is null)
        {
            return null;
        }

        if (!IsText(value))
        {
            if (required)
            {
                Add(DocumentErrorCode.BlankValue, path, value, "The value must not be empty or white space; got '" + value + "'.");
            }

            return null;
        }

        return value;
    }

    public LocalDate? Date(string? value, string path) => Date(value, path, bound: false);

    // The value rules below are each defined once, as a static check that the mapper's reporting methods and the
    // streaming line reader (LearnerLineReader) both call; the reporting methods only choose the message for a refusal.

    /// <summary>The rule of <see cref="Text"/>: a text value that is not empty or white space.</summary>
    public static bool IsText(string value) => !string.IsNullOrWhiteSpace(value);

    /// <summary>The rule of <see cref="Date(string?, string)"/>: an existing ISO date inside <see cref="SupportedDates"/>.</summary>
    public static bool TryDate(string value, out LocalDate date)
    {
        var result = LocalDatePattern.Iso.Parse(value);
        date = result.Success ? result.Value : default;
        return result.Success && SupportedDates.Contains(date);
    }

    /// <summary>The rule of <see cref="OffsetInstant"/>: an ISO date-time with an offset, its date inside <see cref="SupportedDates"/>.</summary>
    public static bool TryOffsetInstant(string value, out Instant instant)
    {
        var result = OffsetPattern.Parse(value);
        // The range first: near NodaTime's ends an offset date-time has no instant.
        var accepted = result.Success && SupportedDates.Contains(result.Value.Date);
        instant = accepted ? result.Value.ToInstant() : default;
        return accepted;
    }

    /// <summary>The rule of <see cref="ZonedInstant"/> with a zone: an offset date-time, or a local one that maps to exactly one instant in <paramref name="zone"/>; its date inside <see cref="SupportedDates"/>.</summary>
    public static bool TryZonedInstant(string value, DateTimeZone zone, out Instant instant)
    {
        if (TryOffsetInstant(value, out instant))
        {
            return true;
        }

        var local = LocalPattern.Parse(value);
        if (!OffsetPattern.Parse(value).Success && local.Success && SupportedDates.Contains(local.Value.Date) && zone.MapLocal(local.Value) is { Count: 1 } mapping)
        {
            instant = mapping.Single().ToInstant();
            return true;
        }

        instant = default;
        return false;
    }

    /// <summary>The rule of <see cref="Zone"/>: an IANA (TZDB) zone id.</summary>
    public static DateTimeZone? FindZone(string value) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(value);

    /// <summary>The rule of <see cref="Enum{T}"/>: a defined member's name, exactly (not a number, not a list of flags).</summary>
    public static bool TryEnum<T>(string value, out T parsed)
        where T : struct, System.Enum =>
        value.Length > 0 && char.IsAsciiLetter(value[0]) && !value.Contains(',', StringComparison.Ordinal)
            && System.Enum.TryParse(value, ignoreCase: false, out parsed) && System.Enum.IsDefined(parsed)
            || Fail(out parsed);

    /// <summary>The rule of <see cref="Score"/>: the scale a name stands for, or null for an unknown name.</summary>
    public static ScoreScale? ScaleOf(string? name) => name switch
    {
        "percent" => ScoreScale.Percent,
        "scaled-20-80" => ScoreScale.Scaled20To80,
        "grade-points" => GradePoints,
        _ => null,
    };

    /// <summary>The rule of <see cref="Score"/>: a value inside its scale.</summary>
    public static bool InScale(decimal value, ScoreScale scale) => value >= scale.Minimum && value <= scale.Maximum;

    /// <summary>The rule of <see cref="Credits"/>: zero or more (more than zero when <paramref name="positive"/>), at most <see cref="MaxCreditHours"/> with at most <see cref="MaxCreditDecimals"/> decimals.</summary>
    public static bool CreditsAreValid(decimal hours, bool positive) =>
        hours >= 0 && !(positive && hours == 0) && hours <= MaxCreditHours && decimal.Round(hours, MaxCreditDecimals) == hours;

    private static bool Fail<T>(out T value)
        where T : struct
    {
        value = default;
        return false;
    }

    /// <summary>Reads a date; a <paramref name="bound"/> of a compared-only range may reach 9999-12-31 (open-ended).</summary>
    public LocalDate? Date(string? value, string path, bool bound)
    {
        if (value is null)
        {
            return null;
        }

        if (!bound && TryDate(value, out var date))
        {
            return date;
        }

        var result = LocalDatePattern.Iso.Parse(value);
        if (result.Success)
        {
            if (bound && SupportedDates.ContainsBound(result.Value))
            {
                return result.Value;
            }

            if (bound && result.Value > SupportedDates.MaxDate)
            {
                Add(DocumentErrorCode.DateOutOfRange, path, value, "'" + value + "' is outside the supported range of range bounds, 1900-01-01 to 9999-12-31.");
                return null;
            }

            return InRange(result.Value, value, path) ? result.Value : null;
        }

        Add(DocumentErrorCode.InvalidDate, path, value, "'" + value + "' is not an existing ISO date (yyyy-MM-dd).");
        return null;
    }

    /// <summary>
    /// Checks that a date as written lies in <see cref="SupportedDates"/>: the engine adds periods to it, and NodaTime
    /// cannot represent an instant near its own ends (9999-12-31T23:59:59-14:00 overflows).
    /// </summary>
    private bool InRange(LocalDate date, string value, string path)
    {
        if (SupportedDates.Contains(date))
        {
            return true;
        }

        Add(DocumentErrorCode.DateOutOfRange, path, value, "'" + value + "' is outside the supported range of dates, " + SupportedDates.Description + ".");
        return false;
    }

    public DateRange? Range(DateRangeDto? dto, string path)
    {
        if (dto is null)
        {
            return null;
        }

        var start = Date(dto.Start, P(path, "start"), bound: true);
        var end = Date(dto.End, P(path, "end"), bound: true);
        if (start is not { } s || end is not { } e)
        {
            return null;
        }

        if (e < s)
        {
            Add(DocumentErrorCode.ReversedRange, P(path, "end"), dto.End, "The range ends on " + dto.End + ", before it starts on " + dto.Start + ".");
            return null;
        }

        return new DateRange(s, e);
    }

    public Instant? OffsetInstant(string? value, string path)
    {
        if (value is null)
        {
            return null;
        }

        if (TryOffsetInstant(value, out var instant))
        {
            return instant;
        }

        var result = OffsetPattern.Parse(value);
        if (result.Success)
        {
            return InRange(result.Value.Date, value, path) ? result.Value.ToInstant() : null;
        }

        var hint = LocalPattern.Parse(value).Success ? " It has no offset; add one, such as -05:00 or Z." : string.Empty;
        Add(DocumentErrorCode.InvalidDateTime, path, value, "'" + value + "' is not an ISO date-time with an offset (yyyy-MM-ddTHH:mm:ss±hh:mm)." + hint);
        return null;
    }

    /// <summary>Reads an offset date-time, or a local date-time read in <paramref name="zone"/>, which must map to exactly one instant.</summary>
    public Instant? ZonedInstant(string? value, DateTimeZone? zone, string path)
    {
        if (value is null)
        {
            return null;
        }

        if (zone is not null && TryZonedInstant(value, zone, out var instant))
        {
            return instant;
        }

        var offset = OffsetPattern.Parse(value);
        if (offset.Success)
        {
            return InRange(offset.Value.Date, value, path) ? offset.Value.ToInstant() : null;
        }

        var local = LocalPattern.Parse(value);
        if (!local.Success)
        {
            Add(DocumentErrorCode.InvalidDateTime, path, value, "'" + value + "' is not an ISO date-time (yyyy-MM-ddTHH:mm:ss, with an offset or read in the candidate's zone).");
            return null;
        }

        if (zone is null || !InRange(local.Value.Date, value, path))
        {
            return null;
        }

        var mapping = zone.MapLocal(local.Value);
        switch (mapping.Count)
        {
            case 1:
                return mapping.Single().ToInstant();
            case 0:
                Add(DocumentErrorCode.SkippedLocalTime, path, value, "'" + value + "' never happened in " + zone.Id + ": the clocks skipped it (daylight-saving gap). Give the time with its offset.");
                return null;
            default:
                Add(DocumentErrorCode.AmbiguousLocalTime, path, value, "'" + value + "' happened twice in " + zone.Id + " (daylight-saving overlap, offsets " + mapping.First().Offset + " and " + mapping.Last().Offset + "). Give the time with its offset.");
                return null;
        }
    }

    public DateTimeZone? Zone(string? value, string path)
    {
        if (value is null)
        {
            return null;
        }

        var zone = FindZone(value);
        if (zone is null)
        {
            Add(DocumentErrorCode.UnknownTimeZone, path, value, "'" + value + "' is not an IANA (TZDB) time zone id, such as America/New_York.");
        }

        return zone;
    }

    public Period? PositivePeriod(string? value, string path)
    {
        if (value is null)
        {
            return null;
        }

        var result = PeriodPattern.Roundtrip.Parse(value);
        // A century bounds every real recency window or retake wait, and keeps date arithmetic far from overflow.
        if (result.Success && !result.Value.HasTimeComponent && RecencyWindow.IsPositive(result.Value)
            && result.Value.Years <= 100 && result.Value.Months <= 1200 && result.Value.Weeks <= 5300 && result.Value.Days <= 36600)
        {
            return result.Value;
        }

        Add(DocumentErrorCode.InvalidPeriod, path, value, "'" + value + "' is not a positive ISO period of whole years, months, weeks or days of at most a century, such as P5Y or P3M.");
        return null;
    }

    public T? Enum<T>(string? value, string path)
        where T : struct, System.Enum
    {
        if (value is null)
        {
            return null;
        }

        // Names only: Enum.TryParse would also take "1" or "LowerDivision, Graduate".
        if (TryEnum<T>(value, out var parsed))
        {
            return parsed;
        }

        Add(DocumentErrorCode.InvalidEnumValue, path, value, "'" + value + "' is not a valid " + typeof(T).Name + "; expected one of: " + string.Join(", ", System.Enum.GetNames<T>()) + ".");
        return null;
    }

    public List<T>? Enums<T>(List<string>? values, string path, bool requireOne)
        where T : struct, System.Enum
    {
        if (values is null)
        {
            return null;
        }

        if (requireOne && values.Count == 0)
        {
            Add(DocumentErrorCode.EmptyList, path, "[]", "The list needs at least one " + typeof(T).Name + ".");
            return null;
        }

        var result = new List<T>();
        var ok = true;
        for (var i = 0; i < values.Count; i++)
        {
            if (Enum<T>(values[i], I(path, i)) is { } v)
            {
                if (result.Contains(v))
                {
                    Add(DocumentErrorCode.InvalidValue, I(path, i), values[i], "'" + values[i] + "' is listed twice.");
                    ok = false;
                }

                result.Add(v);
            }
            else
            {
                ok = false;
            }
        }

        return ok ? result : null;
    }

    public Score? Score(ScoreDto? dto, string path)
    {
        if (dto is null)
        {
            return null;
        }

        var scale = ScaleOf(dto.Scale);
        if (scale is null)
        {
            Add(DocumentErrorCode.UnknownScoreScale, P(path, "scale"), dto.Scale, "'" + dto.Scale + "' is not a known score scale; expected percent, scaled-20-80 or grade-points.");
            return null;
        }

        if (!InScale(dto.Value, scale))
        {
            var raw = dto.Value.ToString(CultureInfo.InvariantCulture);
            Add(DocumentErrorCode.ScoreOutOfScale, P(path, "value"), raw, "The score " + raw + " lies outside the " + scale + " scale.");
            return null;
        }

        return new Score(dto.Value, scale);
    }

    public CreditAmount? Credits(decimal hours, CreditUnit unit, string path, bool positive)
    {
        if (CreditsAreValid(hours, positive))
        {
            return CreditAmount.FromHours(hours, unit);
        }

        var raw = hours.ToString(CultureInfo.InvariantCulture);
        if (hours < 0 || (positive && hours == 0))
        {
            Add(DocumentErrorCode.InvalidCredits, path, raw, "Credit hours must be " + (positive ? "more than zero" : "zero or more") + "; got " + raw + ".");
            return null;
        }

        // Exact rationals hold up to 18 significant digits; no real recommendation comes near either limit.
        if (hours > MaxCreditHours || decimal.Round(hours, MaxCreditDecimals) != hours)
        {
            Add(DocumentErrorCode.InvalidCredits, path, raw, "Credit hours must be at most " + MaxCreditHours.ToString(CultureInfo.InvariantCulture)
                + " with at most " + MaxCreditDecimals.ToString(CultureInfo.InvariantCulture) + " decimals; got " + raw + ".");
            return null;
        }

        return CreditAmount.FromHours(hours, unit);
    }

    /// <summary>The 4.0 grade-point scale prior grades are recorded on (C = 2.0).</summary>
    public static readonly ScoreScale GradePoints = new("grade-points", 0, 4);

    public const decimal MaxCreditHours = 1000;

    public const int MaxCreditDecimals = 6;

    /// <summary>
    /// Runs a Domain constructor, turning an argument exception (an invariant not checked above) into an error. When the
    /// exception names a parameter that matches a property of <paramref name="dto"/>, the error points at that property.
    /// </summary>
    public T? Build<T>(string path, object? dto, Func<T> build)
        where T : class
    {
        try
        {
            return build();
        }
        catch (ArgumentException ex)
        {
            string? value = null;
            if (dto is not null && ex.ParamName is { } name
                && DocumentJsonContext.Default.GetTypeInfo(dto.GetType()) is { } info
                && info.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) is { Get: { } get } property)
            {
                path = P(path, property.Name);
                value = Format(get(dto));
            }

            Add(DocumentErrorCode.InvalidValue, path, value, StripParameter(ex.Message));
            return null;
        }
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => System.Text.Json.JsonSerializer.Serialize(value, DocumentJsonContext.Default.GetTypeInfo(value.GetType())!),
    };

    public void Unique<T>(IReadOnlyList<T>? items, Func<T, string?> id, string path, string? idProperty, string what)
    {
        if (items is null)
        {
            return;
        }

        Repeats(items, id, (i, first, key) => Add(DocumentErrorCode.DuplicateId, idProperty is null ? I(path, i) : P(I(path, i), idProperty), key, "The " + what + " '" + key + "' is already used by " + I(path, first) + "."));
    }

    /// <summary>
    /// The rule of <see cref="Unique{T}"/> (and of a learner's duplicate course enrolments): finds each item whose key
    /// (ordinal; null keys skipped) an earlier item has, calling <paramref name="report"/> with its index, the first
    /// index and the key, or returning at the first when <paramref name="report"/> is null.
    /// </summary>
    /// <returns>Whether any key repeats.</returns>
    public static bool Repeats<T>(IReadOnlyList<T> items, Func<T, string?> key, Action<int, int, string>? report)
    {
        if (items.Count < 2)
        {
            return false;
        }

        var any = false;
        var seen = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (key(items[i]) is not { } value)
            {
                continue;
            }

            if (seen.TryGetValue(value, out var first))
            {
                any = true;
                if (report is null)
                {
                    return true;
                }

                report(i, first, value);
            }
            else
            {
                seen[value] = i;
            }
        }

        return any;
    }

    public void Reference(string? id, ICollection<string> known, string path, string what)
    {
        if (id is not null && !string.IsNullOrWhiteSpace(id) && !known.Contains(id))
        {
            Add(DocumentErrorCode.UnknownReference, path, id, "No " + what + " has the id '" + id + "'.");
        }
    }

    private static string StripParameter(string message)
    {
        var at = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }
}
