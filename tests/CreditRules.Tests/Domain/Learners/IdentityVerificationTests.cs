namespace CreditRules.Tests.Domain.Learners;

public sealed class IdentityVerificationTests
{
    [Fact]
    public void Constructor_FallbackSameAsMethod_ThrowsNamingFallback()
    {
        var act = () => new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Verified, Instant.FromUtc(2013, 3, 10, 14, 0), IdentityMethod.TypingPattern);

        act.Should().Throw<ArgumentException>().WithParameterName("fallbackMethod")
            .WithMessage("The fallback method must differ from the primary method TypingPattern. (Parameter 'fallbackMethod')");
    }

    [Fact]
    public void Constructor_UndefinedStatus_ThrowsNamingStatus()
    {
        var act = () => new IdentityVerification(IdentityMethod.TypingPattern, (VerificationStatus)7, Instant.FromUtc(2013, 3, 10, 14, 0));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("status")
            .WithMessage("Value is not a defined VerificationStatus. (Parameter 'status')*Actual value was 7.");
    }
}
