using CreditRules.Domain;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>
/// Advice on one course the learner has not claimed, for one institution and program (see
/// <see cref="CreditExplorer.AdviseNextCourse"/>): the credit it would add after the record rules, its exam fee and
/// deadline, and why it is or is not worth taking.
/// </summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class CourseAdvice
{
    internal CourseAdvice(Course course, CreditAmount gained, CreditAmount gainedSemesterHours, CourseAward award, Money? examFee, LocalDate? deadline, CreditAmount displaced)
    {
        Course = course;
        CreditsGained = gained;
        CreditsGainedSemesterHours = gainedSemesterHours;
        Award = award;
        ExamFee = examFee;
        Deadline = deadline;
        IsWorthTaking = !gained.IsZero && deadline is not null;
        Why = Explain(award, gained, deadline, displaced);
    }

    /// <summary>Gets the rank, 1 for the best course.</summary>
    public int Rank { get; internal set; }

    /// <summary>Gets the course.</summary>
    public Course Course { get; }

    /// <summary>Gets the course id.</summary>
    public string CourseId => Course.Id;

    /// <summary>Gets the credit the record gains with this course, after caps, duplicates and precedence, in the institution's unit.</summary>
    public CreditAmount CreditsGained { get; }

    /// <summary>Gets <see cref="CreditsGained"/> in semester hours (exact).</summary>
    public CreditAmount CreditsGainedSemesterHours { get; }

    /// <summary>Gets the course's record-aware award under the assumption that the learner completes it.</summary>
    public CourseAward Award { get; }

    /// <summary>Gets the proctored-exam fee on the learner's record for the course, or <see langword="null"/> when none is recorded (the catalog holds no fees).</summary>
    public Money? ExamFee { get; }

    /// <summary>Gets the last day of the recommendation version in force on the as-of date (or of the next one), or <see langword="null"/> when the recommendation has lapsed.</summary>
    public LocalDate? Deadline { get; }

    /// <summary>Gets a value indicating whether taking the course adds credit and its recommendation has not lapsed.</summary>
    public bool IsWorthTaking { get; }

    /// <summary>Gets why the course is or is not worth taking, for people.</summary>
    public string Why { get; }

    /// <inheritdoc/>
    public override string ToString() => Rules.Texts.Format(Rank) + ". " + CourseId + " +" + CreditsGained + ": " + Why;

    internal static int Compare(CourseAdvice a, CourseAdvice b)
    {
        var byCredits = b.CreditsGainedSemesterHours.CompareTo(a.CreditsGainedSemesterHours);
        if (byCredits != 0)
        {
            return byCredits;
        }

        var byFee = (a.ExamFee is null).CompareTo(b.ExamFee is null);
        byFee = byFee != 0 ? byFee : (a.ExamFee?.Amount ?? 0m).CompareTo(b.ExamFee?.Amount ?? 0m);
        if (byFee != 0)
        {
            return byFee;
        }

        var byDeadline = (a.Deadline is null).CompareTo(b.Deadline is null);
        byDeadline = byDeadline != 0 ? byDeadline : Nullable.Compare(a.Deadline, b.Deadline);
        return byDeadline != 0 ? byDeadline : string.CompareOrdinal(a.CourseId, b.CourseId);
    }

    private static string Explain(CourseAward award, CreditAmount gained, LocalDate? deadline, CreditAmount displaced)
    {
        var blocking = award.AllReasons.FirstOrDefault(r => r.Severity == ReasonSeverity.Blocking)
            ?? award.AllReasons.FirstOrDefault(r => r.Severity == ReasonSeverity.Outstanding)
            ?? award.AllReasons.FirstOrDefault(r => r.Severity == ReasonSeverity.Limiting && r.Code != ReasonCode.CreditsConverted);
        if (deadline is null)
        {
            return "Not worth taking: its credit recommendation has lapsed, so no exam passed now earns credit.";
        }

        if (gained.IsZero)
        {
            return "Not worth taking: it adds no credit" + (displaced.IsZero ? string.Empty : " and displaces " + displaced + " of other credit") + (blocking is null ? "." : " (" + blocking.Message.TrimEnd('.') + ").");
        }

        return "Worth taking: +" + gained + " after the record rules, if the exam is passed by " + Rules.Texts.Format(deadline.Value) + (blocking is null ? "." : "; note: " + blocking.Message);
    }
}
