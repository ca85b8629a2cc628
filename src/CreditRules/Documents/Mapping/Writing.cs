using CreditRules.Documents.Dto;
using CreditRules.Domain;
using NodaTime;
using NodaTime.Text;

namespace CreditRules.Documents.Mapping;

/// <summary>Formats Domain values in the documents' ISO forms.</summary>
internal static class Writing
{
    public static string FormatInstant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    public static string FormatZoned(Instant instant, DateTimeZone zone) =>
        OffsetDateTimePattern.ExtendedIso.Format(instant.InZone(zone).ToOffsetDateTime());

    public static string? FormatDate(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;

    public static ScoreDto? ToScoreDto(Score? score) => score is { } s ? new ScoreDto { Value = s.Value, Scale = s.Scale.Name } : null;

    /// <summary>Gets the amount as a decimal, which documents hold; an amount such as 8/3 has no exact decimal and is refused.</summary>
    public static decimal Hours(CreditAmount amount, string what)
    {
        var value = amount.ToDecimal();
        if (CreditAmount.FromHours(value, amount.Unit) != amount)
        {
            throw new ArgumentException("The credit amount " + amount + " of " + what + " has no exact decimal form, so it cannot be written to a document.", nameof(amount));
        }

        return value;
    }
}
