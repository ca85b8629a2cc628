using CreditRules.Domain;
using CreditRules.Engine.Rules;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>One exam attempt at the claimed course and its calendar date as the rules read it: in the candidate's zone under a candidate-zone policy, else in the decision's qualifying zone.</summary>
/// <remarks>Immutable. Listed on <see cref="Decision.AttemptDates"/> for attempts dated on or before the as-of date, in order of their start.</remarks>
public sealed class AttemptDate
{
    internal AttemptDate(ExamAttempt attempt, LocalDate date)
    {
        Attempt = Preconditions.NotNull(attempt);
        Date = date;
    }

    /// <summary>Gets the attempt.</summary>
    public ExamAttempt Attempt { get; }

    /// <summary>Gets the attempt's date in the zone that dates it.</summary>
    public LocalDate Date { get; }

    /// <summary>Returns e.g. "2013-05-20 (Passed)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Rules.Texts.Format(Date) + " (" + Attempt.Outcome + ")";
}

/// <summary>How the recency rule decided: the window, the qualifying date, the last recent day and the anchor date it was compared with.</summary>
/// <remarks>Immutable. The credit is recent when <see cref="AnchorDate"/> is on or before <see cref="LastRecentDate"/> (inclusive).</remarks>
public sealed class RecencyCheck
{
    internal RecencyCheck(RecencyWindow window, LocalDate qualifyingDate, LocalDate anchorDate, bool anchoredOnEnrollment, LocalDate? startDate = null, string subjects = "every subject")
    {
        Window = Preconditions.NotNull(window);
        QualifyingDate = qualifyingDate;
        StartDate = startDate ?? qualifyingDate;
        LastRecentDate = window.LastRecentDate(StartDate);
        AnchorDate = anchorDate;
        AnchoredOnEnrollment = anchoredOnEnrollment;
        Subjects = subjects;
    }

    /// <summary>Gets the date the age is measured from: the qualifying date, or the course completion date (<see cref="RecencyWindow.Start"/>).</summary>
    public LocalDate StartDate { get; }

    /// <summary>Gets the subjects the window was applied for: "every subject", or the listed subject codes the recommendation names.</summary>
    public string Subjects { get; }

    /// <summary>Gets the policy's recency window.</summary>
    public RecencyWindow Window { get; }

    /// <summary>Gets the claim's qualifying date (the window starts from it unless it starts from course completion: <see cref="StartDate"/>).</summary>
    public LocalDate QualifyingDate { get; }

    /// <summary>Gets the last day the credit counts as recent: the start date plus the window (calendar arithmetic).</summary>
    public LocalDate LastRecentDate { get; }

    /// <summary>Gets the date compared with <see cref="LastRecentDate"/>: the program enrolment date or the as-of date.</summary>
    public LocalDate AnchorDate { get; }

    /// <summary>Gets a value indicating whether the anchor is the learner's program enrolment date (else the as-of date).</summary>
    public bool AnchoredOnEnrollment { get; }

    /// <summary>Gets a value indicating whether the credit is recent: the anchor date is on or before the last recent day.</summary>
    public bool IsRecent => AnchorDate <= LastRecentDate;

    /// <summary>Returns e.g. "recent until 2013-02-28 (program enrolment date 2013-03-01): expired".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        "recent until " + Rules.Texts.Format(LastRecentDate) + " (" + (AnchoredOnEnrollment ? "program enrolment date " : "as-of date ") + Rules.Texts.Format(AnchorDate) + "): " + (IsRecent ? "recent" : "expired");
}

/// <summary>A setting of the institution's policy that a program override can also supply, or that only the policy supplies.</summary>
public enum PolicySetting
{
    /// <summary>The evaluators whose recommendations are accepted (institution policy or program settings); the value is an <see cref="IReadOnlyList{T}"/> of evaluator ids.</summary>
    AcceptedEvaluators = 0,

