using CreditRules.Domain;
using CreditRules.Engine.Rules;
using CreditRules.Internal;

namespace CreditRules.Engine;

/// <summary>
/// A reason-level diff of two record decisions about the same learner (another as-of date, policy version, program or
/// hypothetical facts): outcome and credit changes per course and in total, reasons that appeared, disappeared or
/// changed, and the input changes that caused each.
/// </summary>
/// <remarks>
/// <para>Reasons are matched by course, code and rule id; a matched pair whose message differs is
/// <see cref="ReasonChangeKind.Changed"/>. Credit is compared in the earlier decision's unit, converted exactly.</para>
/// <para>Attribution by <see cref="Compare(RecordDecision, RecordDecision, CancellationToken)"/>: when one input changed, it caused every
/// reason change. When several changed, a reason on a course is attributed to the hypotheses that name the course, if
/// any; otherwise to the record-wide changes (as-of date, institution, program, policy version, courses claimed), all of
/// which are named. <see cref="RecordEvaluator.Diff"/> attributes exactly instead, by applying the changes one at a
/// time.</para>
/// </remarks>
public sealed class DecisionDiff
{
    private DecisionDiff(RecordDecision before, RecordDecision after, IReadOnlyList<InputChange> inputs, IReadOnlyList<CourseDiff> courses, IReadOnlyList<ReasonChange> recordReasons)
    {
        Before = before;
        After = after;
        InputChanges = inputs;
        Courses = courses;
        RecordReasonChanges = recordReasons;
        TotalBefore = before.CreditsGranted;
        TotalAfter = after.CreditsGranted.ConvertTo(before.CreditUnit);
    }

    /// <summary>Gets the earlier decision.</summary>
    public RecordDecision Before { get; }

    /// <summary>Gets the later decision.</summary>
    public RecordDecision After { get; }

    /// <summary>Gets the inputs that differ.</summary>
    public IReadOnlyList<InputChange> InputChanges { get; }

    /// <summary>Gets one entry per course claimed in either decision, by course id.</summary>
    public IReadOnlyList<CourseDiff> Courses { get; }

    /// <summary>Gets the record-level reasons that appeared, disappeared or changed.</summary>
    public IReadOnlyList<ReasonChange> RecordReasonChanges { get; }

    /// <summary>Gets the total credit granted before.</summary>
    public CreditAmount TotalBefore { get; }

    /// <summary>Gets the total credit granted after, in the earlier decision's unit.</summary>
    public CreditAmount TotalAfter { get; }

    /// <summary>Gets the signed change in total credit, such as <c>+4 SH</c>.</summary>
    public string TotalDelta => Delta(TotalBefore, TotalAfter);

    /// <summary>Gets a value indicating whether any outcome, credit or reason changed.</summary>
    public bool HasChanges => RecordReasonChanges.Count > 0 || Courses.Any(c => c.HasChanges);

    /// <summary>Compares two record decisions about the same learner.</summary>
    /// <param name="before">The earlier decision.</param>
    /// <param name="after">The later decision.</param>
    /// <param name="cancellationToken">Observed before each course is compared.</param>
    /// <returns>The diff.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The decisions are about different learners.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before every course was compared.</exception>
    public static DecisionDiff Compare(RecordDecision before, RecordDecision after, CancellationToken cancellationToken = default) => Compare(before, after, null, cancellationToken);

    /// <summary>Compares two decisions; <paramref name="attribute"/>, when given, names the cause of each reason change.</summary>
    internal static DecisionDiff Compare(RecordDecision before, RecordDecision after, Func<string?, string, int, IReadOnlyList<InputChange>?>? attribute, CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(before);
        Preconditions.NotNull(after);
        if (!string.Equals(before.LearnerId, after.LearnerId, StringComparison.Ordinal))
        {
            throw new ArgumentException("A diff compares decisions about one learner; got '" + before.LearnerId + "' and '" + after.LearnerId + "'.", nameof(after));
        }

        var inputs = InputsBetween(before, after);
        var unit = before.CreditUnit;
        var courseIds = before.Awards.Select(a => a.CourseId).Concat(after.Awards.Select(a => a.CourseId)).Distinct().Order(StringComparer.Ordinal);
        var courses = new List<CourseDiff>();
        foreach (var courseId in courseIds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var b = before.GetAwardOrNull(courseId);
            var a = after.GetAwardOrNull(courseId);
            var changes = Match(courseId, b?.AllReasons ?? [], a?.AllReasons ?? [], inputs, attribute);
            courses.Add(new CourseDiff(courseId, b, a, unit, changes));
        }

        return new DecisionDiff(before, after, inputs, courses, Match(null, before.Reasons, after.Reasons, inputs, attribute));
    }

