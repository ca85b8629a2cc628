using System.Text;
using CreditRules.Domain;
using CreditRules.Internal;

namespace CreditRules.Engine;

/// <summary>
/// One explained cause of a decision: a stable <see cref="ReasonCode"/>, a severity, the rule that produced it, the
/// rendered message and the facts (arguments) it used, so callers can re-render or translate it.
/// </summary>
public sealed class Reason
{
    /// <summary>Initialises a reason, rendering <see cref="ReasonCode.Template"/> with <paramref name="arguments"/>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="ruleId">The id of the rule that produced it.</param>
    /// <param name="policyVersion">The policy version in force, or <see langword="null"/>.</param>
    /// <param name="arguments">The facts used, by placeholder name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arguments"/> or <paramref name="ruleId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is default or <paramref name="ruleId"/> is blank.</exception>
    public Reason(ReasonCode code, ReasonSeverity severity, string ruleId, string? policyVersion, IEnumerable<KeyValuePair<string, string>> arguments)
        : this(code, severity, ruleId, policyVersion, new ReasonFacts(Array.AsReadOnly(Preconditions.NotNull(arguments).ToArray()), null), deferred: null)
    {
    }

    /// <summary>The one set of checks every reason passes; takes its facts as they are, or the recipe that builds them when first read.</summary>
    private Reason(ReasonCode code, ReasonSeverity severity, string ruleId, string? policyVersion, ReasonFacts? facts, DeferredValue<Rules.ReasonArg[]>? deferred)
    {
        if (code.Value is null)
        {
            throw new ArgumentException("The reason code must not be default.", nameof(code));
        }

        Code = code;
        Severity = Preconditions.Defined(severity);
        RuleId = Preconditions.NotBlank(ruleId);
        PolicyVersion = policyVersion;
        _facts = facts;
        _deferred = deferred;
        _message = null;
    }

    /// <summary>A built-in reason whose arguments are built now (record rules): the same split into texts and typed values as a deferred reason's (<see cref="ReasonFacts.From"/>).</summary>
    internal static Reason Built(ReasonCode code, ReasonSeverity severity, string ruleId, string? policyVersion, Rules.ReasonArg[] arguments) =>
        new(code, severity, ruleId, policyVersion, ReasonFacts.From(arguments), deferred: null);

    /// <summary>
    /// A built-in reason whose arguments are built from <paramref name="arg"/> by <paramref name="arguments"/> only when first
    /// read (<see cref="Arguments"/>, <see cref="Message"/>, <see cref="TryGetValue{T}"/>): a decision explains every reason,
    /// most readers read few of them, and formatting dates, credits and scores dominated explained decisions. The
    /// arguments must be a pure function of <paramref name="arg"/> (immutable domain objects and values), so reading them
    /// later, on any thread, gives what reading them now would.
    /// </summary>
    internal static Reason Deferred<TArg>(ReasonCode code, ReasonSeverity severity, string ruleId, string? policyVersion, TArg arg, Func<TArg, Rules.ReasonArg[]> arguments) =>
        new(code, severity, ruleId, policyVersion, facts: null, DeferredValue<Rules.ReasonArg[]>.Of(arg, arguments));

    /// <summary>The facts once built: null until first read for a deferred reason (<see cref="_deferred"/>), published once.</summary>
    private ReasonFacts? _facts;
    private readonly DeferredValue<Rules.ReasonArg[]>? _deferred;
    private string? _message;

    /// <summary>The facts, building them on first read; two threads racing build equal facts and one is kept.</summary>
    private ReasonFacts Facts => Volatile.Read(ref _facts) ?? BuildFacts();

    private ReasonFacts BuildFacts()
    {
        var built = ReasonFacts.From(_deferred!.Build());
        return Interlocked.CompareExchange(ref _facts, built, null) ?? built;
    }

    /// <summary>Gets the code.</summary>
    public ReasonCode Code { get; }

    /// <summary>Gets the severity.</summary>
    public ReasonSeverity Severity { get; }

    /// <summary>Gets the id of the rule that produced the reason.</summary>
    public string RuleId { get; }

