using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace CreditRules.Internal;

/// <summary>Argument checks whose messages name the parameter and the offending value.</summary>
internal static class Preconditions
{
    public static string NotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("Value must not be empty or white space; got '" + value + "'.", paramName);
        }

        return value;
    }

    public static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return value;
    }

    public static IReadOnlyList<T> CopyList<T>(IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? paramName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, paramName);
        var copy = items.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] is null)
            {
                throw new ArgumentException("Element [" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "] must not be null.", paramName);
            }
        }

        return Array.AsReadOnly(copy);
    }

    public static IReadOnlyList<T> CopyValues<T>(IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? paramName = null)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(items, paramName);
        return Array.AsReadOnly(items.ToArray());
    }

    /// <remarks>
    /// Every enum of the library is <see cref="int"/>-based: the value is checked against <see cref="EnumValues"/>, one
    /// non-generic method, rather than <see cref="Enum.IsDefined{TEnum}(TEnum)"/>, which the JIT compiles again for each
    /// enum type (a first decision reads about ten of them; issue 12, cold start). An enum of another size is refused as
    /// not defined (EnumValuesTests checks that every enum of the library is int-based); there is no generic fallback to
    /// Enum.IsDefined, whose instantiation per enum type the JIT would resolve in every Defined&lt;T&gt; it compiles.
    /// </remarks>
    public static T Defined<T>(T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : struct, Enum
    {
        if (Unsafe.SizeOf<T>() != sizeof(int) || !EnumValues.IsDefined(typeof(T), Unsafe.As<T, int>(ref value)))
        {
            ThrowNotDefined(paramName, value, typeof(T));
        }

        return value;
    }

    public static void EnsureUniqueIds<T>(IReadOnlyList<T> items, Func<T, string> id, string paramName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var key = id(items[i]);
            if (!seen.Add(key))
            {
                throw new ArgumentException(
                    "Duplicate id '" + key + "' at " + paramName + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "].", paramName);
            }
        }
    }

    /// <summary>
    /// Checks a host's rules, in order: none is null, every id is non-blank, none is <paramref name="taken"/> (the message
    /// says whose id it is: <paramref name="takenBy"/>) and none repeats an earlier rule's; the message names the position.
    /// </summary>
    /// <returns>The rules, as an array.</returns>
    /// <exception cref="ArgumentException">A rule breaks one of those conditions.</exception>
    public static T[] HostRules<T>(IEnumerable<T> hostRules, Func<T, string> id, ISet<string> taken, string takenBy, string paramName)
        where T : class
    {
        var rules = hostRules.ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Length; i++)
        {
            var path = "hostRules[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            if (rules[i] is null)
            {
                throw new ArgumentException(path + " must not be null.", paramName);
            }

            var ruleId = id(rules[i]);
            if (string.IsNullOrWhiteSpace(ruleId))
            {
                throw new ArgumentException(path + ".Id must not be empty or white space; got '" + ruleId + "'.", paramName);
            }

            if (taken.Contains(ruleId))
            {
                throw new ArgumentException(path + ".Id '" + ruleId + "' is the id of " + takenBy + ".", paramName);
            }

            if (!seen.Add(ruleId))
            {
                throw new ArgumentException(path + ".Id '" + ruleId + "' is used by an earlier rule.", paramName);
            }
        }

        return rules;
    }

    [DoesNotReturn]
    private static void ThrowNotDefined(string? paramName, object value, Type type) =>
        throw new ArgumentOutOfRangeException(paramName, value, "Value is not a defined " + type.Name + ".");
}