    internal static string Delta(CreditAmount before, CreditAmount after) =>
        after >= before ? (after == before ? string.Empty : "+") + after.MinusOrZero(before) : "-" + before.MinusOrZero(after);

    internal static List<InputChange> InputsBetween(RecordDecision before, RecordDecision after)
    {
        var inputs = new List<InputChange>();
        if (before.AsOf != after.AsOf)
        {
            inputs.Add(new InputChange(InputChangeKind.AsOf, Texts.Format(before.AsOf), Texts.Format(after.AsOf)));
        }

        if (!string.Equals(before.InstitutionId, after.InstitutionId, StringComparison.Ordinal))
        {
            inputs.Add(new InputChange(InputChangeKind.Institution, before.InstitutionId, after.InstitutionId));
        }

        if (!string.Equals(before.ProgramId, after.ProgramId, StringComparison.Ordinal))
        {
            inputs.Add(new InputChange(InputChangeKind.Program, before.ProgramId, after.ProgramId));
        }

        if (!string.Equals(before.PolicyVersion, after.PolicyVersion, StringComparison.Ordinal))
        {
            inputs.Add(new InputChange(InputChangeKind.PolicyVersion, before.PolicyVersion, after.PolicyVersion));
        }

        if (!before.Request.CourseIds.SequenceEqual(after.Request.CourseIds, StringComparer.Ordinal))
        {
            inputs.Add(new InputChange(InputChangeKind.CoursesClaimed, string.Join(", ", before.Request.CourseIds), string.Join(", ", after.Request.CourseIds)));
        }

        foreach (var removed in before.Hypotheses.Where(h => !after.Hypotheses.Contains(h)))
        {
            inputs.Add(new InputChange(InputChangeKind.HypothesisRemoved, removed.Description, null, removed.CourseId));
        }

        foreach (var added in after.Hypotheses.Where(h => !before.Hypotheses.Contains(h)))
        {
            inputs.Add(new InputChange(InputChangeKind.HypothesisAdded, null, added.Description, added.CourseId));
        }

        return inputs;
    }

    /// <summary>The key reasons are matched by: code and rule id.</summary>
    internal static string Key(Reason reason) => reason.Code.Value + "|" + reason.RuleId;

    private static List<ReasonChange> Match(string? courseId, IEnumerable<Reason> before, IEnumerable<Reason> after, IReadOnlyList<InputChange> inputs, Func<string?, string, int, IReadOnlyList<InputChange>?>? attribute)
    {
        IReadOnlyList<InputChange> Cause(string? course, Reason reason, int index, IReadOnlyList<InputChange> all) =>
            attribute?.Invoke(course, Key(reason), index) ?? Heuristic(course, reason, all);
        var changes = new List<ReasonChange>();
        foreach (var (old, now, i) in ReasonPairs.Changed(before, after, Key, static (a, b) => string.Equals(a.Message, b.Message, StringComparison.Ordinal)))
        {
            changes.Add(new ReasonChange(ReasonPairs.KindOf(old, now), courseId, old, now, Cause(courseId, (now ?? old)!, i, inputs)));
        }

        return changes;
    }

    private static InputChange[] Heuristic(string? courseId, Reason reason, IReadOnlyList<InputChange> inputs)
    {
        if (inputs.Count <= 1)
        {
            return inputs.ToArray();
        }

        var hypotheses = inputs.Where(i => i.Kind is InputChangeKind.HypothesisAdded or InputChangeKind.HypothesisRemoved).ToArray();
        if (reason.Code == ReasonCode.HypotheticalFact)
        {
            var fact = reason.GetArgumentOrNull("Fact");
            return hypotheses.Where(h => string.Equals(h.After ?? h.Before, fact, StringComparison.Ordinal)).ToArray();
        }

        var named = courseId is null ? [] : hypotheses.Where(h => string.Equals(h.CourseId, courseId, StringComparison.Ordinal)).ToArray();
        if (named.Length > 0)
        {
            return named;
        }

        var recordWide = inputs.Where(i => i.Kind is not (InputChangeKind.HypothesisAdded or InputChangeKind.HypothesisRemoved)).ToArray();
        return recordWide.Length > 0 ? recordWide : hypotheses;
    }
}
