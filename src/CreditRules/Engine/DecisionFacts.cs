using CreditRules.Domain;
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
    internal RecencyCheck(RecencyWindow window, LocalDate qualifyingDate, LocalDate anchorDate, bool anchoredOnEnrollment)
    {
        Window = Preconditions.NotNull(window);
        QualifyingDate = qualifyingDate;
        LastRecentDate = window.LastRecentDate(qualifyingDate);
        AnchorDate = anchorDate;
        AnchoredOnEnrollment = anchoredOnEnrollment;
    }

    /// <summary>Gets the policy's recency window.</summary>
    public RecencyWindow Window { get; }

    /// <summary>Gets the qualifying date the window starts from.</summary>
    public LocalDate QualifyingDate { get; }

    /// <summary>Gets the last day the credit counts as recent: the qualifying date plus the window (calendar arithmetic).</summary>
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
