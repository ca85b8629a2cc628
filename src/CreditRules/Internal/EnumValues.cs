namespace CreditRules.Internal;

/// <summary>
/// The defined values of <see cref="int"/>-based enums, read once per enum type and kept: one non-generic check for every
/// enum (<see cref="Preconditions.Defined{T}"/>), so a cold start compiles it once instead of an
/// <see cref="Enum.IsDefined{TEnum}(TEnum)"/> per enum type. Thread-safe: the table is replaced, never changed in place.
/// </summary>
internal static class EnumValues
{
    private static Entry[] s_known = [];

    /// <summary>Whether <paramref name="value"/> is a defined value of the <see cref="int"/>-based enum <paramref name="type"/>.</summary>
    public static bool IsDefined(Type type, int value)
    {
        var known = Volatile.Read(ref s_known);
        for (var i = 0; i < known.Length; i++)
        {
            if (ReferenceEquals(known[i].Type, type))
            {
                return Contains(known[i].Values, value);
            }
        }

        return Contains(Add(type), value);
    }

    private static bool Contains(int[] values, int value)
    {
        // The values come sorted; an enum numbered 0, 1, 2, ... holds each value at its own index.
        if (unchecked((uint)value) < (uint)values.Length && values[value] == value)
        {
            return true;
        }

        return Array.IndexOf(values, value) >= 0;
    }

    private static int[] Add(Type type)
    {
        var values = (int[])Enum.GetValuesAsUnderlyingType(type);
        while (true)
        {
            var known = Volatile.Read(ref s_known);
            var grown = new Entry[known.Length + 1];
            known.CopyTo(grown, 0);
            grown[^1] = new Entry(type, values);
            if (ReferenceEquals(Interlocked.CompareExchange(ref s_known, grown, known), known))
            {
                return values;
            }
        }
    }

    private sealed class Entry(Type type, int[] values)
    {
        public Type Type { get; } = type;

        public int[] Values { get; } = values;
    }
}
