using CreditRules.Domain;
using CreditRules.Engine;

namespace CreditRules.Reports;

/// <summary>
/// Watches the claims on their way into <see cref="PopulationImpact.Compare"/> and keeps what the engine's report does
/// not: counts per institution and program, the distribution of credit changes, reasons per learner, sample claims.
/// </summary>
internal sealed class ImpactTap(EvaluationPlan baseline, EvaluationPlan proposed, int samplesPerTransition)
{
    private const int Outcomes = 3;
    private readonly Dictionary<(string Institution, string Program), Cell> _cells = [];
    private readonly Dictionary<(CreditAmount Amount, bool IsGain), long> _changes = [];
    private readonly Dictionary<ReasonCode, Shift> _appeared = [];
    private readonly Dictionary<ReasonCode, Shift> _disappeared = [];
    private readonly List<CreditClaim>[] _samples = [.. Enumerable.Range(0, Outcomes * Outcomes).Select(_ => new List<CreditClaim>())];

    public IEnumerable<CreditClaim> Observe(IEnumerable<CreditClaim> claims)
    {
        long position = 0;
        foreach (var claim in claims)
        {
            Add(position++, claim);
            yield return claim;
        }
    }

    public ImpactReportModel Build(ImpactReport report, IEnumerable<InputError> unreadable)
    {
        var transitions = report.Transitions
            .Select(t => new ImpactTransitionRow(t.From, t.To, t.Count, Counts(t.ReasonsAppeared), Counts(t.ReasonsDisappeared), Samples(t)))
            .OrderByDescending(t => t.IsChange).ThenByDescending(t => t.Claims).ThenBy(t => t.From).ThenBy(t => t.To);
        var units = _cells.Keys.Select(k => baseline.Policies.GetInstitutionOrNull(k.Institution)?.CreditUnit).OfType<CreditUnit>().Distinct().Order();
        var totals = units.Select(u => new ImpactCreditTotal(report.GetCreditsGained(u), report.GetCreditsLost(u)));
        var changes = _changes.OrderBy(p => p.Key.IsGain).ThenBy(p => p.Key.Amount.Unit)
            .ThenBy(p => p.Key.IsGain ? p.Key.Amount.ToDecimal() : -p.Key.Amount.ToDecimal())
            .Select(p => new CreditChangeBucket(p.Key.Amount, p.Key.IsGain, p.Value));
        var breakdown = _cells.OrderBy(p => p.Key.Institution, StringComparer.Ordinal).ThenBy(p => p.Key.Program, StringComparer.Ordinal).Select(p =>
        {
            var institution = baseline.Policies.GetInstitutionOrNull(p.Key.Institution);
            var program = institution?.GetProgramOrNull(p.Key.Program);
            return new ImpactBreakdownRow(p.Key.Institution, institution?.Name ?? p.Key.Institution, p.Key.Program, program?.Name ?? p.Key.Program, p.Value.Claims, p.Value.Changed, p.Value.EligibleBefore, p.Value.EligibleAfter, p.Value.Gained, p.Value.Lost);
        });
        return new ImpactReportModel(
            baseline.AsOf,
            proposed.AsOf,
            report.Claims,
            report.Errors,
            transitions,
            totals,
            changes,
            Ranked(_appeared),
            Ranked(_disappeared),
            breakdown,
            unreadable.Select(ReportInputError.FromInputError),
            report.SampleErrors.Select(ReportInputError.FromInputError));
    }

    private static IEnumerable<ReasonCount> Counts(IEnumerable<KeyValuePair<ReasonCode, long>> counts) =>
        counts.Select(p => new ReasonCount(p.Key.Value, p.Key.Template, p.Value));

    private static IEnumerable<ReasonShift> Ranked(Dictionary<ReasonCode, Shift> shifts) => shifts
        .OrderByDescending(p => p.Value.Learners).ThenByDescending(p => p.Value.Claims).ThenBy(p => p.Key.Value, StringComparer.Ordinal)
        .Select(p => new ReasonShift(p.Key.Value, p.Key.Template, p.Value.Claims, p.Value.Learners));

