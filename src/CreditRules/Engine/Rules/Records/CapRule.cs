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
                    posted[c] = posted[c].Plus(credit.Amount.ConvertTo(unit));
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
            var institutionId = record.Institution.Id;
            var postedCredits = record.Prior.Where(p => p.IsPostedAt(institutionId) && !p.IsInResidenceAt(institutionId)).ToArray();
            sink.Trace(
                OrderRule,
                RuleOutcome.Passed,
                (rules?.AllocationOrder ?? AllocationOrder.Chronological) + " order, ties by course id: posted credit first (" + (postedCredits.Length == 0 ? "none" : string.Join(", ", postedCredits.Select(p => p.Id + " " + p.Amount))) + "), then "
                    + (order.Length == 0 ? "no eligible course" : string.Join(", ", order.Select((i, n) => Texts.Format(n + 1) + ". " + claims[i].CourseId + " (" + new LocalDateOrder(claims[i].QualifyingDate) + ", " + claims[i].Need + ")"))));
        }

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

                if (binding < 0 || Room(c) < Room(binding))
                {
                    binding = c;
                }

                if (caps[c].Scope == CapScope.All && (bindingAll < 0 || Room(c) < Room(bindingAll)))
                {
                    bindingAll = c;
                }
            }

            var need = claim.Need;
            string? note = null;
            if (binding < 0 || need <= Room(binding))
            {
                claim.Allocated = need;
                note = sink.Explains ? "granted in full" : null;
            }
            else if (rules!.OverflowToElectives && caps[binding].Scope != CapScope.All && (bindingAll < 0 || need <= Room(bindingAll)))
            {
                claim.Allocated = need;
                claim.Elective = true;
                record.Raise(ref sink, i, CapOverflowToElectives, Id, caps[binding].Id, (cap: caps[binding], room: Room(binding), need), static a => [("CapId", a.cap.Id), ("Cap", a.cap.ToString()), ("Remaining", a.room.ToString()), ("Needed", a.need.ToString())]);
                note = sink.Explains ? "over cap " + caps[binding].Id + ", granted as elective credit" : null;
            }
            else
            {
                var room = Room(binding);
                if (rules.AllowPartialAwards && !room.IsZero)
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
                    note = sink.Explains ? "cap " + caps[binding].Id + " reached" + (rules.AllowPartialAwards ? string.Empty : "; whole-course awards only") : null;
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

        CreditAmount Room(int c) => limits[c].MinusOrZero(posted[c].Plus(granted[c]));
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

        var chronological = new int[count];
        count = 0;
        for (var i = 0; i < claims.Length; i++)
        {
            if (claims[i].IsEligible && !claims[i].Need.IsZero)
            {
                chronological[count++] = i;
            }
        }

        if (chronological.Length > 1)
        {
            Array.Sort(chronological, (a, b) => AllocationOrdering.Compare(claims[a], claims[b], rules));
        }

        var caps = record.Route.Caps;
        if (rules?.AllocationOrder != AllocationOrder.MaximiseCredits || caps.Length == 0)
        {
            return chronological;
        }

        var n = chronological.Length;
        if (n > MaxExactSearch)
        {
            // An exact search over more courses is too costly; the largest awards first approximates it, and says so.
            var greedy = chronological.OrderByDescending(i => claims[i].Need).ThenBy(i => new LocalDateOrder(claims[i].QualifyingDate)).ThenBy(i => claims[i].CourseId, StringComparer.Ordinal).ToArray();
            if (sink.Explains)
            {
                sink.Trace("record.order.search", RuleOutcome.Limited, Texts.Format(n) + " courses exceed the exact search limit of " + Texts.Format(MaxExactSearch) + "; largest award first");
            }

            return greedy;
        }

        // Only caps that can refuse credit constrain the search: with overflow, source and level caps only reroute it.
        var unit = record.Unit;
        var binding = Enumerable.Range(0, caps.Length).Where(c => !rules.OverflowToElectives || caps[c].Scope == CapScope.All).ToArray();
        var limits = record.Limits;
        var posted = record.CapPosted;
        var rooms = binding.Select(c => limits[c].MinusOrZero(posted[c])).ToArray();
        var used = new CreditAmount[binding.Length];
        var bestMask = -1L;
        var bestTotal = CreditAmount.Zero(unit);
        for (var mask = 0L; mask < 1L << n; mask++)
        {
            var total = CreditAmount.Zero(unit);
            used.AsSpan().Fill(CreditAmount.Zero(unit));
            var feasible = true;
            for (var i = 0; i < n && feasible; i++)
            {
                if ((mask & (1L << (n - 1 - i))) == 0)
                {
                    continue;
                }

                ref readonly var claim = ref claims[chronological[i]];
                total = total.Plus(claim.Need);
                for (var k = 0; k < binding.Length; k++)
                {
                    if (caps[binding[k]].Covers(PriorCreditSource.PriorLearning, claim.Level))
                    {
                        used[k] = used[k].Plus(claim.Need);
                        feasible &= used[k] <= rooms[k];
                    }
                }
            }

            // Larger masks hold earlier courses (bit n-1 is the earliest), so ties keep the earliest courses.
            if (feasible && (bestMask < 0 || total > bestTotal || (total == bestTotal && mask > bestMask)))
            {
                bestMask = mask;
                bestTotal = total;
            }
        }

        var chosen = chronological.Where((_, i) => (bestMask & (1L << (n - 1 - i))) != 0).ToArray();
        if (sink.Explains)
        {
            sink.Trace("record.order.search", RuleOutcome.Passed, "the whole courses granting the most credit (" + bestTotal + "): " + (chosen.Length == 0 ? "none" : string.Join(", ", chosen.Select(i => claims[i].CourseId))));
        }

        return [.. chosen, .. chronological.Where(i => !chosen.Contains(i))];
    }
}
