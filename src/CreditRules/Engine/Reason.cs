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
        : this(code, severity, ruleId, policyVersion, Preconditions.NotNull(arguments).ToArray(), values: null)
    {
    }

    /// <summary>The one set of checks every reason passes; takes <paramref name="arguments"/> as it is (the public constructor passes a copy).</summary>
    private Reason(ReasonCode code, ReasonSeverity severity, string ruleId, string? policyVersion, KeyValuePair<string, string>[] arguments, KeyValuePair<string, object>[]? values)
    {
        if (code.Value is null)
        {
            throw new ArgumentException("The reason code must not be default.", nameof(code));
        }

        Code = code;
        Severity = Preconditions.Defined(severity);
        RuleId = Preconditions.NotBlank(ruleId);
        PolicyVersion = policyVersion;
        Arguments = Array.AsReadOnly(arguments);
        _values = values;
        _message = null;
    }

    /// <summary>A built-in reason that owns <paramref name="arguments"/> (built for it and never written again): no copy is taken.</summary>
    internal static Reason Owning(ReasonCode code, ReasonSeverity severity, string ruleId, string? policyVersion, KeyValuePair<string, string>[] arguments, KeyValuePair<string, object>[]? values) =>
        new(code, severity, ruleId, policyVersion, arguments, values);

    private readonly KeyValuePair<string, object>[]? _values;
    private string? _message;

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
    public IReadOnlyList<KeyValuePair<string, string>> Arguments { get; }

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
        if (_values is { } values)
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
