using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// Caps and sub-caps on credit by evaluation: posted external credit counts against each cap first (it is never
/// removed); what remains is allocated to the claims eligible so far in the record policy's allocation order (ties by
/// course id), each claim bound by the covering cap with the least room; over a source or level cap a claim may overflow
/// to elective credit, and a partial award is made only when the policy allows it.
/// </summary>
internal readonly struct CapRule : IBuiltInRecordRule
{
    public const string Id = "record.cap";

    private const string OrderRule = "record.order";

    private const string Summary = "Caps and sub-caps on credit by evaluation, posted external credit first, then allocation order; overflow to electives.";

    /// <summary>Above this many candidates, maximising credits takes the largest awards first instead of searching every subset.</summary>
    private const int MaxExactSearch = 16;

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleCode CapReached = Codes.Add(ReasonCode.CapReached, new Cure(SmallestChangeKind.FreeCapRoom, EvenWhenLimiting: true));
    private static readonly RuleCode CapPartiallyApplied = Codes.Add(ReasonCode.CapPartiallyApplied, new Cure(SmallestChangeKind.FreeCapRoom, EvenWhenLimiting: true));
    private static readonly RuleCode CapOverflowToElectives = Codes.Add(ReasonCode.CapOverflowToElectives);
    private static readonly RuleCode PostedCreditExceedsCap = Codes.Add(ReasonCode.PostedCreditExceedsCap);

    public static void Decide<TSink>(ref RecordState record, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        var rules = record.Rules;
        var caps = record.Route.Caps;
        var limits = record.Limits;
        var posted = record.CapPosted;
        var granted = record.CapGranted;
        var unit = record.Unit;
        for (var c = 0; c < caps.Length; c++)
        {
            foreach (var credit in record.Prior)
            {
                if (record.IsPostedExternal(credit) && caps[c].Covers(credit.Source, credit.Level))
                {
                    posted[c] = posted[c].Plus(record.Converted(credit));
                }
            }

            if (posted[c] > limits[c])
            {
                record.Raise(ref sink, PostedCreditExceedsCap, Id, caps[c].Id, (posted: posted[c], cap: caps[c], limit: limits[c]), static a => [("Posted", a.posted.ToString()), ("CapId", a.cap.Id), ("Limit", a.limit.ToString())]);
            }
        }

        var claims = record.Claims;
        var order = Order(ref record, ref sink, rules);
        if (sink.Explains)
        {
            TraceOrder(ref record, ref sink, order, rules);
        }

        // Each covering cap's room before this claim's award, worked out once per claim (the search above is done with its buffer).
        var rooms = record.Scratch?.Rooms(caps.Length) ?? new CreditAmount[caps.Length];
        var rank = 0;
        foreach (var i in order)
        {
            ref var claim = ref claims[i];
            claim.Rank = ++rank;
            int binding = -1;
            int bindingAll = -1;
            for (var c = 0; c < caps.Length; c++)
            {
                if (!caps[c].Covers(PriorCreditSource.PriorLearning, claim.Level))
                {
                    continue;
                }

                rooms[c] = Room(c);
                if (binding < 0 || rooms[c] < rooms[binding])
                {
                    binding = c;
                }

                if (caps[c].Scope == CapScope.All && (bindingAll < 0 || rooms[c] < rooms[bindingAll]))
                {
                    bindingAll = c;
                }
            }

            var need = claim.Need;
            string? note = null;
            if (binding < 0 || need <= rooms[binding])
            {
                claim.Allocated = need;
                note = sink.Explains ? "granted in full" : null;
            }
            else if (record.Route.OverflowToElectives.Value && caps[binding].Scope != CapScope.All && (bindingAll < 0 || need <= rooms[bindingAll]))
            {
                claim.Allocated = need;
                claim.Elective = true;
                record.Raise(ref sink, i, CapOverflowToElectives, Id, caps[binding].Id, (cap: caps[binding], room: rooms[binding], need), static a => [("CapId", a.cap.Id), ("Cap", a.cap.ToString()), ("Remaining", a.room.ToString()), ("Needed", a.need.ToString())]);
                note = sink.Explains ? "over cap " + caps[binding].Id + ", granted as elective credit" : null;
            }
            else
            {
                var room = rooms[binding];
                if (record.Route.AllowPartialAwards.Value && !room.IsZero)
                {
                    claim.Allocated = room;
                    record.Raise(ref sink, i, CapPartiallyApplied, Id, caps[binding].Id, (cap: caps[binding], room, limit: limits[binding], need), static a =>
                        [("CapId", a.cap.Id), ("Cap", a.cap.ToString()), ReasonArg.Of("Remaining", a.room), ReasonArg.Of("Limit", a.limit), ReasonArg.Of("Granted", a.room), ReasonArg.Of("Needed", a.need)]);
                    note = sink.Explains ? "partial award under cap " + caps[binding].Id : null;
                }
                else
                {
                    claim.Allocated = CreditAmount.Zero(unit);
                    record.Raise(ref sink, i, CapReached, Id, caps[binding].Id, (cap: caps[binding], room, limit: limits[binding], need), static a =>
                        [("CapId", a.cap.Id), ("Cap", a.cap.ToString()), ReasonArg.Of("Remaining", a.room), ReasonArg.Of("Limit", a.limit), ReasonArg.Of("Needed", a.need)]);
                    note = sink.Explains ? "cap " + caps[binding].Id + " reached" + (record.Route.AllowPartialAwards.Value ? string.Empty : "; whole-course awards only") : null;
                }
            }

            for (var c = 0; c < caps.Length; c++)
            {
                if (caps[c].Covers(PriorCreditSource.PriorLearning, claim.Level) && (!claim.Elective || caps[c].Scope == CapScope.All))
                {
                    granted[c] = granted[c].Plus(claim.Allocated);
                }
            }

            if (sink.Explains)
            {
                sink.Trace(
                    "record.allocation",
                    claim.Allocated == need ? RuleOutcome.Passed : RuleOutcome.Limited,
                    Texts.Format(rank) + ". " + claim.CourseId + ": needs " + need + (binding >= 0 ? ", room " + Room(binding) + " under " + caps[binding].Id + " after this award" : ", no cap") + "; " + note + ": " + claim.Allocated);
            }
        }

        if (sink.Explains)
        {
            TraceCaps(ref record, ref sink, order);
        }

        CreditAmount Room(int c) => limits[c].MinusOrZero(posted[c].Plus(granted[c]));
    }

    /// <summary>
    /// Traces the caps under this rule's id, so coverage sees the rule run: not applicable without a cap, else each cap's use
    /// (posted and granted of its limit), limited when some claim got less than it needed (its own method, like <see cref="TraceOrder"/>).
    /// </summary>
    private static void TraceCaps<TSink>(ref RecordState record, ref TSink sink, int[] order)
        where TSink : struct, IReasonSink
    {
        var caps = record.Route.Caps;
        if (caps.Length == 0)
        {
            sink.Trace(Id, RuleOutcome.NotApplicable, "no cap");
            return;
        }

        var limited = false;
        foreach (var i in order)
        {
            limited |= record.Claims[i].Allocated != record.Claims[i].Need;
        }

        var uses = new string[caps.Length];
        for (var c = 0; c < caps.Length; c++)
        {
            uses[c] = caps[c].Id + " " + record.CapPosted[c].Plus(record.CapGranted[c]) + " of " + record.Limits[c] + " (" + record.CapPosted[c] + " posted)";
        }

        sink.Trace(Id, limited ? RuleOutcome.Limited : RuleOutcome.Passed, string.Join("; ", uses));
    }

    /// <summary>Explains the allocation order (its own method: its lambdas' captures must not cost the outcome-only path an allocation).</summary>
    private static void TraceOrder<TSink>(ref RecordState record, ref TSink sink, int[] order, RecordPolicy? rules)
        where TSink : struct, IReasonSink
    {
        var claims = record.Claims;
        var institutionId = record.Institution.Id;
        var postedCredits = record.Prior.Where(p => p.IsPostedAt(institutionId) && !p.IsInResidenceAt(institutionId)).ToArray();
        sink.Trace(
            OrderRule,
            RuleOutcome.Passed,
            (rules?.AllocationOrder ?? AllocationOrder.Chronological) + " order, ties by course id: posted credit first (" + (postedCredits.Length == 0 ? "none" : string.Join(", ", postedCredits.Select(p => p.Id + " " + p.Amount))) + "), then "
                + (order.Length == 0 ? "no eligible course" : string.Join(", ", order.Select((i, n) => Texts.Format(n + 1) + ". " + claims[i].CourseId + " (" + new LocalDateOrder(claims[i].QualifyingDate) + ", " + claims[i].Need + ")"))));
    }

    /// <summary>The claims eligible so far with credit to grant, in allocation order (with maximising credits, the best subset first).</summary>
    private static int[] Order<TSink>(ref RecordState record, ref TSink sink, RecordPolicy? rules)
        where TSink : struct, IReasonSink
    {
        var claims = record.Claims;
        var count = 0;
        foreach (var claim in claims)
        {
            count += claim.IsEligible && !claim.Need.IsZero ? 1 : 0;
        }

        var chronological = record.Ints(0, count);
        count = 0;
        for (var i = 0; i < claims.Length; i++)
        {
            if (claims[i].IsEligible && !claims[i].Need.IsZero)
            {
                chronological[count++] = i;
            }
        }

        AllocationOrdering.Sort(chronological, claims, rules);

        var caps = record.Route.Caps;
        if (rules?.AllocationOrder != AllocationOrder.MaximiseCredits || caps.Length == 0)
        {
            return chronological;
        }

        return MaximisingCredits(ref record, ref sink, chronological);
    }

    /// <summary>Allocation order when maximising credits: the subset of whole courses granting the most first (its own method: its lambdas' captures must not cost the other orders an allocation).</summary>
    private static int[] MaximisingCredits<TSink>(ref RecordState record, ref TSink sink, int[] chronological)
        where TSink : struct, IReasonSink
    {
        var claims = record.Claims;
        var caps = record.Route.Caps;
        var n = chronological.Length;
        if (n > MaxExactSearch)
        {
            return LargestFirst(ref sink, claims, chronological);
        }

        // Only caps that can refuse credit constrain the search: with overflow, source and level caps only reroute it.
        var unit = record.Unit;
        var limits = record.Limits;
        var posted = record.CapPosted;
        var rooms = record.Scratch?.Rooms(caps.Length) ?? new CreditAmount[caps.Length];
        var used = record.Scratch?.Used(caps.Length) ?? new CreditAmount[caps.Length];
        for (var c = 0; c < caps.Length; c++)
        {
            rooms[c] = limits[c].MinusOrZero(posted[c]);
        }

        // A depth-first search over the courses, earliest first, taking a course before leaving it out: whole subsets are
        // reached in descending mask order (bit n-1 is the earliest course), so the first of equal totals found is the
        // largest mask, which keeps the earliest courses. A branch stops when a course does not fit (a later course only
        // adds to the caps' use) or when all the courses left could not beat the best total found; when every course fits
        // together, that is the first subset reached and nothing else is searched.
        var zero = CreditAmount.Zero(unit);
        Span<CreditAmount> left = stackalloc CreditAmount[n + 1];
        left[n] = zero;
        for (var i = n - 1; i >= 0; i--)
        {
            left[i] = left[i + 1].Plus(claims[chronological[i]].Need);
        }

        used.AsSpan().Fill(zero);
        var search = new SubsetSearch(claims, chronological, caps, record.Route.OverflowToElectives.Value, rooms, used);
        search.Run(0, 0L, zero, left);
        var bestMask = search.BestMask;
        var bestTotal = search.BestTotal;

        // The chosen courses first, then the others, each in chronological order.
        var order = record.Ints(1, n);
        var count = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < n; i++)
            {
                if (((bestMask & (1L << (n - 1 - i))) != 0) == (pass == 0))
                {
                    order[count++] = chronological[i];
                }
            }

            if (pass == 0 && sink.Explains)
            {
                TraceSearch(ref sink, claims, order.AsSpan(0, count), bestTotal);
            }
        }

        return order;
    }

    private static void TraceSearch<TSink>(ref TSink sink, RecordClaim[] claims, ReadOnlySpan<int> chosen, CreditAmount total)
        where TSink : struct, IReasonSink
    {
        var names = new string[chosen.Length];
        for (var i = 0; i < chosen.Length; i++)
        {
            names[i] = claims[chosen[i]].CourseId;
        }

        sink.Trace("record.order.search", RuleOutcome.Passed, "the whole courses granting the most credit (" + total + "): " + (names.Length == 0 ? "none" : string.Join(", ", names)));
    }

    /// <summary>More courses than an exact search can take: the largest awards first approximates it, and says so (its own method: its lambdas' captures must not cost the exact search an allocation).</summary>
    private static int[] LargestFirst<TSink>(ref TSink sink, RecordClaim[] claims, int[] chronological)
        where TSink : struct, IReasonSink
    {
        var greedy = chronological.OrderByDescending(i => claims[i].Need).ThenBy(i => new LocalDateOrder(claims[i].QualifyingDate)).ThenBy(i => claims[i].CourseId, StringComparer.Ordinal).ToArray();
        if (sink.Explains)
        {
            sink.Trace("record.order.search", RuleOutcome.Limited, Texts.Format(chronological.Length) + " courses exceed the exact search limit of " + Texts.Format(MaxExactSearch) + "; largest award first");
        }

        return greedy;
    }
}

