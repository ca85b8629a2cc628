using System.Net;
using System.Text;
using System.Text.Json;
using CreditRules.Documents;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace CreditRules.Samples.WebApi.Tests;

/// <summary>The ASP.NET Core sample, in memory: POST a learner, get decision JSON; ProblemDetails for document errors; a bad data path fails at start.</summary>
public sealed class DecisionsEndpointTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static string Learner(string id)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "learners.json")));
        return document.RootElement.GetProperty("learners").EnumerateArray().First(l => l.GetProperty("id").GetString() == id).GetRawText();
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task PostDecisions_SampleLearner_ReturnsTheDecisionJson()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/decisions?asOf=2014-06-30", Json(Learner("ada")), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(body);
        var decision = DecisionDocument.ReadDecision(Encoding.UTF8.GetBytes(json.RootElement.EnumerateArray().Single().GetRawText()));
        decision.LearnerId.Should().Be("ada");
        decision.Outcome.Should().Be("Eligible");
        decision.CreditsGranted.Text.Should().Be("3 SH");
        decision.AsOf.Should().Be("2014-06-30");
        decision.QualifyingDate.Should().Be("2013-05-20");
        decision.DataVersion.Should().StartWith("sha256:");
        decision.Reasons.Should().OnlyContain(r => r.RuleId.Length > 0 && r.Message.Length > 0);
    }

    [Fact]
    public async Task PostDecisions_LearnerWithSeveralClaims_ReturnsTheRecordAwareDecisionOfEachClaim()
    {
        // noor's penn-calculus is eligible when decided alone, but not within noor's whole record at the institution: the
        // endpoint answers with the one decision a claim has, the record-aware one (as `creditrules evaluate` does).
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/decisions?asOf=2014-06-30", Json(Learner("noor")), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var calculus = json.RootElement.EnumerateArray().Single(d => d.GetProperty("courseId").GetString() == "penn-calculus");
        calculus.GetProperty("outcome").GetString().Should().Be("NotEligible");
        calculus.GetProperty("creditsGranted").GetProperty("text").GetString().Should().Be("0 SH");
    }

    [Fact]
    public async Task PostDecisions_IncompleteLearner_ReturnsNextSteps()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/decisions?asOf=2014-06-30", Json(Learner("ben")), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var decision = json.RootElement[0];
        decision.GetProperty("learnerId").GetString().Should().Be("ben");
        decision.GetProperty("outcome").GetString().Should().NotBe("Eligible");
        decision.GetProperty("reasons").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task PostDecisions_UnknownInstitution_ReturnsProblemDetailsNamingThePath()
    {
        using var client = factory.CreateClient();
        var body = Learner("ada").Replace("\"eastern-state\"", "\"atlantis\"", StringComparison.Ordinal);

        using var response = await client.PostAsync("/decisions?asOf=2014-06-30", Json(body), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        problem.RootElement.GetProperty("title").GetString().Should().Be("The learner document is invalid.");
        problem.RootElement.GetProperty("status").GetInt32().Should().Be(400);
        var errors = problem.RootElement.GetProperty("errors");
        errors.GetProperty("$.claims[0].institutionId")[0].GetString().Should().StartWith("UnknownReference: ").And.Contain("atlantis");
    }

    [Fact]
    public async Task PostDecisions_MalformedJsonAndBadDate_AreProblemDetails()
    {
        using var client = factory.CreateClient();

        using var malformed = await client.PostAsync("/decisions?asOf=2014-06-30", Json("{\"id\": "), TestContext.Current.CancellationToken);
        using var badDate = await client.PostAsync("/decisions?asOf=2014-02-30", Json(Learner("ada")), TestContext.Current.CancellationToken);

        malformed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        malformed.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        badDate.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await badDate.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        problem.RootElement.GetProperty("errors").GetProperty("asOf")[0].GetString().Should().Be("'2014-02-30' is not an ISO date (yyyy-MM-dd).");
    }

    [Fact]
    public async Task Health_DataLoaded_ReportsHealthyWithTheDataVersion()
    {
        using var client = factory.CreateClient();

        var body = await client.GetStringAsync("/health", TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("status").GetString().Should().Be("Healthy");
        json.RootElement.GetProperty("creditrules").GetProperty("dataVersion").GetString().Should().StartWith("sha256:");
        json.RootElement.GetProperty("creditrules").GetProperty("reloadOnChange").GetString().Should().Be("True");
    }

    [Fact]
    public void Start_BadDataPaths_FailsListingEveryInvalidSetting()
    {
        using var broken = factory.WithWebHostBuilder(b => b
            .UseSetting("CreditRules:CatalogPath", "/no/such/catalog.json")
            .UseSetting("CreditRules:PoliciesPath", "/no/such/policies.json"));

        var start = () => broken.CreateClient();

        start.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
            "CatalogPath: file '/no/such/catalog.json' does not exist.",
            "PoliciesPath: file '/no/such/policies.json' does not exist.");
    }
}
