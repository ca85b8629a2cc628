using System.Runtime.CompilerServices;
using CreditRules.Domain;
using NodaTime;

namespace CreditRules.Engine.Rules;

/// <summary>
/// One claimed course inside a whole record: the claim's own <see cref="ClaimState"/> (the claim rules' facts and reason
/// bits), which the record rules go on raising reasons on, so the claim's outcome is always the record-aware one, plus
/// what the record rules decide for it (allocation, rank, elective credit, hold).
/// </summary>
internal struct RecordClaim
{
    /// <summary>The claim's state: after the claim rules, then every record rule's reasons on this claim.</summary>
    public ClaimState State;

    /// <summary>Explained path only: the claim decided alone, before record rules.</summary>
    public Decision? Decision;

    /// <summary>Explained path only: the claim's request (with the record's hypothetical facts applied to the learner).</summary>
    public EvaluationRequest? Request;

    /// <summary>Explained path only: the reasons and next steps the record rules raised on this claim.</summary>
    public Explanation? Explanation;

    /// <summary>The local course the claim is equivalent to (the record policy's equivalence key), or null.</summary>
    public string? Key;

    /// <summary>The level the claim counts at for level-scoped caps: the highest level a line is granted at, else lower division.</summary>
    public CreditLevel Level;

    /// <summary>What the claim grants alone: its credits when eligible alone, else zero.</summary>
    public CreditAmount Need;

    /// <summary>What allocation under the caps gives it (default until allocated).</summary>
    public CreditAmount Allocated;

    /// <summary>Whether its credit was granted as elective credit over a source or level cap.</summary>
    public bool Elective;

    /// <summary>Whether it is held until enough local credit is earned.</summary>
    public bool Held;

    /// <summary>Its 1-based place in allocation order, or 0 when it took no part.</summary>
    public int Rank;

    /// <summary>The 1-based index in <see cref="RecordRoute.Areas"/> of the requirement area its credit lands in, or 0 for none.</summary>
    public int AreaSlot;

    public readonly string CourseId => State.Course.Id;

    public readonly LocalDate? QualifyingDate => State.QualifyingDate;

    /// <summary>Whether any blocking reason (alone or from a record rule) refuses it.</summary>
    public readonly bool IsBlocked => State.Blocked;

    /// <summary>Whether it is eligible so far, counting the record rules' reasons.</summary>
    public readonly bool IsEligible => State.Outcome == DecisionOutcome.Eligible;

    /// <summary>The record-aware outcome (the one precedence over every reason of the claim).</summary>
    public readonly DecisionOutcome Outcome => State.Outcome;

    /// <summary>The credits granted: the allocation when eligible, else zero in the institution's unit.</summary>
    public readonly CreditAmount Granted(CreditUnit unit) => State.Outcome == DecisionOutcome.Eligible ? Allocated : CreditAmount.Zero(unit);
}

/// <summary>
/// The state of a learner's whole record at one institution and program as the record rules decide it: the claims (each
/// with its <see cref="ClaimState"/>), the prior credit on or before the as-of date in canonical order, the record
/// policy compiled for the policy version, the record-level reason bits and what the caps, hold, residency and posting
/// fee came to. Record rules decide through <c>Decide&lt;TSink&gt;(ref RecordState, ref TSink)</c>, like claim rules.
/// </summary>
internal struct RecordState
{
    public RecordState(RecordPlan plan, RecordEvaluationRequest request, LearnerRecord learner, Institution institution, DegreeProgram program, RecordClaim[] claims, PriorCredit[] prior, RecordRoute route, RecordScratch? scratch)
    {
        Scratch = scratch;
        Plan = plan;
        Request = request;
        Learner = learner;
        Institution = institution;
        Program = program;
        Unit = institution.CreditUnit;
        Claims = claims;
        Prior = prior;
        Route = route;
        Limits = LimitsFor(route, learner, institution, program, request.AsOf, scratch);
        CapGranted = scratch?.Granted(route.Caps.Length) ?? (route.Caps.Length == 0 ? [] : new CreditAmount[route.Caps.Length]);
        CapPosted = scratch?.Posted(route.Caps.Length) ?? (route.Caps.Length == 0 ? [] : new CreditAmount[route.Caps.Length]);
        var zero = CreditAmount.Zero(Unit);
        CapGranted.AsSpan().Fill(zero);
        CapPosted.AsSpan().Fill(zero);
    }

