using CreditRules.DependencyInjection;
using CreditRules.Tests.Support;

namespace CreditRules.Tests.DependencyInjection;

public sealed class CreditRulesOptionsTests
{
    public static TheoryData<int, bool> Parallelism => new()
    {
        { 0, false },   // below the lowest
        { 1, true },    // lowest allowed: sequential batches
        { 64, true },   // highest allowed
        { 65, false },  // above the highest
    };

    [Theory]
    [MemberData(nameof(Parallelism))]
    public void Validate_MaxDegreeOfParallelismBoundaries_AcceptsOneToSixtyFour(int value, bool valid)
    {
        var options = new CreditRulesOptions { MaxDegreeOfParallelism = value };

        var act = () => options.Validate();

        if (valid)
        {
            act.Should().NotThrow().Which.MaxDegreeOfParallelism.Should().Be(value);
        }
        else
        {
            act.Should().Throw<CreditRulesOptionsValidationException>().Which.Errors.Should().Equal(
                $"MaxDegreeOfParallelism: {value} is out of range; it must be between 1 and 64.");
        }
    }

    [Fact]
    public void Validate_Defaults_GiveProcessorCountAndNoZoneOrSource()
    {
        var settings = new CreditRulesOptions().Validate();

        settings.MaxDegreeOfParallelism.Should().Be(Math.Min(Environment.ProcessorCount, 64));
        settings.TodayZone.Should().BeNull();
        settings.DataSource.Should().BeNull();
    }

    [Fact]
    public void Validate_KnownZone_ResolvesIt()
    {
        new CreditRulesOptions { TodayZoneId = "America/Chicago" }.Validate().TodayZone.Should().Be(HostSamples.Chicago);
    }

    [Fact]
    public void Validate_Snapshot_IgnoresLaterChanges()
    {
        var options = new CreditRulesOptions { MaxDegreeOfParallelism = 2 };
        var settings = options.Validate();

        options.MaxDegreeOfParallelism = 3;

        settings.MaxDegreeOfParallelism.Should().Be(2);
    }

    [Fact]
    public void UseData_BlankVersion_ThrowsNamingField()
    {
        var act = () => new CreditRulesOptions().UseData(HostSamples.Catalog, HostSamples.Policies, " ");

        act.Should().Throw<ArgumentException>().WithParameterName("version")
            .WithMessage("Value must not be empty or white space; got ' '. (Parameter 'version')");
    }
}
