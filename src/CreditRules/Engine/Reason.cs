using System.Text;
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
    /// <exception cref="ArgumentException"><paramref name="code"/> is default or <paramref name="ruleId"/> is blank.</exception>
    public Reason(ReasonCode code, ReasonSeverity severity, string ruleId, string? policyVersion, IEnumerable<KeyValuePair<string, string>> arguments)
    {
        if (code.Value is null)
        {
            throw new ArgumentException("The reason code must not be default.", nameof(code));
        }

        Code = code;
        Severity = Preconditions.Defined(severity);
        RuleId = Preconditions.NotBlank(ruleId);
        PolicyVersion = policyVersion;
        Arguments = Array.AsReadOnly(Preconditions.NotNull(arguments).ToArray());
        Message = Render(code.Template, Arguments);
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
    public string Message { get; }

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
