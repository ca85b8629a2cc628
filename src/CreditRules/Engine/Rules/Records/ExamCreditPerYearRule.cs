using CreditRules.Domain;
using NodaTime;

namespace CreditRules.Engine.Rules;

/// <summary>
/// At most N credits by exam per academic year (<see cref="RecordPolicy.ExamCreditsPerAcademicYear"/>): each academic
/// year first counts the learner's prior credit from exams dated in it, then the claims eligible so far in allocation
/// order by their qualifying date's academic year; a claim that would pass the limit gets what is left (or nothing when
/// the policy makes whole-course awards only). Runs before the caps, so they allocate what this rule leaves.
/// </summary>
internal readonly struct ExamCreditPerYearRule : IBuiltInRecordRule
{
    public const string Id = "record.exam-credit-per-year";

    private const string Summary = "At most N credits by exam per academic year (from the policy's academic-year start, 1 July by default), prior exam credit first, then claims in allocation order.";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All);

    private static readonly RuleCodes Codes = new();

    private static readonly RuleCode ExamCreditYearLimitReached = Codes.Add(ReasonCode.ExamCreditYearLimitReached);

    public static void Decide<TSink>(ref RecordState record, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        if (record.Rules is not { ExamCreditsPerAcademicYear: { } setting } rules)
        {
            return;
        }

        var unit = record.Unit;
        var limit = setting.Limit.ConvertTo(unit);
        var claims = record.Claims;
        var count = 0;
        for (var i = 0; i < claims.Length; i++)
        {
            count += Counts(claims[i]) ? 1 : 0;
        }

        var order = record.Ints(1, count);
        count = 0;
        for (var i = 0; i < claims.Length; i++)
        {
            if (Counts(claims[i]))
            {
                order[count++] = i;
            }
        }

        AllocationOrdering.Sort(order, claims, rules);
        var limited = 0;
        foreach (var i in order)
        {
            ref var claim = ref claims[i];
            var yearStart = setting.YearStartOf(claim.QualifyingDate!.Value);
            var counted = Counted(ref record, setting, yearStart, i, order);
            var room = limit.MinusOrZero(counted);
            var need = claim.Need;
            if (need <= room)
            {
                continue;
            }

            var granted = record.Route.AllowPartialAwards.Value ? room : CreditAmount.Zero(unit);
            claim.Need = granted;
            if (granted.IsZero)
            {
                claim.Allocated = CreditAmount.Zero(unit);
            }

            limited++;
            record.Raise(ref sink, i, ExamCreditYearLimitReached, Id, null, (limit, yearStart, counted, granted, need), static a =>
                [ReasonArg.Of("Limit", a.limit), ReasonArg.Of("YearStart", a.yearStart), ReasonArg.Of("Counted", a.counted), ReasonArg.Of("Granted", a.granted), ReasonArg.Of("Needed", a.need)]);
        }

        if (sink.Explains)
        {
            sink.Trace(Id, limited == 0 ? RuleOutcome.Passed : RuleOutcome.Limited, setting + "; " + Texts.Format(limited) + " course(s) limited");
        }
    }

    private static bool Counts(in RecordClaim claim) => claim.IsEligible && !claim.Need.IsZero && claim.QualifyingDate is not null;

    /// <summary>Credit by exam already counted in the academic year from <paramref name="yearStart"/>: prior exam credit dated in it, then the claims before <paramref name="claim"/> in <paramref name="order"/>.</summary>
    private static CreditAmount Counted(ref RecordState record, ExamCreditYearLimit setting, LocalDate yearStart, int claim, int[] order)
    {
        var counted = CreditAmount.Zero(record.Unit);
        foreach (var credit in record.Prior)
        {
            if (credit.Source == PriorCreditSource.Exam && setting.YearStartOf(credit.Date) == yearStart)
            {
                counted = counted.Plus(record.Converted(credit));
            }
        }

        foreach (var other in order)
        {
            if (other == claim)
            {
                break;
            }

            if (setting.YearStartOf(record.Claims[other].QualifyingDate!.Value) == yearStart)
            {
                counted = counted.Plus(record.Claims[other].Need);
            }
        }

        return counted;
    }
}
