using System.Globalization;
using CreditRules.Engine;
using static CreditRules.Reports.Page;

namespace CreditRules.Reports;

/// <summary>
/// Renders the report models as self-contained HTML pages: inline CSS with print rules for A4 and Letter, inline SVG
/// charts (ScottPlot), no external resource, and every value taken from the model.
/// </summary>
/// <remarks>Stateless and thread-safe. The output is deterministic: the same model gives the same bytes.</remarks>
public static class ReportHtml
{
    private const int ChartedReasons = 12;

    /// <summary>Renders the policy-impact report.</summary>
    /// <param name="model">The report model.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static string Render(ImpactReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var page = new Page("Policy impact report")
            .Raw("<header><h1>Policy impact report</h1><p class=\"lede\">Baseline decided as of " + V("$.baselineAsOf", Date(model.BaselineAsOf))
                + "; proposal decided as of " + V("$.proposedAsOf", Date(model.ProposedAsOf)) + ". Every claim (one learner, one course) is decided under both and compared.</p></header>")
            .Raw("<main>")
            .Raw("<section aria-labelledby=\"headline\"><h2 id=\"headline\">Headline</h2>")
            .Figures(
                ("Claims compared", V("$.claims", model.Claims)),
                ("Outcome changed", V("$.changed", model.Changed)),
                ("Outcome unchanged", V("$.unchanged", model.Unchanged)),
                ("Claims without a decision", V("$.errors", model.Errors)),
                ("Unreadable inputs", V("$.unreadableInputs.length", model.UnreadableInputs.Count)));
        for (var i = 0; i < model.CreditTotals.Count; i++)
        {
            var t = model.CreditTotals[i];
            page.Raw("<p>Credits in " + UnitText(t.Unit) + ": gained " + V($"$.creditTotals[{i}].gained", t.Gained, cssClass: "gain") + ", lost " + V($"$.creditTotals[{i}].lost", t.Lost) + ".</p>");
        }

        page.Raw("</section>");

        page.Raw("<section aria-labelledby=\"transitions\"><h2 id=\"transitions\">Outcome transitions (baseline \u2192 proposal)</h2>");
        if (model.Transitions.Count > 0)
        {
            page.Chart(
                SvgChart.HorizontalBars("chart-transitions", "Claims per outcome transition, baseline to proposal", [.. model.Transitions.Select(t => (Transition(t), (double)t.Claims, t.IsChange && t.To != DecisionOutcome.Eligible))]),
                "Claims per transition; the table below gives the same numbers.");
        }

        page.Table(
            "Claims per transition",
            ["Baseline \u2192 proposal", "Claims", "Reasons that appeared", "Reasons that disappeared"],
            model.Transitions.Select((t, i) => new[]
            {
                E(Transition(t)),
                V($"$.transitions[{i}].claims", t.Claims),
                string.Join("<br>", t.ReasonsAppeared.Take(4).Select((r, j) => "<code>" + E(r.Code) + "</code> " + V($"$.transitions[{i}].reasonsAppeared[{j}].claims", r.Claims))),
                string.Join("<br>", t.ReasonsDisappeared.Take(4).Select((r, j) => "<code>" + E(r.Code) + "</code> " + V($"$.transitions[{i}].reasonsDisappeared[{j}].claims", r.Claims))),
            }),
            new HashSet<int> { 1 });
        page.Raw("</section>");

        page.Raw("<section aria-labelledby=\"credits\"><h2 id=\"credits\">Credits gained and lost</h2>");
        if (model.CreditChanges.Count > 0)
        {
            page.Chart(
                SvgChart.HorizontalBars("chart-credit-changes", "Claims per credit change", [.. model.CreditChanges.Select(c => (c.Label, (double)c.Claims, !c.IsGain))]),
                "Claims per change in credits granted (claims whose credits did not change are not shown).");
        }

        page.Table(
            "Distribution of credit changes",
            ["Change", "Claims"],
            model.CreditChanges.Select((c, i) => new[] { V($"$.creditChanges[{i}].label", c.Label), V($"$.creditChanges[{i}].claims", c.Claims) }),
            new HashSet<int> { 1 });
        page.Raw("</section>");

