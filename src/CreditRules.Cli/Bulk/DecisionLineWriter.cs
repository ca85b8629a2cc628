using System.Text.Json;
using CreditRules.Documents;
using CreditRules.Engine;

namespace CreditRules.Cli.Bulk;

/// <summary>Writes one bulk entry as one JSON line: a decision (outcome, credits as a fraction and unit, reason codes, with --settings the settings applied and their scopes, and with --records its decision record) or an error.</summary>
internal static class DecisionLineWriter
{
    private static readonly JsonEncodedText[] ReasonNames = [.. ReasonCode.All.Select(c => JsonEncodedText.Encode(c.Value))];
    private static readonly JsonEncodedText[] OutcomeNames = [.. Enum.GetNames<DecisionOutcome>().Select(n => JsonEncodedText.Encode(n))];
    private static readonly JsonEncodedText[] UnitNames = [JsonEncodedText.Encode("SH"), JsonEncodedText.Encode("QH")];

    public static void Write(Utf8JsonWriter writer, in BulkEntry entry, CreditClaim? claim, DecisionRecordJson? record = null, IReadOnlyList<SettingSource>? settings = null)
    {
        writer.WriteStartObject();
        writer.WriteNumber("position"u8, entry.Position);
        if (entry.LearnerId is { } learnerId)
        {
            writer.WriteString("learnerId"u8, learnerId);
        }
        else
        {
            writer.WriteNull("learnerId"u8);
        }

        if (claim is not null)
        {
            writer.WriteString("courseId"u8, claim.CourseId);
            writer.WriteString("institutionId"u8, claim.InstitutionId);
            writer.WriteString("programId"u8, claim.ProgramId);
        }

        if (entry.Error is { } error)
        {
            writer.WriteStartObject("error"u8);
            writer.WriteString("code"u8, error.Code.ToString());
            writer.WriteString("path"u8, error.Path);
            writer.WriteString("attemptedValue"u8, error.AttemptedValue);
            writer.WriteString("message"u8, error.Message);
            writer.WriteEndObject();
        }
        else
        {
            var summary = entry.Summary;
            writer.WriteString("outcome"u8, OutcomeNames[(int)summary.Outcome]);
            writer.WriteStartObject("credits"u8);
            writer.WriteNumber("numerator"u8, summary.CreditsGranted.Numerator);
            writer.WriteNumber("denominator"u8, summary.CreditsGranted.Denominator);
            writer.WriteString("unit"u8, UnitNames[(int)summary.CreditsGranted.Unit]);
            writer.WriteEndObject();
            writer.WriteStartArray("reasons"u8);
            foreach (var index in summary.Reasons.EnumerateIndexes())
            {
                writer.WriteStringValue(ReasonNames[index]);
            }

            writer.WriteEndArray();
            if (settings is not null)
            {
                // The settings as 'evaluate --json' writes them (SettingJson, the CLI's JSON options); the writer keeps the line unindented.
                writer.WritePropertyName("settings"u8);
                JsonSerializer.Serialize(writer, settings.Select(SettingJson.From).ToArray(), Output.CliJsonContext.Default.IReadOnlyListSettingJson);
            }

            if (record is not null)
            {
                writer.WritePropertyName("record"u8);
                JsonSerializer.Serialize(writer, record, DecisionDocument.DecisionRecordTypeInfo);
            }
        }

        writer.WriteEndObject();
    }
}
