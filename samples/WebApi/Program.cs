// CreditRules in an ASP.NET Core minimal API: POST a learner (one element of a learner document's "learners" array,
// with its claims) to /decisions?asOf=2014-06-30 and get one decision per claim as JSON (schemas/decision.schema.json).
// A document error is a 400 ProblemDetails listing every error by JSON path; a bad data path stops the host at start.
using System.Text.Json;
using CreditRules.DependencyInjection;
using CreditRules.Documents;
using CreditRules.Engine;
using CreditRules.Extensions.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NodaTime.Text;

var builder = WebApplication.CreateBuilder(args);
builder.AddCreditRules().BindConfiguration("CreditRules");   // options + ValidateOnStart + data loaded at start + reload
builder.Services.AddHealthChecks().AddCreditRules();          // data version, last reload error
builder.Services.AddProblemDetails();

var app = builder.Build();
app.MapPost("/decisions", DecideAsync);
app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync });
app.Run();

static async Task<IResult> DecideAsync(HttpRequest request, CreditRulesEvaluator evaluator, CreditRulesDataProvider data, string? asOf, CancellationToken cancellationToken)
{
    var snapshot = data.RecordEvaluator; // one data snapshot (claim and record rules) for the whole request, even if a reload lands meanwhile
    NodaTime.LocalDate? date = null;
    if (asOf is not null)
    {
        var parsed = LocalDatePattern.Iso.Parse(asOf);
        if (!parsed.Success)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["asOf"] = ["'" + asOf + "' is not an ISO date (yyyy-MM-dd)."] });
        }

        date = parsed.Value;
    }

    var read = await LearnerDocument.ReadLearnerAsync(request.Body, snapshot.Evaluator.Catalog, snapshot.Evaluator.Policies, cancellationToken);
    if (!read.IsSuccess)
    {
        return Results.ValidationProblem(
            read.Errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Code + ": " + e.Message).ToArray()),
            title: "The learner document is invalid.");
    }

    // One decision per claim, the record-aware one: the learner's claims at each institution and program are decided
    // together as a whole record (caps, duplicates, precedence and local-credit holds apply), never one by one.
    var learner = read.Value.Learners[0];
    var records = read.Value.Claims
        .GroupBy(c => (c.InstitutionId, c.ProgramId))
        .ToDictionary(g => g.Key, g => date is { } d
            ? snapshot.Evaluate(new RecordEvaluationRequest(learner, g.Select(c => c.CourseId).Distinct(), g.Key.InstitutionId, g.Key.ProgramId, d))
            : evaluator.EvaluateRecordToday(learner, g.Select(c => c.CourseId).Distinct(), g.Key.InstitutionId, g.Key.ProgramId));
    var decisions = read.Value.Claims
        .Select(c => DecisionJson.From(records[(c.InstitutionId, c.ProgramId)].GetAwardOrNull(c.CourseId)!.RecordAwareDecision))
        .ToArray();
    return Results.Json<IReadOnlyList<DecisionJson>>(decisions, DecisionDocument.DecisionListTypeInfo);
}

static Task WriteHealthAsync(HttpContext context, HealthReport report)
{
    context.Response.ContentType = "application/json";
    using var buffer = new MemoryStream();
    using (var json = new Utf8JsonWriter(buffer))
    {
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", entry.Description);
            foreach (var (key, value) in entry.Data)
            {
                json.WriteString(key, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    return context.Response.Body.WriteAsync(buffer.ToArray()).AsTask();
}

/// <summary>The entry point, public for WebApplicationFactory.</summary>
public partial class Program;
