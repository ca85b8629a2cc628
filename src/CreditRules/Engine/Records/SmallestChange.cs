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
            var limitsCredit = reason.Code == ReasonCode.CapReached || reason.Code == ReasonCode.CapPartiallyApplied;
            if (reason.Severity is not (ReasonSeverity.Blocking or ReasonSeverity.Outstanding) && !limitsCredit)
            {
                continue;
            }

            var change = From(reason, award, decision);
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

    private static SmallestChange? From(Reason reason, CourseAward award, Decision decision)
    {
        string Arg(string name) => reason.GetArgumentOrNull(name) ?? string.Empty;
        NextStep? Step(NextStepCode code) => award.NextSteps.FirstOrDefault(s => s.Code == code);
        var courseId = award.CourseId;
        var code = reason.Code;
        if (code == ReasonCode.ScoreBelowMinimum)
        {
            if (!reason.TryGetValue<Score>("Score", out var score) || !reason.TryGetValue<Score>("Minimum", out var minimum))
            {
                return null;
            }

            var points = minimum.Value - score.Value;
            return new(SmallestChangeKind.RaiseScore, courseId, code, "Exam score " + Arg("Score") + " is " + Number(points) + (points == 1 ? " point" : " points") + " below the " + Arg("Source") + "'s " + Arg("Minimum") + ".", points: points);
        }

        if (code == ReasonCode.ExamNotTaken || code == ReasonCode.ExamFailed)
        {
            var step = Step(code == ReasonCode.ExamNotTaken ? NextStepCode.TakeProctoredExam : NextStepCode.RetakeProctoredExam);
            var passing = Arg("PassingScore");
            decimal? points = null;
            var hasPassing = reason.TryGetValue<Score>("PassingScore", out var pass);
            if (code == ReasonCode.ExamFailed && hasPassing && reason.TryGetValue<Score>("BestScore", out var best))
            {
                points = pass.Value - best.Value;
            }

            var message = "Pass the proctored exam"
                + (code == ReasonCode.ExamFailed && hasPassing ? " with at least " + passing + " (best so far " + Arg("BestScore") + ")" : string.Empty)
                + (step?.EarliestDate is { } e ? " on or after " + Texts.Format(e) : string.Empty)
                + (step?.Deadline is { } d ? " by " + Texts.Format(d) + (decision.RecommendationVersion is { } v ? ", the last day version " + Texts.Format(v) + " is valid" : string.Empty) : string.Empty)
                + (step?.Cost is { } c ? " (exam fee " + c + ")" : string.Empty)
                + ".";
            return new(SmallestChangeKind.PassExam, courseId, code, message, points: points, cost: step?.Cost, deadline: step?.Deadline, earliestDate: step?.EarliestDate);
        }

        if (code == ReasonCode.FeeUnpaid)
        {
            var kind = Arg("FeeKind") switch
            {
                nameof(FeeKind.ProctoredExam) => "exam",
                nameof(FeeKind.VerifiedTrack) => "verified-track",
                var other => other.ToLowerInvariant(),
            };
            return new(SmallestChangeKind.PayFee, courseId, code, "Pay the " + Arg("Amount") + " " + kind + " fee.", cost: reason.TryGetValue<Money>("Amount", out var amount) ? amount : null, deadline: Step(NextStepCode.PayFee)?.Deadline);
        }

        if (code == ReasonCode.CapReached || code == ReasonCode.CapPartiallyApplied)
        {
            var missing = reason.TryGetValue<CreditAmount>("Remaining", out var r) && reason.TryGetValue<CreditAmount>("Needed", out var n) && r.Unit == n.Unit ? n.MinusOrZero(r) : (CreditAmount?)null;
            return new(SmallestChangeKind.FreeCapRoom, courseId, code, "Cap " + Arg("CapId") + " reached: " + Arg("Remaining") + " of " + Arg("Limit") + " remain, this course needs " + Arg("Needed") + ".", credits: missing);
        }

        if (code == ReasonCode.LocalCreditsRequired)
        {
            return new(SmallestChangeKind.EarnLocalCredits, courseId, code, "Earn " + Arg("Missing") + " more at the institution: credit is posted only after " + Arg("Required") + " there (" + Arg("Earned") + " earned).", credits: reason.TryGetValue<CreditAmount>("Missing", out var missingLocal) ? missingLocal : null);
        }

        var mapped = code.Value switch
        {
            nameof(ReasonCode.EvidenceMissing) => (Kind: SmallestChangeKind.SubmitEvidence, Step: NextStepCode.SubmitEvidence),
            nameof(ReasonCode.CourseNotCompleted) => (SmallestChangeKind.CompleteCourse, NextStepCode.CompleteCourse),
            nameof(ReasonCode.NotOnVerifiedTrack) => (SmallestChangeKind.JoinVerifiedTrack, NextStepCode.JoinVerifiedTrack),
            nameof(ReasonCode.IdentityNotVerified) => (SmallestChangeKind.VerifyIdentity, NextStepCode.VerifyIdentity),
            nameof(ReasonCode.IdentityVerificationPending) => (SmallestChangeKind.AwaitReview, NextStepCode.AwaitIdentityReview),
            nameof(ReasonCode.ExamResultPending) => (SmallestChangeKind.AwaitReview, NextStepCode.AwaitExamReview),
            _ => ((SmallestChangeKind Kind, NextStepCode Step)?)null,
        };
        if (mapped is { } m)
        {
            var step = Step(m.Step);
            return new(m.Kind, courseId, code, step?.Action ?? reason.Message, cost: step?.Cost, deadline: step?.Deadline, earliestDate: step?.EarliestDate);
        }

        return reason.Severity == ReasonSeverity.Outstanding ? new(SmallestChangeKind.Other, courseId, code, reason.Message) : null;
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
