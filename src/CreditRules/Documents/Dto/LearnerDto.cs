using System.Text.Json.Serialization;

namespace CreditRules.Documents.Dto;

#pragma warning disable CA1002
#pragma warning disable CA2227

internal sealed class LearnerSetDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public required int SchemaVersion { get; set; }

    public string? Notes { get; set; }

    public string? AsOf { get; set; }

    public required List<LearnerDto> Learners { get; set; }
}

internal sealed class LearnerDto
{
    public required string Id { get; set; }

    public bool? Veteran { get; set; }

    public List<string>? Emails { get; set; }

    public string? Notes { get; set; }

    public List<ClaimDto>? Claims { get; set; }

    public List<ProgramEnrollmentDto>? ProgramEnrollments { get; set; }

    public List<CourseEnrollmentDto>? CourseEnrollments { get; set; }

    public List<CompletionDto>? Completions { get; set; }

    public List<IdentityVerificationDto>? IdentityVerifications { get; set; }

    public List<ExamAttemptDto>? ExamAttempts { get; set; }

    public List<FeeDto>? Fees { get; set; }

    public List<EvidenceDocumentDto>? Evidence { get; set; }

    public List<PriorCreditDto>? PriorCredits { get; set; }

    public List<ExceptionDto>? Exceptions { get; set; }

    public List<PostingFeePaymentDto>? PostingFeePayments { get; set; }
}

internal sealed class PostingFeePaymentDto
{
    public required string InstitutionId { get; set; }

    public required string PaidOn { get; set; }

    public string? RecordedAt { get; set; }
}

internal sealed class ExceptionDto
{
    public required string Reference { get; set; }

    public required string Kind { get; set; }

    public required DateRangeDto Effective { get; set; }

    public required string ApprovedBy { get; set; }

    public required string ApprovedOn { get; set; }

    public required string Reason { get; set; }

    public string? CourseId { get; set; }

    public string? InstitutionId { get; set; }

    public string? ProgramId { get; set; }

    public string? RuleId { get; set; }

    public string? CapId { get; set; }

    public decimal? Credits { get; set; }

    public string? Unit { get; set; }

    public string? Deadline { get; set; }

    public string? SubstituteCourseId { get; set; }
}

internal sealed class PriorCreditDto
{
    public required string Id { get; set; }

    public required string Source { get; set; }

    public required decimal Credits { get; set; }

    public string? Unit { get; set; }

    public required string Level { get; set; }

    public required string Date { get; set; }

    public bool? Posted { get; set; }

    public bool? InResidence { get; set; }

    public string? EquivalenceKey { get; set; }

    public ScoreDto? Grade { get; set; }

    public string? InstitutionId { get; set; }

    public string? RecordedAt { get; set; }
}

internal sealed class ClaimDto
{
    public required string CourseId { get; set; }

    public required string InstitutionId { get; set; }

    public required string ProgramId { get; set; }

    public string? Story { get; set; }
}

internal sealed class ProgramEnrollmentDto
{
    public required string InstitutionId { get; set; }

    public required string ProgramId { get; set; }

    public required string EnrolledOn { get; set; }

    public string? RecordedAt { get; set; }

    public string? CatalogYear { get; set; }
}

internal sealed class CourseEnrollmentDto
{
    public required string SessionId { get; set; }

    public required string Track { get; set; }

    public required string JoinedAt { get; set; }
}

internal sealed class CompletionDto
{
    public required string SessionId { get; set; }

    public required string Status { get; set; }

    public required string RecordedOn { get; set; }

    public ScoreDto? Grade { get; set; }

    public string? RecordedAt { get; set; }
}

internal sealed class IdentityVerificationDto
{
    public required string Method { get; set; }

    public required string Status { get; set; }

    public required string RecordedAt { get; set; }

    public string? FallbackMethod { get; set; }
}

internal sealed class ExamAttemptDto
{
    public required string CourseId { get; set; }

    public required string StartedAt { get; set; }

    public required string CandidateZone { get; set; }

    public required string Outcome { get; set; }

    public ScoreDto? Score { get; set; }

    public string? Proctoring { get; set; }

    public string? IdCheck { get; set; }

    public string? Integrity { get; set; }

    public string? Invalidation { get; set; }

    public string? RecordedAt { get; set; }

    public string? Id { get; set; }

    public string? Supersedes { get; set; }
}

internal sealed class FeeDto
{
    public required string CourseId { get; set; }

    public required string Kind { get; set; }

    public required decimal Amount { get; set; }

    public required string Currency { get; set; }

    public required string Status { get; set; }

    public string? StatusDate { get; set; }

    public string? WaiverReason { get; set; }

    public string? RecordedAt { get; set; }

    public string? Id { get; set; }

    public string? Supersedes { get; set; }
}

internal sealed class EvidenceDocumentDto
{
    public required string Kind { get; set; }

    public required string IssuedOn { get; set; }

    public required bool Official { get; set; }

    public required bool Verified { get; set; }

    public string? CourseId { get; set; }

    public string? RecordedAt { get; set; }
}