/// <summary>
/// The exact search of <see cref="CapRule"/> when maximising credits: the subset of whole courses (in chronological order,
/// bit n-1 the earliest) that grants the most within every cap that can refuse credit, the largest mask among equal totals.
/// </summary>
internal struct SubsetSearch(RecordClaim[] claims, int[] chronological, CreditCap[] caps, bool overflow, CreditAmount[] rooms, CreditAmount[] used)
{
    /// <summary>Gets the best subset found, or -1 before any.</summary>
    public long BestMask { get; private set; } = -1L;

    /// <summary>Gets the credits of <see cref="BestMask"/>.</summary>
    public CreditAmount BestTotal { get; private set; }

    /// <summary>Decides course <paramref name="i"/> onwards given the courses taken so far (<paramref name="mask"/>, granting <paramref name="total"/>); <paramref name="left"/>[i] is what courses i onwards need together.</summary>
    public void Run(int i, long mask, CreditAmount total, ReadOnlySpan<CreditAmount> left)
    {
        if (BestMask >= 0 && total.Plus(left[i]) <= BestTotal)
        {
            return;
        }

        var n = chronological.Length;
        if (i == n)
        {
            BestMask = mask;
            BestTotal = total;
            return;
        }

        ref readonly var claim = ref claims[chronological[i]];
        if (Fits(in claim))
        {
            Use(in claim, take: true);
            Run(i + 1, mask | (1L << (n - 1 - i)), total.Plus(claim.Need), left);
            Use(in claim, take: false);
        }

        Run(i + 1, mask, total, left);
    }

    /// <summary>A cap that can refuse credit and covers the claim: with overflow, source and level caps only reroute it.</summary>
    private readonly bool Constrains(int c, in RecordClaim claim) => (!overflow || caps[c].Scope == CapScope.All) && caps[c].Covers(PriorCreditSource.PriorLearning, claim.Level);

    private readonly bool Fits(in RecordClaim claim)
    {
        for (var c = 0; c < caps.Length; c++)
        {
            if (Constrains(c, in claim) && used[c].Plus(claim.Need) > rooms[c])
            {
                return false;
            }
        }

        return true;
    }

    private readonly void Use(in RecordClaim claim, bool take)
    {
        for (var c = 0; c < caps.Length; c++)
        {
            if (Constrains(c, in claim))
            {
                used[c] = take ? used[c].Plus(claim.Need) : used[c].MinusOrZero(claim.Need);
            }
        }
    }
}
