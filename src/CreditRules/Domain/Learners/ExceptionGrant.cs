using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Domain;

/// <summary>
/// An exception a registrar approved for one learner (a petition granted): effective-dated, scoped to claims (a course,
/// an institution, a program) and to a rule or a record-level cap, of a named <see cref="ExceptionKind"/>, with its
/// provenance (who approved it, when, the reference and the reason). Decisions apply it as a rule of the engine and say
/// so: "Eligible by exception PET-2014-017 (rule institution.minimum-score waived), approved by … on …".
/// </summary>
/// <remarks>
/// <para>Scope: a null <see cref="CourseId"/>, <see cref="InstitutionId"/> or <see cref="ProgramId"/> matches any. An
/// exception applies to a decision whose as-of date lies in <see cref="Effective"/> (both ends included) and, in an
/// as-known-on decision, only once approved (<see cref="ApprovedOn"/> on or before the as-known-on date).</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class ExceptionGrant
{
    /// <summary>Initialises an exception.</summary>
    /// <param name="reference">The petition or case reference, such as <c>PET-2014-017</c>; unique among the learner's exceptions.</param>
    /// <param name="kind">What it changes.</param>
    /// <param name="effective">The as-of dates it applies to, both ends included.</param>
    /// <param name="approvedBy">Who approved it.</param>
    /// <param name="approvedOn">When it was approved.</param>
    /// <param name="reason">Why, in the approver's words.</param>
    /// <param name="courseId">The course claimed it applies to, or <see langword="null"/> for any (required for <see cref="ExceptionKind.ForceAccept"/>).</param>
    /// <param name="institutionId">The institution it applies at, or <see langword="null"/> for any.</param>
    /// <param name="programId">The program it applies to, or <see langword="null"/> for any.</param>
    /// <param name="ruleId">The rule waived (a built-in rule id such as <c>institution.minimum-score</c>; <c>program.override</c> covers every override); required exactly for <see cref="ExceptionKind.WaiveRule"/>.</param>
    /// <param name="capId">The record-level cap adjusted; required exactly for <see cref="ExceptionKind.AdjustCap"/>.</param>
    /// <param name="credits">The credits a <see cref="ExceptionKind.ForceAccept"/> grants or the limit an <see cref="ExceptionKind.AdjustCap"/> sets; required exactly for those kinds.</param>
    /// <param name="deadline">The extended deadline, inclusive; required exactly for <see cref="ExceptionKind.ExtendDeadline"/>.</param>
    /// <param name="substituteCourseId">The course whose facts count for <paramref name="courseId"/>; required exactly for <see cref="ExceptionKind.SubstituteCourse"/> (which also needs <paramref name="courseId"/>) and different from it.</param>
    /// <exception cref="ArgumentException">A text is blank, or a field required by the kind is missing or one it does not take is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined, or a date lies outside <see cref="SupportedDates"/>.</exception>
    public ExceptionGrant(
        string reference,
        ExceptionKind kind,
        DateRange effective,
        string approvedBy,
        LocalDate approvedOn,
        string reason,
        string? courseId = null,
        string? institutionId = null,
        string? programId = null,
        string? ruleId = null,
        string? capId = null,
        CreditAmount? credits = null,
        LocalDate? deadline = null,
        string? substituteCourseId = null)
    {
        Reference = Preconditions.NotBlank(reference);
        Kind = Preconditions.Defined(kind);
        Effective = effective;
        ApprovedBy = Preconditions.NotBlank(approvedBy);
        ApprovedOn = SupportedDates.Check(approvedOn, nameof(approvedOn));
        Reason = Preconditions.NotBlank(reason);
        CourseId = Optional(courseId, nameof(courseId));
        InstitutionId = Optional(institutionId, nameof(institutionId));
        ProgramId = Optional(programId, nameof(programId));
        RuleId = Optional(ruleId, nameof(ruleId));
        CapId = Optional(capId, nameof(capId));
        Credits = credits;
        Deadline = SupportedDates.Check(deadline, nameof(deadline));
        SubstituteCourseId = Optional(substituteCourseId, nameof(substituteCourseId));
        Require(kind == ExceptionKind.WaiveRule, ruleId is not null, "ruleId", kind);
        Require(kind == ExceptionKind.AdjustCap, capId is not null, "capId", kind);
        Require(kind is ExceptionKind.ForceAccept or ExceptionKind.AdjustCap, credits is not null, "credits", kind);
        Require(kind == ExceptionKind.ExtendDeadline, deadline is not null, "deadline", kind);
        Require(kind == ExceptionKind.SubstituteCourse, substituteCourseId is not null, "substituteCourseId", kind);
        if (kind == ExceptionKind.ForceAccept && courseId is null)
        {
            throw new ArgumentException("A ForceAccept exception names the course it accepts (courseId).", nameof(courseId));
        }

        if (kind == ExceptionKind.SubstituteCourse && courseId is null)
        {
            throw new ArgumentException("A SubstituteCourse exception names the course claimed (courseId) whose requirements the substitute satisfies.", nameof(courseId));
        }

        if (kind == ExceptionKind.SubstituteCourse && string.Equals(courseId, substituteCourseId, StringComparison.Ordinal))
        {
            throw new ArgumentException("A SubstituteCourse exception's substituteCourseId must differ from its courseId; got '" + substituteCourseId + "' for both.", nameof(substituteCourseId));
        }
    }

    /// <summary>Gets the petition or case reference.</summary>
    public string Reference { get; }

    /// <summary>Gets what the exception changes.</summary>
    public ExceptionKind Kind { get; }

    /// <summary>Gets the as-of dates it applies to, both ends included.</summary>
    public DateRange Effective { get; }

    /// <summary>Gets who approved it.</summary>
    public string ApprovedBy { get; }

    /// <summary>Gets when it was approved.</summary>
    public LocalDate ApprovedOn { get; }

    /// <summary>Gets why it was approved.</summary>
    public string Reason { get; }

    /// <summary>Gets the course claimed it applies to, or <see langword="null"/> for any.</summary>
    public string? CourseId { get; }

    /// <summary>Gets the institution it applies at, or <see langword="null"/> for any.</summary>
    public string? InstitutionId { get; }

    /// <summary>Gets the program it applies to, or <see langword="null"/> for any.</summary>
    public string? ProgramId { get; }

    /// <summary>Gets the rule waived, or <see langword="null"/>.</summary>
    public string? RuleId { get; }

    /// <summary>Gets the record-level cap adjusted, or <see langword="null"/>.</summary>
    public string? CapId { get; }

    /// <summary>Gets the credits granted (force accept) or the cap's new limit (adjust cap), or <see langword="null"/>.</summary>
    public CreditAmount? Credits { get; }

    /// <summary>Gets the extended deadline, or <see langword="null"/>.</summary>
    public LocalDate? Deadline { get; }

    /// <summary>Gets the course whose facts count for <see cref="CourseId"/> (a <see cref="ExceptionKind.SubstituteCourse"/> exception), or <see langword="null"/>.</summary>
    public string? SubstituteCourseId { get; }

    /// <summary>Determines whether the exception applies to a claim decided as of a date: in scope and effective.</summary>
    /// <param name="courseId">The course claimed.</param>
    /// <param name="institutionId">The institution.</param>
    /// <param name="programId">The program.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns><see langword="true"/> when it applies.</returns>
    public bool AppliesTo(string courseId, string institutionId, string programId, LocalDate asOf) =>
        Effective.Contains(asOf)
        && (CourseId is null || string.Equals(CourseId, courseId, StringComparison.Ordinal))
        && (InstitutionId is null || string.Equals(InstitutionId, institutionId, StringComparison.Ordinal))
        && (ProgramId is null || string.Equals(ProgramId, programId, StringComparison.Ordinal));

    /// <summary>Determines whether the exception waives reasons raised by a rule (its id, or an id with a <c>:</c> suffix, such as <c>program.override:nursing-core</c>).</summary>
    /// <param name="ruleId">The rule id of a reason.</param>
    /// <returns><see langword="true"/> when this is a <see cref="ExceptionKind.WaiveRule"/> exception for that rule.</returns>
    public bool Waives(string ruleId) => Kind == ExceptionKind.WaiveRule && RuleId is { } waived
        && ruleId.StartsWith(waived, StringComparison.Ordinal) && (ruleId.Length == waived.Length || ruleId[waived.Length] == ':');

    /// <summary>Describes what the exception does, for explanations: "rule institution.minimum-score waived", "deadline extended to 2014-09-30", "accepted with 3 SH", "cap ace-cap set to 45 SH", "uci-precalculus-2012 accepted for uci-precalculus".</summary>
    /// <returns>The description.</returns>
    public string Describe() => Kind switch
    {
        ExceptionKind.WaiveRule => "rule " + RuleId + " waived",
        ExceptionKind.ExtendDeadline => "deadline extended to " + NodaTime.Text.LocalDatePattern.Iso.Format(Deadline!.Value),
        ExceptionKind.ForceAccept => "accepted with " + Credits,
        ExceptionKind.SubstituteCourse => SubstituteCourseId + " accepted for " + CourseId,
        _ => "cap " + CapId + " set to " + Credits,
    };

    /// <inheritdoc/>
    public override string ToString() => Reference + " (" + Kind + ": " + Describe() + ")";

    private static string? Optional(string? value, string name) =>
        value is not null && string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("'" + name + "' must not be blank when given.", name) : value;

    private static void Require(bool kindNeeds, bool given, string field, ExceptionKind kind)
    {
        if (kindNeeds && !given)
        {
            throw new ArgumentException("A " + kind + " exception needs " + field + ".", field);
        }

        if (!kindNeeds && given)
        {
            throw new ArgumentException("A " + kind + " exception does not take " + field + ".", field);
        }
    }
}
