using System.Globalization;

namespace CreditRules.Testing;

/// <summary>
/// How one requirement area (<c>institution/program/area</c>) was exercised: how many decisions granted credit there and
/// how many received, were capped, redirected or refused credit there, one <see cref="CoverageItem"/> per event.
/// </summary>
/// <remarks>
/// Immutable. The events are derived, never listed by hand: <c>granted</c> counts the claims whose granted credit landed in
/// the area (<see cref="Engine.CourseAward.AreaId"/>); every other event is a built-in reason code whose template names an
/// area, counted when a decision's reason names this area in that place (<c>AreaCapReached</c>, <c>AreaSourceExcluded</c>;
/// <c>AreaRedirected</c> for credit redirected here, <c>AreaRedirected from</c> for credit redirected away).
/// </remarks>
public sealed class AreaCoverage
{
    internal AreaCoverage(string id, string description, IReadOnlyList<CoverageItem> events)
    {
        Id = id;
        Description = description;
        Events = events;
    }

    /// <summary>Gets the area's id as <c>institution/program/area</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the area's size and the setting that applies to it, with the scope that supplied it, for people.</summary>
    public string Description { get; }

    /// <summary>Gets one item per area event (<c>granted</c>, then the area reason codes in declaration order) with the number of decisions that exercised it here.</summary>
    public IReadOnlyList<CoverageItem> Events { get; }

    /// <summary>Gets the ids of the events no decision exercised in this area.</summary>
    public IReadOnlyList<string> EventsNeverExercised => Events.Where(e => !e.IsExercised).Select(e => e.Id).ToArray();

    /// <summary>Gets a value indicating whether any decision exercised the area at all.</summary>
    public bool IsExercised => Events.Any(e => e.IsExercised);

    /// <summary>Returns e.g. <c>eastern-state/aa-general/gen-ed: granted 2, AreaCapReached 0</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Id + ": " + string.Join(", ", Events.Select(e => e.Id + " " + e.Count.ToString(CultureInfo.InvariantCulture)));
}