    /// <summary>The accepted credit levels; the value is an <see cref="IReadOnlyList{T}"/> of <see cref="CreditLevel"/>. Program settings replace the institution's levels (they may widen); restricting overrides then narrow: a level must be accepted by the effective settings and every restricting override.</summary>
    AcceptedLevels = 1,

    /// <summary>The minimum qualifying score; the value is a <see cref="Score"/>. Program settings replace the institution's minimum; the highest of the effective minimum and the overrides' binds (the evaluator's own minimum always applies).</summary>
    MinimumScore = 2,

    /// <summary>The most credit granted for one course (program override only); the value is a <see cref="CreditAmount"/>. The lowest supplied limit binds.</summary>
    MaxCreditsPerCourse = 3,

    /// <summary>The credit is refused (program override only); the value is the override's description.</summary>
    CreditRefused = 4,

    /// <summary>The recency window (institution policy or program settings); the value is a <see cref="RecencyWindow"/>.</summary>
    Recency = 5,

    /// <summary>The retake rules (institution policy or program settings); the value is a <see cref="RetakePolicy"/>.</summary>
    Retakes = 6,

    /// <summary>The evidence required (institution policy or program settings); the value is an <see cref="EvidenceRequirement"/>.</summary>
    Evidence = 7,

    /// <summary>The rounding of granted credit; the value is a <see cref="RoundingPolicy"/>.</summary>
    Rounding = 8,

    /// <summary>The zone that fixes the qualifying date; the value is a <see cref="Domain.QualifyingDateZone"/>. Listed only when a program states it (the institution's is <see cref="Decision.QualifyingZoneSource"/>).</summary>
    QualifyingDateZone = 9,

    /// <summary>Whether the provider's fees must be paid or waived; the value is a <see cref="bool"/>. Listed only when a program states it.</summary>
    RequireProviderFees = 10,

    /// <summary>The levels counted as other levels; the value is an <see cref="IReadOnlyList{T}"/> of <see cref="LevelMapping"/>. Listed when any is stated.</summary>
    LevelMappings = 11,

    /// <summary>A cap of the record policy that covers the claim (record-aware decisions only); the value is a <see cref="CreditCap"/>, its text <c>id: limit and scope</c>. Scope <see cref="SettingScope.Program"/> when the program's record settings state it (<see cref="ProgramRecordPolicy.Caps"/>), else <see cref="SettingScope.InstitutionPolicy"/>.</summary>
    Cap = 12,

    /// <summary>Whether a course may get part of its credit under the caps (record-aware decisions only); the value is a <see cref="bool"/>.</summary>
    AllowPartialAwards = 13,

    /// <summary>Whether credit over a source or level cap is granted as elective credit (record-aware decisions only); the value is a <see cref="bool"/>.</summary>
    OverflowToElectives = 14,

    /// <summary>How prior credit stated in the other unit is converted (record-aware decisions only); the value is a <see cref="Domain.PriorCreditConversion"/>.</summary>
    PriorCreditConversion = 15,

    /// <summary>The setting of the requirement area the claim's credit lands in (record-aware decisions only, when a scope sets that area); the value is an <see cref="AreaLimit"/>, its text naming the area.</summary>
    AreaLimit = 16,

    /// <summary>The providers and provider kinds refused; the value is a <see cref="ProviderRefusal"/>. Listed when any scope states one.</summary>
    RefusedProviders = 17,

    /// <summary>What a refunded provider fee means; the value is a <see cref="RefundedFeeTreatment"/>. Listed when it is not the default <see cref="RefundedFeeTreatment.Blocking"/> or a program states it.</summary>
    RefundedFee = 18,
}

/// <summary>Where a setting came from: the institution's policy version or one of the program's overrides.</summary>
public enum SettingScope
{
    /// <summary>The institution policy version selected for the claim (<see cref="Decision.PolicyVersion"/>).</summary>
    InstitutionPolicy = 0,

    /// <summary>A program override that applies to the claim (its selection date and the recommendation's evaluator).</summary>
    ProgramOverride = 1,

