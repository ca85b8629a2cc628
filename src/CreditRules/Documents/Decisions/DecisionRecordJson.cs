using System.Text.Json;

namespace CreditRules.Documents;

/// <summary>
/// A decision record (<c>#/$defs/DecisionRecord</c> in <c>schemas/decision.schema.json</c>): a stable, versioned account of
/// one decision that a registrar can keep and replay years later. It names what was decided (learner, course, institution,
/// program, as-of date and as-known-on date), what the answer was (outcome, credits, reasons, next steps), and what it was
/// decided with: the facts themselves (embedded), their digest, the data version and the engine version.
/// </summary>
/// <param name="RecordVersion">The record format's version, <see cref="DecisionRecords.CurrentRecordVersion"/> (1); a reader refuses a version it does not know.</param>
/// <param name="LearnerId">The learner.</param>
/// <param name="CourseId">The course claimed.</param>
/// <param name="InstitutionId">The institution asked.</param>
/// <param name="ProgramId">The degree program.</param>
/// <param name="AsOf">The as-of date, ISO <c>yyyy-MM-dd</c>: facts dated later were ignored.</param>
/// <param name="AsKnownOn">The as-known-on date, ISO, or <see langword="null"/> (omitted) when every fact on record was used: facts recorded later were ignored.</param>
/// <param name="Outcome"><c>Eligible</c>, <c>NotEligible</c> or <c>Incomplete</c>.</param>
/// <param name="CreditsGranted">The credits granted, in the institution's unit.</param>
/// <param name="PolicyVersion">The institution policy version applied, or <see langword="null"/>.</param>
/// <param name="QualifyingDate">The qualifying date, ISO, or <see langword="null"/>.</param>
/// <param name="Reasons">The reasons, in rule order (exceptions applied are reasons too).</param>
/// <param name="NextSteps">The next steps (empty unless the outcome is <c>Incomplete</c>).</param>
/// <param name="InputsDigest">The digest of <paramref name="Facts"/>: <c>sha256:</c> and 64 hex digits (see <see cref="DecisionRecords.InputsDigest"/>).</param>
/// <param name="DataVersion">The version of the catalog and policy data: <c>sha256:</c> and 16 hex digits of both documents' bytes
/// (<see cref="DecisionRecords.DataVersionOf"/>, the label the hosting package's health check reports), or the host's own label.</param>
/// <param name="EngineVersion">The CreditRules package's informational version (<see cref="DecisionRecords.EngineVersion"/>).</param>
/// <param name="Facts">The learner facts the decision was made with, as one element of a learner document's <c>learners</c>
/// array without claims or notes (<c>schemas/learners.schema.json#/$defs/Learner</c>): embedded so the decision can be replayed
/// without the learner document it came from.</param>
/// <param name="RecordCourses">The courses decided together within the learner's whole record at the institution and program
/// (the claim's decision is the record-aware one: caps, duplicates, precedence and holds applied), in ordinal order; or
/// <see langword="null"/> (omitted) when the claim was decided alone. Replay decides the same set again.</param>
/// <remarks>Immutable. <see cref="DecisionRecords.Create(Engine.Decision, Domain.LearnerRecord, string, IEnumerable{string})"/> builds one; <see cref="DecisionRecords.Replay"/> re-decides it;
/// <see cref="DecisionDocument.DecisionRecordTypeInfo"/> writes and reads it (nulls omitted). Not to be confused with a
/// <see cref="Engine.RecordDecision"/>, the decision on a learner's whole record.</remarks>
public sealed record DecisionRecordJson(
    int RecordVersion,
    string LearnerId,
    string CourseId,
    string InstitutionId,
    string ProgramId,
    string AsOf,
    string? AsKnownOn,
    string Outcome,
    CreditJson CreditsGranted,
    string? PolicyVersion,
    string? QualifyingDate,
    IReadOnlyList<ReasonJson> Reasons,
    IReadOnlyList<NextStepJson> NextSteps,
    string InputsDigest,
    string DataVersion,
    string EngineVersion,
    JsonElement Facts,
    IReadOnlyList<string>? RecordCourses = null);

/// <summary>The JSON form of a <see cref="DecisionReplay"/> (<c>#/$defs/DecisionReplay</c>), as <c>creditrules replay --json</c> prints it.</summary>
/// <param name="LearnerId">The learner.</param>
/// <param name="CourseId">The course.</param>
/// <param name="InstitutionId">The institution.</param>
/// <param name="ProgramId">The program.</param>
/// <param name="AsOf">The record's as-of date.</param>
/// <param name="AsKnownOn">The record's as-known-on date, or <see langword="null"/>.</param>
/// <param name="Changed">Whether the outcome, credits, reasons or next steps changed.</param>
/// <param name="OutcomeBefore">The outcome on record.</param>
/// <param name="OutcomeAfter">The outcome today.</param>
/// <param name="CreditsBefore">The credits on record.</param>
/// <param name="CreditsAfter">The credits today.</param>
/// <param name="Causes">What differs between the record and today: facts, data version, engine version (empty when none does).</param>
/// <param name="ReasonChanges">The reasons that appeared, disappeared or changed, each caused by <paramref name="Causes"/>.</param>
/// <param name="NextStepsChanged">Whether the next steps changed.</param>
public sealed record DecisionReplayJson(
    string LearnerId,
    string CourseId,
    string InstitutionId,
    string ProgramId,
    string AsOf,
    string? AsKnownOn,
    bool Changed,
    string OutcomeBefore,
    string OutcomeAfter,
    CreditJson CreditsBefore,
    CreditJson CreditsAfter,
    IReadOnlyList<InputChangeJson> Causes,
    IReadOnlyList<ReasonChangeJson> ReasonChanges,
    bool NextStepsChanged)
{
    /// <summary>Maps a replay.</summary>
    /// <param name="replay">The replay.</param>
    /// <returns>The JSON form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="replay"/> is null.</exception>
    public static DecisionReplayJson From(DecisionReplay replay)
    {
        var r = Internal.Preconditions.NotNull(replay);
        var before = r.Record;
        return new(
            before.LearnerId,
            before.CourseId,
            before.InstitutionId,
            before.ProgramId,
            before.AsOf,
            before.AsKnownOn,
            r.HasChanges,
            before.Outcome,
            r.Replayed.Outcome,
            before.CreditsGranted,
            r.Replayed.CreditsGranted,
            r.Causes.Select(InputChangeJson.From).ToArray(),
            r.ReasonChanges,
            r.NextStepsChanged);
    }
}
