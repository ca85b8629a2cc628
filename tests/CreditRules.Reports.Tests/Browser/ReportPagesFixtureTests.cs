namespace CreditRules.Reports.Tests.Browser;

public sealed class ReportPagesFixtureTests
{
    [Fact]
    public void EnsureChromium_Missing_FailsSayingHowToInstallIt()
    {
        var act = () => ReportPagesFixture.EnsureChromium("/nonexistent/chromium");

        act.Should().Throw<InvalidOperationException>().WithMessage(
            "The browser tests need Chromium at /nonexistent/chromium and it is not there. Install Debian's package with `apt-get update && apt-get install -y chromium` (.ci/run does this), or point CREDITRULES_CHROMIUM at a Chromium binary.");
    }

    [Fact]
    public void EnsureChromium_SystemBrowser_IsThere() =>
        FluentActions.Invoking(() => ReportPagesFixture.EnsureChromium(ReportPagesFixture.ChromiumPath)).Should().NotThrow();
}
