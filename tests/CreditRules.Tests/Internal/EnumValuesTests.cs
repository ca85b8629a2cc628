using CreditRules.Domain;
using CreditRules.Internal;

namespace CreditRules.Tests.Internal;

public sealed class EnumValuesTests
{
    /// <summary>Every enum of the library, with each of its values and the integers around them.</summary>
    public static TheoryData<Type> LibraryEnums()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(CreditLevel).Assembly.GetTypes().Where(t => t.IsEnum).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LibraryEnums))]
    public void IsDefined_EveryLibraryEnum_AgreesWithEnumIsDefined(Type type)
    {
        Enum.GetUnderlyingType(type).Should().Be<int>("Preconditions.Defined reads every library enum as an int");
        var values = (int[])Enum.GetValuesAsUnderlyingType(type);
        var candidates = values.SelectMany(v => new[] { v - 1, v, v + 1 }).Concat([int.MinValue, -1, 0, values.Length, int.MaxValue]).Distinct();
        foreach (var candidate in candidates)
        {
            EnumValues.IsDefined(type, candidate).Should().Be(Enum.IsDefined(type, candidate), type.Name + " value " + candidate);
        }
    }

    [Fact]
    public void Defined_UndefinedValue_ThrowsNamingTypeAndParameter()
    {
        var act = () => Preconditions.Defined((CreditLevel)99, "level");

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Message.Should().Be("Value is not a defined CreditLevel. (Parameter 'level')" + Environment.NewLine + "Actual value was 99.");
    }

    [Fact]
    public void Defined_DefinedValue_ReturnsIt()
    {
        Preconditions.Defined(CreditLevel.UpperDivision, "level").Should().Be(CreditLevel.UpperDivision);
    }
}
