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
}
