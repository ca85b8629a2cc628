using System.Text.Json.Serialization;
using CreditRules.Engine;
using NodaTime;
using NodaTime.Text;

namespace CreditRules.Cli.Output;

/// <summary>The shape of <c>where --json</c>.</summary>
internal sealed record WhereJson(string LearnerId, string AsOf, IReadOnlyList<string> CourseIds, int Options, IReadOnlyList<WhereOptionJson> Best)
{
    public static WhereJson From(ExploreResult result, IEnumerable<ExploreOption> shown) =>
        new(result.LearnerId, Date(result.AsOf), result.CourseIds, result.Options.Count, [.. shown.Select(o => new WhereOptionJson(
            o.Rank,
            o.InstitutionId,
            o.Institution.Name,
            o.ProgramId,
            o.Program.Name,
            o.Unit.ToString(),
            o.Outcome.ToString(),
            o.CreditsGranted.ToString(),
            o.CreditsGrantedSemesterHours.ToString(),
            o.Cost?.ToString(),
            o.ClaimsOutstanding,
            [.. result.CourseIds.Select((c, i) => new WhereClaimJson(c, o.Claims[i].Outcome.ToString(), o.Claims[i].CreditsGranted.ToString(), [.. o.Claims[i].Reasons.ToCodes().Select(r => r.ToString())]))],
            o.Summary.PostingFeeDue?.ToString(),
            o.Summary.ResidencyOutstanding?.ToString(),
            [.. StepsByCourse(o).Select(s => new NextStepJson(s.CourseId, s.Step.Code.ToString(), s.Step.Action, s.Step.Deadline is { } d ? Date(d) : null, s.Step.Cost?.ToString()))],
            o.CompleteBy is { } by ? Date(by) : null,
            o.Institution.State,
            o.Program.Kind?.ToString(),
            o.StepsOutstanding))]);

    internal static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>
    /// The next steps of an explained option with the claimed course each belongs to, course by course in the record
    /// decision's order (the order of <see cref="ExploreOption.NextSteps"/>): several incomplete courses can each need an
    /// exam, a fee or a retake, and a step's words alone do not always name the course.
    /// </summary>
    internal static IEnumerable<(string CourseId, NextStep Step)> StepsByCourse(ExploreOption option) =>
        option.Explanation is { } decision ? decision.Awards.SelectMany(a => a.NextSteps.Select(s => (a.CourseId, s))) : [];
}

/// <summary>One option of <c>where --json</c>.</summary>
internal sealed record WhereOptionJson(
    int Rank,
    string InstitutionId,
    string InstitutionName,
    string ProgramId,
    string ProgramName,
    string Unit,
    string Outcome,
    string CreditsGranted,
    string CreditsGrantedSemesterHours,
    string? StillToPay,
    int CoursesIncomplete,
    IReadOnlyList<WhereClaimJson> Courses,
    string? PostingFeeDue,
    string? ResidencyOutstanding,
    IReadOnlyList<NextStepJson> NextSteps,
    string? CompleteBy,
    string? State,
    string? ProgramKind,
    int StepsOutstanding);

/// <summary>One claimed course of a <c>where --json</c> option.</summary>
internal sealed record WhereClaimJson(string CourseId, string Outcome, string CreditsGranted, IReadOnlyList<string> ReasonCodes);

/// <summary>A next step in <c>where --json</c>, with the claimed course it belongs to.</summary>
internal sealed record NextStepJson(string CourseId, string Code, string Action, string? Deadline, string? Cost);

/// <summary>The shape of <c>next --json</c>.</summary>
internal sealed record NextJson(string LearnerId, string InstitutionId, string ProgramId, string AsOf, IReadOnlyList<CourseAdviceJson> Courses)
{
    public static NextJson From(string learnerId, string institutionId, string programId, LocalDate asOf, IReadOnlyList<CourseAdvice> advice) =>
        new(learnerId, institutionId, programId, WhereJson.Date(asOf), [.. advice.Select(a => new CourseAdviceJson(
            a.Rank,
            a.CourseId,
            a.Course.Title,
            a.CreditsGained.ToString(),
            a.CreditsGainedSemesterHours.ToString(),
            a.ExamFee?.ToString(),
            a.Deadline is { } d ? WhereJson.Date(d) : null,
            a.IsWorthTaking,
            a.Why,
            a.Award.Outcome.ToString()))]);
}

/// <summary>One course of <c>next --json</c>.</summary>
internal sealed record CourseAdviceJson(int Rank, string CourseId, string Title, string CreditsGained, string CreditsGainedSemesterHours, string? ExamFee, string? Deadline, bool WorthTaking, string Why, string OutcomeIfTaken);

/// <summary>Source-generated JSON for <c>where</c> and <c>next</c> (camelCase, indented, nulls omitted).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WhereJson))]
[JsonSerializable(typeof(NextJson))]
internal sealed partial class ExploreJsonContext : JsonSerializerContext;
