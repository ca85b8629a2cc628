using CreditRules.Domain;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>
/// A request to decide a learner's whole record at one institution and program, as of a date: every claimed course
/// together with the learner's prior credit, optionally under hypothetical facts (a what-if).
/// </summary>
/// <remarks>Course ids and hypotheses are held in canonical (ordinal) order, so the order they are given in never matters.</remarks>
public sealed class RecordEvaluationRequest
{
    /// <summary>Initialises a request.</summary>
    /// <param name="learner">The learner's record.</param>
    /// <param name="courseIds">The courses claimed, each once.</param>
    /// <param name="institutionId">The institution.</param>
    /// <param name="programId">The program.</param>
    /// <param name="asOf">The date the decision is made for; facts dated later are ignored.</param>
    /// <param name="hypotheses">Facts assumed for a what-if, or <see langword="null"/> for none; each once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="learner"/> or <paramref name="courseIds"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is blank, or a course or hypothesis is listed twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date or instant lies outside <see cref="SupportedDates"/>.</exception>
    public RecordEvaluationRequest(LearnerRecord learner, IEnumerable<string> courseIds, string institutionId, string programId, LocalDate asOf, IEnumerable<Hypothesis>? hypotheses = null)
    {
        Learner = Preconditions.NotNull(learner);
        var ids = Preconditions.CopyList(courseIds).ToArray();
        foreach (var id in ids)
        {
            Preconditions.NotBlank(id, nameof(courseIds));
        }

        Array.Sort(ids, StringComparer.Ordinal);
        for (var i = 1; i < ids.Length; i++)
        {
            if (string.Equals(ids[i - 1], ids[i], StringComparison.Ordinal))
            {
                throw new ArgumentException("Course '" + ids[i] + "' is claimed twice; claim each course once.", nameof(courseIds));
            }
        }

        CourseIds = Array.AsReadOnly(ids);
        InstitutionId = Preconditions.NotBlank(institutionId);
        ProgramId = Preconditions.NotBlank(programId);
        AsOf = SupportedDates.Check(asOf, nameof(asOf));
        var facts = Preconditions.CopyList(hypotheses ?? []).ToArray();
        Array.Sort(facts, (a, b) => string.CompareOrdinal(a.Description, b.Description));
        for (var i = 1; i < facts.Length; i++)
        {
            if (facts[i - 1].Equals(facts[i]))
            {
                throw new ArgumentException("Hypothesis '" + facts[i].Description + "' is given twice.", nameof(hypotheses));
            }
        }

        Hypotheses = Array.AsReadOnly(facts);
    }

    /// <summary>Gets the learner's record, as given (hypotheses are not applied to it).</summary>
    public LearnerRecord Learner { get; }

    /// <summary>Gets the claimed course ids, in ordinal order.</summary>
    public IReadOnlyList<string> CourseIds { get; }

    /// <summary>Gets the institution id.</summary>
    public string InstitutionId { get; }

    /// <summary>Gets the program id.</summary>
    public string ProgramId { get; }

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the assumed facts, ordered by description.</summary>
    public IReadOnlyList<Hypothesis> Hypotheses { get; }

    /// <summary>This request's learner (hypotheses applied) compiled against the plan that last decided it outcome-only (built once, shared by its claims).</summary>
    internal Rules.CompiledRecord? Compiled;

    /// <summary>Gets the date whose knowledge the decision uses ("as known on"): the claims are decided with only the facts
    /// recorded by then, read in the institution's zone (<see cref="LearnerRecord.AsKnownOn"/>); <see langword="null"/>:
    /// every fact on record (corrections applied). Set with <see cref="WithAsKnownOn"/>.</summary>
    public LocalDate? AsKnownOn { get; private init; }

    /// <summary>Returns the same request decided with only the facts recorded by a date ("as known on").</summary>
    /// <param name="asKnownOn">The as-known-on date, or <see langword="null"/> for every fact on record.</param>
    /// <returns>The new request.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date lies outside <see cref="SupportedDates"/>.</exception>
    public RecordEvaluationRequest WithAsKnownOn(LocalDate? asKnownOn) =>
        new(Learner, CourseIds, InstitutionId, ProgramId, AsOf, Hypotheses) { AsKnownOn = SupportedDates.Check(asKnownOn, nameof(asKnownOn)) };

    /// <summary>Gets a value indicating whether the request assumes facts not on record.</summary>
    public bool IsHypothetical => Hypotheses.Count > 0;

    /// <summary>Returns the same request as of another date.</summary>
    /// <param name="asOf">The new as-of date.</param>
    /// <returns>The new request.</returns>
    public RecordEvaluationRequest WithAsOf(LocalDate asOf) => new(Learner, CourseIds, InstitutionId, ProgramId, asOf, Hypotheses) { AsKnownOn = AsKnownOn };

    /// <summary>Returns the same request against another institution or program.</summary>
    /// <param name="institutionId">The institution.</param>
    /// <param name="programId">The program.</param>
    /// <returns>The new request.</returns>
    /// <exception cref="ArgumentException">An id is blank.</exception>
    public RecordEvaluationRequest WithProgram(string institutionId, string programId) => new(Learner, CourseIds, institutionId, programId, AsOf, Hypotheses) { AsKnownOn = AsKnownOn };

    /// <summary>Returns the same request with further assumed facts.</summary>
    /// <param name="hypotheses">The facts to add.</param>
    /// <returns>The new request.</returns>
    /// <exception cref="ArgumentException">A fact is already assumed.</exception>
    public RecordEvaluationRequest WithHypotheses(params Hypothesis[] hypotheses) =>
        new(Learner, CourseIds, InstitutionId, ProgramId, AsOf, Hypotheses.Concat(Preconditions.NotNull(hypotheses))) { AsKnownOn = AsKnownOn };
}
