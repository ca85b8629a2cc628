using CreditRules.Documents.Dto;
using CreditRules.Domain;
using NodaTime;
using NodaTime.Text;

namespace CreditRules.Documents.Mapping;

/// <summary>Formats Domain values in the documents' ISO forms.</summary>
internal static class Writing
{
    public static string FormatInstant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    // Offsets as +HH:mm (ExtendedIso would write "-04"), which every ISO 8601 reader takes.
    private static readonly OffsetDateTimePattern OffsetPattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<Z+HH:mm>");

    public static string FormatZoned(Instant instant, DateTimeZone zone) => OffsetPattern.Format(instant.InZone(zone).ToOffsetDateTime());

    public static string? FormatDate(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;

    public static ScoreDto? ToScoreDto(Score? score) => score is { } s ? new ScoreDto { Value = s.Value, Scale = s.Scale.Name } : null;

    /// <summary>Gets the amount as a decimal, which documents hold; an amount such as 8/3 has no exact decimal and is refused.</summary>
    public static decimal Hours(CreditAmount amount, string what)
    {
        // A fraction has an exact decimal form only when its denominator has no prime factor but 2 and 5.
        var denominator = amount.Denominator;
        while (denominator % 2 == 0)
        {
            denominator /= 2;
        }

        while (denominator % 5 == 0)
        {
            denominator /= 5;
        }

        if (denominator != 1)
        {
            throw new ArgumentException("The credit amount " + amount + " of " + what + " has no exact decimal form, so it cannot be written to a document.", nameof(amount));
        }

        return amount.ToDecimal();
    }
}
