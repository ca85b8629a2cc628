using System.Globalization;
using CreditRules.Domain;
using CreditRules.Engine.Rules;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>
/// One change that, with the others in its list, would give a course its full credit: "exam score 68 is 2 points below
/// the institution's 70", "pay the USD 90.00 exam fee", "cap reached: 3 SH of 45 SH remain, this course needs 4 SH".
/// </summary>
/// <remarks>
/// Derived from the reasons' arguments and the decision's next steps, never written per learner. A course's list holds
/// one change per blocking or outstanding reason (and per cap that limits it); when any blocking reason is beyond the
/// learner's reach, the list holds only those, as <see cref="SmallestChangeKind.NotWithinReach"/>.
/// </remarks>
public sealed class SmallestChange
{
    private SmallestChange(SmallestChangeKind kind, string courseId, ReasonCode reason, string message, decimal? points = null, CreditAmount? credits = null, Money? cost = null, LocalDate? deadline = null, LocalDate? earliestDate = null)
    {
        Kind = kind;
        CourseId = courseId;
        Reason = reason;
        Message = message;
        Points = points;
        Credits = credits;
        Cost = cost;
        Deadline = deadline;
        EarliestDate = earliestDate;
    }

    /// <summary>Gets the kind of change.</summary>
    public SmallestChangeKind Kind { get; }

    /// <summary>Gets the course it would flip.</summary>
    public string CourseId { get; }

    /// <summary>Gets the code of the reason it cures.</summary>
    public ReasonCode Reason { get; }

    /// <summary>Gets the change for people.</summary>
    public string Message { get; }

    /// <summary>Gets the score points missing, for <see cref="SmallestChangeKind.RaiseScore"/> and (when known) <see cref="SmallestChangeKind.PassExam"/>.</summary>
    public decimal? Points { get; }

    /// <summary>Gets the credit missing, for <see cref="SmallestChangeKind.FreeCapRoom"/> and <see cref="SmallestChangeKind.EarnLocalCredits"/>.</summary>
    public CreditAmount? Credits { get; }

    /// <summary>Gets what it costs, when known.</summary>
    public Money? Cost { get; }

    /// <summary>Gets the last day the change still counts (inclusive), when there is one.</summary>
    public LocalDate? Deadline { get; }

    /// <summary>Gets the first day the change counts, when there is one.</summary>
    public LocalDate? EarliestDate { get; }

    /// <inheritdoc/>
    public override string ToString() => Kind + ": " + Message;

    internal static IReadOnlyList<SmallestChange> Find(CourseAward award)
    {
        var changes = new List<SmallestChange>();
        var outOfReach = new List<SmallestChange>();
        var decision = award.Decision;
        foreach (var reason in award.AllReasons)
        {
            // The cure is declared on the rule beside the code (RuleRegistry); a host code has none.
            var cure = RuleRegistry.CureOrNull(reason.Code);
            if (reason.Severity is not (ReasonSeverity.Blocking or ReasonSeverity.Outstanding) && cure is not { EvenWhenLimiting: true })
            {
                continue;
            }

            var change = From(reason, cure, award, decision);
            if (change is null)
            {
                outOfReach.Add(new SmallestChange(SmallestChangeKind.NotWithinReach, award.CourseId, reason.Code, "No change within reach cures this: " + reason.Message));
            }
            else if (!changes.Any(c => c.Kind == change.Kind && string.Equals(c.Message, change.Message, StringComparison.Ordinal)))
            {
                changes.Add(change);
            }
        }

        return outOfReach.Count > 0 ? outOfReach : changes;
    }

