namespace CreditRules.Documents.Dto;

/// <summary>A record policy's <c>areaLimits[i]</c> (institution scope) or a program's: cap, excluded sources and redirect for one requirement area.</summary>
internal sealed class AreaLimitDto
{
    public required string AreaId { get; set; }

    public decimal? Hours { get; set; }

    public decimal? PercentOfArea { get; set; }

    public RoundingDto? Rounding { get; set; }

    public List<string>? ExcludedSources { get; set; }

    public string? RedirectTo { get; set; }

    public string? Notes { get; set; }
}

/// <summary>A record policy's <c>programs[i]</c>: one program's requirement areas and its own area settings.</summary>
internal sealed class ProgramRecordPolicyDto
{
    public required string ProgramId { get; set; }

    public List<RequirementAreaDto>? Areas { get; set; }

    public List<AreaLimitDto>? AreaLimits { get; set; }

    public ResidencyWindowDto? ResidencyOfLast { get; set; }

    public string? Notes { get; set; }

    public List<CapDto>? Caps { get; set; }

    public bool? AllowPartialAwards { get; set; }

    public bool? OverflowToElectives { get; set; }

    public string? PriorCreditConversion { get; set; }
}

/// <summary>A program's <c>residencyOfLast</c>: <see cref="Hours"/> of the last <see cref="OfLast"/> credits earned in residence.</summary>
internal sealed class ResidencyWindowDto
{
    public required decimal Hours { get; set; }

    public required decimal OfLast { get; set; }
}

/// <summary>A program's <c>areas[i]</c>: a requirement area, its size and the subjects and courses that count there.</summary>
internal sealed class RequirementAreaDto
{
    public required string Id { get; set; }

    public required decimal Hours { get; set; }

    public List<string>? Subjects { get; set; }

    public List<string>? Courses { get; set; }
}
