using System.Globalization;
using CreditRules.Documents.Dto;
using CreditRules.Domain;
using NodaTime.Text;
using static CreditRules.Documents.Mapping.MappingContext;

namespace CreditRules.Documents.Mapping;

/// <summary>Turns a policy-set DTO into a <see cref="PolicySet"/>, collecting every error, and back.</summary>
internal static class PolicyMapper
{
    public static PolicySet? ToDomain(PolicySetDto dto, MappingContext c)
    {
        CatalogMapper.SchemaVersion(dto.SchemaVersion, c);
        c.Unique(dto.Institutions, x => x.Id, "$.institutions", "id", "institution id");
        var institutions = new List<Institution?>();
        for (var i = 0; i < dto.Institutions.Count; i++)
        {
            institutions.Add(Institution(dto.Institutions[i], I("$.institutions", i), c));
        }

        return c.ErrorCount > 0 ? null : c.Build("$", null, () => new PolicySet(institutions!));
    }

    private static Institution? Institution(InstitutionDto x, string path, MappingContext c)
    {
        var before = c.ErrorCount;
        var id = c.Text(x.Id, P(path, "id"));
        var name = c.Text(x.Name, P(path, "name"));
        var unit = c.Enum<CreditUnit>(x.CreditUnit, P(path, "creditUnit"));
        var zone = c.Zone(x.TimeZone, P(path, "timeZone"));
        var policiesPath = P(path, "policies");
        var programsPath = P(path, "programs");
        if (x.Policies.Count == 0)
        {
            c.Add(DocumentErrorCode.EmptyList, policiesPath, "[]", "An institution needs at least one policy version.");
        }

        if (x.Programs.Count == 0)
        {
            c.Add(DocumentErrorCode.EmptyList, programsPath, "[]", "An institution needs at least one degree program.");
        }

        c.Unique(x.Policies, p => p.Id, policiesPath, "id", "policy version id");
        c.Unique(x.Programs, p => p.Id, programsPath, "id", "program id");
        var policies = new List<InstitutionPolicy?>();
        for (var i = 0; i < x.Policies.Count; i++)
        {
            policies.Add(Policy(x.Policies[i], I(policiesPath, i), unit, c));
        }

        for (var i = 0; i < policies.Count; i++)
        {
            for (var j = i + 1; j < policies.Count; j++)
            {
                if (policies[i] is not { } a || policies[j] is not { } b)
                {
                    continue;
                }

                if (a.AppliesTo is null || b.AppliesTo is null || a.AppliesTo.Value.Overlaps(b.AppliesTo.Value))
                {
                    c.Add(DocumentErrorCode.OverlappingPolicies, P(I(policiesPath, j), "appliesTo"), b.AppliesTo?.ToString() ?? "(always)",
                        "Policy version '" + b.Id + "' (" + (b.AppliesTo?.ToString() ?? "always") + ") applies on some of the same enrolment dates as '" + a.Id + "' (" + (a.AppliesTo?.ToString() ?? "always") + "); give each version its own dates.");
                }
            }
        }

        var programs = new List<DegreeProgram?>();
        for (var i = 0; i < x.Programs.Count; i++)
        {
            programs.Add(unit is { } u ? Program(x.Programs[i], I(programsPath, i), u, c) : null);
        }

        PercentCapsNeedTotals(x, policiesPath, programsPath, c);
        RecordProgramsExist(x, policiesPath, c);
        if (x.State is { } state && !Domain.Institution.IsUsState(state))
        {
            c.Add(DocumentErrorCode.InvalidValue, P(path, "state"), state, Domain.Institution.NotAUsState(state));
        }

        var policySelection = x.PolicySelection is null ? PolicySelectionBasis.EnrollmentDate : c.Enum<PolicySelectionBasis>(x.PolicySelection, P(path, "policySelection"));
        NodaTime.AnnualDate? catalogYearStart = null;
        if (x.CatalogYearStart is { } startText)
        {
            var parsed = NodaTime.Text.AnnualDatePattern.Iso.Parse(startText);
            if (parsed.Success && parsed.Value != new NodaTime.AnnualDate(2, 29))
            {
                catalogYearStart = parsed.Value;
            }
            else
            {
                c.Add(DocumentErrorCode.InvalidValue, P(path, "catalogYearStart"), startText, "A catalog year start is a month and day, MM-dd, such as 07-01 (29 February is refused); got '" + startText + "'.");
            }
        }

        if (c.ErrorCount > before || id is null || name is null || unit is null || zone is null)
        {
            return null;
        }

        return c.Build(path, x, () => new Institution(id, name, unit.Value, zone, policies!, programs!, policySelection ?? PolicySelectionBasis.EnrollmentDate, catalogYearStart).WithState(x.State));
    }

