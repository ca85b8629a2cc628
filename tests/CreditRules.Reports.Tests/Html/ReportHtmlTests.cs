using CreditRules.Domain;
using CreditRules.Engine;
using CreditRules.Reports.Tests.Support;

namespace CreditRules.Reports.Tests.Html;

public sealed class ReportHtmlTests
{
    private static ImpactReportModel Impact() => ImpactReportModel.Create(
        EvaluationPlan.Compile(Samples.Catalog, Samples.Policies, Samples.AsOf),
        EvaluationPlan.Compile(Samples.Catalog, Samples.Policies, Samples.AsOf.PlusYears(2)),
        Samples.Population(300, seed: 7));

    private static DecisionLetterModel Letter(string institutionName) => new(
        "kim", "x", institutionName, "p", "Associate in Arts", Samples.AsOf, CreditAmount.FromSemesterHours(3),
        [new LetterCourse("c", "Pre-Calculus", DecisionOutcome.Eligible, CreditAmount.FromSemesterHours(3), CreditAmount.FromSemesterHours(3), [], [new ReportReason("FeeWaived", ReasonSeverity.Informational, "The fee was waived.", "fees")], [], null, null, null, "America/New_York")],
        [], null, null, "v1", null, null);

    [Fact]
    public void Render_SameModelTwice_GivesTheSameText()
    {
        var model = Impact();

        ReportHtml.Render(model).Should().Be(ReportHtml.Render(model));
    }

    [Fact]
    public void Render_Impact_LinksNothingOutside()
    {
        var html = ReportHtml.Render(Impact());

        html.Should().NotContainAny("src=", "href=", "url(http", "@import", "<link");
        html.Should().Contain("<svg").And.Contain("data-chart=\"chart-transitions\"");
    }

    [Fact]
    public void Render_LetterWithMarkupInAName_EscapesIt()
    {
        var html = ReportHtml.Render(Letter("<script>alert(1)</script> College"));

        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt; College").And.NotContain("<script>alert(1)");
    }

    [Fact]
    public void Render_Letter_PutsCodesInTheFooterOnly()
    {
        var html = ReportHtml.Render(Letter("Eastern State College"));
        var main = html[html.IndexOf("<main>", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
        var footer = html[html.IndexOf("<footer>", StringComparison.Ordinal)..];

        main.Should().Contain("The fee was waived.").And.NotContain("FeeWaived");
        footer.Should().Contain("FeeWaived");
    }
}
