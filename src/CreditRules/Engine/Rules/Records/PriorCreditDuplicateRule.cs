using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// A claimed course whose local equivalent the learner already holds as prior credit is refused, unless the prior grade
/// is below the record policy's blocking minimum (then it is noted and does not block).
/// </summary>
internal readonly struct PriorCreditDuplicateRule : IBuiltInRecordRule
{
    public const string Id = "record.duplicates";

    private const string Summary = "A claimed course duplicates prior credit with the same equivalence key (unless graded below the blocking minimum).";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleCode DuplicateOfPriorCredit = Codes.Add(ReasonCode.DuplicateOfPriorCredit, Cure.NotWithinReach);
    private static readonly RuleCode DuplicateBelowBlockingGrade = Codes.Add(ReasonCode.DuplicateBelowBlockingGrade);

    public static void Decide<TSink>(ref RecordState record, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        if (record.Rules is not { } rules)
        {
            return;
        }

        var found = 0;
        for (var i = 0; i < record.Claims.Length; i++)
        {
            var key = record.Claims[i].Key;
            if (key is null || record.Claims[i].IsBlocked)
            {
                continue;
            }

            var courseId = record.Claims[i].CourseId;
            foreach (var credit in record.Prior)
            {
                if (!string.Equals(credit.EquivalenceKey, key, StringComparison.Ordinal))
                {
                    continue;
                }

                found++;
                if (record.Counts(credit, rules))
                {
                    record.Raise(ref sink, i, DuplicateOfPriorCredit, Id, null, (credit, key, courseId), static a => [("PriorCreditId", a.credit.Id), ("Grade", GradeText(a.credit)), ("EquivalenceKey", a.key), ("CourseId", a.courseId)]);
                    break;
                }

                record.Raise(ref sink, i, DuplicateBelowBlockingGrade, Id, null, (credit, key, courseId, minimum: rules.BlockingMinimumGrade!.Value), static a => [("PriorCreditId", a.credit.Id), ("EquivalenceKey", a.key), ("Grade", GradeText(a.credit)), ("Minimum", a.minimum.ToString()), ("CourseId", a.courseId)]);
            }
        }

        if (sink.Explains)
        {
            sink.Trace(Id, found == 0 ? RuleOutcome.Passed : RuleOutcome.Failed, Texts.Format(rules.Equivalences.Count) + " equivalence(s); " + Texts.Format(found) + " prior credit(s) share a claimed course's key" + (rules.BlockingMinimumGrade is { } m ? "; blocking from " + m : "; any grade blocks"));
        }
    }

    private static string GradeText(PriorCredit credit) => credit.Grade?.ToString() ?? "no grade";
}
