using CreditRules.Domain;
using CreditRules.Internal;

namespace CreditRules.Engine;

/// <summary>Population impact analysis: decides every claim under a baseline and a proposed plan and reports what changed.</summary>
/// <remarks>
/// Transitions, reasons and credits compare each claim decided alone. The count of decisions resting on exceptions
/// (<see cref="ImpactReport.RestingOnExceptionsBefore"/>, <see cref="ImpactReport.RestingOnExceptionsAfter"/>) also
/// counts record-level exceptions: the claims of a learner with a cap adjustment (<see cref="ExceptionKind.AdjustCap"/>)
/// given one after another with the same <see cref="LearnerRecord"/> (as one learner line yields them) are decided
/// together per institution and program (<see cref="RecordEvaluator"/>, as <c>evaluate</c> decides a whole record), and
/// a claim counts when its claim-alone decision, its record-aware award or its record states
/// <see cref="ReasonCode.ExceptionApplied"/>.
/// </remarks>
public static class PopulationImpact
{
    /// <summary>Compares two plans over a population: different policy sets as of one date, or one policy set as of two dates.</summary>
    /// <param name="baseline">The plan in force.</param>
    /// <param name="proposed">The proposed plan.</param>
    /// <param name="claims">The claims, read once, in order.</param>
    /// <param name="samplesPerTransition">How many learner ids (the first, by input order) to keep per transition.</param>
    /// <param name="cancellationToken">Observed before each claim is read; once it is cancelled no further claim is decided.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="samplesPerTransition"/> is negative.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before every claim was compared; no partial report is returned.</exception>
    public static ImpactReport Compare(EvaluationPlan baseline, EvaluationPlan proposed, IEnumerable<CreditClaim> claims, int samplesPerTransition = 5, CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(baseline);
        Preconditions.NotNull(proposed);
        Preconditions.NotNull(claims);
        ArgumentOutOfRangeException.ThrowIfNegative(samplesPerTransition);
        const int Outcomes = 3;
        var codes = ReasonCode.All.Count;
        var counts = new long[Outcomes * Outcomes];
        var appeared = new long[Outcomes * Outcomes, codes];
        var disappeared = new long[Outcomes * Outcomes, codes];
        var samples = new List<string>[Outcomes * Outcomes];
        CreditAmount[] gained = [CreditAmount.Zero(CreditUnit.SemesterHour), CreditAmount.Zero(CreditUnit.QuarterHour)];
        CreditAmount[] lost = [CreditAmount.Zero(CreditUnit.SemesterHour), CreditAmount.Zero(CreditUnit.QuarterHour)];
        var sampleErrors = new List<InputError>();
        long position = 0;
        long errors = 0;
        long onExceptionsBefore = 0;
        long onExceptionsAfter = 0;
        var exceptionBit = ReasonMask.IndexOf(ReasonCode.ExceptionApplied);
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new List<(CreditClaim Claim, bool Before, bool After)>();
        foreach (var claim in claims)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (pending.Count > 0 && !ReferenceEquals(pending[0].Claim.Learner, claim?.Learner))
            {
                CountRecordAware(baseline, proposed, pending, ref onExceptionsBefore, ref onExceptionsAfter);
            }

            var before = baseline.EvaluateEntry(position, claim);
            var after = proposed.EvaluateEntry(position, claim);
            position++;
            if (before.IsError || after.IsError)
            {
                errors++;
                if (sampleErrors.Count < Math.Max(samplesPerTransition, 1))
                {
                    sampleErrors.Add(before.Error ?? after.Error!);
                }

                continue;
            }

            var b = before.Summary;
            var a = after.Summary;
            var cell = ((int)b.Outcome * Outcomes) + (int)a.Outcome;
            counts[cell]++;
            if (HasCapAdjustment(claim!.Learner))
            {
                pending.Add((claim, b.Reasons.ContainsIndex(exceptionBit), a.Reasons.ContainsIndex(exceptionBit)));
            }
            else
            {
                onExceptionsBefore += b.Reasons.ContainsIndex(exceptionBit) ? 1 : 0;
                onExceptionsAfter += a.Reasons.ContainsIndex(exceptionBit) ? 1 : 0;
            }

            var added = a.Reasons.Except(b.Reasons);
            var removed = b.Reasons.Except(a.Reasons);
            for (var i = 0; i < codes; i++)
            {
                if (added.ContainsIndex(i))
                {
                    appeared[cell, i]++;
                }

                if (removed.ContainsIndex(i))
                {
                    disappeared[cell, i]++;
                }
            }

            if ((samples[cell] ??= []).Count < samplesPerTransition)
            {
                samples[cell].Add(claim.Learner.LearnerId);
            }

            var unit = (int)a.CreditsGranted.Unit;
            gained[unit] = gained[unit].Plus(a.CreditsGranted.MinusOrZero(b.CreditsGranted));
            lost[unit] = lost[unit].Plus(b.CreditsGranted.MinusOrZero(a.CreditsGranted));
        }

