using System.Numerics;
using CreditRules.Internal;
using CsCheck;

namespace CreditRules.Tests.Internal;

public sealed class RationalTests
{
    /// <summary>
    /// A rational is kept in lowest terms with a positive denominator: the same terms BigInteger's greatest common divisor
    /// gives, for any numerator (the extremes included) and denominator.
    /// </summary>
    [Fact]
    public void Constructor_AnyTerms_ReducesAsBigIntegerDoes()
    {
        var terms = Gen.OneOf(Gen.Long, Gen.Long[-1_000, 1_000], Gen.OneOfConst(long.MinValue + 1, long.MaxValue, 0L, 1L, -1L));
        var denominators = Gen.OneOf(Gen.Long[1, long.MaxValue], Gen.Long[1, 1_000], Gen.Long[-1_000, -1], Gen.OneOfConst(long.MaxValue, 1L, 2L, 3L, -long.MaxValue));
        terms.Select(denominators).Where(t => !(t.Item1 == long.MinValue && t.Item2 < 0)).Sample(
            (numerator, denominator) =>
            {
                var sign = denominator < 0 ? -1 : 1;
                var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
                var expected = ((long)(sign * numerator / gcd), (long)(sign * denominator / gcd));

                var value = new Rational(numerator, denominator);

                (value.Numerator, value.Denominator).Should().Be(expected);
            },
            seed: new PCG(16, 2028).ToString(),
            iter: 20_000,
            threads: 1);
    }

    [Fact]
    public void Constructor_MinValueNumerator_ReducesWithAnEvenDenominator()
    {
        var value = new Rational(long.MinValue, 4);

        (value.Numerator, value.Denominator).Should().Be((long.MinValue / 4, 1L));
    }

    /// <summary>
    /// Sums, differences and comparisons are exact, whether the denominators are equal (the shortcut without cross
    /// products) or not: each agrees with the same sum, difference or comparison over BigInteger fractions.
    /// </summary>
    [Fact]
    public void Arithmetic_SameAndDifferentDenominators_AgreesWithBigIntegerFractions()
    {
        var numerators = Gen.Long[-1_000_000, 1_000_000];
        var denominators = Gen.OneOf(Gen.Long[1, 12], Gen.OneOfConst(1L, 2L, 3L));
        numerators.Select(denominators, numerators, denominators).Sample(
            (an, ad, bn, bd) =>
            {
                var a = new Rational(an, ad);
                var b = new Rational(bn, bd);
                var sum = ((BigInteger)an * bd) + ((BigInteger)bn * ad);
                var difference = ((BigInteger)an * bd) - ((BigInteger)bn * ad);
                var product = (BigInteger)ad * bd;

                Terms(a + b).Should().Be(Reduced(sum, product));
                Terms(a - b).Should().Be(Reduced(difference, product));
                Math.Sign(a.CompareTo(b)).Should().Be(difference.Sign);
            },
            seed: new PCG(16, 2029).ToString(),
            iter: 20_000,
            threads: 1);
    }

    [Fact]
    public void Addition_SameDenominatorOverflowing_Throws()
    {
        var act = () => new Rational(long.MaxValue, 1) + new Rational(1, 1);

        act.Should().Throw<OverflowException>();
    }

    private static (long Numerator, long Denominator) Terms(Rational value) => (value.Numerator, value.Denominator);

    private static (long Numerator, long Denominator) Reduced(BigInteger numerator, BigInteger denominator)
    {
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        return ((long)(numerator / gcd), (long)(denominator / gcd));
    }
}