    public RecordPlan Plan { get; }

    /// <summary>The outcome-only path's reusable buffers, or null (the explained path allocates).</summary>
    public RecordScratch? Scratch { get; }

    /// <summary>An index list for a rule (slot below <see cref="RecordScratch.IntSlots"/>, one per list a rule holds at once), exactly <paramref name="length"/> long, its elements to be set by the caller: reused on the outcome-only path.</summary>
    public readonly int[] Ints(int slot, int length) => Scratch?.Ints(slot, length) ?? new int[length];

    public RecordEvaluationRequest Request { get; }

    /// <summary>The learner's record with the request's hypothetical facts applied.</summary>
    public LearnerRecord Learner { get; }

    public Institution Institution { get; }

    public DegreeProgram Program { get; }

    public CreditUnit Unit { get; }

    public readonly LocalDate AsOf => Request.AsOf;

    /// <summary>The claims, in the request's (ordinal) course order.</summary>
    public RecordClaim[] Claims { get; }

    /// <summary>Prior credit dated on or before the as-of date, by date then id.</summary>
    public PriorCredit[] Prior { get; }

    /// <summary>The record policy of the selected policy version, compiled once (caps' limits, thresholds in the institution's unit).</summary>
    public RecordRoute Route { get; }

    /// <summary>Per cap (by index in <see cref="RecordRoute.Caps"/>): its limit for this learner, the route's compiled limit
    /// unless an <see cref="ExceptionKind.AdjustCap"/> exception in effect on the as-of date sets another (the route's
    /// array itself when the learner has no exception, so the common case allocates nothing).</summary>
    public CreditAmount[] Limits { get; }

    private static CreditAmount[] LimitsFor(RecordRoute route, LearnerRecord learner, Institution institution, DegreeProgram program, LocalDate asOf, RecordScratch? scratch)
    {
        if (route.Caps.Length == 0 || learner.Exceptions.Count == 0)
        {
            return route.Limits;
        }

        var limits = scratch?.Limits(route.Caps.Length) ?? new CreditAmount[route.Caps.Length];
        for (var c = 0; c < limits.Length; c++)
        {
            limits[c] = learner.AdjustedCapLimit(route.Caps[c].Id, institution.Id, program.Id, asOf, route.Limits[c]);
        }

        return limits;
    }

    public readonly InstitutionPolicy? Policy => Route.Policy;

    public readonly RecordPolicy? Rules => Route.Rules;

    public readonly string? PolicyVersion => Route.Policy?.Id;

    /// <summary>The record-level codes raised (not about one claim), by <see cref="RuleCode.Index"/>.</summary>
    public BitSet Reasons;

    /// <summary>Per cap (by index in <see cref="RecordRoute.Caps"/>): posted external credit it covers.</summary>
    public CreditAmount[] CapPosted { get; }

    /// <summary>Per cap: credit by evaluation granted under it.</summary>
    public CreditAmount[] CapGranted { get; }

    /// <summary>Residency still outstanding, or null when the program sets none.</summary>
    public CreditAmount? ResidencyOutstanding { get; set; }

    /// <summary>The posting fee due, or null when the policy sets none.</summary>
    public Money? PostingFeeDue { get; set; }

    /// <summary>Prior credit in the institution's unit: as stated when already in it, else converted (1 QH = 2/3 SH) and rounded as the record policy says (<see cref="RecordRoute.PriorCreditRounding"/>). The one conversion every record rule uses.</summary>
    public readonly CreditAmount Converted(PriorCredit credit) => credit.Amount.Unit == Unit ? credit.Amount : credit.Amount.ConvertTo(Unit, Route.PriorCreditRounding);

    public readonly bool IsLocal(PriorCredit credit) => credit.IsInResidenceAt(Institution.Id);

    public readonly bool IsPostedExternal(PriorCredit credit) => credit.IsPostedAt(Institution.Id) && !IsLocal(credit);

    /// <summary>Local credit earned in residence (credit by evaluation never counts), in the institution's unit.</summary>
    public readonly CreditAmount LocalCreditsEarned()
    {
        var earned = CreditAmount.Zero(Unit);
        foreach (var credit in Prior)
        {
            if (IsLocal(credit))
            {
                earned = earned.Plus(Converted(credit));
            }
        }

        return earned;
    }

