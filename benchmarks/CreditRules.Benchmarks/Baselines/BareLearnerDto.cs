using System.Text.Json.Serialization;

namespace CreditRules.Benchmarks.Baselines;

#pragma warning disable CA1002 // DTOs: List<T> is what the source generator fills fastest.
#pragma warning disable CA2227 // DTOs: settable collections for the serializer.

/// <summary>
/// The bare System.Text.Json baseline's view of one JSON Lines record (one element of the learner document's
/// <c>learners</c> array): plain source-generated DTOs, deserialised and nothing else.
/// </summary>
public sealed class LearnerLineDto
{
    public required string Id { get; set; }

    public bool? Veteran { get; set; }

    public string? Notes { get; set; }

    public List<ClaimLineDto>? Claims { get; set; }

    public List<ProgramEnrollmentLineDto>? ProgramEnrollments { get; set; }

    public List<CourseEnrollmentLineDto>? CourseEnrollments { get; set; }

    public List<CompletionLineDto>? Completions { get; set; }

    public List<IdentityVerificationLineDto>? IdentityVerifications { get; set; }

    public List<ExamAttemptLineDto>? ExamAttempts { get; set; }

    public List<FeeLineDto>? Fees { get; set; }

    public List<EvidenceLineDto>? Evidence { get; set; }

    public List<PriorCreditLineDto>? PriorCredits { get; set; }

    public List<PostingFeePaymentLineDto>? PostingFeePayments { get; set; }
}

public sealed class PostingFeePaymentLineDto
{
    public required string InstitutionId { get; set; }

    public required string PaidOn { get; set; }

    public string? RecordedAt { get; set; }
}

public sealed class PriorCreditLineDto
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

    public ScoreLineDto? Grade { get; set; }

    public string? InstitutionId { get; set; }
}

public sealed class ClaimLineDto
{
    public required string CourseId { get; set; }

    public string? Story { get; set; }

    public required string InstitutionId { get; set; }

    public required string ProgramId { get; set; }
}

public sealed class ProgramEnrollmentLineDto
{
    public required string InstitutionId { get; set; }

    public required string ProgramId { get; set; }

    public required string EnrolledOn { get; set; }

    public string? CatalogYear { get; set; }
}

public sealed class CourseEnrollmentLineDto
{
    public required string SessionId { get; set; }

    public required string Track { get; set; }

    public required string JoinedAt { get; set; }
}

public sealed class CompletionLineDto
{
    public required string SessionId { get; set; }

    public required string Status { get; set; }

    public required string RecordedOn { get; set; }

    public ScoreLineDto? Grade { get; set; }
}

public sealed class IdentityVerificationLineDto
{
    public required string Method { get; set; }

    public required string Status { get; set; }

    public required string RecordedAt { get; set; }

    public string? FallbackMethod { get; set; }
}

public sealed class ScoreLineDto
{
    public required decimal Value { get; set; }

    public required string Scale { get; set; }
}

public sealed class ExamAttemptLineDto
{
    public required string CourseId { get; set; }

    public required string StartedAt { get; set; }

    public required string CandidateZone { get; set; }

    public required string Outcome { get; set; }

    public ScoreLineDto? Score { get; set; }

    public string? Proctoring { get; set; }

    public string? IdCheck { get; set; }

    public string? Integrity { get; set; }

    public string? Invalidation { get; set; }
}

public sealed class FeeLineDto
{
    public required string CourseId { get; set; }

    public required string Kind { get; set; }

    public required decimal Amount { get; set; }

    public required string Currency { get; set; }

    public required string Status { get; set; }

    public string? StatusDate { get; set; }

    public string? WaiverReason { get; set; }
}

public sealed class EvidenceLineDto
{
    public required string Kind { get; set; }

    public required string IssuedOn { get; set; }

    public required bool Official { get; set; }

    public required bool Verified { get; set; }

    public string? CourseId { get; set; }
}

/// <summary>Source-generated (reflection-free) metadata for JSON Lines learner records: one compact line each.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(LearnerLineDto))]
public sealed partial class LearnerLineJsonContext : JsonSerializerContext;