    /// <summary>The change for one reason, from its cure (by kind, never by code) and the reason's typed values; null when none is within reach.</summary>
    private static SmallestChange? From(Reason reason, Cure? cure, CourseAward award, Decision decision)
    {
        string Arg(string name) => reason.GetArgumentOrNull(name) ?? string.Empty;
        var step = cure?.Step is { } stepCode ? award.NextSteps.FirstOrDefault(s => s.Code == stepCode) : null;
        var courseId = award.CourseId;
        var code = reason.Code;
        switch (cure?.Kind)
        {
            case null:
                // A code with no declared cure (a host's): outstanding asks for its own next step, blocking is beyond reach.
                return reason.Severity == ReasonSeverity.Outstanding ? new(SmallestChangeKind.Other, courseId, code, reason.Message) : null;
            case SmallestChangeKind.NotWithinReach:
                return null;
            case SmallestChangeKind.RaiseScore:
            {
                if (!reason.TryGetValue<Score>("Score", out var score) || !reason.TryGetValue<Score>("Minimum", out var minimum))
                {
                    return null;
                }

                var points = minimum.Value - score.Value;
                return new(SmallestChangeKind.RaiseScore, courseId, code, "Exam score " + Arg("Score") + " is " + Number(points) + (points == 1 ? " point" : " points") + " below the " + Arg("Source") + " minimum " + Arg("Minimum") + ".", points: points);
            }

            case SmallestChangeKind.PassExam:
            {
                // A failed exam carries its best score (none when no attempt scored) and the passing score; an exam not taken neither.
                decimal? points = null;
                var failed = reason.GetArgumentOrNull("BestScore") is not null;
                var hasPassing = reason.TryGetValue<Score>("PassingScore", out var pass);
                if (hasPassing && reason.TryGetValue<Score>("BestScore", out var best))
                {
                    points = pass.Value - best.Value;
                }

                var message = "Pass the proctored exam"
                    + (failed && hasPassing ? " with at least " + Arg("PassingScore") + " (best so far " + Arg("BestScore") + ")" : string.Empty)
                    + (step?.EarliestDate is { } e ? " on or after " + Texts.Format(e) : string.Empty)
                    + (step?.Deadline is { } d ? " by " + Texts.Format(d) + (decision.RecommendationVersion is { } v ? ", the last day version " + Texts.Format(v) + " is valid" : string.Empty) : string.Empty)
                    + (step?.Cost is { } c ? " (exam fee " + c + ")" : string.Empty)
                    + ".";
                return new(SmallestChangeKind.PassExam, courseId, code, message, points: points, cost: step?.Cost, deadline: step?.Deadline, earliestDate: step?.EarliestDate);
            }

            case SmallestChangeKind.PayFee:
            {
                var kind = reason.TryGetValue<FeeKind>("FeeKind", out var feeKind) ? Describe(feeKind) : Arg("FeeKind");
                return new(SmallestChangeKind.PayFee, courseId, code, "Pay the " + Arg("Amount") + " " + kind + " fee.", cost: reason.TryGetValue<Money>("Amount", out var amount) ? amount : null, deadline: step?.Deadline);
            }

            case SmallestChangeKind.FreeCapRoom:
            {
                var missing = reason.TryGetValue<CreditAmount>("Remaining", out var r) && reason.TryGetValue<CreditAmount>("Needed", out var n) && r.Unit == n.Unit ? n.MinusOrZero(r) : (CreditAmount?)null;
                return new(SmallestChangeKind.FreeCapRoom, courseId, code, "Cap " + Arg("CapId") + " reached: " + Arg("Remaining") + " of " + Arg("Limit") + " remain, this course needs " + Arg("Needed") + ".", credits: missing);
            }

            case SmallestChangeKind.EarnLocalCredits:
                return new(SmallestChangeKind.EarnLocalCredits, courseId, code, "Earn " + Arg("Missing") + " more at the institution: credit is posted only after " + Arg("Required") + " there (" + Arg("Earned") + " earned).", credits: reason.TryGetValue<CreditAmount>("Missing", out var missingLocal) ? missingLocal : null);
            case { } kind:
                // Every other kind: the next step the rule gave says what to do, what it costs and by when.
                return new(kind, courseId, code, step?.Action ?? reason.Message, cost: step?.Cost, deadline: step?.Deadline, earliestDate: step?.EarliestDate);
        }
    }

    private static string Describe(FeeKind kind) => kind switch
    {
        FeeKind.ProctoredExam => "exam",
        FeeKind.VerifiedTrack => "verified-track",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