    /// <summary>Posted external prior credit, in the institution's unit.</summary>
    public readonly CreditAmount PostedPriorCredit()
    {
        var posted = CreditAmount.Zero(Unit);
        foreach (var credit in Prior)
        {
            if (IsPostedExternal(credit))
            {
                posted = posted.Plus(Converted(credit));
            }
        }

        return posted;
    }

    /// <summary>Whether prior credit counts as held for duplicates and precedence: no blocking grade, no grade (CR), or a grade at or above it.</summary>
    /// <exception cref="InvalidPolicyException">The grade and the blocking minimum are on different scales.</exception>
    public readonly bool Counts(PriorCredit credit, RecordPolicy rules)
    {
        if (rules.BlockingMinimumGrade is not { } minimum || credit.Grade is not { } grade)
        {
            return true;
        }

        if (!grade.IsComparableTo(minimum))
        {
            throw new InvalidPolicyException(
                "Institution '" + Institution.Id + "', record policy '" + rules.Id + "', BlockingMinimumGrade",
                minimum.ToString(),
                "prior credit '" + credit.Id + "' of learner '" + Learner.LearnerId + "' is graded " + grade + "; the minimum must use the same scale.");
        }

        return grade >= minimum;
    }

    /// <summary>
    /// Raises a reason on one claim: through the claim's own <see cref="ClaimState.Raise{TSink, TArg}(ref TSink, RuleCode, ReasonSeverity, string, string?, TArg, Func{TArg, ReasonArg[]})"/>,
    /// which sets the code's bit, applies its severity to the claim's outcome and (explaining only) emits the reason into
    /// the claim's record explanation. The rule id is <paramref name="ruleId"/>, or <c>ruleId:ruleIdSuffix</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Raise<TSink, TArg>(ref TSink sink, int claim, RuleCode code, string ruleId, string? ruleIdSuffix, TArg arg, Func<TArg, ReasonArg[]> arguments)
        where TSink : struct, IReasonSink
    {
        ref var target = ref Claims[claim];
        if (sink.Explains)
        {
            var claimSink = new ExplainSink(target.Explanation!);
            target.State.Raise(ref claimSink, code, code.Code.DefaultSeverity, ruleId, ruleIdSuffix, arg, arguments);
        }
        else
        {
            var none = default(SummarySink);
            target.State.Raise(ref none, code, code.Code.DefaultSeverity, ruleId, ruleIdSuffix, arg, arguments);
        }
    }

    /// <summary>Adds a next step to one claim (explaining sinks only; the caller checks <see cref="IReasonSink.Explains"/>).</summary>
    public readonly void Step(int claim, NextStep step) => Claims[claim].Explanation!.NextSteps.Add(step);

    /// <summary>
    /// Raises a record-level reason (about the record, not one claim): sets its bit in <see cref="Reasons"/> and, when
    /// the sink explains, emits it (rule id <paramref name="ruleId"/>, or <c>ruleId:ruleIdSuffix</c>) with the arguments built from <paramref name="arg"/>. Record-level reasons never
    /// change a claim's outcome.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Raise<TSink, TArg>(ref TSink sink, RuleCode code, string ruleId, string? ruleIdSuffix, TArg arg, Func<TArg, ReasonArg[]> arguments)
        where TSink : struct, IReasonSink
    {
        Reasons.Set(code.Index);
        if (sink.Explains)
        {
            sink.Reason(ReasonArg.Build(code.Code, code.Code.DefaultSeverity, ruleIdSuffix is null ? ruleId : ruleId + ":" + ruleIdSuffix, PolicyVersion, arguments(arg)));
        }
    }

    /// <summary>Takes a reason a host record rule raised about the record: its bit (built-in codes only) and the sink.</summary>
    public void Raise<TSink>(ref TSink sink, Reason reason)
        where TSink : struct, IReasonSink
    {
        if (reason.Code.Value is { } value && ReasonMask.TryIndexOf(value, out var index))
        {
            Reasons.Set(index);
        }

        if (sink.Explains)
        {
            sink.Reason(reason);
        }
    }

