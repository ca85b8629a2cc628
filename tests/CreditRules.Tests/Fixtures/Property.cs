using CsCheck;

namespace CreditRules.Tests.Fixtures;

/// <summary>
/// Runs a CsCheck generator from a fixed PCG stream and seed, so every run checks the same cases. A failure names
/// the case number and the generated input.
/// </summary>
internal static class Property
{
    public const uint Stream = 2013;
    public const ulong Seed = 20130207;

    public static void ForAll<T>(Gen<T> gen, Action<T> assert, int cases = 300)
    {
        var pcg = new PCG(Stream, Seed);
        for (var i = 0; i < cases; i++)
        {
            var value = gen.Generate(pcg, null, out _);
            try
            {
                assert(value);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException("Property failed on case " + i + " (PCG stream " + Stream + ", seed " + Seed + ") for input " + Check.Print(value) + ": " + e.Message, e);
            }
        }
    }

    public static void ForAll<T1, T2>(Gen<(T1, T2)> gen, Action<T1, T2> assert, int cases = 300) =>
        ForAll(gen, pair => assert(pair.Item1, pair.Item2), cases);
}
