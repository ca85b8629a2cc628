using CreditRules.Documents;
using CreditRules.Engine;
using NodaTime.Text;
using Spectre.Console;

namespace CreditRules.Cli.Output;

/// <summary>Renders record decisions and diffs for a person to read, one fact per line so narrow terminals keep them whole.</summary>
internal static class RecordRenderer
{
    public static void Render(IAnsiConsole console, RecordDecision decision, string title)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(title)}[/] · {Markup.Escape(decision.LearnerId)} → {Markup.Escape(decision.InstitutionId)}/{Markup.Escape(decision.ProgramId)} as of {LocalDatePattern.Iso.Format(decision.AsOf)}").LeftJustified());
        console.MarkupLine($"policy {Markup.Escape(decision.PolicyVersion ?? "(none)")} · record policy {Markup.Escape(decision.RecordPolicyId ?? "(none)")}");
        if (decision.IsHypothetical)
        {
            console.MarkupLine("[bold magenta]HYPOTHETICAL[/] — assumes facts not on record:");
            foreach (var hypothesis in decision.Hypotheses)
            {
                console.MarkupLine($"  [magenta]• {Markup.Escape(hypothesis.Description)}[/]");
            }
        }

        console.MarkupLine($"granted now [bold]{Markup.Escape(decision.CreditsGranted.ToString())}[/] · posted prior credit {Markup.Escape(decision.PostedPriorCredit.ToString())} · residency outstanding {Markup.Escape(decision.ResidencyOutstanding?.ToString() ?? "(none set)")} · posting fee due {Markup.Escape(decision.PostingFeeDue?.ToString() ?? "(none)")}");
        foreach (var cap in decision.Caps)
        {
            console.MarkupLine($"cap {Markup.Escape(cap.Cap.Id)} ({Markup.Escape(cap.Cap.ToString())}): {Markup.Escape(cap.Posted.ToString())} posted + {Markup.Escape(cap.Granted.ToString())} allocated of {Markup.Escape(cap.Limit.ToString())}, {Markup.Escape(cap.Remaining.ToString())} remaining");
        }

        foreach (var award in decision.Awards)
        {
            var color = award.Outcome switch
            {
                DecisionOutcome.Eligible => "green",
                DecisionOutcome.NotEligible => "red",
                _ => "yellow",
            };
            var rank = award.AllocationRank is { } r ? r.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." : "--";
            console.MarkupLine($"{rank} [bold]{Markup.Escape(award.CourseId)}[/] [{color}]{award.Outcome}[/] granted {Markup.Escape(award.CreditsGranted.ToString())} of {Markup.Escape(award.Decision.CreditsRecommended.ToString())} recommended{(award.IsElective ? " (as elective credit)" : string.Empty)}");
            if (DecisionRenderer.NoCreditNote(award.Outcome, award.CreditsGranted, award.AllReasons) is { } note)
            {
                console.MarkupLine($"     [yellow]{Markup.Escape(note)}[/]");
            }

            console.MarkupLine($"     [grey]area {Markup.Escape(award.AreaId ?? "(none)")}{(award.AreaScopeText is { } areaScope ? " (area setting from " + areaScope + ")" : string.Empty)} · policy {Markup.Escape(award.Decision.PolicySelection.ToString())}[/]");
            foreach (var setting in award.Decision.Settings)
            {
                console.MarkupLine($"     [grey]setting {Markup.Escape(setting.Setting.ToString())} {Markup.Escape(DecisionRenderer.SettingValue(setting))} from {Markup.Escape(DecisionRenderer.Scope(setting))}[/]");
            }

            // Informational reasons stay in --json, except where the credit lands (requirement areas), which is part of the award.
            foreach (var reason in award.AllReasons.Where(r => r.Severity != ReasonSeverity.Informational || r.Code.Family == "area"))
            {
                console.MarkupLine($"     {Severity(reason.Severity)} {Markup.Escape(reason.Code.Value)}: {Markup.Escape(reason.Message)}");
            }

            foreach (var change in award.SmallestChanges)
            {
                console.MarkupLine($"     [bold]smallest change[/] ({Markup.Escape(change.Kind.ToString())}): {Markup.Escape(change.Message)}");
            }
        }

        foreach (var reason in decision.Reasons)
        {
            console.MarkupLine($"record: {Severity(reason.Severity)} {Markup.Escape(reason.Code.Value)}: {Markup.Escape(reason.Message)}");
        }

        var order = decision.Trace.FirstOrDefault(t => t.RuleId == "record.order");
        if (order is not null)
        {
            console.MarkupLine($"[grey]allocation: {Markup.Escape(order.Note)}[/]");
        }

        console.WriteLine();
    }

    public static void Render(IAnsiConsole console, DecisionDiff diff)
    {
        console.Write(new Rule($"[bold]Diff[/] · {Markup.Escape(diff.Before.LearnerId)}: on record → what-if").LeftJustified());
        console.MarkupLine("[bold]input changes[/]");
        foreach (var input in diff.InputChanges)
        {
            console.MarkupLine($"  • {Markup.Escape(input.ToString())}");
        }

        console.MarkupLine($"total granted {Markup.Escape(diff.TotalBefore.ToString())} → {Markup.Escape(diff.TotalAfter.ToString())} ([bold]{Markup.Escape(diff.TotalDelta)}[/])");
        foreach (var course in diff.Courses.Where(c => c.HasChanges))
        {
            console.MarkupLine($"[bold]{Markup.Escape(course.CourseId)}[/]: {Markup.Escape(course.OutcomeBefore?.ToString() ?? "(not claimed)")} → {Markup.Escape(course.OutcomeAfter?.ToString() ?? "(not claimed)")}, {Markup.Escape(course.CreditsBefore.ToString())} → {Markup.Escape(course.CreditsAfter.ToString())} ([bold]{Markup.Escape(course.CreditDelta)}[/])");
            SettingChanges(console, diff.Before.GetAwardOrNull(course.CourseId), diff.After.GetAwardOrNull(course.CourseId));
            Changes(console, course.ReasonChanges);
        }

        if (diff.RecordReasonChanges.Count > 0)
        {
            console.MarkupLine("[bold]record level[/]");
            Changes(console, diff.RecordReasonChanges);
        }

        foreach (var course in diff.Courses.Where(c => !c.HasChanges))
        {
            console.MarkupLine($"[grey]{Markup.Escape(course.CourseId)}: unchanged ({Markup.Escape(course.OutcomeAfter?.ToString() ?? "(not claimed)")}, {Markup.Escape(course.CreditsAfter.ToString())})[/]");
        }

        console.WriteLine();
    }

    /// <summary>The settings (with the scope that supplied each) and the area that differ between the two sides of a course (<see cref="SettingChangeJson.Between"/>, which <c>diff --json</c> prints too).</summary>
    private static void SettingChanges(IAnsiConsole console, CourseAward? before, CourseAward? after)
    {
        foreach (var change in SettingChangeJson.Between(before, after))
        {
            console.MarkupLine(change.Change == "Removed" ? $"  [red]- {Markup.Escape(change.Text)}[/]" : $"  [green]+ {Markup.Escape(change.Text)}[/]");
        }
    }

    private static void Changes(IAnsiConsole console, IReadOnlyList<ReasonChange> changes)
    {
        foreach (var change in changes)
        {
            var (sign, color) = change.Kind switch
            {
                ReasonChangeKind.Appeared => ("+", "green"),
                ReasonChangeKind.Disappeared => ("-", "red"),
                _ => ("~", "yellow"),
            };
            var message = change.Kind == ReasonChangeKind.Changed
                ? change.Before!.Message + " ⇒ " + change.After!.Message
                : (change.After ?? change.Before)!.Message;
            console.MarkupLine($"  [{color}]{sign} {Markup.Escape(change.Code.Value)}[/] [grey][[{Markup.Escape(change.RuleId)}]][/] {Markup.Escape(message)}");
            console.MarkupLine($"      [grey]caused by: {Markup.Escape(string.Join("; ", change.CausedBy.Select(c => c.ToString())))}[/]");
        }
    }

    private static string Severity(ReasonSeverity severity) => severity switch
    {
        ReasonSeverity.Blocking => "[red]Blocking[/]",
        ReasonSeverity.Outstanding => "[yellow]Outstanding[/]",
        ReasonSeverity.Limiting => "[blue]Limiting[/]",
        _ => "[grey]Informational[/]",
    };
}
