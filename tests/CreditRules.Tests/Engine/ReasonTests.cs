namespace CreditRules.Tests.Engine;

public sealed class ReasonTests
{
    [Fact]
    public void Constructor_RendersTemplateWithArguments()
    {
        var reason = new Reason(ReasonCode.FeeUnpaid, ReasonSeverity.Outstanding, "learner.fees", "p-2013", [new("FeeKind", "ProctoredExam"), new("Amount", "USD 90.00")]);

        reason.Message.Should().Be("The ProctoredExam fee of USD 90.00 is unpaid.");
        reason.GetArgumentOrNull("Amount").Should().Be("USD 90.00");
        reason.GetArgumentOrNull("Missing").Should().BeNull();
        reason.ToString().Should().Be("Outstanding FeeUnpaid: The ProctoredExam fee of USD 90.00 is unpaid.");
    }

    [Fact]
    public void Constructor_MissingArgument_KeepsPlaceholder()
    {
        var reason = new Reason(ReasonCode.FeeUnpaid, ReasonSeverity.Outstanding, "learner.fees", null, [new("FeeKind", "Transcript")]);

        reason.Message.Should().Be("The Transcript fee of {Amount} is unpaid.");
    }

    [Fact]
    public void Constructor_DefaultCode_ThrowsNamingCode()
    {
        var act = () => new Reason(default, ReasonSeverity.Blocking, "rule", null, []);

        act.Should().Throw<ArgumentException>().WithParameterName("code")
            .WithMessage("The reason code must not be default. (Parameter 'code')");
    }

    [Fact]
    public void Constructor_UndefinedSeverity_ThrowsNamingSeverity()
    {
        var act = () => new Reason(ReasonCode.FeeUnpaid, (ReasonSeverity)9, "rule", null, []);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("severity")
            .WithMessage("Value is not a defined ReasonSeverity. (Parameter 'severity')*Actual value was 9.");
    }

    [Fact]
    public void Constructor_NullArguments_ThrowsNamingArguments()
    {
        var act = () => new Reason(ReasonCode.FeeUnpaid, ReasonSeverity.Outstanding, "rule", null, null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("arguments");
    }

    [Fact]
    public void Constructor_ArgumentsChangedAfterwards_KeepsItsOwnCopy()
    {
        var arguments = new List<KeyValuePair<string, string>> { new("FeeKind", "ProctoredExam"), new("Amount", "USD 90.00") };
        var reason = new Reason(ReasonCode.FeeUnpaid, ReasonSeverity.Outstanding, "learner.fees", null, arguments);

        arguments[1] = new("Amount", "USD 1.00");
        arguments.Add(new("Extra", "x"));

        reason.Arguments.Should().Equal(new KeyValuePair<string, string>("FeeKind", "ProctoredExam"), new KeyValuePair<string, string>("Amount", "USD 90.00"));
        reason.Message.Should().Contain("USD 90.00");
    }

    [Fact]
    public void Deferred_ArgumentsBuiltOnFirstReadOnly_ThenKept()
    {
        var builds = 0;
        var reason = Reason.Deferred(ReasonCode.FeeUnpaid, ReasonSeverity.Outstanding, "learner.fees", null, new Money(90m, "USD"), amount =>
        {
            builds++;
            return [("FeeKind", "ProctoredExam"), CreditRules.Engine.Rules.ReasonArg.Of("Amount", amount)];
        });

        builds.Should().Be(0);
        reason.Message.Should().Be("The ProctoredExam fee of USD 90.00 is unpaid.");
        reason.GetArgumentOrNull("FeeKind").Should().Be("ProctoredExam");
        reason.TryGetValue<Money>("Amount", out var typed).Should().BeTrue();
        typed.Should().Be(new Money(90m, "USD"));
        reason.Arguments.Should().BeSameAs(reason.Arguments);
        builds.Should().Be(1);
    }

    [Fact]
    public void Deferred_ReadOnManyThreadsAtOnce_EveryThreadSeesTheSameArguments()
    {
        var reason = Reason.Deferred(ReasonCode.FeeUnpaid, ReasonSeverity.Outstanding, "learner.fees", null, 90m, amount => [("FeeKind", "ProctoredExam"), ("Amount", "USD " + amount)]);

        var seen = new IReadOnlyList<KeyValuePair<string, string>>[8];
        Parallel.For(0, seen.Length, i => seen[i] = reason.Arguments);

        seen.Should().AllSatisfy(arguments => arguments.Should().BeSameAs(seen[0]));
        seen[0].Should().Equal(new KeyValuePair<string, string>("FeeKind", "ProctoredExam"), new KeyValuePair<string, string>("Amount", "USD 90"));
    }
}
