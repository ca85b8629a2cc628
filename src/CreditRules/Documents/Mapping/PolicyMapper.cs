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
            policies.Add(Policy(x.Policies[i], I(policiesPath, i), c));
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

        if (c.ErrorCount > before || id is null || name is null || unit is null || zone is null)
        {
            return null;
        }

        return c.Build(path, x, () => new Institution(id, name, unit.Value, zone, policies!, programs!));
    }

    private static InstitutionPolicy? Policy(PolicyVersionDto p, string path, MappingContext c)
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
        RecencyWindow? recency = null;
        if (p.Recency is { } r)
        {
            var maxAge = c.PositivePeriod(r.MaxAge, P(P(path, "recency"), "maxAge"));
            var anchor = c.Enum<RecencyAnchor>(r.Anchor, P(P(path, "recency"), "anchor"));
            recency = maxAge is not null && anchor is { } a ? new RecencyWindow(maxAge, a) : null;
        }

        RetakePolicy? retakes = null;
        if (p.Retakes is { } t)
        {
            var wait = t.MinimumWait is null ? null : c.PositivePeriod(t.MinimumWait, P(P(path, "retakes"), "minimumWait"));
            if (t.MaxAttempts is < 1)
            {
                var raw = t.MaxAttempts.Value.ToString(CultureInfo.InvariantCulture);
                c.Add(DocumentErrorCode.NumberOutOfRange, P(P(path, "retakes"), "maxAttempts"), raw, "The attempt limit must be 1 or more; got " + raw + ".");
            }
            else if (t.MinimumWait is null || wait is not null)
            {
                retakes = new RetakePolicy(wait, t.MaxAttempts);
            }
        }

        EvidenceRequirement? evidence = null;
        if (p.Evidence is { } e)
        {
            var kinds = c.Enums<EvidenceKind>(e.AcceptedKinds, P(P(path, "evidence"), "acceptedKinds"), requireOne: true);
            evidence = kinds is null ? null : new EvidenceRequirement(kinds, e.RequireOfficial ?? true, e.RequireVerified ?? true);
        }

        var zone = p.QualifyingDateZone is null ? QualifyingDateZone.Evaluator : c.Enum<QualifyingDateZone>(p.QualifyingDateZone, P(path, "qualifyingDateZone"));
        var rounding = Rounding(p.Rounding, P(path, "rounding"), c);
        if (c.ErrorCount > before || id is null || levels is null || zone is null || rounding is null)
        {
            return null;
        }

        return c.Build(path, p, () => new InstitutionPolicy(id, p.AcceptedEvaluators, levels, appliesTo, minimum, recency, retakes, evidence, zone.Value, rounding.Value, p.RequireProviderFees ?? true));
    }

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

        if (c.ErrorCount > before || id is null || name is null)
        {
            return null;
        }

        return c.Build(path, x, () => new DegreeProgram(id, name, overrides!));
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
            Policies = x.Policies.Select(p => new PolicyVersionDto
            {
                Id = p.Id,
                AppliesTo = p.AppliesTo is { } a ? CatalogMapper.RangeDto(a) : null,
                AcceptedEvaluators = p.AcceptedEvaluators.ToList(),
                AcceptedLevels = p.AcceptedLevels.Select(l => l.ToString()).ToList(),
                MinimumScore = Writing.ToScoreDto(p.MinimumScore),
                Recency = p.Recency is { } r ? new RecencyDto { MaxAge = PeriodPattern.Roundtrip.Format(r.MaxAge), Anchor = r.Anchor.ToString() } : null,
                Retakes = p.Retakes is { } t ? new RetakesDto { MinimumWait = t.MinimumWait is { } w ? PeriodPattern.Roundtrip.Format(w) : null, MaxAttempts = t.MaxAttempts } : null,
                Evidence = p.Evidence is { } e ? new EvidenceRequirementDto { AcceptedKinds = e.AcceptedKinds.Select(k => k.ToString()).ToList(), RequireOfficial = e.RequireOfficial, RequireVerified = e.RequireVerified } : null,
                QualifyingDateZone = p.QualifyingDateZone.ToString(),
                Rounding = p.Rounding.Mode switch
                {
                    RoundingMode.Exact => null,
                    RoundingMode.Truncate => new RoundingDto { Mode = "Truncate", Decimals = p.Rounding.Decimals },
                    _ => new RoundingDto { Mode = p.Rounding.Mode.ToString(), Step = p.Rounding.Step },
                },
                RequireProviderFees = p.RequireProviderFees,
            }).ToList(),
            Programs = x.Programs.Select(g => new ProgramDto
            {
                Id = g.Id,
                Name = g.Name,
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
            }).ToList(),
        }).ToList(),
    };
}
