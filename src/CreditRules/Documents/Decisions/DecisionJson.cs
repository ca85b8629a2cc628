using CreditRules.Domain;
using CreditRules.Engine;
using CreditRules.Internal;
using NodaTime;
using NodaTime.Text;

namespace CreditRules.Documents;

/// <summary>The JSON form of a <see cref="Decision"/> (<c>schemas/decision.schema.json</c>), as <c>creditrules evaluate --json</c> prints it.</summary>
/// <param name="LearnerId">The learner.</param>
/// <param name="CourseId">The course claimed.</param>
/// <param name="InstitutionId">The institution asked.</param>
/// <param name="ProgramId">The degree program.</param>
/// <param name="Outcome">The outcome: <c>Eligible</c>, <c>NotEligible</c> or <c>Incomplete</c>.</param>
/// <param name="AsOf">The as-of date, ISO <c>yyyy-MM-dd</c>.</param>
/// <param name="PolicyVersion">The institution policy version applied, or <see langword="null"/> (omitted) when none applied.</param>
/// <param name="DataVersion">The data snapshot's version label, or <see langword="null"/> (omitted) when the evaluator has none.</param>
/// <param name="ExhibitId">The recommendation's exhibit id, or <see langword="null"/>.</param>
/// <param name="RecommendationVersion">The recommendation version number, or <see langword="null"/>.</param>
/// <param name="QualifyingDate">The qualifying date, ISO, or <see langword="null"/> when no exam was passed.</param>
/// <param name="QualifyingZone">The IANA id of the zone the qualifying date was read in.</param>
/// <param name="QualifyingZoneSource">Whose zone that is: <c>Evaluator</c>, <c>Institution</c> or <c>Candidate</c>.</param>
/// <param name="CreditsRecommended">The credits recommended, in the institution's unit.</param>
/// <param name="CreditsGranted">The credits granted.</param>
/// <param name="Rounding">The rounding policy applied, such as <c>FloorTo(0.5)</c>.</param>
/// <param name="Reasons">The reasons, in rule order.</param>
/// <param name="NextSteps">What the learner can do next (empty unless the outcome is <c>Incomplete</c>).</param>
/// <param name="Trace">What each rule did.</param>
/// <remarks>Nulls are omitted when written. Immutable once built; <see cref="DecisionDocument"/> writes and reads it.</remarks>
public sealed record DecisionJson(
    string LearnerId,
    string CourseId,
    string InstitutionId,
    string ProgramId,
    string Outcome,
    string AsOf,
    string? PolicyVersion,
    string? DataVersion,
    string? ExhibitId,
    int? RecommendationVersion,
    string? QualifyingDate,
    string QualifyingZone,
    string QualifyingZoneSource,
    CreditJson CreditsRecommended,
    CreditJson CreditsGranted,
    string Rounding,
    IReadOnlyList<ReasonJson> Reasons,
    IReadOnlyList<NextStepJson> NextSteps,
    IReadOnlyList<TraceJson> Trace)
{
    /// <summary>Gets the decision's record (facts embedded, digests and versions, for replay), or <see langword="null"/> (omitted).</summary>
    /// <value><c>creditrules evaluate --json</c> embeds it in every decision; <see cref="From"/> leaves it null, so a
    /// decision written by <see cref="DecisionDocument"/> carries no learner facts unless the host adds it with
    /// <c>DecisionJson.From(decision) with { Record = DecisionRecords.Create(decision, learner, dataVersion) }</c>.</value>
    public DecisionRecordJson? Record { get; init; }

    /// <summary>Gets the as-known-on date, ISO, when the decision used only the facts recorded by then; else <see langword="null"/> (omitted).</summary>
    public string? AsKnownOn { get; init; }

    /// <summary>Gets the settings the rules applied and the scope that supplied each (<see cref="Decision.Settings"/>): the
    /// institution policy version's, then each applying program override's; empty when none applied.</summary>
    /// <value><see cref="From"/> always sets it; <see langword="null"/> (omitted) only in JSON written before it existed.</value>
    public IReadOnlyList<SettingJson>? Settings { get; init; }

    /// <summary>Gets how the institution policy version was selected (<see cref="Decision.PolicySelection"/>): by catalog year, enrolment date or as-of date, and the date it was looked up on.</summary>
    /// <value><see cref="From"/> sets it for decisions made by the rules; <see langword="null"/> (omitted) for a decision not made by them, or JSON written before it existed.</value>
    public PolicySelectionJson? PolicySelection { get; init; }

    /// <summary>Gets the requirement area of the program the claim's credit lands in, with the scope that supplied the area's setting, or <see langword="null"/> (omitted) when the decision was made alone (no record) or the program lists no area for it.</summary>
    /// <value><see cref="From"/> leaves it null (a <see cref="Decision"/> alone has no area); <c>creditrules evaluate --json</c> sets it from the claim's <see cref="CourseAward"/> (<see cref="AreaJson.From"/>).</value>
    public AreaJson? Area { get; init; }

    /// <summary>Maps a decision to its JSON form.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The JSON form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public static DecisionJson From(Decision decision)
    {
        var d = Preconditions.NotNull(decision);
        return new(
            d.LearnerId,
            d.CourseId,
            d.InstitutionId,
            d.ProgramId,
            d.Outcome.ToString(),
            Iso(d.AsOf),
            d.PolicyVersion,
            d.DataVersion,
            d.ExhibitId,
            d.RecommendationVersion,
            d.QualifyingDate is { } q ? Iso(q) : null,
            d.QualifyingZone.Id,
            d.QualifyingZoneSource.ToString(),
            CreditJson.From(d.CreditsRecommended),
            CreditJson.From(d.CreditsGranted),
            d.Rounding.ToString(),
            ReasonJson.FromAll(d.Reasons),
            d.NextSteps.Select(NextStepJson.From).ToArray(),
            d.Trace.Select(TraceJson.From).ToArray())
        {
            AsKnownOn = d.AsKnownOn is { } known ? Iso(known) : null,
            Settings = d.Settings.Select(SettingJson.From).ToArray(),
            PolicySelection = PolicySelectionJson.From(d.PolicySelection, d.PolicyVersion),
        };
    }

    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}

