using CreditRules.Domain;
using CreditRules.Engine;
using NodaTime;
using NodaTime.Text;

namespace CreditRules.Testing.Coverage;

/// <summary>One decision with what is known of its inputs: the request and, when known, the documents it was decided with.</summary>
internal sealed record Observation(Decision Decision, EvaluationRequest? Request, Catalog? Catalog, PolicySet? Policies);

/// <summary>
/// Classifies decisions by the date branches they exercised (recommendation version selection, recency, retake wait,
/// the zone the qualifying date was read in, policy selection) and by the program overrides that applied.
/// </summary>
/// <remarks>Recomputes from the request and the documents what the engine decided; a decision with no documents is
/// classified only by what its reasons and trace say.</remarks>
internal static class DateBranches
{
    /// <summary>The vocabulary of date branches, in report order: the branches each built-in rule declares in the engine's
    /// rule registry (<see cref="EligibilityEvaluator.BuiltInRules"/>), rules in pipeline order.</summary>
    public static IReadOnlyList<(string Id, string Description)> All { get; } =
        [.. EligibilityEvaluator.BuiltInRules.SelectMany(r => r.DateBranches).Select(b => (b.Id, b.Description))];

    /// <summary>Gets the date branches one decision exercised.</summary>
    public static IEnumerable<string> Of(Observation observation)
    {
        var decision = observation.Decision;
        var branches = new List<string>();
        var versionTrace = decision.Trace.FirstOrDefault(t => t.RuleId == "recommendation.version");
        var recommendation = observation.Catalog?.Recommendations.FirstOrDefault(r => string.Equals(r.ExhibitId, decision.ExhibitId, StringComparison.Ordinal));
        if (decision.QualifyingDate is { } qualifying)
        {
            branches.Add("zone." + decision.QualifyingZoneSource.ToString().ToLowerInvariant());
            if (recommendation is not null)
            {
                if (recommendation.GetVersionOrNull(qualifying) is { } version)
                {
                    branches.Add(qualifying == version.Validity.Start ? "version.first-day" : qualifying == version.Validity.End ? "version.last-day" : "version.within");
                }
                else if (recommendation.Versions.Count > 0)
                {
                    branches.Add(qualifying < recommendation.Versions[0].Validity.Start ? "version.before-first"
                        : qualifying > recommendation.Versions[^1].Validity.End ? "version.after-last" : "version.gap");
                }
            }
        }
        else if (versionTrace is not null && decision.HasReason(ReasonCode.RecommendationExpired))
        {
            branches.Add("version.route-closed");
        }
        else if (decision.RecommendationVersion is not null)
        {
            branches.Add("version.route-open");
        }

        if (decision.Reasons.FirstOrDefault(r => r.Code == ReasonCode.RecencyExpired) is { } expired)
        {
            // Typed facts of the reason, never its rendered text.
            if (expired.TryGetValue<LocalDate>("LastDate", out var last) && expired.TryGetValue<LocalDate>("AnchorDate", out var anchor))
            {
                branches.Add(anchor == last.PlusDays(1) ? "recency.first-expired-day" : "recency.expired");
            }
        }

        if (observation.Request is not { } request || observation.Policies?.GetInstitutionOrNull(request.InstitutionId) is not { } institution)
        {
            if (decision.HasReason(ReasonCode.ExamRetakeTooSoon))
            {
                branches.Add("retake.too-soon");
            }

            return branches.Distinct(StringComparer.Ordinal);
        }

        var selected = PolicyVersionSelection.Select(institution, request.Learner, request.ProgramId, request.AsOf);
        var enrollment = selected.Enrollment;
        branches.Add(enrollment is null ? "policy.by-as-of-date" : "policy.by-enrolment-date");
        // The claim's effective settings: the program's own settings over the selected version (the engine's one resolution).
        var policy = selected.Policy is { } chosen && institution.GetProgramOrNull(request.ProgramId)?.Settings is { } own ? own.ApplyTo(chosen) : selected.Policy;
        // The decision's typed facts, never a second copy of the rule.
        if (decision.Recency is { } recency)
        {
            var date = recency.QualifyingDate;
            var last = recency.LastRecentDate;
            var anchor = recency.AnchorDate;
            if (recency.AnchoredOnEnrollment)
            {
                branches.Add("recency.anchor-enrolment");
            }

            if (anchor < last)
            {
                branches.Add("recency.within");
            }
            else if (anchor == last)
            {
                branches.Add("recency.last-day");
            }

            for (var year = date.Year; year <= last.Year; year++)
            {
                if (CalendarSystem.Iso.IsLeapYear(year) && new LocalDate(year, 2, 29) is var leap && leap >= date && leap <= last)
                {
                    branches.Add("recency.leap-day");
                    break;
                }
            }
        }

        branches.AddRange(Retakes(decision, request, policy?.Retakes?.MinimumWait));
        if (decision.QualifyingDate is { } q)
        {
            var taken = decision.AttemptDates.FirstOrDefault(a => a.Date == q)?.Attempt;
            if (taken is not null && taken.DateIn(taken.CandidateZone) != q)
            {
                branches.Add("zone.date-differs");
            }
        }

        return branches.Distinct(StringComparer.Ordinal);
    }

    /// <summary>Gets the ids (<c>institution/program/override</c>) of the overrides that applied to one decision.</summary>
    /// <remarks>Read from the decision's typed facts (<see cref="Decision.Settings"/>: each applying override and the
    /// settings it supplied, as the override rule decided), never recomputed.</remarks>
    public static IEnumerable<string> OverridesOf(Observation observation)
    {
        var decision = observation.Decision;
        return decision.Settings
            .Where(s => s.Scope == SettingScope.ProgramOverride)
            .Select(s => decision.InstitutionId + "/" + s.ProgramId + "/" + s.OverrideId)
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>Gets every override of a policy set, as <c>institution/program/override</c> with its description.</summary>
    public static IEnumerable<(string Id, string Description)> OverridesIn(PolicySet policies) =>
        from institution in policies.Institutions
        from program in institution.Programs
        from programOverride in program.Overrides
        select (OverrideId(institution, program, programOverride), programOverride.Kind + ": " + programOverride.Description);

    private static string OverrideId(Institution institution, DegreeProgram program, ProgramOverride programOverride) =>
        institution.Id + "/" + program.Id + "/" + programOverride.Id;

    private static IEnumerable<string> Retakes(Decision decision, EvaluationRequest request, Period? wait)
    {
        if (decision.HasReason(ReasonCode.ExamRetakeTooSoon))
        {
            yield return "retake.too-soon";
        }

        if (wait is null)
        {
            yield break;
        }

        LocalDate? previous = null;
        foreach (var (attempt, date) in decision.AttemptDates.Select(a => (a.Attempt, a.Date)))
        {
            if (attempt.Integrity == IntegrityReview.Invalidated || attempt.IdCheck == IdCheckResult.Failed)
            {
                continue;
            }

            if (previous is { } before)
            {
                var earliest = before.Plus(wait);
                if (date < earliest)
                {
                    continue;
                }

                yield return date == earliest ? "retake.first-allowed-day" : "retake.after-wait";
            }

            previous = date;
        }
    }
}
