using System.Globalization;

namespace CreditRules.Internal;

/// <summary>
/// The deferred steps of a fluent builder: each step creates one item of a named list when the builder builds, and every
/// <see cref="ArgumentException"/> a step throws becomes one line naming the list and the position (<c>courses[2]: …</c>),
/// so <c>Build()</c> reports every problem at once.
/// </summary>
internal sealed class BuildSteps
{
    private readonly List<(string List, Func<List<string>, object?> Create)> _steps = [];

    public void Add(string list, Func<List<string>, object?> create) => _steps.Add((list, create));

    /// <summary>Runs every step, in order; returns the items built per list and adds each problem to <paramref name="errors"/>.</summary>
    public Dictionary<string, List<object>> Run(List<string> errors, string prefix = "")
    {
        var built = new Dictionary<string, List<object>>(StringComparer.Ordinal);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (list, create) in _steps)
        {
            if (!built.TryGetValue(list, out var items))
            {
                built[list] = items = [];
            }

            var position = positions.GetValueOrDefault(list);
            positions[list] = position + 1;
            var where = prefix + list + "[" + position.ToString(CultureInfo.InvariantCulture) + "]";
            var before = errors.Count;
            var value = Try(where, errors, () => create(errors));
            for (var i = before; i < errors.Count; i++)
            {
                errors[i] = errors[i].StartsWith(where, StringComparison.Ordinal) ? errors[i] : where + ": " + errors[i];
            }

            if (value is not null)
            {
                items.Add(value);
            }
        }

        return built;
    }

    public static T? Try<T>(string where, List<string> errors, Func<T?> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException exception)
        {
            errors.Add(where + ": " + exception.Message);
            return null;
        }
    }

    public static List<T> Items<T>(Dictionary<string, List<object>> built, string list) =>
        built.TryGetValue(list, out var items) ? items.Cast<T>().ToList() : [];

    public static ArgumentException Invalid(string what, List<string> errors) =>
        new(what + " is invalid:\n" + string.Join("\n", errors.Select(e => "- " + e)));
}
