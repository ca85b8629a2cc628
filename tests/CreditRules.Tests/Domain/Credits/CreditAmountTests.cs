namespace CreditRules.Tests.Domain.Credits;

public sealed class CreditAmountTests
{
    [Fact]
    public void FromSemesterHours_Negative_ThrowsNamingFieldAndValue()
    {
        var act = () => CreditAmount.FromSemesterHours(-3);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("hours")
            .WithMessage("Credit hours must be zero or more. (Parameter 'hours')*Actual value was -3.");
    }

    [Fact]
    public void FromQuarterHours_NegativeFraction_ThrowsNamingFieldAndValue()
    {
        var act = () => CreditAmount.FromQuarterHours(-0.5m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("hours")
            .WithMessage("Credit hours must be zero or more. (Parameter 'hours')*Actual value was -0.5.");
    }

    [Fact]
    public void FromFraction_NegativeNumerator_ThrowsNamingNumerator()
    {
        var act = () => CreditAmount.FromFraction(-1, 3, CreditUnit.SemesterHour);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator")
            .WithMessage("Credit hours must be zero or more. (Parameter 'numerator')*Actual value was -1.");
    }

    [Theory]
    [InlineData(0L)]    // division by zero
    [InlineData(-3L)]   // a negative denominator would hide the sign
    public void FromFraction_DenominatorNotPositive_ThrowsNamingDenominator(long given)
    {
        var act = () => CreditAmount.FromFraction(1, given, CreditUnit.SemesterHour);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("denominator")
            .WithMessage("Denominator must be greater than zero. (Parameter 'denominator')*Actual value was " + given + ".");
    }

    [Fact]
    public void FromHours_UndefinedUnit_ThrowsNamingUnit()
    {
        var act = () => CreditAmount.FromHours(1, (CreditUnit)7);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("unit")
            .WithMessage("Value is not a defined CreditUnit. (Parameter 'unit')*Actual value was 7.");
    }

    [Theory]
    [InlineData(CreditUnit.SemesterHour)]
    [InlineData(CreditUnit.QuarterHour)]
    public void Zero_DefinedUnit_IsZeroInThatUnit(CreditUnit unit)
    {
        var zero = CreditAmount.Zero(unit);

        (zero.IsZero, zero.Unit).Should().Be((true, unit));
    }

    [Fact]
    public void Zero_UndefinedUnit_ThrowsNamingUnit()
    {
        var act = () => CreditAmount.Zero((CreditUnit)2);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("unit")
            .WithMessage("Value is not a defined CreditUnit. (Parameter 'unit')*Actual value was 2.");
    }

    public static TheoryData<CreditAmount, string> Formatting => new()
    {
        { CreditAmount.FromFraction(8, 3, CreditUnit.SemesterHour), "2 2/3 SH" },   // a non-terminating fraction stays a fraction
        { CreditAmount.FromFraction(6, 4, CreditUnit.SemesterHour), "1.5 SH" },     // reduced to 3/2, which terminates
        { CreditAmount.FromQuarterHours(4.5m), "4.5 QH" },
        { CreditAmount.FromSemesterHours(3.000m), "3 SH" },                          // trailing zeros do not matter
        { CreditAmount.FromFraction(1, 3, CreditUnit.QuarterHour), "1/3 QH" },       // no whole part
    };

    [Theory]
    [MemberData(nameof(Formatting))]
    public void ToString_ExactAmount_UsesDecimalOrFraction(CreditAmount amount, string expected)
    {
        amount.ToString().Should().Be(expected);
    }

    [Fact]
    public void FromFraction_NotInLowestTerms_IsReduced()
    {
        var amount = CreditAmount.FromFraction(10, 4, CreditUnit.SemesterHour);

        amount.Numerator.Should().Be(5);
        amount.Denominator.Should().Be(2);
    }

    [Fact]
    public void Equals_SameValueDifferentSpelling_AreEqual()
    {
        var fromDecimal = CreditAmount.FromSemesterHours(2.50m);
        var fromFraction = CreditAmount.FromFraction(5, 2, CreditUnit.SemesterHour);

        fromDecimal.Should().Be(fromFraction);
        (fromDecimal == fromFraction).Should().BeTrue();
        fromDecimal.GetHashCode().Should().Be(fromFraction.GetHashCode());
    }

    [Fact]
    public void Equals_SameNumberDifferentUnit_AreNotEqual()
    {
        var semester = CreditAmount.FromSemesterHours(3);
        var quarter = CreditAmount.FromQuarterHours(3);

        semester.Equals(quarter).Should().BeFalse();
        (semester != quarter).Should().BeTrue();
        semester.Equals((object)quarter).Should().BeFalse();
    }

    [Fact]
    public void Default_IsZeroSemesterHours()
    {
        var value = default(CreditAmount);

        value.IsZero.Should().BeTrue();
        value.Unit.Should().Be(CreditUnit.SemesterHour);
        value.Denominator.Should().Be(1);
        value.Should().Be(CreditAmount.Zero(CreditUnit.SemesterHour));
        value.ToString().Should().Be("0 SH");
    }

    [Fact]
    public void CompareTo_DifferentUnits_Throws()
    {
        var semester = CreditAmount.FromSemesterHours(1);
        var quarter = CreditAmount.FromQuarterHours(1);

        var act = () => semester < quarter;

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("Cannot combine 1 SH with 1 QH without converting units first.");
    }

    [Fact]
    public void Plus_DifferentUnits_Throws()
    {
        var act = () => CreditAmount.FromQuarterHours(4).Plus(CreditAmount.FromSemesterHours(2));

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("Cannot combine 4 QH with 2 SH without converting units first.");
    }

    [Fact]
    public void MinusOrZero_DifferentUnits_Throws()
    {
        var act = () => CreditAmount.FromQuarterHours(4).MinusOrZero(CreditAmount.FromSemesterHours(2));

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("Cannot combine 4 QH with 2 SH without converting units first.");
    }

    [Fact]
    public void Plus_Thirds_AddUpExactly()
    {
        var sum = CreditAmount.FromFraction(8, 3, CreditUnit.SemesterHour).Plus(CreditAmount.FromFraction(1, 3, CreditUnit.SemesterHour));

        sum.Should().Be(CreditAmount.FromSemesterHours(3));
    }

    [Theory]
    [InlineData(3, 1, 2)]     // ordinary difference
    [InlineData(3, 3, 0)]     // exactly zero
    [InlineData(1, 3, 0)]     // would be negative: stops at zero
    public void MinusOrZero_Subtracts_StoppingAtZero(int left, int right, int expected)
    {
        CreditAmount.FromSemesterHours(left).MinusOrZero(CreditAmount.FromSemesterHours(right))
            .Should().Be(CreditAmount.FromSemesterHours(expected));
    }

    [Fact]
    public void Min_SameUnit_ReturnsSmaller()
    {
        var small = CreditAmount.FromFraction(8, 3, CreditUnit.SemesterHour);
        var large = CreditAmount.FromSemesterHours(3);

        CreditAmount.Min(large, small).Should().Be(small);
        CreditAmount.Min(small, large).Should().Be(small);
    }

    [Fact]
    public void Operators_SameUnit_OrderExactly()
    {
        var twoThirds = CreditAmount.FromFraction(2, 3, CreditUnit.SemesterHour);
        var pointSixSeven = CreditAmount.FromSemesterHours(0.67m);

        (twoThirds < pointSixSeven).Should().BeTrue();    // 0.666... is below 0.67: no double rounding
        (pointSixSeven > twoThirds).Should().BeTrue();
        (twoThirds <= CreditAmount.FromFraction(4, 6, CreditUnit.SemesterHour)).Should().BeTrue();
        (twoThirds >= pointSixSeven).Should().BeFalse();
    }

    [Fact]
    public void ConvertTo_SemesterToQuarter_MultipliesByThreeHalves()
    {
        CreditAmount.FromSemesterHours(3).ConvertTo(CreditUnit.QuarterHour).Should().Be(CreditAmount.FromQuarterHours(4.5m));
    }

    [Fact]
    public void ConvertTo_SameUnit_StillAppliesRounding()
    {
        CreditAmount.FromFraction(8, 3, CreditUnit.SemesterHour).ConvertTo(CreditUnit.SemesterHour, RoundingPolicy.FloorTo(1))
            .Should().Be(CreditAmount.FromSemesterHours(2));
    }

    [Fact]
    public void ConvertTo_UndefinedUnit_ThrowsNamingUnit()
    {
        var act = () => CreditAmount.FromSemesterHours(3).ConvertTo((CreditUnit)5);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("unit")
            .WithMessage("Value is not a defined CreditUnit. (Parameter 'unit')*Actual value was 5.");
    }

    [Fact]
    public void ToDecimal_NonTerminating_RoundsTo28Digits()
    {
        CreditAmount.FromFraction(8, 3, CreditUnit.SemesterHour).ToDecimal().Should().Be(2.6666666666666666666666666667m);
    }

    public static TheoryData<decimal> NotHeldExactly => new()
    {
        decimal.MaxValue,                       // too large for a 64-bit numerator
        0.0000000000000000000000000001m,        // 10^-28: the denominator does not fit in 64 bits
    };

    [Theory]
    [MemberData(nameof(NotHeldExactly))]
    public void FromSemesterHours_CannotBeHeldExactly_ThrowsNamingFieldAndValue(decimal given)
    {
        var act = () => CreditAmount.FromSemesterHours(given);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("hours")
            .WithMessage("Credit hours cannot be held exactly: the value is too large or has too many decimal places. (Parameter 'hours')*Actual value was " + given.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
    }

    [Fact]
    public void Equals_ZeroFromDecimalAndDefault_AreEqual()
    {
        var zero = CreditAmount.FromSemesterHours(0.00m);

        zero.Should().Be(default(CreditAmount));
        zero.GetHashCode().Should().Be(default(CreditAmount).GetHashCode());
    }
}