    /// <summary>A record policy's program settings name programs of the institution.</summary>
    private static void RecordProgramsExist(InstitutionDto x, string policiesPath, MappingContext c)
    {
        var known = x.Programs.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < x.Policies.Count; i++)
        {
            var programs = x.Policies[i].RecordPolicy?.Programs ?? [];
            for (var k = 0; k < programs.Count; k++)
            {
                if (programs[k].ProgramId is { Length: > 0 } programId && !known.Contains(programId))
                {
                    c.Add(DocumentErrorCode.UnknownReference, P(I(P(P(I(policiesPath, i), "recordPolicy"), "programs"), k), "programId"), programId,
                        "Institution '" + x.Id + "' has no program '" + programId + "'; its programs are " + (known.Count == 0 ? "none" : string.Join(", ", known.Order(StringComparer.Ordinal))) + ".");
                }
            }
        }
    }

    /// <summary>A percentage cap is resolved against the program's total credits, so every program must give one.</summary>
    private static void PercentCapsNeedTotals(InstitutionDto x, string policiesPath, string programsPath, MappingContext c)
    {
        var withoutTotal = x.Programs.Select((g, i) => (Program: g, Index: i)).Where(g => g.Program.TotalCredits is null).ToArray();
        if (withoutTotal.Length == 0)
        {
            return;
        }

        for (var i = 0; i < x.Policies.Count; i++)
        {
            var caps = x.Policies[i].RecordPolicy?.Caps ?? [];
            for (var k = 0; k < caps.Count; k++)
            {
                if (caps[k].PercentOfProgram is { } percent and > 0 and <= 100 && caps[k].Hours is null)
                {
                    var first = withoutTotal[0];
                    c.Add(DocumentErrorCode.MissingProperty, P(I(programsPath, first.Index), "totalCredits"), null,
                        "Cap '" + caps[k].Id + "' (" + P(I(P(P(I(policiesPath, i), "recordPolicy"), "caps"), k), "percentOfProgram") + " = " + percent.ToString(CultureInfo.InvariantCulture)
                        + " %) is a percentage of the program's total credits, and program '" + first.Program.Id + "' gives no totalCredits.");
                    return;
                }
            }
        }
    }

    private static RecordPolicy? RecordPolicy(RecordPolicyDto r, string path, CreditUnit? unit, MappingContext c)
    {
        var before = c.ErrorCount;
        var id = c.Text(r.Id, P(path, "id"));
        var capsPath = P(path, "caps");
        c.Unique(r.Caps, x => x.Id, capsPath, "id", "cap id");
        var caps = new List<CreditCap>();
        var capList = r.Caps ?? [];
        for (var i = 0; i < capList.Count; i++)
        {
            if (Cap(capList[i], I(capsPath, i), unit, c) is { } cap)
            {
                caps.Add(cap);
            }
        }

        var order = r.AllocationOrder is null ? AllocationOrder.Chronological : c.Enum<AllocationOrder>(r.AllocationOrder, P(path, "allocationOrder"));
        var priorityPath = P(path, "requirementPriority");
        for (var i = 0; i < (r.RequirementPriority?.Count ?? 0); i++)
        {
            c.Text(r.RequirementPriority![i], I(priorityPath, i));
        }

        c.Unique(r.RequirementPriority, k => k, priorityPath, null, "requirement");
        if (order == AllocationOrder.RequirementPriority && (r.RequirementPriority is null || r.RequirementPriority.Count == 0))
        {
            c.Add(DocumentErrorCode.MissingProperty, priorityPath, null, "Allocation order RequirementPriority needs a requirementPriority list of course ids or equivalence keys, most needed first.");
        }

        var equivalencesPath = P(path, "equivalences");
        c.Unique(r.Equivalences, e => e.CourseId, equivalencesPath, "courseId", "equivalence course id");
        var equivalences = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < (r.Equivalences?.Count ?? 0); i++)
        {
            var e = r.Equivalences![i];
            var course = c.Text(e.CourseId, P(I(equivalencesPath, i), "courseId"));
            var key = c.Text(e.Key, P(I(equivalencesPath, i), "key"));
            if (course is not null && key is not null)
            {
                equivalences.Add(new(course, key));
            }
        }

        var grade = c.Score(r.BlockingMinimumGrade, P(path, "blockingMinimumGrade"));
        var precedencePath = P(path, "precedence");
        c.Unique(r.Precedence, x => x.Id, precedencePath, "id", "precedence chain id");
        var chains = new List<PrecedenceChain>();
        for (var i = 0; i < (r.Precedence?.Count ?? 0); i++)
        {
            var chain = r.Precedence![i];
            var at = I(precedencePath, i);
            var chainId = c.Text(chain.Id, P(at, "id"));
            var keysPath = P(at, "keysFromLowest");
            var ok = chainId is not null;
            for (var k = 0; k < chain.KeysFromLowest.Count; k++)
            {
                ok &= c.Text(chain.KeysFromLowest[k], I(keysPath, k)) is not null;
            }

            if (chain.KeysFromLowest.Count < 2)
            {
                c.Add(DocumentErrorCode.EmptyList, keysPath, chain.KeysFromLowest.Count == 0 ? "[]" : chain.KeysFromLowest[0], "A precedence chain needs at least two equivalence keys, least advanced first.");
                ok = false;
            }

            c.Unique(chain.KeysFromLowest, k => k, keysPath, null, "equivalence key");
            if (ok && c.Build(at, chain, () => new PrecedenceChain(chainId!, chain.KeysFromLowest)) is { } built)
            {
                chains.Add(built);
            }
        }

        var local = r.LocalCreditsBeforePosting is { } l && unit is { } u ? c.Credits(l, u, P(path, "localCreditsBeforePosting"), positive: false) : null;
        PostingFee? fee = null;
        if (r.PostingFee is { } f)
        {
            var feePath = P(path, "postingFee");
            var ok = true;
            foreach (var (name, amount) in new[] { ("oneTime", f.OneTime), ("perCredit", f.PerCredit) })
            {
                if (amount < 0)
                {
                    var raw = amount.ToString(CultureInfo.InvariantCulture);
                    c.Add(DocumentErrorCode.NegativeAmount, P(feePath, name), raw, "A posting fee amount must be zero or more; got " + raw + ".");
                    ok = false;
                }
            }

            if (!Currencies.IsKnown(f.Currency))
            {
                c.Add(DocumentErrorCode.UnknownCurrency, P(feePath, "currency"), f.Currency, "'" + f.Currency + "' is not an active ISO 4217 currency code; use three upper-case letters such as USD.");
                ok = false;
            }

            fee = ok ? c.Build(feePath, f, () => new PostingFee(new Money(f.OneTime, f.Currency), new Money(f.PerCredit, f.Currency), f.WaivedForVeterans ?? false)) : null;
        }

        var examLimit = r.ExamCreditsPerAcademicYear is { } e2 && unit is { } u2 ? ExamCreditYearLimit(e2, P(path, "examCreditsPerAcademicYear"), u2, c) : null;
        var areaLimits = AreaLimits(r.AreaLimits, P(path, "areaLimits"), unit, null, c);
        var programsPath = P(path, "programs");
        c.Unique(r.Programs, x => x.ProgramId, programsPath, "programId", "program");
        var programs = new List<ProgramRecordPolicy>();
        for (var i = 0; i < (r.Programs?.Count ?? 0); i++)
        {
            if (ProgramRecordPolicy(r.Programs![i], I(programsPath, i), unit, c) is { } program)
            {
                programs.Add(program);
            }
        }

        var conversion = r.PriorCreditConversion is null ? Domain.PriorCreditConversion.Exact : c.Enum<PriorCreditConversion>(r.PriorCreditConversion, P(path, "priorCreditConversion"));
        if (c.ErrorCount > before || id is null || order is null || conversion is null)
        {
            return null;
        }

        return c.Build(path, r, () => new RecordPolicy(id, caps, order.Value, r.RequirementPriority, r.AllowPartialAwards ?? false, r.OverflowToElectives ?? false, equivalences, grade, chains, local, fee, examLimit, areaLimits, programs, conversion.Value));
    }

    private static ProgramRecordPolicy? ProgramRecordPolicy(ProgramRecordPolicyDto x, string path, CreditUnit? unit, MappingContext c)
    {
        var before = c.ErrorCount;
        var programId = c.Text(x.ProgramId, P(path, "programId"));
        var areasPath = P(path, "areas");
        c.Unique(x.Areas, a => a.Id, areasPath, "id", "requirement area id");
        var areas = new List<RequirementArea>();
        for (var i = 0; i < (x.Areas?.Count ?? 0); i++)
        {
            var a = x.Areas![i];
            var at = I(areasPath, i);
            var areaId = c.Text(a.Id, P(at, "id"));
            var size = unit is { } u ? c.Credits(a.Hours, u, P(at, "hours"), positive: true) : null;
            var ok = areaId is not null && size is not null;
            foreach (var (name, list) in new[] { ("subjects", a.Subjects), ("courses", a.Courses) })
            {
                for (var k = 0; k < (list?.Count ?? 0); k++)
                {
                    ok &= c.Text(list![k], I(P(at, name), k)) is not null;
                }

                c.Unique(list, s => s, P(at, name), null, name == "subjects" ? "subject" : "course");
            }

            if (ok && c.Build(at, a, () => new RequirementArea(areaId!, size!.Value, a.Subjects, a.Courses)) is { } area)
            {
                areas.Add(area);
            }
        }

        var limits = AreaLimits(x.AreaLimits, P(path, "areaLimits"), unit, x.Areas?.Select(a => a.Id).ToHashSet(StringComparer.Ordinal) ?? [], c);
        ResidencyWindow? window = null;
        if (x.ResidencyOfLast is { } w && unit is { } wu)
        {
            var windowPath = P(path, "residencyOfLast");
            var required = c.Credits(w.Hours, wu, P(windowPath, "hours"), positive: true);
            var ofLast = c.Credits(w.OfLast, wu, P(windowPath, "ofLast"), positive: true);
            if (required is { } r && ofLast is { } m)
            {
                if (m < r)
                {
                    c.Add(DocumentErrorCode.InvalidValue, P(windowPath, "ofLast"), w.OfLast.ToString(CultureInfo.InvariantCulture), "A residency window of the last " + m + " cannot require " + r + "; ofLast must be at least hours.");
                }
                else
                {
                    window = new ResidencyWindow(r, m);
                }
            }
        }

        var capsPath = P(path, "caps");
        c.Unique(x.Caps, cap => cap.Id, capsPath, "id", "cap id");
        var caps = new List<CreditCap>();
        for (var i = 0; i < (x.Caps?.Count ?? 0); i++)
        {
            if (Cap(x.Caps![i], I(capsPath, i), unit, c) is { } cap)
            {
                caps.Add(cap);
            }
        }

        var conversion = x.PriorCreditConversion is null ? null : c.Enum<PriorCreditConversion>(x.PriorCreditConversion, P(path, "priorCreditConversion"));
        if (c.ErrorCount > before || programId is null)
        {
            return null;
        }

        return c.Build(path, x, () => new ProgramRecordPolicy(programId, areas, limits, window, caps, x.AllowPartialAwards, x.OverflowToElectives, conversion));
    }

    /// <summary>Area settings; <paramref name="areaIds"/> (a program's areas) checks the areas they name, or null at institution scope, where any area id may be named.</summary>
    private static List<AreaLimit> AreaLimits(List<AreaLimitDto>? list, string path, CreditUnit? unit, HashSet<string>? areaIds, MappingContext c)
    {
        c.Unique(list, a => a.AreaId, path, "areaId", "area setting");
        var limits = new List<AreaLimit>();
        for (var i = 0; i < (list?.Count ?? 0); i++)
        {
            var x = list![i];
            var at = I(path, i);
            var before = c.ErrorCount;
            var areaId = c.Text(x.AreaId, P(at, "areaId"));
            foreach (var (name, named) in new[] { ("areaId", areaId), ("redirectTo", x.RedirectTo) })
            {
                if (areaIds is not null && named is not null && !areaIds.Contains(named))
                {
                    c.Add(DocumentErrorCode.UnknownReference, P(at, name), named, "The program lists no requirement area '" + named + "'; its areas are " + (areaIds.Count == 0 ? "none" : string.Join(", ", areaIds.Order(StringComparer.Ordinal))) + ".");
                }
            }

            CreditAmount? limit = null;
            if (x.Hours is { } hours && x.PercentOfArea is not null)
            {
                c.Add(DocumentErrorCode.InvalidValue, P(at, "percentOfArea"), x.PercentOfArea.Value.ToString(CultureInfo.InvariantCulture), "Area setting '" + x.AreaId + "' gives both hours and percentOfArea; give one.");
            }
            else if (x.Hours is { } h && unit is { } u)
            {
                limit = c.Credits(h, u, P(at, "hours"), positive: false);
            }

            if (x.PercentOfArea is { } p && p is not (> 0 and <= 100))
            {
                var raw = p.ToString(CultureInfo.InvariantCulture);
                c.Add(DocumentErrorCode.NumberOutOfRange, P(at, "percentOfArea"), raw, "An area cap's percentage must be more than 0 and at most 100; got " + raw + ".");
            }

            var rounding = Rounding(x.Rounding, P(at, "rounding"), c);
            var sources = new List<PriorCreditSource>();
            for (var k = 0; k < (x.ExcludedSources?.Count ?? 0); k++)
            {
                if (c.Enum<PriorCreditSource>(x.ExcludedSources![k], I(P(at, "excludedSources"), k)) is { } source)
                {
                    sources.Add(source);
                }
            }

            c.Unique(x.ExcludedSources, s => s, P(at, "excludedSources"), null, "source");
            if (c.ErrorCount > before || areaId is null || rounding is null)
            {
                continue;
            }

            if (c.Build(at, x, () => new AreaLimit(areaId, limit, x.PercentOfArea, rounding.Value, sources, x.RedirectTo)) is { } built)
            {
                limits.Add(built);
            }
        }

        return limits;
    }

    private static ExamCreditYearLimit? ExamCreditYearLimit(ExamCreditYearLimitDto x, string path, CreditUnit unit, MappingContext c)
    {
        var limit = c.Credits(x.Hours, unit, P(path, "hours"), positive: true);
        NodaTime.AnnualDate? start = null;
        if (x.AcademicYearStart is { } text)
        {
            var parsed = NodaTime.Text.AnnualDatePattern.Iso.Parse(text);
            if (!parsed.Success || parsed.Value is { Month: 2, Day: 29 })
            {
                c.Add(DocumentErrorCode.InvalidValue, P(path, "academicYearStart"), text, "An academic year start is a month and day, MM-dd, such as 07-01 (29 February is refused); got '" + text + "'.");
                return null;
            }

            start = parsed.Value;
        }

        return limit is { } l ? c.Build(path, x, () => new ExamCreditYearLimit(l, start)) : null;
    }

    private static CreditCap? Cap(CapDto x, string path, CreditUnit? unit, MappingContext c)
    {
        var before = c.ErrorCount;
        var id = c.Text(x.Id, P(path, "id"));
        var scope = x.Scope is null ? CapScope.All : c.Enum<CapScope>(x.Scope, P(path, "scope"));
        var source = c.Enum<PriorCreditSource>(x.Source, P(path, "source"));
        var level = c.Enum<CreditLevel>(x.Level, P(path, "level"));
        CreditAmount? limit = null;
        switch (x.Hours, x.PercentOfProgram)
        {
            case (null, null):
                c.Add(DocumentErrorCode.MissingProperty, P(path, "hours"), null, "Cap '" + x.Id + "' needs hours (an absolute limit) or percentOfProgram.");
                break;
            case ({ }, { }):
                c.Add(DocumentErrorCode.InvalidValue, P(path, "percentOfProgram"), x.PercentOfProgram.Value.ToString(CultureInfo.InvariantCulture), "Cap '" + x.Id + "' gives both hours and percentOfProgram; give one.");
                break;
            case ({ } hours, null):
                if (hours < 0)
                {
                    var raw = hours.ToString(CultureInfo.InvariantCulture);
                    c.Add(DocumentErrorCode.InvalidCredits, P(path, "hours"), raw, "A cap's hours must be zero or more; got " + raw + ".");
                }
                else if (unit is { } u)
                {
                    limit = c.Credits(hours, u, P(path, "hours"), positive: false);
                }

                break;
            case (null, { } percent):
                if (percent is <= 0 or > 100)
                {
                    var raw = percent.ToString(CultureInfo.InvariantCulture);
                    c.Add(DocumentErrorCode.NumberOutOfRange, P(path, "percentOfProgram"), raw, "A cap's percentage of the program must be more than 0 and at most 100; got " + raw + ".");
                }

                break;
        }

        if (scope == CapScope.Source && x.Source is null)
        {
            c.Add(DocumentErrorCode.MissingProperty, P(path, "source"), null, "Cap '" + x.Id + "' is scoped to a source, so it needs source (" + string.Join(", ", Enum.GetNames<PriorCreditSource>()) + ").");
        }
        else if (scope == CapScope.Level && x.Level is null)
        {
            c.Add(DocumentErrorCode.MissingProperty, P(path, "level"), null, "Cap '" + x.Id + "' is scoped to a level, so it needs level (" + string.Join(", ", Enum.GetNames<CreditLevel>()) + ").");
        }
        else if (scope is { } sc && ((sc != CapScope.Source && x.Source is not null) || (sc != CapScope.Level && x.Level is not null)))
        {
            var property = x.Source is not null && sc != CapScope.Source ? "source" : "level";
            c.Add(DocumentErrorCode.InvalidValue, P(path, property), property == "source" ? x.Source : x.Level, "Cap '" + x.Id + "' has scope " + sc + " and takes no " + property + ".");
        }
        else if (source == PriorCreditSource.LocalCourse)
        {
            c.Add(DocumentErrorCode.InvalidValue, P(path, "source"), x.Source, "Cap '" + x.Id + "' limits LocalCourse credit, which never counts against a cap: a local course is earned at the institution itself.");
        }

        if (c.ErrorCount > before || id is null || scope is null || unit is null)
        {
            return null;
        }

        return c.Build(path, x, () => x.Hours is not null
            ? CreditCap.Absolute(id, limit!.Value, scope.Value, source, level)
            : CreditCap.Percent(id, x.PercentOfProgram!.Value, scope.Value, source, level));
    }

    private static InstitutionPolicy? Policy(PolicyVersionDto p, string path, CreditUnit? unit, MappingContext c)
    {
        var before = c.ErrorCount;
        var id = c.Text(p.Id, P(path, "id"));
        var appliesTo = c.Range(p.AppliesTo, P(path, "appliesTo"));
        var evaluatorsPath = P(path, "acceptedEvaluators");
        for (var i = 0; i < p.AcceptedEvaluators.Count; i++)
        {
            c.Text(p.AcceptedEvaluators[i], I(evaluatorsPath, i));
        }

        c.Unique(p.AcceptedEvaluators, e => e, evaluatorsPath, null, "evaluator id");
        var levels = c.Enums<CreditLevel>(p.AcceptedLevels, P(path, "acceptedLevels"), requireOne: false);
        var minimum = c.Score(p.MinimumScore, P(path, "minimumScore"));
        var recency = Recency(p.Recency, P(path, "recency"), c);
        var retakes = Retakes(p.Retakes, P(path, "retakes"), c);
        var evidence = Evidence(p.Evidence, P(path, "evidence"), c);
        var zone = p.QualifyingDateZone is null ? QualifyingDateZone.Evaluator : c.Enum<QualifyingDateZone>(p.QualifyingDateZone, P(path, "qualifyingDateZone"));
        var rounding = Rounding(p.Rounding, P(path, "rounding"), c);
        var record = p.RecordPolicy is { } rp ? RecordPolicy(rp, P(path, "recordPolicy"), unit, c) : null;
        var mappings = LevelMappings(p.LevelMappings, P(path, "levelMappings"), c);
        var refused = RefusedProviders(p.RefusedProviders, P(path, "refusedProviders"), c);
        var refundedFee = p.RefundedFee is null ? RefundedFeeTreatment.Blocking : c.Enum<RefundedFeeTreatment>(p.RefundedFee, P(path, "refundedFee"));
        if (c.ErrorCount > before || id is null || levels is null || zone is null || rounding is null || refundedFee is null)
        {
            return null;
        }

        return c.Build(path, p, () => new InstitutionPolicy(id, p.AcceptedEvaluators, levels, appliesTo, minimum, recency, retakes, evidence, zone.Value, rounding.Value, p.RequireProviderFees ?? true, record, mappings, refused, refundedFee.Value));
    }

    private static RecencyWindow? Recency(RecencyDto? r, string path, MappingContext c)
    {
        if (r is null)
        {
            return null;
        }

        var maxAge = c.PositivePeriod(r.MaxAge, P(path, "maxAge"));
        var anchor = c.Enum<RecencyAnchor>(r.Anchor, P(path, "anchor"));
        var start = r.From is null ? RecencyStart.QualifyingDate : c.Enum<RecencyStart>(r.From, P(path, "from"));
        var before = c.ErrorCount;
        var subjectsPath = P(path, "subjects");
        for (var i = 0; i < (r.Subjects?.Count ?? 0); i++)
        {
            c.Text(r.Subjects![i], I(subjectsPath, i));
        }

        if (r.Subjects is { Count: 0 })
        {
            c.Add(DocumentErrorCode.EmptyList, subjectsPath, "[]", "A recency window limited to subjects needs at least one subject code; leave subjects out for a window over every subject.");
        }

        c.Unique(r.Subjects, s => s, subjectsPath, null, "subject code");
        return maxAge is not null && anchor is { } a && start is { } st && c.ErrorCount == before ? new RecencyWindow(maxAge, a, st, r.Subjects) : null;
    }

    /// <summary>A refusal by provider id and provider kind; an empty one (a program accepting every provider) is allowed.</summary>
    private static ProviderRefusal? RefusedProviders(RefusedProvidersDto? r, string path, MappingContext c)
    {
        if (r is null)
        {
            return null;
        }

        var before = c.ErrorCount;
        var idsPath = P(path, "providerIds");
        for (var i = 0; i < (r.ProviderIds?.Count ?? 0); i++)
        {
            c.Text(r.ProviderIds![i], I(idsPath, i));
        }

        c.Unique(r.ProviderIds, s => s, idsPath, null, "provider id");
        var kinds = c.Enums<ProviderKind>(r.Kinds, P(path, "kinds"), requireOne: false);
        for (var i = 0; i < (kinds?.Count ?? 0); i++)
        {
            if (kinds![i] == ProviderKind.Unspecified)
            {
                c.Add(DocumentErrorCode.InvalidValue, I(P(path, "kinds"), i), r.Kinds![i], "A refusal lists provider kinds a catalog states; Unspecified is not one.");
            }
        }

        return c.ErrorCount > before ? null : c.Build(path, r, () => new ProviderRefusal(r.ProviderIds, kinds));
    }

    private static RefusedProvidersDto? RefusedProvidersDto(ProviderRefusal? r) => r is null ? null : new()
    {
        ProviderIds = r.ProviderIds.Count == 0 ? null : r.ProviderIds.ToList(),
        Kinds = r.Kinds.Count == 0 ? null : r.Kinds.Select(k => k.ToString()).ToList(),
    };

    private static RetakePolicy? Retakes(RetakesDto? t, string path, MappingContext c)
    {
        if (t is null)
        {
            return null;
        }

        var wait = t.MinimumWait is null ? null : c.PositivePeriod(t.MinimumWait, P(path, "minimumWait"));
        if (t.MaxAttempts is < 1)
        {
            var raw = t.MaxAttempts.Value.ToString(CultureInfo.InvariantCulture);
            c.Add(DocumentErrorCode.NumberOutOfRange, P(path, "maxAttempts"), raw, "The attempt limit must be 1 or more; got " + raw + ".");
            return null;
        }

        return t.MinimumWait is null || wait is not null ? new RetakePolicy(wait, t.MaxAttempts) : null;
    }

    /// <summary>An evidence requirement; <c>requireOfficial</c> and <c>requireVerified</c> default to true when left out (stated in the schema and docs/documents.md).</summary>
    private static EvidenceRequirement? Evidence(EvidenceRequirementDto? e, string path, MappingContext c)
    {
        if (e is null)
        {
            return null;
        }

        var kinds = c.Enums<EvidenceKind>(e.AcceptedKinds, P(path, "acceptedKinds"), requireOne: true);
        return kinds is null ? null : new EvidenceRequirement(kinds, e.RequireOfficial ?? true, e.RequireVerified ?? true);
    }

    /// <summary>A program's own settings: every property optional, a stated one replaces the institution policy's (<see cref="ProgramSettings"/>).</summary>
    private static ProgramSettings? Settings(ProgramSettingsDto x, string path, MappingContext c)
    {
        var before = c.ErrorCount;
        var evaluatorsPath = P(path, "acceptedEvaluators");
        for (var i = 0; i < (x.AcceptedEvaluators?.Count ?? 0); i++)
        {
            c.Text(x.AcceptedEvaluators![i], I(evaluatorsPath, i));
        }

        if (x.AcceptedEvaluators is { Count: 0 })
        {
            c.Add(DocumentErrorCode.EmptyList, evaluatorsPath, "[]", "A program that states its accepted evaluators needs at least one; leave acceptedEvaluators out to inherit the institution's.");
        }

        c.Unique(x.AcceptedEvaluators, e => e, evaluatorsPath, null, "evaluator id");
        var levels = c.Enums<CreditLevel>(x.AcceptedLevels, P(path, "acceptedLevels"), requireOne: true);
        var minimum = c.Score(x.MinimumScore, P(path, "minimumScore"));
        var recency = Recency(x.Recency, P(path, "recency"), c);
        var retakes = Retakes(x.Retakes, P(path, "retakes"), c);
        var evidence = Evidence(x.Evidence, P(path, "evidence"), c);
        var zone = x.QualifyingDateZone is null ? null : c.Enum<QualifyingDateZone>(x.QualifyingDateZone, P(path, "qualifyingDateZone"));
        var rounding = x.Rounding is null ? null : Rounding(x.Rounding, P(path, "rounding"), c);
        var mappings = x.LevelMappings is null ? null : LevelMappings(x.LevelMappings, P(path, "levelMappings"), c);
        var refused = RefusedProviders(x.RefusedProviders, P(path, "refusedProviders"), c);
        var refundedFee = x.RefundedFee is null ? null : c.Enum<RefundedFeeTreatment>(x.RefundedFee, P(path, "refundedFee"));
        if (x.AcceptedEvaluators is null && x.AcceptedLevels is null && x.MinimumScore is null && x.Recency is null && x.Retakes is null && x.Evidence is null
            && x.QualifyingDateZone is null && x.Rounding is null && x.RequireProviderFees is null && x.LevelMappings is null
            && x.RefusedProviders is null && x.RefundedFee is null)
        {
            c.Add(DocumentErrorCode.EmptyList, path, "{}", "Program settings state nothing: give at least one setting (acceptedEvaluators, acceptedLevels, minimumScore, recency, retakes, evidence, qualifyingDateZone, rounding, requireProviderFees, levelMappings, refusedProviders, refundedFee), or leave settings out to inherit every setting.");
        }

        if (c.ErrorCount > before)
        {
            return null;
        }

        return c.Build(path, x, () => new ProgramSettings(x.AcceptedEvaluators, levels, minimum, recency, retakes, evidence, zone, rounding, x.RequireProviderFees, mappings, refused, refundedFee));
    }

    private static ProgramSettingsDto? SettingsDto(ProgramSettings? s) => s is null ? null : new()
    {
        AcceptedEvaluators = s.AcceptedEvaluators?.ToList(),
        AcceptedLevels = s.AcceptedLevels?.Select(l => l.ToString()).ToList(),
        MinimumScore = Writing.ToScoreDto(s.MinimumScore),
        Recency = RecencyDto(s.Recency),
        Retakes = RetakesDto(s.Retakes),
        Evidence = EvidenceDto(s.Evidence),
        QualifyingDateZone = s.QualifyingDateZone?.ToString(),
        Rounding = s.Rounding is { } r ? RoundingDto(r) ?? new RoundingDto { Mode = "Exact" } : null,
        RequireProviderFees = s.RequireProviderFees,
        LevelMappings = s.LevelMappings is { } m ? LevelMappingDtos(m) : null,
        RefusedProviders = RefusedProvidersDto(s.RefusedProviders),
        RefundedFee = s.RefundedFee?.ToString(),
    };

    private static List<LevelMappingDto> LevelMappingDtos(IReadOnlyList<LevelMapping> mappings) =>
        mappings.Select(m => new LevelMappingDto { From = m.From.ToString(), To = m.To.ToString() }).ToList();

    /// <summary>Level mappings: each from and to a defined level, different, at most one per from-level.</summary>
    private static List<LevelMapping>? LevelMappings(List<LevelMappingDto>? list, string path, MappingContext c)
    {
        if (list is null)
        {
            return null;
        }

        var mappings = new List<LevelMapping>();
        c.Unique(list, m => m.From, path, "from", "mapped level");
        for (var i = 0; i < list.Count; i++)
        {
            var at = I(path, i);
            var from = c.Enum<CreditLevel>(list[i].From, P(at, "from"));
            var to = c.Enum<CreditLevel>(list[i].To, P(at, "to"));
            if (from is { } f && to is { } t)
            {
                if (f == t)
                {
                    c.Add(DocumentErrorCode.InvalidValue, P(at, "to"), list[i].To, "A level mapping counts a level as another; " + f + " is mapped to itself.");
                }
                else
                {
                    mappings.Add(new LevelMapping(f, t));
                }
            }
        }

        return mappings;
    }

    private static RecencyDto? RecencyDto(RecencyWindow? r) => r is null ? null : new RecencyDto
    {
        MaxAge = PeriodPattern.Roundtrip.Format(r.MaxAge),
        Anchor = r.Anchor.ToString(),
        From = r.Start == RecencyStart.QualifyingDate ? null : r.Start.ToString(),
        Subjects = r.Subjects.Count == 0 ? null : r.Subjects.ToList(),
    };

    private static RetakesDto? RetakesDto(RetakePolicy? t) => t is null ? null : new RetakesDto { MinimumWait = t.MinimumWait is { } w ? PeriodPattern.Roundtrip.Format(w) : null, MaxAttempts = t.MaxAttempts };

    private static EvidenceRequirementDto? EvidenceDto(EvidenceRequirement? e) => e is null ? null : new EvidenceRequirementDto { AcceptedKinds = e.AcceptedKinds.Select(k => k.ToString()).ToList(), RequireOfficial = e.RequireOfficial, RequireVerified = e.RequireVerified };

    /// <summary>The rounding as written: null for Exact (the default).</summary>
    private static RoundingDto? RoundingDto(RoundingPolicy r) => r.Mode switch
    {
        RoundingMode.Exact => null,
        RoundingMode.Truncate => new RoundingDto { Mode = "Truncate", Decimals = r.Decimals },
        _ => new RoundingDto { Mode = r.Mode.ToString(), Step = r.Step },
    };

    private static RoundingPolicy? Rounding(RoundingDto? dto, string path, MappingContext c)
    {
        if (dto is null)
        {
            return RoundingPolicy.Exact;
        }

        var mode = c.Enum<RoundingMode>(dto.Mode, P(path, "mode"));
        switch (mode)
        {
            case null:
                return null;
            case RoundingMode.Exact:
                return Unexpected(dto.Step is not null ? "step" : dto.Decimals is not null ? "decimals" : null) ? null : RoundingPolicy.Exact;
            case RoundingMode.Floor:
            case RoundingMode.HalfUp:
                if (Unexpected(dto.Decimals is not null ? "decimals" : null))
                {
                    return null;
                }

                if (dto.Step is not { } step || step <= 0 || step > MappingContext.MaxCreditHours || decimal.Round(step, MappingContext.MaxCreditDecimals) != step)
                {
                    c.Add(DocumentErrorCode.NumberOutOfRange, P(path, "step"), dto.Step?.ToString(CultureInfo.InvariantCulture),
                        "Rounding mode " + dto.Mode + " needs a step greater than zero (at most 1000, at most 6 decimals), such as 1 for whole hours; got " + (dto.Step?.ToString(CultureInfo.InvariantCulture) ?? "none") + ".");
                    return null;
                }

                return mode == RoundingMode.Floor ? RoundingPolicy.FloorTo(step) : RoundingPolicy.HalfUpTo(step);
            default:
                if (Unexpected(dto.Step is not null ? "step" : null))
                {
                    return null;
                }

                if (dto.Decimals is not (>= 0 and <= 6))
                {
                    c.Add(DocumentErrorCode.NumberOutOfRange, P(path, "decimals"), dto.Decimals?.ToString(CultureInfo.InvariantCulture),
                        "Rounding mode Truncate needs decimals between 0 and 6; got " + (dto.Decimals?.ToString(CultureInfo.InvariantCulture) ?? "none") + ".");
                    return null;
                }

                return RoundingPolicy.TruncateTo(dto.Decimals.Value);
        }

        bool Unexpected(string? property)
        {
            if (property is null)
            {
                return false;
            }

            c.Add(DocumentErrorCode.InvalidValue, P(path, property), null, "Rounding mode " + dto.Mode + " takes no " + property + ".");
            return true;
        }
    }

    private static DegreeProgram? Program(ProgramDto x, string path, CreditUnit unit, MappingContext c)
    {
        var before = c.ErrorCount;
        var id = c.Text(x.Id, P(path, "id"));
        var name = c.Text(x.Name, P(path, "name"));
        var overridesPath = P(path, "overrides");
        c.Unique(x.Overrides, o => o.Id, overridesPath, "id", "override id");
        var overrides = new List<ProgramOverride?>();
        var list = x.Overrides ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            overrides.Add(Override(list[i], I(overridesPath, i), unit, c));
        }

        var total = x.TotalCredits is { } t ? c.Credits(t, unit, P(path, "totalCredits"), positive: true) : null;
        var residency = x.ResidencyRequired is { } r ? c.Credits(r, unit, P(path, "residencyRequired"), positive: false) : null;
        if (total is { } tc && residency is { } rc && rc > tc)
        {
            c.Add(DocumentErrorCode.InvalidCredits, P(path, "residencyRequired"), x.ResidencyRequired!.Value.ToString(CultureInfo.InvariantCulture),
                "The residency required (" + rc + ") exceeds the program's total credits (" + tc + ").");
        }

        var settings = x.Settings is { } sd ? Settings(sd, P(path, "settings"), c) : null;
        var kind = x.Kind is { } k ? c.Enum<DegreeProgramKind>(k, P(path, "kind")) : null;
        if (c.ErrorCount > before || id is null || name is null)
        {
            return null;
        }

        return c.Build(path, x, () => new DegreeProgram(id, name, overrides!, total, residency).WithSettings(settings).WithKind(kind));
    }

    private static ProgramOverride? Override(OverrideDto o, string path, CreditUnit unit, MappingContext c)
    {
        var before = c.ErrorCount;
        var id = c.Text(o.Id, P(path, "id"));
        var kind = c.Enum<OverrideKind>(o.Kind, P(path, "kind"));
        var description = c.Text(o.Description, P(path, "description"));
        var appliesTo = c.Range(o.AppliesTo, P(path, "appliesTo"));
        var levels = c.Enums<CreditLevel>(o.AcceptedLevels, P(path, "acceptedLevels"), requireOne: true);
        var minimum = c.Score(o.MinimumScore, P(path, "minimumScore"));
        var max = o.MaxCreditsPerCourse is { } m ? c.Credits(m, unit, P(path, "maxCreditsPerCourse"), positive: false) : null;
        if (c.ErrorCount > before || id is null || kind is null || description is null)
        {
            return null;
        }

        return c.Build(path, o, () => new ProgramOverride(id, kind.Value, description, appliesTo, o.EvaluatorIds, levels, minimum, max));
    }

    public static PolicySetDto ToDto(PolicySet set, string? notes, string? schema) => new()
    {
        Schema = schema,
        SchemaVersion = DocumentLimits.SchemaVersion,
        Notes = notes,
        Institutions = set.Institutions.Select(x => new InstitutionDto
        {
            Id = x.Id,
            Name = x.Name,
            CreditUnit = x.CreditUnit.ToString(),
            TimeZone = x.TimeZone.Id,
            PolicySelection = x.PolicySelection == PolicySelectionBasis.EnrollmentDate ? null : x.PolicySelection.ToString(),
            CatalogYearStart = x.CatalogYearStart == Domain.Institution.DefaultCatalogYearStart ? null : NodaTime.Text.AnnualDatePattern.Iso.Format(x.CatalogYearStart),
            Policies = x.Policies.Select(p => new PolicyVersionDto
            {
                Id = p.Id,
                AppliesTo = p.AppliesTo is { } a ? CatalogMapper.RangeDto(a) : null,
                AcceptedEvaluators = p.AcceptedEvaluators.ToList(),
                AcceptedLevels = p.AcceptedLevels.Select(l => l.ToString()).ToList(),
                MinimumScore = Writing.ToScoreDto(p.MinimumScore),
                Recency = RecencyDto(p.Recency),
                Retakes = RetakesDto(p.Retakes),
                Evidence = EvidenceDto(p.Evidence),
                QualifyingDateZone = p.QualifyingDateZone.ToString(),
                Rounding = RoundingDto(p.Rounding),
                RequireProviderFees = p.RequireProviderFees,
                RecordPolicy = p.RecordPolicy is { } rec ? RecordPolicyDto(rec, x.CreditUnit) : null,
                LevelMappings = p.LevelMappings.Count == 0 ? null : LevelMappingDtos(p.LevelMappings),
                RefusedProviders = RefusedProvidersDto(p.RefusedProviders),
                RefundedFee = p.RefundedFee == RefundedFeeTreatment.Blocking ? null : p.RefundedFee.ToString(),
            }).ToList(),
            Programs = x.Programs.Select(g => new ProgramDto
            {
                Id = g.Id,
                Name = g.Name,
                TotalCredits = g.TotalCredits is { } t ? Writing.Hours(t.ConvertTo(x.CreditUnit), "program " + g.Id) : null,
                ResidencyRequired = g.ResidencyRequired is { } rr ? Writing.Hours(rr.ConvertTo(x.CreditUnit), "program " + g.Id) : null,
                Overrides = g.Overrides.Count == 0 ? null : g.Overrides.Select(o => new OverrideDto
                {
                    Id = o.Id,
                    Kind = o.Kind.ToString(),
                    Description = o.Description,
                    AppliesTo = o.AppliesTo is { } a ? CatalogMapper.RangeDto(a) : null,
                    EvaluatorIds = o.EvaluatorIds?.ToList(),
                    AcceptedLevels = o.AcceptedLevels?.Select(l => l.ToString()).ToList(),
                    MinimumScore = Writing.ToScoreDto(o.MinimumScore),
                    MaxCreditsPerCourse = o.MaxCreditsPerCourse is { } m ? Writing.Hours(m.ConvertTo(x.CreditUnit), "override " + o.Id) : null,
                }).ToList(),
                Settings = SettingsDto(g.Settings),
                Kind = g.Kind?.ToString(),
            }).ToList(),
            State = x.State,
        }).ToList(),
    };

    private static List<AreaLimitDto>? AreaLimitDtos(IReadOnlyList<AreaLimit> limits, CreditUnit unit) => limits.Count == 0 ? null : limits.Select(a => new AreaLimitDto
    {
        AreaId = a.AreaId,
        Hours = a.Limit is { } l ? Writing.Hours(l.ConvertTo(unit), "area setting " + a.AreaId) : null,
        PercentOfArea = a.PercentOfArea,
        Rounding = RoundingDto(a.Rounding),
        ExcludedSources = a.ExcludedSources.Count == 0 ? null : a.ExcludedSources.Select(s => s.ToString()).ToList(),
        RedirectTo = a.RedirectTo,
    }).ToList();

    private static List<CapDto>? CapDtos(IReadOnlyList<CreditCap> caps, CreditUnit unit) => caps.Count == 0 ? null : caps.Select(cap => new CapDto
    {
        Id = cap.Id,
        Hours = cap.Limit is { } l ? Writing.Hours(l.ConvertTo(unit), "cap " + cap.Id) : null,
        PercentOfProgram = cap.PercentOfProgram,
        Scope = cap.Scope == CapScope.All ? null : cap.Scope.ToString(),
        Source = cap.Source?.ToString(),
        Level = cap.Level?.ToString(),
    }).ToList();

    private static RecordPolicyDto RecordPolicyDto(RecordPolicy r, CreditUnit unit) => new()
    {
        Id = r.Id,
        Caps = CapDtos(r.Caps, unit),
        AllocationOrder = r.AllocationOrder == Domain.AllocationOrder.Chronological ? null : r.AllocationOrder.ToString(),
        RequirementPriority = r.RequirementPriority.Count == 0 ? null : r.RequirementPriority.ToList(),
        AllowPartialAwards = r.AllowPartialAwards ? true : null,
        OverflowToElectives = r.OverflowToElectives ? true : null,
        Equivalences = r.Equivalences.Count == 0 ? null : r.Equivalences.Select(e => new EquivalenceDto { CourseId = e.Key, Key = e.Value }).ToList(),
        BlockingMinimumGrade = Writing.ToScoreDto(r.BlockingMinimumGrade),
        Precedence = r.Precedence.Count == 0 ? null : r.Precedence.Select(p => new PrecedenceChainDto { Id = p.Id, KeysFromLowest = p.KeysFromLowest.ToList() }).ToList(),
        LocalCreditsBeforePosting = r.LocalCreditsBeforePosting is { } local ? Writing.Hours(local.ConvertTo(unit), "record policy " + r.Id) : null,
        PostingFee = r.PostingFee is { } f ? new PostingFeeDto { OneTime = f.OneTime.Amount, PerCredit = f.PerCredit.Amount, Currency = f.OneTime.Currency!, WaivedForVeterans = f.WaivedForVeterans ? true : null } : null,
        ExamCreditsPerAcademicYear = r.ExamCreditsPerAcademicYear is { } e
            ? new ExamCreditYearLimitDto { Hours = Writing.Hours(e.Limit.ConvertTo(unit), "record policy " + r.Id), AcademicYearStart = e.AcademicYearStart == Domain.ExamCreditYearLimit.DefaultAcademicYearStart ? null : NodaTime.Text.AnnualDatePattern.Iso.Format(e.AcademicYearStart) }
            : null,
        AreaLimits = AreaLimitDtos(r.AreaLimits, unit),
        PriorCreditConversion = r.PriorCreditConversion == Domain.PriorCreditConversion.Exact ? null : r.PriorCreditConversion.ToString(),
        Programs = r.Programs.Count == 0 ? null : r.Programs.Select(g => new ProgramRecordPolicyDto
        {
            ProgramId = g.ProgramId,
            Caps = CapDtos(g.Caps, unit),
            AllowPartialAwards = g.AllowPartialAwards,
            OverflowToElectives = g.OverflowToElectives,
            PriorCreditConversion = g.PriorCreditConversion?.ToString(),
            Areas = g.Areas.Count == 0 ? null : g.Areas.Select(a => new RequirementAreaDto
            {
                Id = a.Id,
                Hours = Writing.Hours(a.Size.ConvertTo(unit), "requirement area " + a.Id),
                Subjects = a.Subjects.Count == 0 ? null : a.Subjects.ToList(),
                Courses = a.Courses.Count == 0 ? null : a.Courses.ToList(),
            }).ToList(),
            AreaLimits = AreaLimitDtos(g.AreaLimits, unit),
            ResidencyOfLast = g.ResidencyOfLast is { } w
                ? new ResidencyWindowDto { Hours = Writing.Hours(w.Required.ConvertTo(unit), "program " + g.ProgramId), OfLast = Writing.Hours(w.OfLast.ConvertTo(unit), "program " + g.ProgramId) }
                : null,
        }).ToList(),
    };
}