        page.Raw("<section aria-labelledby=\"reasons\"><h2 id=\"reasons\">Reasons that appeared and disappeared</h2><p>Ranked by learners affected; a learner with several claims counts once.</p>");
        ReasonShifts(page, "Reasons that appeared under the proposal", "$.reasonsAppeared", model.ReasonsAppeared);
        ReasonShifts(page, "Reasons that disappeared under the proposal", "$.reasonsDisappeared", model.ReasonsDisappeared);
        page.Raw("</section>");

        page.Raw("<section aria-labelledby=\"breakdown\"><h2 id=\"breakdown\">By institution and program</h2>");
        page.Table(
            "Impact per institution and program, credits in the institution's unit",
            ["Institution / program", "Claims", "Changed", "Eligible before", "Eligible after", "Credits gained", "Credits lost"],
            model.Breakdown.Select((b, i) => new[]
            {
                E(b.InstitutionName) + "<br>" + E(b.ProgramName),
                V($"$.breakdown[{i}].claims", b.Claims),
                V($"$.breakdown[{i}].changed", b.Changed),
                V($"$.breakdown[{i}].eligibleBefore", b.EligibleBefore),
                V($"$.breakdown[{i}].eligibleAfter", b.EligibleAfter),
                V($"$.breakdown[{i}].creditsGained", b.CreditsGained),
                V($"$.breakdown[{i}].creditsLost", b.CreditsLost),
            }),
            new HashSet<int> { 1, 2, 3, 4, 5, 6 });
        page.Raw("</section>");

        page.Raw("<section aria-labelledby=\"samples\"><h2 id=\"samples\">Sample learners per transition</h2>");
        for (var i = 0; i < model.Transitions.Count; i++)
        {
            var t = model.Transitions[i];
            if (t.Samples.Count == 0)
            {
                continue;
            }

            page.Raw("<h3>" + E(Transition(t)) + "</h3>");
            for (var j = 0; j < t.Samples.Count; j++)
            {
                var s = t.Samples[j];
                var path = $"$.transitions[{i}].samples[{j}]";
                page.Raw("<details><summary>" + V(path + ".learnerId", s.LearnerId) + ": " + E(s.CourseId) + " at " + E(s.InstitutionId) + " / " + E(s.ProgramId) + "</summary><div class=\"pair\">"
                    + Explained("Baseline", path + ".before", s.Before) + Explained("Proposal", path + ".after", s.After) + "</div></details>");
            }
        }

        page.Raw("</section>");
        if (model.SampleErrors.Count + model.UnreadableInputs.Count > 0)
        {
            page.Raw("<section aria-labelledby=\"errors\"><h2 id=\"errors\">Inputs without a decision</h2>");
            page.Table("First claims without a decision", ["Position", "Learner", "Code", "Message"], model.SampleErrors.Select((e, i) => new[] { V($"$.sampleErrors[{i}].position", e.Position), E(e.LearnerId), E(e.Code.ToString()), E(e.Message) }), new HashSet<int> { 0 });
            page.Table("Unreadable inputs", ["Line", "Learner", "Code", "Message"], model.UnreadableInputs.Select(e => new[] { N(e.Position + 1), E(e.LearnerId), E(e.Code.ToString()), E(e.Message) }), new HashSet<int> { 0 });
            page.Raw("</section>");
        }

