using CreditRules.Domain;
using CreditRules.Internal;

namespace CreditRules.Engine;

/// <summary>Population impact analysis: decides every claim under a baseline and a proposed plan and reports what changed.</summary>
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
        foreach (var claim in claims)
        {
            cancellationToken.ThrowIfCancellationRequested();
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
            onExceptionsBefore += b.Reasons.ContainsIndex(exceptionBit) ? 1 : 0;
            onExceptionsAfter += a.Reasons.ContainsIndex(exceptionBit) ? 1 : 0;
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
