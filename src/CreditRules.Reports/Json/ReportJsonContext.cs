using System.Text.Json;
using System.Text.Json.Serialization;
using CreditRules.Domain;
using NodaTime;
using NodaTime.Text;

namespace CreditRules.Reports;

/// <summary>Source-generated JSON for the report models: enums as names, dates ISO, credits and money as their invariant text.</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    Converters = [typeof(LocalDateJsonConverter), typeof(CreditAmountJsonConverter), typeof(MoneyJsonConverter)])]
[JsonSerializable(typeof(ImpactReportModel))]
[JsonSerializable(typeof(DecisionLetterModel))]
[JsonSerializable(typeof(BulkSummaryModel))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;

/// <summary>Writes a <see cref="LocalDate"/> as ISO <c>yyyy-MM-dd</c>.</summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => LocalDatePattern.Iso.Parse(reader.GetString()!).GetValueOrThrow();

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) => writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}

/// <summary>Writes a <see cref="CreditAmount"/> as its invariant text, e.g. <c>"8/3 SH"</c>: exact, as the HTML shows it.</summary>
internal sealed class CreditAmountJsonConverter : JsonConverter<CreditAmount>
{
    public override CreditAmount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException("Report JSON is written, not read.");

    public override void Write(Utf8JsonWriter writer, CreditAmount value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}

/// <summary>Writes <see cref="Money"/> as its invariant text, e.g. <c>"USD 90.00"</c>.</summary>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException("Report JSON is written, not read.");

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