    /// <summary>Takes a reason a host record rule raised about one claim, through the claim's own state.</summary>
    public readonly void Raise<TSink>(ref TSink sink, int claim, Reason reason)
        where TSink : struct, IReasonSink
    {
        ref var target = ref Claims[claim];
        if (sink.Explains)
        {
            var claimSink = new ExplainSink(target.Explanation!);
            target.State.Raise(ref claimSink, reason);
        }
        else
        {
            var none = default(SummarySink);
            target.State.Raise(ref none, reason);
        }
    }

    /// <summary>The claims' indexes in allocation order so far (ranked first, by rank).</summary>
    public readonly int[] Ranked() => Ranked(-1);

    /// <summary>The claims' indexes in allocation order so far, in index list <paramref name="slot"/> (reused on the outcome-only path; see <see cref="Ints"/>), or a new array when <paramref name="slot"/> is -1.</summary>
    public readonly int[] Ranked(int slot)
    {
        var count = 0;
        foreach (var claim in Claims)
        {
            count += claim.Rank > 0 ? 1 : 0;
        }

        var ranked = slot < 0 ? new int[count] : Ints(slot, count);
        for (var i = 0; i < Claims.Length; i++)
        {
            if (Claims[i].Rank > 0)
            {
                ranked[Claims[i].Rank - 1] = i;
            }
        }

        return ranked;
    }
}

/// <summary>
/// A qualifying date where a missing one sorts last: the order of allocation (and of keeping one of two equivalent
/// claims) is by this date, then course id.
/// </summary>
internal readonly record struct LocalDateOrder(LocalDate? Value) : IComparable<LocalDateOrder>
{
    public int CompareTo(LocalDateOrder other) => (Value, other.Value) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        ({ } a, { } b) => a.CompareTo(b),
    };

    public override string ToString() => Value is { } v ? Texts.Format(v) : "no qualifying date";
}

