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
        var used = new CreditAmount[areas.Length];
        used.AsSpan().Fill(CreditAmount.Zero(unit));
        foreach (var credit in record.Prior)
        {
            if (record.IsPostedExternal(credit) && credit.EquivalenceKey is { } key)
            {
                for (var a = 0; a < areas.Length; a++)
                {
                    if (areas[a].Area.NamesCourse(key))
                    {
                        used[a] = used[a].Plus(credit.Amount.ConvertTo(unit));
                        break;
                    }
                }
            }
        }

        var institutionId = record.Institution.Id;
        var programId = record.Program.Id;
        var claims = record.Claims;
        foreach (var i in record.Ranked())
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
            string? cause = null;
            var redirect = areas[home].Redirect;
            var canRedirect = redirect >= 0 && !areas[redirect].Excludes(Evaluation);
            if (areas[home].Excludes(Evaluation))
            {
                if (!canRedirect)
                {
                    TakeBack(ref record, i, CreditAmount.Zero(unit));
                    var plan = areas[home];
                    record.Raise(ref sink, i, AreaSourceExcluded, Id, plan.Area.Id, (plan, scope: plan.ScopeText(institutionId, programId)), static a =>
                        [("AreaId", a.plan.Area.Id), ("Source", Evaluation.ToString()), ("Scope", a.scope)]);
                    continue;
                }

                target = redirect;
                cause = "it takes no " + Evaluation + " credit";
            }
            else if (need > Room(home) && canRedirect)
            {
                target = redirect;
                cause = "over its cap of " + areas[home].Limit + " (" + Room(home) + " left)";
            }

            var room = Room(target);
            var granted = need;
            if (need > room)
            {
                granted = record.Rules!.AllowPartialAwards ? room : CreditAmount.Zero(unit);
                TakeBack(ref record, i, granted);
                var plan = areas[target];
                record.Raise(ref sink, i, AreaCapReached, Id, plan.Area.Id, (plan, scope: plan.ScopeText(institutionId, programId), room, granted, need), static a =>
                    [("AreaId", a.plan.Area.Id), ("CapId", "area " + a.plan.Area.Id), ReasonArg.Of("Limit", a.plan.Limit), ("Scope", a.scope), ReasonArg.Of("Remaining", a.room), ReasonArg.Of("Granted", a.granted), ReasonArg.Of("Needed", a.need)]);
            }

            if (granted.IsZero)
            {
                continue;
            }

            used[target] = used[target].Plus(granted);
            claim.AreaSlot = target + 1;
            var landed = areas[target];
            if (cause is null)
            {
                record.Raise(ref sink, i, AreaAssigned, Id, landed.Area.Id, (landed, scope: landed.ScopeText(institutionId, programId), granted, used: used[target]), static a =>
                    [ReasonArg.Of("Granted", a.granted), ("AreaId", a.landed.Area.Id), ReasonArg.Of("Used", a.used), ReasonArg.Of("Limit", a.landed.Limit), ("Scope", a.scope)]);
            }
            else
            {
                var from = areas[home];
                record.Raise(ref sink, i, AreaRedirected, Id, landed.Area.Id, (from, landed, scope: from.ScopeText(institutionId, programId), granted, cause), static a =>
                    [ReasonArg.Of("Granted", a.granted), ("FromAreaId", a.from.Area.Id), ("AreaId", a.landed.Area.Id), ("Cause", a.cause), ("Scope", a.scope)]);
            }
        }

        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Passed, string.Join("; ", areas.Select((a, n) => a.Area.Id + " " + used[n] + " of " + a.Limit + " (setting from " + a.ScopeText(institutionId, programId) + ")")));
        }

        CreditAmount Room(int a) => areas[a].Limit.MinusOrZero(used[a]);
    }

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
            foreach (var line in version.Version.Lines)
            {
                foreach (var subject in line.Subjects)
                {
                    if (areas[a].Area.NamesSubject(subject.Code))
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
