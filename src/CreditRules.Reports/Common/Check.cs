namespace CreditRules.Reports;

/// <summary>Argument checks that name the parameter and the value.</summary>
internal static class Check
{
    public static string NotBlank(string? value, string name) => string.IsNullOrWhiteSpace(value)
        ? throw new ArgumentException("A value is required; got '" + value + "'.", name)
        : value;

    public static IReadOnlyList<T> List<T>(IEnumerable<T>? items, string name)
    {
        ArgumentNullException.ThrowIfNull(items, name);
        return Array.AsReadOnly(items.ToArray());
    }

    public static long NotNegative(long value, string name)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value, name);
        return value;
    }
}