        page.Raw("</main><footer><p>Written by CreditRules.Reports from the same model as the run's JSON (<code>--json</code>). Reason codes are the engine's stable keys; docs/reason-codes.md explains each.</p></footer>");
        return page.Finish();
    }

    /// <summary>Renders the decision letter: plain language in the body, internal codes only in the staff footnote.</summary>
    /// <param name="model">The letter model.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static string Render(DecisionLetterModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var page = new Page("Credit decision: " + model.InstitutionName)
            .Raw("<header><p class=\"lede\">" + V("$.institutionName", model.InstitutionName) + "</p><h1>Your credit decision</h1>"
                + "<p>For learner " + V("$.learnerId", model.LearnerId) + ", program " + V("$.programName", model.ProgramName) + ". Decided as of " + V("$.asOf", Date(model.AsOf)) + ".</p></header>")
            .Raw("<main>")
            .Raw("<section aria-labelledby=\"summary\"><h2 id=\"summary\">Summary</h2>")
            .Raw("<p class=\"note\">We can grant you " + V("$.creditsGranted", model.CreditsGranted, "strong") + " in total for "
                + Courses(model.Courses.Count) + ": " + Tally(model.Courses) + ".</p>");
        if (model.PostingFeeDue is { } fee)
        {
            page.Raw("<p>A fee of " + V("$.postingFeeDue", fee.ToString(), "strong") + " is due to record the credit on your transcript.</p>");
        }

        if (model.ResidencyOutstanding is { } residency)
        {
            page.Raw("<p>You still need to earn " + V("$.residencyOutstanding", residency, "strong") + " at the institution itself for this program.</p>");
        }

        page.Raw("</section>");
        for (var i = 0; i < model.Courses.Count; i++)
        {
            CourseSection(page, model.Courses[i], $"$.courses[{i}]", "course-" + i.ToString(CultureInfo.InvariantCulture));
        }

        if (model.RecordNotes.Count > 0)
        {
            page.Raw("<section aria-labelledby=\"record\"><h2 id=\"record\">About your record as a whole</h2><ul>"
                + string.Concat(model.RecordNotes.Select(r => "<li>" + E(r.Text) + "</li>")) + "</ul></section>");
        }

        if (model.WhatIf is { } whatIf)
        {
            page.Raw("<section aria-labelledby=\"whatif\"><h2 id=\"whatif\">What if things were different? (hypothetical)</h2>"
                + "<p>This section is not a decision: it shows what would be decided, for " + V("$.whatIf.programName", whatIf.ProgramName) + " at " + V("$.whatIf.institutionName", whatIf.InstitutionName)
                + " as of " + V("$.whatIf.asOf", Date(whatIf.AsOf)) + ", if the following were true:</p><ul>"
                + string.Concat(whatIf.Assumptions.Select(a => "<li>" + E(a) + "</li>")) + "</ul>"
                + "<p>Then we could grant " + V("$.whatIf.creditsGranted", whatIf.CreditsGranted, "strong") + " in total.</p>");
            page.Table(
                "Hypothetical outcome per course",
                ["Course", "Outcome", "Credits"],
                whatIf.Courses.Select((c, i) => new[] { E(c.Title), "<span class=\"outcome " + c.Outcome + "\">" + E(OutcomeText(c.Outcome)) + "</span>", V($"$.whatIf.courses[{i}].creditsGranted", c.CreditsGranted) }),
                new HashSet<int> { 2 });
            page.Raw("</section>");
        }

        page.Raw("<section aria-labelledby=\"how\"><h2 id=\"how\">How this was decided</h2><ul>"
            + "<li>Facts dated after " + E(Date(model.AsOf)) + " were not considered.</li>"
            + "<li>Institution policy version: " + V("$.policyVersion", model.PolicyVersion ?? "none in effect") + (model.DataVersion is null ? string.Empty : "; data version " + V("$.dataVersion", model.DataVersion)) + ".</li>"
            + string.Concat(model.Courses.Select((c, i) => "<li>" + E(c.Title) + ": "
                + (c.RecommendationVersion is { } v ? "recommendation version " + V($"$.courses[{i}].recommendationVersion", v) : "no recommendation version applied")
                + (c.QualifyingDate is { } q ? "; qualifying date " + V($"$.courses[{i}].qualifyingDate", Date(q)) + " (time zone " + E(c.QualifyingZone) + ")" : "; the qualifying steps are not complete") + ".</li>"))
            + "</ul></section>");
        page.Raw("</main>");
        page.Raw("<footer><h2 id=\"staff\">For staff</h2><p>Internal references for this letter: learner <code>" + E(model.LearnerId) + "</code>, institution <code>" + E(model.InstitutionId)
            + "</code>, program <code>" + E(model.ProgramId) + "</code>.</p>");
        page.Table(
            "Codes behind each course",
            ["Course", "Exhibit", "Reason codes (rule)", "Next-step codes"],
            model.Courses.Select(c => new[]
            {
                "<code>" + E(c.CourseId) + "</code>",
                "<code>" + E(c.ExhibitId) + "</code>",
                string.Join("<br>", c.Reasons.Select(r => "<code>" + E(r.Code) + "</code> (" + E(r.RuleId) + ", " + E(r.Severity.ToString()) + ")")),
                string.Join("<br>", c.NextSteps.Select(s => "<code>" + E(s.Code) + "</code>")),
            }));
        if (model.RecordNotes.Count > 0)
        {
            page.Raw("<p>Record-level codes: " + string.Join(", ", model.RecordNotes.Select(r => "<code>" + E(r.Code) + "</code>")) + ".</p>");
        }

        page.Raw("</footer>");
        return page.Finish();
    }

    /// <summary>Renders the bulk-run summary.</summary>
    /// <param name="model">The summary model.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static string Render(BulkSummaryModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var page = new Page("Bulk run summary: " + model.Source)
            .Raw("<header><h1>Bulk run summary</h1><p class=\"lede\">Input " + V("$.source", model.Source) + ", decided as of " + V("$.asOf", Date(model.AsOf)) + ". Every input yields a decision or an error.</p></header>")
            .Raw("<main><section aria-labelledby=\"totals\"><h2 id=\"totals\">Totals</h2>")
            .Figures(
                ("Lines read", V("$.lines", model.Lines)),
                ("Inputs", V("$.inputs", model.Inputs)),
                ("Outputs", V("$.outputs", model.Outputs)),
                ("Decisions", V("$.decisions", model.Decisions)),
                ("Errors", V("$.errors", model.Errors)),
                ("Inputs per second", V("$.inputsPerSecond", model.InputsPerSecond)),
                ("Seconds", V("$.seconds", model.Seconds.ToString("0.000", CultureInfo.InvariantCulture))));
        page.Raw("<p>Credits granted: " + string.Join("; ", model.CreditsGranted.Select((c, i) => V($"$.creditsGranted[{i}]", c) + " (" + UnitText(c.Unit) + ")")) + ".</p></section>");

        page.Raw("<section aria-labelledby=\"outcomes\"><h2 id=\"outcomes\">Outcomes</h2>");
        page.Chart(SvgChart.HorizontalBars("chart-outcomes", "Decisions per outcome", [.. model.Outcomes.Select(o => (OutcomeText(o.Outcome), (double)o.Decisions, o.Outcome == DecisionOutcome.NotEligible))]), "Decisions per outcome; the table gives the same numbers.");
        page.Table("Decisions per outcome", ["Outcome", "Decisions"], model.Outcomes.Select((o, i) => new[] { E(OutcomeText(o.Outcome)), V($"$.outcomes[{i}].decisions", o.Decisions, key: o.Outcome.ToString()) }), new HashSet<int> { 1 });
        page.Raw("</section>");

        page.Raw("<section aria-labelledby=\"reasons\"><h2 id=\"reasons\">Reasons</h2>");
        if (model.Reasons.Count > 0)
        {
            var charted = model.Reasons.Take(ChartedReasons).ToArray();
            page.Chart(
                SvgChart.HorizontalBars("chart-reasons", "Decisions per reason, most frequent first", [.. charted.Select(r => (r.Code, (double)r.Claims, false))]),
                charted.Length < model.Reasons.Count ? "The " + charted.Length.ToString(CultureInfo.InvariantCulture) + " most frequent reasons; the table lists all." : "Decisions per reason; the table gives the same numbers.");
        }

        page.Table("Decisions per reason", ["Reason", "Meaning", "Decisions"], model.Reasons.Select((r, i) => new[] { "<code>" + E(r.Code) + "</code>", E(r.Description), V($"$.reasons[{i}].claims", r.Claims, key: r.Code) }), new HashSet<int> { 2 });
        page.Raw("</section>");

        page.Raw("<section aria-labelledby=\"errors\"><h2 id=\"errors\">Errors by code</h2>");
        if (model.ErrorGroups.Count == 0)
        {
            page.Raw("<p>No input failed.</p>");
        }
        else
        {
            page.Table(
                "Errors per code with the first line numbers",
                ["Code", "Inputs", "First lines", "First message"],
                model.ErrorGroups.Select((g, i) => new[]
                {
                    "<code>" + E(g.Code.ToString()) + "</code>",
                    V($"$.errorGroups[{i}].inputs", g.Inputs, key: g.Code.ToString()),
                    string.Join(", ", g.FirstLineNumbers.Select((l, j) => V($"$.errorGroups[{i}].firstLineNumbers[{j}]", l, key: g.Code.ToString()))),
                    E(g.FirstMessage),
                }),
                new HashSet<int> { 1 });
        }

        page.Raw("</section></main><footer><p>Written by CreditRules.Reports from the same counts as the run's JSON (<code>bulk --json</code>).</p></footer>");
        return page.Finish();
    }

    private static string Transition(ImpactTransitionRow t) => OutcomeText(t.From) + " \u2192 " + OutcomeText(t.To);

    private static string Courses(int count) => count == 1 ? "1 course" : count.ToString(CultureInfo.InvariantCulture) + " courses";

    private static string Tally(IEnumerable<LetterCourse> courses) => string.Join(", ", courses.GroupBy(c => c.Outcome).OrderBy(g => g.Key)
        .Select(g => g.Count().ToString(CultureInfo.InvariantCulture) + " " + OutcomeText(g.Key).ToLowerInvariant()));

    private static void ReasonShifts(Page page, string caption, string path, IReadOnlyList<ReasonShift> shifts) => page.Table(
        caption,
        ["Reason", "Meaning", "Learners", "Claims"],
        shifts.Select((r, i) => new[] { "<code>" + E(r.Code) + "</code>", E(r.Description), V($"{path}[{i}].learners", r.Learners), V($"{path}[{i}].claims", r.Claims) }),
        new HashSet<int> { 2, 3 });

    private static string Explained(string heading, string path, ReportDecision d) =>
        "<div><h4>" + E(heading) + ": <span class=\"outcome " + d.Outcome + "\">" + E(OutcomeText(d.Outcome)) + "</span>, " + V(path + ".creditsGranted", d.CreditsGranted) + "</h4><ul>"
        + string.Concat(d.Reasons.Select(r => "<li>" + E(r.Text) + " <code>" + E(r.Code) + "</code></li>"))
        + string.Concat(d.NextSteps.Select(s => "<li>Next: " + E(s.Action) + (s.Deadline is { } dl ? " (by " + E(Date(dl)) + ")" : string.Empty) + "</li>"))
        + "</ul></div>";

    private static void CourseSection(Page page, LetterCourse c, string path, string id)
    {
        var html = "<section class=\"course\" aria-labelledby=\"" + id + "\"><h2 id=\"" + id + "\">" + E(c.Title) + "</h2>"
            + "<p>Outcome: <span class=\"outcome " + c.Outcome + "\">" + E(c.Outcome == DecisionOutcome.Eligible && c.CreditsGranted.IsZero ? "eligible, but no credit is granted: a limit applies (see why)." : OutcomeSentence(c.Outcome)) + "</span></p>"
            + "<p>Credits granted: " + V(path + ".creditsGranted", c.CreditsGranted, "strong") + " of the " + V(path + ".creditsRecommended", c.CreditsRecommended) + " recommended.</p>";
        if (c.Lines.Count > 0)
        {
            html += "<ul>" + string.Concat(c.Lines.Select((l, i) => "<li>" + V($"{path}.lines[{i}].credits", l.Credits) + " at the " + V($"{path}.lines[{i}].levelText", l.LevelText) + " level in "
                + E(string.Join(" or ", l.Areas)) + "</li>")) + "</ul>";
        }

        if (c.Reasons.Count > 0)
        {
            html += "<h3>Why</h3><ul>" + string.Concat(c.Reasons.Select(r => "<li>" + E(r.Text) + "</li>")) + "</ul>";
        }

        if (c.NextSteps.Count > 0)
        {
            html += "<h3>What you can do next</h3><ul>" + string.Concat(c.NextSteps.Select((s, i) => "<li>" + E(s.Action)
                + (s.EarliestDate is { } from ? " From " + V($"{path}.nextSteps[{i}].earliestDate", Date(from)) + "." : string.Empty)
                + (s.Deadline is { } by ? " Deadline: " + V($"{path}.nextSteps[{i}].deadline", Date(by), "strong") + "." : string.Empty)
                + (s.Cost is { } cost ? " Cost: " + V($"{path}.nextSteps[{i}].cost", cost.ToString()) + "." : string.Empty) + "</li>")) + "</ul>";
        }

        page.Raw(html + "</section>");
    }

    private static string OutcomeSentence(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Eligible => "credit can be granted.",
        DecisionOutcome.NotEligible => "credit cannot be granted.",
        DecisionOutcome.Incomplete => "not decided yet: some steps are still open.",
        _ => outcome.ToString(),
    };
}
