using CreditRules.Benchmarks.Table;

namespace CreditRules.Tests.Benchmarks;

/// <summary>Target clauses of the README performance table (benchmarks/CreditRules.Benchmarks/Table/PerfTarget.cs, compiled in here).</summary>
public sealed class PerfTargetTests
{
    [Theory]
    [InlineData("< 1 ms when Institutions=2000", "Institutions=500", 2e6, "")]                       // another size: the clause does not apply
    [InlineData("< 1 ms when Institutions=2000", "Institutions=2000", 2e6, "no: 2.0 ms vs < 1 ms")]  // its size: checked
    [InlineData("< 1 ms when Institutions=2000, 0 B per institution", "Institutions=2000", 5e5, "yes (reported: 0 B per institution)")]  // unchecked clause named
    [InlineData("0 B per institution", "", 5e5, "reported")]                                         // nothing checkable
    [InlineData("≤ 60 ns, 0 B", "", 60.0, "no: 8 B vs 0 B")]                                         // 60 ns is inclusive; 8 B is not 0 B
    public void Check_Clauses_MetFromTheMeasure(string target, string parameters, double ns, string expected)
    {
        PerfTarget.Check(target, new PerfMeasure(ns, 8, null, _ => null), parameters).Should().Be(expected);
    }

    [Fact]
    public void Check_TargetNamesUnknownRow_FailsNamingIt()
    {
        var check = () => PerfTarget.Check("≥ 50x faster than Nothing", new PerfMeasure(50, 0, null, _ => null));

        check.Should().Throw<InvalidOperationException>().WithMessage("The target \"≥ 50x faster than Nothing\" names Nothing, which is not a measured row of the same group.");
    }
}