        CountRecordAware(baseline, proposed, pending, ref onExceptionsBefore, ref onExceptionsAfter);
        var transitions = new List<ImpactTransition>();
        for (var cell = 0; cell < counts.Length; cell++)
        {
            if (counts[cell] > 0)
            {
                transitions.Add(new ImpactTransition(
                    (DecisionOutcome)(cell / Outcomes),
                    (DecisionOutcome)(cell % Outcomes),
                    counts[cell],
                    Tally(appeared, cell, codes),
                    Tally(disappeared, cell, codes),
                    samples[cell] ?? []));
            }
        }

        return new ImpactReport(position, errors, transitions, gained, lost, sampleErrors) { RestingOnExceptionsBefore = onExceptionsBefore, RestingOnExceptionsAfter = onExceptionsAfter };
    }

    private static bool HasCapAdjustment(LearnerRecord learner)
    {
        foreach (var exception in learner.Exceptions)
        {
            if (exception.Kind == ExceptionKind.AdjustCap)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts one learner's pending claims (decided without error under both plans), deciding them record-aware per institution and program; clears the list.</summary>
    private static void CountRecordAware(EvaluationPlan baseline, EvaluationPlan proposed, List<(CreditClaim Claim, bool Before, bool After)> pending, ref long onExceptionsBefore, ref long onExceptionsAfter)
    {
        foreach (var record in pending.GroupBy(p => (p.Claim.InstitutionId, p.Claim.ProgramId)))
        {
            var first = record.First().Claim;
            var courseIds = record.Select(p => p.Claim.CourseId).Distinct(StringComparer.Ordinal).ToArray();
            var before = DecideRecord(baseline, first, courseIds);
            var after = DecideRecord(proposed, first, courseIds);
            foreach (var (claim, claimBefore, claimAfter) in record)
            {
                onExceptionsBefore += claimBefore || RestsOnException(before, claim.CourseId) ? 1 : 0;
                onExceptionsAfter += claimAfter || RestsOnException(after, claim.CourseId) ? 1 : 0;
            }
        }

        pending.Clear();
    }

    /// <summary>Decides a learner's claims at one institution and program together; null when the record is an input error (the claim-alone decisions then stand).</summary>
    private static RecordDecision? DecideRecord(EvaluationPlan plan, CreditClaim first, string[] courseIds)
    {
        try
        {
            return plan.Records.Evaluate(
                new RecordEvaluationRequest(first.Learner, courseIds, first.InstitutionId, first.ProgramId, plan.AsOf).WithAsKnownOn(plan.AsKnownOn));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool RestsOnException(RecordDecision? record, string courseId) =>
        record is not null && (record.HasReason(ReasonCode.ExceptionApplied) || record.GetAwardOrNull(courseId)?.HasReason(ReasonCode.ExceptionApplied) == true);

    private static KeyValuePair<ReasonCode, long>[] Tally(long[,] table, int cell, int codes)
    {
        var list = new List<KeyValuePair<ReasonCode, long>>();
        for (var i = 0; i < codes; i++)
        {
            if (table[cell, i] > 0)
            {
                list.Add(new(ReasonCode.All[i], table[cell, i]));
            }
        }

        return [.. list.OrderByDescending(p => p.Value)];
    }
}
