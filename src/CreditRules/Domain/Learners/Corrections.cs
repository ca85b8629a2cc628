using NodaTime;

namespace CreditRules.Domain;

/// <summary>
/// Facts recorded late and corrections, the one definition: which facts are known by a date, and which are superseded.
/// A correction is a later fact naming the fact it replaces (<c>supersedes</c> = the earlier fact's <c>id</c>); once the
/// correction is known the earlier fact is ignored, before that the earlier fact stands.
/// </summary>
internal static class Corrections
{
    public static (Instant? RecordedAt, string? Id, string? Supersedes) Check(Instant? recordedAt, string? id, string? supersedes)
    {
        if (id is not null && string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("A fact id must not be blank.", nameof(id));
        }

        if (supersedes is not null && string.IsNullOrWhiteSpace(supersedes))
        {
            throw new ArgumentException("The id a fact supersedes must not be blank.", nameof(supersedes));
        }

        if (id is not null && string.Equals(id, supersedes, StringComparison.Ordinal))
        {
            throw new ArgumentException("The fact '" + id + "' supersedes itself; name the earlier fact it corrects.", nameof(supersedes));
        }

        return (recordedAt is { } at ? SupportedDates.Check(at, nameof(recordedAt)) : null, id, supersedes);
    }

    /// <summary>Checks a list's ids are unique and each <c>supersedes</c> names one of them; throws naming the list, position and id.</summary>
    public static void CheckReferences<T>(IReadOnlyList<T> facts, Func<T, string?> id, Func<T, string?> supersedes, string list)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < facts.Count; i++)
        {
            if (id(facts[i]) is { } value && !ids.Add(value))
            {
                throw new ArgumentException(list + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]: the id '" + value + "' is used twice; give each fact its own id.", list);
            }
        }

        for (var i = 0; i < facts.Count; i++)
        {
            if (supersedes(facts[i]) is { } target && !ids.Contains(target))
            {
                throw new ArgumentException(list + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]: supersedes '" + target + "', which is not the id of any of the learner's " + list + ".", list);
            }
        }
    }

    /// <summary>The facts that stand: those known (by <paramref name="known"/>) and not superseded by a known fact.</summary>
    public static List<T> Standing<T>(IReadOnlyList<T> facts, Func<T, bool> known, Func<T, string?> id, Func<T, string?> supersedes)
    {
        HashSet<string>? superseded = null;
        foreach (var fact in facts)
        {
            if (supersedes(fact) is { } target && known(fact))
            {
                (superseded ??= new HashSet<string>(StringComparer.Ordinal)).Add(target);
            }
        }

        var result = new List<T>(facts.Count);
        foreach (var fact in facts)
        {
            if (known(fact) && (superseded is null || id(fact) is not { } value || !superseded.Contains(value)))
            {
                result.Add(fact);
            }
        }

        return result;
    }

    /// <summary>Whether an instant falls on or before <paramref name="date"/> in <paramref name="zone"/>: before the start of the next day there.</summary>
    public static bool OnOrBefore(Instant instant, LocalDate date, DateTimeZone zone) => instant.InZone(zone).Date <= date;
}