/// <summary>Allocation order, the one definition: requirement priority when the policy says so, then qualifying date (missing last), then course id.</summary>
internal static class AllocationOrdering
{
    /// <summary>The policy's requirement priority of a claim (its course id or equivalence key), or <see cref="int.MaxValue"/>.</summary>
    public static int PriorityOf(in RecordClaim claim, RecordPolicy rules)
    {
        for (var i = 0; i < rules.RequirementPriority.Count; i++)
        {
            var entry = rules.RequirementPriority[i];
            if (string.Equals(entry, claim.CourseId, StringComparison.Ordinal) || string.Equals(entry, claim.Key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    public static int Compare(in RecordClaim a, in RecordClaim b, RecordPolicy? rules)
    {
        if (rules?.AllocationOrder == AllocationOrder.RequirementPriority)
        {
            var byPriority = PriorityOf(a, rules).CompareTo(PriorityOf(b, rules));
            if (byPriority != 0)
            {
                return byPriority;
            }
        }

        var byDate = new LocalDateOrder(a.QualifyingDate).CompareTo(new LocalDateOrder(b.QualifyingDate));
        return byDate != 0 ? byDate : string.CompareOrdinal(a.CourseId, b.CourseId);
    }

    /// <summary>Sorts claim indexes into allocation order (<see cref="Compare"/>) in place, without allocating (insertion sort: records hold few claims).</summary>
    public static void Sort(Span<int> order, RecordClaim[] claims, RecordPolicy? rules)
    {
        for (var i = 1; i < order.Length; i++)
        {
            var item = order[i];
            var j = i - 1;
            while (j >= 0 && Compare(claims[order[j]], claims[item], rules) > 0)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = item;
        }
    }

    /// <summary>Sorts claim indexes into keeping order (<see cref="CompareForKeeping"/>) in place, without allocating.</summary>
    public static void SortForKeeping(Span<int> order, RecordClaim[] claims, RecordPolicy rules)
    {
        for (var i = 1; i < order.Length; i++)
        {
            var item = order[i];
            var j = i - 1;
            while (j >= 0 && CompareForKeeping(claims[order[j]], claims[item], rules) > 0)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = item;
        }
    }

    /// <summary>Which of two claims for the same local course is kept: the eligible one, then (maximising credits) the larger award, then allocation order.</summary>
    public static int CompareForKeeping(in RecordClaim a, in RecordClaim b, RecordPolicy rules)
    {
        var byEligibility = b.IsEligible.CompareTo(a.IsEligible);
        if (byEligibility != 0)
        {
            return byEligibility;
        }

        if (rules.AllocationOrder == AllocationOrder.MaximiseCredits && a.Need != b.Need)
        {
            return b.Need.CompareTo(a.Need);
        }

        return Compare(a, b, rules);
    }
}

/// <summary>
/// Reusable buffers for deciding whole records outcome-only, one set per thread: the claims, the prior credit, the caps'
/// running totals and the rules' index lists, each kept per exact length (rules read <c>Length</c>), so a warmed thread
/// decides a record without allocating. Rented for one decision and returned (cleared) after it; a nested decision on the
/// same thread (a host rule deciding another record) finds it in use and allocates its own.
/// </summary>
internal sealed class RecordScratch
{
    /// <summary>The number of index lists a decision may hold at once (<see cref="Ints"/>'s slots).</summary>
    public const int IntSlots = 3;

    [ThreadStatic]
    private static RecordScratch? _current;

    private readonly int[]?[][] _ints = [[], [], []];
    private RecordClaim[]?[] _claims = [];
    private PriorCredit[]?[] _prior = [];
    private CreditAmount[]?[] _posted = [];
    private CreditAmount[]?[] _granted = [];
    private CreditAmount[]?[] _rooms = [];
    private CreditAmount[]?[] _limits = [];
    private CreditAmount[]?[] _used = [];
    private CreditAmount[]?[] _areaUsed = [];
    private RecordClaim[]? _rentedClaims;
    private bool _inUse;

    /// <summary>Takes this thread's buffers, or null when a decision on this thread already holds them.</summary>
    public static RecordScratch? Rent()
    {
        var scratch = _current ??= new RecordScratch();
        if (scratch._inUse)
        {
            return null;
        }

        scratch._inUse = true;
        return scratch;
    }

    /// <summary>Gives the buffers back, dropping the claims' references (learners, explanations) so nothing outlives the decision.</summary>
    public void Return()
    {
        if (_rentedClaims is { } claims)
        {
            Array.Clear(claims);
            _rentedClaims = null;
        }

        _inUse = false;
    }

    /// <summary>Cleared claims, exactly <paramref name="length"/> long.</summary>
    public RecordClaim[] Claims(int length) => _rentedClaims = Exact(ref _claims, length);

    /// <summary>Prior credit, exactly <paramref name="length"/> long (the caller fills every element).</summary>
    public PriorCredit[] Prior(int length) => Exact(ref _prior, length);

    /// <summary>Per-cap posted totals, exactly <paramref name="length"/> long (the caller sets every element).</summary>
    public CreditAmount[] Posted(int length) => Exact(ref _posted, length);

    /// <summary>Per-cap granted totals, exactly <paramref name="length"/> long (the caller sets every element).</summary>
    public CreditAmount[] Granted(int length) => Exact(ref _granted, length);

    /// <summary>Per-cap limits for a learner with exceptions, exactly <paramref name="length"/> long (the caller sets every element).</summary>
    public CreditAmount[] Limits(int length) => Exact(ref _limits, length);

    /// <summary>Per-cap room for a search, exactly <paramref name="length"/> long (the caller sets every element).</summary>
    public CreditAmount[] Rooms(int length) => Exact(ref _rooms, length);

    /// <summary>Per-cap use for a search, exactly <paramref name="length"/> long (the caller sets every element).</summary>
    public CreditAmount[] Used(int length) => Exact(ref _used, length);

    /// <summary>Per-area use (<see cref="RequirementAreaRule"/>), exactly <paramref name="length"/> long (the caller sets every element).</summary>
    public CreditAmount[] AreaUsed(int length) => Exact(ref _areaUsed, length);

    /// <summary>An index list of one slot (below <see cref="IntSlots"/>), exactly <paramref name="length"/> long (the caller sets every element).</summary>
    public int[] Ints(int slot, int length) => Exact(ref _ints[slot], length);

    private static T[] Exact<T>(ref T[]?[] byLength, int length)
    {
        if (length == 0)
        {
            return [];
        }

        if (byLength.Length <= length)
        {
            Array.Resize(ref byLength, Math.Max(length + 1, byLength.Length * 2));
        }

        return byLength[length] ??= new T[length];
    }
}