/// <summary>The JSON form of a <see cref="CreditAmount"/>: the unit, the exact fraction, the hours rounded to six places for display, and the text.</summary>
/// <param name="Unit"><c>SemesterHour</c> or <c>QuarterHour</c>.</param>
/// <param name="Numerator">The exact amount's numerator.</param>
/// <param name="Denominator">The exact amount's denominator, 1 or more.</param>
/// <param name="Hours">The hours, rounded half-to-even to six decimal places (the fraction is exact; this is not).</param>
/// <param name="Text">The amount as <see cref="CreditAmount.ToString()"/> writes it, such as <c>2 2/3 SH</c>.</param>
public sealed record CreditJson(string Unit, long Numerator, long Denominator, decimal Hours, string Text)
{
    /// <summary>Maps a credit amount.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The JSON form.</returns>
    public static CreditJson From(CreditAmount amount) =>
        new(amount.Unit.ToString(), amount.Numerator, amount.Denominator, decimal.Round(amount.ToDecimal(), 6, MidpointRounding.ToEven), amount.ToString());
}

/// <summary>The JSON form of a <see cref="Reason"/>, mapped only through its public members.</summary>
/// <param name="Code">The stable reason code (<c>docs/reason-codes.md</c>).</param>
/// <param name="Severity"><c>Blocking</c>, <c>Outstanding</c>, <c>Limiting</c> or <c>Informational</c>.</param>
/// <param name="RuleId">The rule that gave the reason.</param>
/// <param name="PolicyVersion">The policy version the rule read, or <see langword="null"/>.</param>
/// <param name="Message">The message, the code's template filled with <paramref name="Arguments"/>.</param>
/// <param name="Arguments">The template's values by name, as invariant text.</param>
public sealed record ReasonJson(string Code, string Severity, string RuleId, string? PolicyVersion, string Message, IReadOnlyDictionary<string, string> Arguments)
{
    /// <summary>Maps a reason.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The JSON form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public static ReasonJson From(Reason reason)
    {
        var r = Preconditions.NotNull(reason);
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in r.Arguments)
        {
            arguments[argument.Key] = argument.Value;
        }

        return new(r.Code.Value, r.Severity.ToString(), r.RuleId, r.PolicyVersion, r.Message, arguments);
    }

    internal static ReasonJson[] FromAll(IEnumerable<Reason> reasons) => reasons.Select(From).ToArray();
}

/// <summary>The JSON form of a <see cref="NextStep"/>.</summary>
/// <param name="Code">The stable next-step code.</param>
/// <param name="Action">What to do, for people.</param>
/// <param name="EarliestDate">The first date it can be done, ISO, or <see langword="null"/>.</param>
/// <param name="Deadline">The last date it can be done (inclusive), ISO, or <see langword="null"/>.</param>
/// <param name="CostAmount">What it costs, or <see langword="null"/>.</param>
/// <param name="CostCurrency">The cost's ISO 4217 currency, or <see langword="null"/>.</param>
public sealed record NextStepJson(string Code, string Action, string? EarliestDate, string? Deadline, decimal? CostAmount, string? CostCurrency)
{
    /// <summary>Maps a next step.</summary>
    /// <param name="step">The step.</param>
    /// <returns>The JSON form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    public static NextStepJson From(NextStep step)
    {
        var s = Preconditions.NotNull(step);
        return new(
            s.Code.Value,
            s.Action,
            s.EarliestDate is { } e ? DecisionJson.Iso(e) : null,
            s.Deadline is { } dl ? DecisionJson.Iso(dl) : null,
            s.Cost?.Amount,
            s.Cost?.Currency);
    }
}

/// <summary>The JSON form of a <see cref="RuleTraceEntry"/>.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Outcome">What it did: <c>Passed</c>, <c>Failed</c>, <c>Limited</c>, <c>NotApplicable</c> or <c>Skipped</c>.</param>
/// <param name="Note">A note for people; empty when there is none.</param>
public sealed record TraceJson(string RuleId, string Outcome, string Note)
{
    /// <summary>Maps a trace entry.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The JSON form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public static TraceJson From(RuleTraceEntry entry)
    {
        var t = Preconditions.NotNull(entry);
        return new(t.RuleId, t.Outcome.ToString(), t.Note);
    }
}

