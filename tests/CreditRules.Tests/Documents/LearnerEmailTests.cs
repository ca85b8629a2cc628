using CreditRules.Documents;

namespace CreditRules.Tests.Documents;

/// <summary>Learner emails (the identity Credly and Open Badges recipients are matched by) in the domain and the learner document.</summary>
public sealed class LearnerEmailTests
{
    [Fact]
    public void Load_LearnerWithEmails_KeepsThemOnceIgnoringCaseAndWritesThemBack()
    {
        var json = """{ "schemaVersion": 1, "learners": [ { "id": "ada", "emails": ["ada@example.edu", " ADA@example.edu ", "ada@home.example"] } ] }""";

        var learners = LearnerDocument.Load(json).Value;
        var again = LearnerDocument.Load(LearnerDocument.Write(learners)).Value;

        learners.Learners.Single().Emails.Should().Equal("ada@example.edu", "ada@home.example");
        again.Learners.Single().Emails.Should().Equal("ada@example.edu", "ada@home.example");
    }

    [Fact]
    public void Load_LearnerWithoutEmails_HasNoneAndWritesNoEmailsMember()
    {
        var learners = LearnerDocument.Load("""{ "schemaVersion": 1, "learners": [ { "id": "ada" } ] }""").Value;

        learners.Learners.Single().Emails.Should().BeEmpty();
        LearnerDocument.Write(learners).Should().NotContain("emails");
    }

    [Theory]
    [InlineData("ada.example.edu")]   // no '@'
    [InlineData("@example.edu")]      // no local part
    [InlineData("ada@")]              // no domain
    [InlineData(" ")]                 // blank
    public void Constructor_InvalidEmail_ThrowsNamingTheValue(string email)
    {
        var act = () => new LearnerRecord("ada", emails: [email]);

        act.Should().Throw<ArgumentException>().WithParameterName("emails")
            .WithMessage("An email must have a local part, an '@' and a domain; got '" + email + "'. (Parameter 'emails')");
    }
}
