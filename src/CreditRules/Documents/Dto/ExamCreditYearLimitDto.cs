namespace CreditRules.Documents.Dto;

/// <summary>A record policy's <c>examCreditsPerAcademicYear</c>: at most <see cref="Hours"/> by exam per academic year from <see cref="AcademicYearStart"/> (MM-dd, default 07-01).</summary>
internal sealed class ExamCreditYearLimitDto
{
    public required decimal Hours { get; set; }

    public string? AcademicYearStart { get; set; }
}