    /// <summary>Gets the policy version in force, or <see langword="null"/>.</summary>
    public string? PolicyVersion { get; }

    /// <summary>Gets the rendered message.</summary>
    public string Message => _message ??= Render(Code.Template, Arguments);

    /// <summary>Gets the facts used, in template order, formatted invariantly.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Arguments => Facts.Arguments;

    /// <summary>Gets the value of one argument, or <see langword="null"/>.</summary>
    /// <param name="name">The placeholder name.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public string? GetArgumentOrNull(string name)
    {
        foreach (var pair in Arguments)
        {
            if (string.Equals(pair.Key, name, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>Gets the typed value of an argument: a <see cref="CreditAmount"/> for credits, <see cref="Money"/> for money, a <see cref="NodaTime.LocalDate"/> for dates, a <see cref="Score"/> for scores.</summary>
    /// <param name="name">The placeholder name, such as <c>Amount</c>.</param>
    /// <param name="value">The value, when the argument has one of type <typeparamref name="T"/>.</param>
    /// <typeparam name="T">The expected type.</typeparam>
    /// <returns><see langword="true"/> when the reason carries a typed value of that name and type.</returns>
    /// <remarks>Built-in reasons carry typed values for their credits, money, dates and scores; host reasons (made with the
    /// public constructor) carry none. <see cref="Arguments"/> stays the text view of every argument.</remarks>
    public bool TryGetValue<T>(string name, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        if (Facts.Values is { } values)
        {
            foreach (var pair in values)
            {
                if (string.Equals(pair.Key, name, StringComparison.Ordinal) && pair.Value is T typed)
                {
                    value = typed;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    internal static string Render(string template, IReadOnlyList<KeyValuePair<string, string>> arguments)
    {
        var builder = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            builder.Append(template, i, open - i);
            // Spans and an index loop: messages are rendered for every reason of every explained decision.
            var name = template.AsSpan(open + 1, close - open - 1);
            var found = false;
            for (var a = 0; a < arguments.Count; a++)
            {
                if (name.SequenceEqual(arguments[a].Key))
                {
                    builder.Append(arguments[a].Value);
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                builder.Append('{').Append(name).Append('}');
            }

            i = close + 1;
        }

        return builder.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => Severity + " " + Code + ": " + Message;
}

/// <summary>A reason's arguments as text (<see cref="Reason.Arguments"/>) and its typed values (<see cref="Reason.TryGetValue{T}"/>), built once.</summary>
internal sealed class ReasonFacts(IReadOnlyList<KeyValuePair<string, string>> arguments, KeyValuePair<string, object>[]? values)
{
    public IReadOnlyList<KeyValuePair<string, string>> Arguments { get; } = arguments;

    public KeyValuePair<string, object>[]? Values { get; } = values;

    /// <summary>Builds the facts from a built-in reason's arguments: texts in order, and the typed values of those that have one.</summary>
    public static ReasonFacts From(Rules.ReasonArg[] arguments)
    {
        if (arguments.Length == 0)
        {
            return Empty;
        }

        var pairs = new KeyValuePair<string, string>[arguments.Length];
        var typed = 0;
        for (var i = 0; i < arguments.Length; i++)
        {
            pairs[i] = new KeyValuePair<string, string>(arguments[i].Name, arguments[i].Text);
            typed += arguments[i].Value is null ? 0 : 1;
        }

        KeyValuePair<string, object>[]? values = null;
        if (typed != 0)
        {
            values = new KeyValuePair<string, object>[typed];
            var v = 0;
            for (var i = 0; i < arguments.Length; i++)
            {
                if (arguments[i].Value is { } value)
                {
                    values[v++] = new KeyValuePair<string, object>(arguments[i].Name, value);
                }
            }
        }

        return new ReasonFacts(Array.AsReadOnly(pairs), values);
    }

    /// <summary>No arguments, shared by every reason without any.</summary>
    public static ReasonFacts Empty { get; } = new(Array.AsReadOnly(Array.Empty<KeyValuePair<string, string>>()), null);
}
