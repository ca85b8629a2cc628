using CreditRules.Engine;
using CreditRules.Internal;

namespace CreditRules.Documents;

/// <summary>The JSON form of a <see cref="DecisionDiff"/> (<c>#/$defs/DecisionDiff</c>), as <c>creditrules diff --json</c> prints it.</summary>
/// <param name="LearnerId">The learner.</param>
/// <param name="InputChanges">What changed in the inputs.</param>
/// <param name="TotalBefore">The credits granted before.</param>
/// <param name="TotalAfter">The credits granted after.</param>
/// <param name="TotalDelta">The change, for people, such as <c>+3 SH</c>.</param>
/// <param name="Courses">Each course's change.</param>
/// <param name="RecordReasonChanges">Record-level reasons that appeared, disappeared or changed.</param>
/// <param name="Before">The record decision before (titled <c>On record</c>).</param>
/// <param name="After">The record decision after (titled <c>What-if</c>).</param>
public sealed record DecisionDiffJson(
    string LearnerId,
    IReadOnlyList<InputChangeJson> InputChanges,
    CreditJson TotalBefore,
    CreditJson TotalAfter,
    string TotalDelta,
    IReadOnlyList<CourseDiffJson> Courses,
    IReadOnlyList<ReasonChangeJson> RecordReasonChanges,
    RecordDecisionJson Before,
    RecordDecisionJson After)
{
    /// <summary>Maps a diff.</summary>
    /// <param name="diff">The diff.</param>
    /// <returns>The JSON form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diff"/> is null.</exception>
    public static DecisionDiffJson From(DecisionDiff diff)
    {
        var d = Preconditions.NotNull(diff);
        return new(
            d.Before.LearnerId,
            d.InputChanges.Select(InputChangeJson.From).ToArray(),
            CreditJson.From(d.TotalBefore),
            CreditJson.From(d.TotalAfter),
            d.TotalDelta,
            d.Courses.Select(c => new CourseDiffJson(
                c.CourseId,
                c.OutcomeBefore?.ToString(),
                c.OutcomeAfter?.ToString(),
                CreditJson.From(c.CreditsBefore),
                CreditJson.From(c.CreditsAfter),
                c.CreditDelta,
                c.HasChanges,
                c.ReasonChanges.Select(ReasonChangeJson.From).ToArray())
            {
                SettingChanges = SettingChangeJson.Between(d.Before.GetAwardOrNull(c.CourseId), d.After.GetAwardOrNull(c.CourseId)),
            }).ToArray(),
            d.RecordReasonChanges.Select(ReasonChangeJson.From).ToArray(),
            RecordDecisionJson.From(d.Before, "On record"),
            RecordDecisionJson.From(d.After, "What-if"));
    }
}

/// <summary>The JSON form of an <see cref="InputChange"/>.</summary>
/// <param name="Kind">The kind of change.</param>
/// <param name="CourseId">The course it concerns, or <see langword="null"/>.</param>
/// <param name="Before">The value before, or <see langword="null"/>.</param>
/// <param name="After">The value after, or <see langword="null"/>.</param>
/// <param name="Text">The change, for people.</param>
public sealed record InputChangeJson(string Kind, string? CourseId, string? Before, string? After, string Text)
{
    /// <summary>Maps an input change.</summary>
    /// <param name="change">The change.</param>
    /// <returns>The JSON form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    public static InputChangeJson From(InputChange change)
    {
        var c = Preconditions.NotNull(change);
        return new(c.Kind.ToString(), c.CourseId, c.Before, c.After, c.ToString());
    }
}