    /// <summary>
    /// The program's own settings (<see cref="Domain.DegreeProgram.Settings"/>), which replace the institution policy's
    /// setting of the same kind; the institution's replaced setting is then not listed.
    /// </summary>
    Program = 2,
}

/// <summary>
/// A typed fact of a <see cref="Decision"/>: one setting the rules applied and the scope that supplied it, with ids, such as
/// "minimum score 75 % from override <c>nursing-75</c> of program <c>asn-nursing</c>" or "accepted levels from policy
/// <c>eastern-2013</c>".
/// </summary>
/// <remarks>
/// Immutable. <see cref="Decision.Settings"/> lists the effective settings first, each named by the scope that supplied it
/// (<see cref="SettingScope.Program"/> when the program states it, else <see cref="SettingScope.InstitutionPolicy"/>, for
/// those set), then, for each
/// program override that applies, in program order, the settings it supplies; a refusing override stops the list, as it
/// stops the override rule. A setting supplied by several scopes applies from each: the levels all accept, the highest
/// minimum score, the lowest credit limit.
/// </remarks>
public sealed class SettingSource
{
    private readonly object _value;

    internal SettingSource(PolicySetting setting, SettingScope scope, string? policyId, string programId, string? overrideId, object value)
    {
        Setting = setting;
        Scope = scope;
        PolicyId = policyId;
        ProgramId = Preconditions.NotBlank(programId);
        OverrideId = overrideId;
        _value = Preconditions.NotNull(value);
    }

    /// <summary>Gets the setting.</summary>
    public PolicySetting Setting { get; }

    /// <summary>Gets the scope that supplied it.</summary>
    public SettingScope Scope { get; }

    /// <summary>Gets the id of the institution policy version selected for the claim, or <see langword="null"/> when none is in effect (then only program overrides supply settings).</summary>
    public string? PolicyId { get; }

    /// <summary>Gets the id of the claim's program.</summary>
    public string ProgramId { get; }

    /// <summary>Gets the id of the program override that supplied the setting, or <see langword="null"/> when the institution policy did.</summary>
    public string? OverrideId { get; }

    /// <summary>Gets the setting's value as the type <see cref="PolicySetting"/> documents for it.</summary>
    /// <typeparam name="T">The expected type, such as <see cref="Score"/> for <see cref="PolicySetting.MinimumScore"/>.</typeparam>
    /// <param name="value">The value, when it is a <typeparamref name="T"/>.</param>
    /// <returns>Whether the value is a <typeparamref name="T"/>.</returns>
    public bool TryGetValue<T>([System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        if (_value is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Gets the value as invariant text, such as <c>75 (percent)</c>, <c>LowerDivision, UpperDivision</c> (a list's items
    /// joined by a comma and a space), <c>external-45: 45 SH of all external credit</c> (a cap, its id first) or
    /// <c>area gen-ed: at most 20 % of the area</c> (an area setting, its area id once).
    /// </summary>
    internal string ValueText => _value is CreditCap cap ? cap.Id + ": " + cap
        : _value is AreaLimit area ? "area " + area
        : _value is System.Collections.IEnumerable list and not string ? string.Join(", ", list.Cast<object>()) : _value.ToString() ?? string.Empty;

    /// <summary>
    /// Gets the words for the scope that supplied the setting, with its ids: <c>institution policy excelsior-2012-10</c>,
    /// <c>program ba-liberal-studies</c> or <c>program asn-nursing override nursing-75</c>.
    /// </summary>
    /// <value>The same words the reasons that name a scope use, and the CLI's Scope column.</value>
    public string ScopeText => SettingScopes.Words(Scope, PolicyId, ProgramId, OverrideId);

    /// <summary>Returns e.g. "MinimumScore 75 (percent) from program asn-nursing override nursing-75" (the setting, its value and <see cref="ScopeText"/>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Setting + " " + ValueText + " from " + ScopeText;
}
