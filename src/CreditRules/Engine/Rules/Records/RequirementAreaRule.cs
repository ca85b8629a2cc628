using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// Requirement areas (<see cref="ProgramRecordPolicy.Areas"/>): after the caps, each claim granted credit lands, in
/// allocation order, in its program's first area naming its course (id or equivalence key), else its subject; posted
/// external prior credit naming an area's course counts there first. An area's setting (the program's, else the
/// institution's: <see cref="RecordPolicy.ResolveAreaLimitOrNull"/>) caps credit by evaluation there (never more than the
/// area's size), excludes sources, and redirects excluded or overflowing credit to another area (one hop) instead of
/// refusing (excluded, a blocking reason) or limiting it (over the cap, whole-course awards unless partial ones are
/// allowed). Credit an area refuses is taken back from the caps it was counted under.
/// </summary>
internal readonly struct RequirementAreaRule : IBuiltInRecordRule
{
    public const string Id = "record.area";

    private const string Summary = "Requirement areas: credit by evaluation lands in the program's area for its course or subject; area caps, excluded sources, redirect to another area or refuse.";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleCode AreaAssigned = Codes.Add(ReasonCode.AreaAssigned);
    private static readonly RuleCode AreaRedirected = Codes.Add(ReasonCode.AreaRedirected);
    private static readonly RuleCode AreaCapReached = Codes.Add(ReasonCode.AreaCapReached, new Cure(SmallestChangeKind.FreeCapRoom, EvenWhenLimiting: true));
    private static readonly RuleCode AreaSourceExcluded = Codes.Add(ReasonCode.AreaSourceExcluded, new Cure(SmallestChangeKind.NotWithinReach));

    private const PriorCreditSource Evaluation = PriorCreditSource.PriorLearning;

    public static void Decide<TSink>(ref RecordState record, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        var areas = record.Route.Areas;
        if (areas.Length == 0)
        {
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.NotApplicable, "program " + record.Program.Id + " lists no requirement areas");
            }

            return;
        }

        var unit = record.Unit;
        var used = record.Scratch?.AreaUsed(areas.Length) ?? new CreditAmount[areas.Length];
        used.AsSpan().Fill(CreditAmount.Zero(unit));
        foreach (var credit in record.Prior)
        {
            if (record.IsPostedExternal(credit) && credit.EquivalenceKey is { } key)
            {
                for (var a = 0; a < areas.Length; a++)
                {
                    if (areas[a].Area.NamesCourse(key))
                    {
                        used[a] = used[a].Plus(record.Converted(credit));
                        break;
                    }
                }
            }
        }

        var institutionId = record.Institution.Id;
        var programId = record.Program.Id;
        var claims = record.Claims;
        foreach (var i in record.Ranked(0))
        {
            ref var claim = ref claims[i];
            if (!claim.IsEligible || claim.Allocated.IsZero)
            {
                continue;
            }

            var home = HomeOf(areas, claim);
            if (home < 0)
            {
                continue;
            }

            var need = claim.Allocated;
            var target = home;
            bool? overflow = null;
            var homeRoom = CreditAmount.Zero(unit);
            var redirect = areas[home].Redirect;
            var canRedirect = redirect >= 0 && !areas[redirect].Excludes(Evaluation);
            if (areas[home].Excludes(Evaluation))
            {
                if (!canRedirect)
                {
                    TakeBack(ref record, i, CreditAmount.Zero(unit));
                    var plan = areas[home];
                    var redirectId = redirect >= 0 ? areas[redirect].Area.Id : null;
                    record.Raise(ref sink, i, AreaSourceExcluded, Id, plan.Area.Id, (plan, institutionId, programId, redirectId), static a =>
                        [("AreaId", a.plan.Area.Id), ("Source", Evaluation.ToString()), ("Scope", a.plan.ScopeText(a.institutionId, a.programId)),
                            ("Redirect", a.redirectId is null ? "that setting redirects none of it to another area" : "requirement area " + a.redirectId + ", where that setting redirects it, takes none either")]);
                    continue;
                }

                target = redirect;
                overflow = false;
            }
            else if (need > RoomOf(areas, used, home) && canRedirect)
            {
                target = redirect;
                overflow = true;
                homeRoom = RoomOf(areas, used, home);
            }

            var room = RoomOf(areas, used, target);
            var granted = need;
            if (need > room)
            {
                granted = record.Route.AllowPartialAwards.Value ? room : CreditAmount.Zero(unit);
                TakeBack(ref record, i, granted);
                var plan = areas[target];
                record.Raise(ref sink, i, AreaCapReached, Id, plan.Area.Id, (plan, institutionId, programId, room, granted, need), static a =>
                    [("AreaId", a.plan.Area.Id), ("CapId", "area " + a.plan.Area.Id), ReasonArg.Of("Limit", a.plan.Limit), ("Scope", a.plan.ScopeText(a.institutionId, a.programId)), ReasonArg.Of("Remaining", a.room), ReasonArg.Of("Granted", a.granted), ReasonArg.Of("Needed", a.need)]);
            }

            if (granted.IsZero)
            {
                continue;
            }

            used[target] = used[target].Plus(granted);
            claim.AreaSlot = target + 1;
            var landed = areas[target];
            if (overflow is not { } overflowed)
            {
                record.Raise(ref sink, i, AreaAssigned, Id, landed.Area.Id, (landed, institutionId, programId, granted, used: used[target]), static a =>
                    [ReasonArg.Of("Granted", a.granted), ("AreaId", a.landed.Area.Id), ReasonArg.Of("Used", a.used), ReasonArg.Of("Limit", a.landed.Limit), ("Scope", a.landed.ScopeText(a.institutionId, a.programId))]);
            }
            else
            {
                var from = areas[home];
                record.Raise(ref sink, i, AreaRedirected, Id, landed.Area.Id, (from, landed, institutionId, programId, granted, overflowed, homeRoom), static a =>
                    [ReasonArg.Of("Granted", a.granted), ("FromAreaId", a.from.Area.Id), ("AreaId", a.landed.Area.Id), ("Cause", a.overflowed ? "over its cap of " + a.from.Limit + " (" + a.homeRoom + " left)" : "it takes no " + Evaluation + " credit"), ("Scope", a.from.ScopeText(a.institutionId, a.programId))]);
            }
        }

        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Passed, TraceText(areas, used, institutionId, programId));
        }

        // Static and closure-free: a captured local would allocate a closure per record on the outcome-only path.
        static CreditAmount RoomOf(AreaPlan[] areas, CreditAmount[] used, int a) => areas[a].Limit.MinusOrZero(used[a]);
    }

    /// <summary>The explained path's trace text (its own method, so its closure is never allocated on the outcome-only path).</summary>
    private static string TraceText(AreaPlan[] areas, CreditAmount[] used, string institutionId, string programId) =>
        string.Join("; ", areas.Select((a, n) => a.Area.Id + " " + used[n] + " of " + a.Limit + " (setting from " + a.ScopeText(institutionId, programId) + ")"));

    /// <summary>The claim's home area: the first naming its course id or equivalence key, else the first naming a subject of its recommendation; -1 for none.</summary>
    private static int HomeOf(AreaPlan[] areas, in RecordClaim claim)
    {
        for (var a = 0; a < areas.Length; a++)
        {
            if (areas[a].Area.NamesCourse(claim.CourseId) || areas[a].Area.NamesCourse(claim.Key))
            {
                return a;
            }
        }

        if (claim.State.Version is not { } version)
        {
            return -1;
        }

        for (var a = 0; a < areas.Length; a++)
        {
            var lines = version.Version.Lines;
            for (var l = 0; l < lines.Count; l++)
            {
                var subjects = lines[l].Subjects;
                for (var s = 0; s < subjects.Count; s++)
                {
                    if (areas[a].Area.NamesSubject(subjects[s].Code))
                    {
                        return a;
                    }
                }
            }
        }

        return -1;
    }

    /// <summary>Lowers a claim's allocation to <paramref name="granted"/> and takes the difference back from every cap it was counted under.</summary>
    private static void TakeBack(ref RecordState record, int i, CreditAmount granted)
    {
        ref var claim = ref record.Claims[i];
        var back = claim.Allocated.MinusOrZero(granted);
        var caps = record.Route.Caps;
        for (var c = 0; c < caps.Length; c++)
        {
            if (caps[c].Covers(Evaluation, claim.Level) && (!claim.Elective || caps[c].Scope == CapScope.All))
            {
                record.CapGranted[c] = record.CapGranted[c].MinusOrZero(back);
            }
        }

        claim.Allocated = granted;
    }
}