/// <summary>The JSON form of a <see cref="CourseDiff"/>.</summary>
/// <param name="CourseId">The course.</param>
/// <param name="OutcomeBefore">The outcome before, or <see langword="null"/> when it was not claimed.</param>
/// <param name="OutcomeAfter">The outcome after, or <see langword="null"/> when it is not claimed.</param>
/// <param name="CreditsBefore">The credits granted before.</param>
/// <param name="CreditsAfter">The credits granted after.</param>
/// <param name="CreditDelta">The change, for people.</param>
/// <param name="Changed">Whether anything changed for the course.</param>
/// <param name="ReasonChanges">The course's reasons that appeared, disappeared or changed.</param>
public sealed record CourseDiffJson(string CourseId, string? OutcomeBefore, string? OutcomeAfter, CreditJson CreditsBefore, CreditJson CreditsAfter, string CreditDelta, bool Changed, IReadOnlyList<ReasonChangeJson> ReasonChanges)
{
    /// <summary>Gets the settings (each with the scope that supplied it) and the requirement area of the course that differ between the two sides, as <c>creditrules diff</c> lists them.</summary>
    /// <value><see cref="DecisionDiffJson.From"/> always sets it (empty when none differ); <see langword="null"/> (omitted) only in JSON written before it existed.</value>
    public IReadOnlyList<SettingChangeJson>? SettingChanges { get; init; }
}

/// <summary>
/// One setting or requirement-area line of a course that only one side of a diff has: a setting with its value and the scope
/// that supplied it (<c>setting MinimumScore 80 (percent) from institution policy acl-2013-07</c>), or where the credit
/// lands (<c>area gen-ed (area setting from program aa-general)</c>).
/// </summary>
/// <param name="Change"><c>Removed</c> (only before) or <c>Added</c> (only after).</param>
/// <param name="Kind"><c>Setting</c> or <c>Area</c>.</param>
/// <param name="Text">The line, for people.</param>
public sealed record SettingChangeJson(string Change, string Kind, string Text)
{
    /// <summary>Lists the setting and area lines of a course that differ between two sides: the removed ones, then the added ones, each in the side's order.</summary>
    /// <param name="before">The course's award before, or <see langword="null"/> when it was not claimed.</param>
    /// <param name="after">The course's award after, or <see langword="null"/> when it is not claimed.</param>
    /// <returns>The changes; empty when none differ.</returns>
    public static IReadOnlyList<SettingChangeJson> Between(CourseAward? before, CourseAward? after)
    {
        var was = Lines(before).ToList();
        var now = Lines(after).ToList();
        return
        [
            .. was.Where(l => !now.Contains(l)).Select(l => new SettingChangeJson("Removed", l.Kind, l.Text)),
            .. now.Where(l => !was.Contains(l)).Select(l => new SettingChangeJson("Added", l.Kind, l.Text)),
        ];
    }

    private static IEnumerable<(string Kind, string Text)> Lines(CourseAward? award) => award is null
        ? []
        : award.Decision.Settings.Select(s => ("Setting", "setting " + s.Setting + " " + SettingJson.From(s).Value + " from " + s.ScopeText))
            .Append(("Area", "area " + (award.AreaId ?? "(none)") + (award.AreaScopeText is { } scope ? " (area setting from " + scope + ")" : string.Empty))).Distinct();
}

/// <summary>The JSON form of a <see cref="ReasonChange"/>.</summary>
/// <param name="Kind">Appeared, disappeared or changed.</param>
/// <param name="Code">The reason code.</param>
/// <param name="RuleId">The rule.</param>
/// <param name="Before">The message before, or <see langword="null"/>.</param>
/// <param name="After">The message after, or <see langword="null"/>.</param>
/// <param name="CausedBy">The input changes that caused it.</param>
public sealed record ReasonChangeJson(string Kind, string Code, string RuleId, string? Before, string? After, IReadOnlyList<InputChangeJson> CausedBy)
{
    /// <summary>Maps a reason change.</summary>
    /// <param name="change">The change.</param>
    /// <returns>The JSON form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    public static ReasonChangeJson From(ReasonChange change)
    {
        var c = Preconditions.NotNull(change);
        return new(c.Kind.ToString(), c.Code.Value, c.RuleId, c.Before?.Message, c.After?.Message, c.CausedBy.Select(InputChangeJson.From).ToArray());
    }
}