/// <summary>The JSON form of <see cref="Money"/>.</summary>
/// <param name="Amount">The amount.</param>
/// <param name="Currency">The ISO 4217 currency, or <see langword="null"/>.</param>
/// <param name="Text">The amount as text, such as <c>USD 90.00</c>.</param>
public sealed record MoneyJson(decimal Amount, string? Currency, string Text)
{
    /// <summary>Maps an amount of money.</summary>
    /// <param name="money">The amount, or <see langword="null"/>.</param>
    /// <returns>The JSON form, or <see langword="null"/> when <paramref name="money"/> is.</returns>
    public static MoneyJson? From(Money? money) => money is { } m ? new(m.Amount, m.Currency, m.ToString()) : null;
}

/// <summary>The JSON form of a <see cref="SettingSource"/>: one setting the rules applied and the scope that supplied it, with ids.</summary>
/// <param name="Setting">The setting (<see cref="PolicySetting"/>), such as <c>MinimumScore</c> or <c>AcceptedLevels</c>.</param>
/// <param name="Scope"><c>InstitutionPolicy</c> or <c>ProgramOverride</c> (<see cref="SettingScope"/>).</param>
/// <param name="PolicyId">The institution policy version selected for the claim, or <see langword="null"/> (omitted) when none is in effect.</param>
/// <param name="ProgramId">The claim's program.</param>
/// <param name="OverrideId">The program override that supplied the setting, or <see langword="null"/> (omitted) when the institution policy did.</param>
/// <param name="Value">The value as invariant text, such as <c>70 (percent)</c>, <c>LowerDivision, UpperDivision</c> or <c>FloorTo(0.5)</c>.</param>
public sealed record SettingJson(string Setting, string Scope, string? PolicyId, string ProgramId, string? OverrideId, string Value)
{
    /// <summary>Maps a setting source.</summary>
    /// <param name="setting">The setting source.</param>
    /// <returns>The JSON form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="setting"/> is null.</exception>
    public static SettingJson From(SettingSource setting)
    {
        var s = Preconditions.NotNull(setting);
        return new(s.Setting.ToString(), s.Scope.ToString(), s.PolicyId, s.ProgramId, s.OverrideId, s.ValueText);
    }
}

/// <summary>The JSON form of a <see cref="PolicyVersionSelection"/>: how the institution policy version was chosen.</summary>
/// <param name="By"><c>CatalogYear</c>, <c>EnrollmentDate</c> or <c>AsOfDate</c>: the fact that selected the version.</param>
/// <param name="Date">The date the version was looked up on, ISO: the catalog year's first day, the enrolment date or the as-of date.</param>
/// <param name="PolicyVersion">The version selected, or <see langword="null"/> (omitted) when none is in effect on <paramref name="Date"/>.</param>
/// <param name="EnrolledOn">The enrolment date, ISO, or <see langword="null"/> (omitted) without an enrolment.</param>
/// <param name="CatalogYear">The catalog year that selected, such as <c>2013-2014</c>, or <see langword="null"/> (omitted) when a date selected.</param>
public sealed record PolicySelectionJson(string By, string Date, string? PolicyVersion, string? EnrolledOn, string? CatalogYear)
{
    /// <summary>Maps a selection; <see langword="null"/> for the <c>default</c> selection of a decision not made by the rules.</summary>
    /// <param name="selection">The selection.</param>
    /// <param name="policyVersion">The decision's policy version id.</param>
    /// <returns>The JSON form, or <see langword="null"/>.</returns>
    public static PolicySelectionJson? From(PolicyVersionSelection selection, string? policyVersion) =>
        selection == default
            ? null
            : new(
                selection.ByCatalogYear ? "CatalogYear" : selection.ByEnrollment ? "EnrollmentDate" : "AsOfDate",
                DecisionJson.Iso(selection.SelectionDate),
                selection.Policy?.Id ?? policyVersion,
                selection.Enrollment is { } e ? DecisionJson.Iso(e.EnrolledOn) : null,
                selection.CatalogYear?.ToString());
}

/// <summary>The JSON form of the requirement area a claim's credit lands in (<see cref="CourseAward.AreaId"/>).</summary>
/// <param name="AreaId">The area of the program.</param>
/// <param name="Scope">Which scope supplied the area's setting (<see cref="AreaSettingScope"/>), or <see langword="null"/> (omitted) when none sets it (only its size bounds it).</param>
public sealed record AreaJson(string AreaId, string? Scope)
{
    /// <summary>Maps a course award's area; <see langword="null"/> when it lands in none.</summary>
    /// <param name="award">The course award.</param>
    /// <returns>The JSON form, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="award"/> is null.</exception>
    public static AreaJson? From(CourseAward award) =>
        Preconditions.NotNull(award).AreaId is { } area ? new(area, award.AreaSettingScope?.ToString()) : null;
}
