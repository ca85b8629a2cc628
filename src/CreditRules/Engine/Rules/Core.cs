using System.Globalization;
using System.Numerics;
using CreditRules.Domain;
using NodaTime;
using NodaTime.Text;

namespace CreditRules.Engine.Rules;

/// <summary>A built-in reason code with its bit (its index in <see cref="ReasonCode.All"/>), resolved once when a rule type loads.</summary>
internal readonly struct RuleCode
{
    private RuleCode(ReasonCode code, int index)
    {
        Code = code;
        Index = index;
    }

    public ReasonCode Code { get; }

    /// <summary>The bit of the code in a <see cref="ReasonMask"/>.</summary>
    public int Index { get; }

    public static RuleCode Of(ReasonCode code) => new(code, ReasonMask.IndexOf(code));
}

/// <summary>
/// A growable set of bits: 128 inline, more in an array allocated only when a bit past 127 is set. Holds the reason
/// codes of a claim (any number of codes) and the applying overrides of a program (any number of overrides).
/// </summary>
internal struct BitSet
{
    private ulong _low;
    private ulong _high;
    private ulong[]? _more;

    public readonly bool IsEmpty => (_low | _high) == 0 && (_more is null || Array.TrueForAll(_more, w => w == 0));

    public readonly ulong Low => _low;

    public readonly ulong High => _high;

    public readonly ulong[]? More => _more;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Set(int index)
    {
        if (index < 64)
        {
            _low |= 1UL << index;
        }
        else if (index < 128)
        {
            _high |= 1UL << (index - 64);
        }
        else
        {
            SetMore(index);
        }
    }

    private void SetMore(int index)
    {
        var word = (index - 128) >> 6;
        if (_more is null || _more.Length <= word)
        {
            Array.Resize(ref _more, word + 1);
        }

        _more[word] |= 1UL << ((index - 128) & 63);
    }

    public readonly bool Contains(int index) => index < 64
        ? (_low & (1UL << index)) != 0
        : index < 128
            ? (_high & (1UL << (index - 64))) != 0
            : _more is { } more && ((index - 128) >> 6) < more.Length && (more[(index - 128) >> 6] & (1UL << ((index - 128) & 63))) != 0;

    /// <summary>Gets the next set bit at or after <paramref name="start"/>, or -1.</summary>
    public readonly int Next(int start)
    {
        for (var i = start; i < 128; i = (i | 63) + 1)
        {
            var word = i < 64 ? _low >> i : _high >> (i - 64);
            if (word != 0)
            {
                return i + BitOperations.TrailingZeroCount(word);
            }
        }

        if (_more is { } more)
        {
            for (var i = Math.Max(start, 128); ((i - 128) >> 6) < more.Length; i = (i | 63) + 1)
            {
                var word = more[(i - 128) >> 6] >> ((i - 128) & 63);
                if (word != 0)
                {
                    return i + BitOperations.TrailingZeroCount(word);
                }
            }
        }

        return -1;
    }
}

/// <summary>Outcome precedence, the one definition: any blocking reason gives NotEligible, else any outstanding reason gives Incomplete, else Eligible.</summary>
internal static class Precedence
{
    public static DecisionOutcome Outcome(bool blocked, bool outstanding) =>
        blocked ? DecisionOutcome.NotEligible : outstanding ? DecisionOutcome.Incomplete : DecisionOutcome.Eligible;

    /// <summary>What a reason of this severity contributes: Blocking blocks, Outstanding leaves the claim incomplete.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Apply(ReasonSeverity severity, ref bool blocked, ref bool outstanding)
    {
        blocked |= severity == ReasonSeverity.Blocking;
        outstanding |= severity == ReasonSeverity.Outstanding;
    }
}

/// <summary>"Today", the one definition: the clock's current date in a zone (the host's configured zone, else the institution's).</summary>
internal static class Today
{
    public static LocalDate In(IClock clock, DateTimeZone zone) => clock.GetCurrentInstant().InZone(zone).Date;
}

/// <summary>Invariant text for explanations.</summary>
internal static class Texts
{
    // Built once: creating a pattern parses its text, which dominated explained decisions in bulk.
    private static readonly ZonedDateTimePattern InstantPattern = ZonedDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm x", DateTimeZoneProviders.Tzdb);

    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Format(LocalDate? date) => date is { } d ? Format(d) : "(none)";

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(Instant instant, DateTimeZone zone) => InstantPattern.Format(instant.InZone(zone)) + " " + zone.Id;
}