    private static void Tally(Dictionary<ReasonCode, Shift> shifts, ReasonMask mask, LearnerRecord learner)
    {
        if (mask.IsEmpty)
        {
            return;
        }

        foreach (var code in mask.ToCodes())
        {
            if (!shifts.TryGetValue(code, out var shift))
            {
                shifts[code] = shift = new Shift();
            }

            shift.Claims++;
            if (!ReferenceEquals(shift.LastLearner, learner))
            {
                shift.Learners++;
                shift.LastLearner = learner;
            }
        }
    }

    private IEnumerable<ImpactSample> Samples(ImpactTransition transition)
    {
        var claims = _samples[((int)transition.From * Outcomes) + (int)transition.To];
        if (!claims.Select(c => c.Learner.LearnerId).SequenceEqual(transition.SampleLearnerIds, StringComparer.Ordinal))
        {
            // Both walk the same claims in the same order with the same plans; a difference is a bug, not bad input.
            throw new InvalidOperationException("The sample learners of " + transition + " differ from the engine's: " + string.Join(", ", claims.Select(c => c.Learner.LearnerId)) + " against " + string.Join(", ", transition.SampleLearnerIds) + ".");
        }

        return claims.Select(c => new ImpactSample(c.Learner.LearnerId, c.CourseId, c.InstitutionId, c.ProgramId, ReportDecision.FromDecision(baseline.Explain(c)), ReportDecision.FromDecision(proposed.Explain(c))));
    }

    private void Add(long position, CreditClaim claim)
    {
        var before = baseline.EvaluateEntry(position, claim);
        var after = proposed.EvaluateEntry(position, claim);
        if (before.IsError || after.IsError)
        {
            return;
        }

        var b = before.Summary;
        var a = after.Summary;
        var key = (claim.InstitutionId, claim.ProgramId);
        if (!_cells.TryGetValue(key, out var cell))
        {
            _cells[key] = cell = new Cell(a.CreditsGranted.Unit);
        }

        cell.Claims++;
        cell.Changed += b.Outcome != a.Outcome ? 1 : 0;
        cell.EligibleBefore += b.Outcome == DecisionOutcome.Eligible ? 1 : 0;
        cell.EligibleAfter += a.Outcome == DecisionOutcome.Eligible ? 1 : 0;
        var gained = a.CreditsGranted.MinusOrZero(b.CreditsGranted);
        var lost = b.CreditsGranted.MinusOrZero(a.CreditsGranted);
        cell.Gained = cell.Gained.Plus(gained);
        cell.Lost = cell.Lost.Plus(lost);
        if (!gained.IsZero || !lost.IsZero)
        {
            var change = gained.IsZero ? (lost, false) : (gained, true);
            _changes[change] = _changes.GetValueOrDefault(change) + 1;
        }

        Tally(_appeared, a.Reasons.Except(b.Reasons), claim.Learner);
        Tally(_disappeared, b.Reasons.Except(a.Reasons), claim.Learner);
        var samples = _samples[((int)b.Outcome * Outcomes) + (int)a.Outcome];
        if (samples.Count < samplesPerTransition)
        {
            samples.Add(claim);
        }
    }

    private sealed class Cell(CreditUnit unit)
    {
        public long Claims { get; set; }

        public long Changed { get; set; }

        public long EligibleBefore { get; set; }

        public long EligibleAfter { get; set; }

        public CreditAmount Gained { get; set; } = CreditAmount.Zero(unit);

        public CreditAmount Lost { get; set; } = CreditAmount.Zero(unit);
    }

    private sealed class Shift
    {
        public long Claims { get; set; }

        public long Learners { get; set; }

        public LearnerRecord? LastLearner { get; set; }
    }
}
