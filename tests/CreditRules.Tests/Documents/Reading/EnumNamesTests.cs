using System.Reflection;
using System.Text;
using System.Text.Json;
using CreditRules.Documents.Mapping;
using CreditRules.Documents.Reading;

namespace CreditRules.Tests.Documents.Reading;

public sealed class EnumNamesTests
{
    // Every enum the line reader reads.
    public static TheoryData<Type> ReadEnums { get; } =
    [
        typeof(EnrollmentTrack), typeof(CompletionStatus), typeof(IdentityMethod), typeof(VerificationStatus), typeof(ExamOutcome),
        typeof(ProctoringMode), typeof(IdCheckResult), typeof(IntegrityReview), typeof(InvalidationKind), typeof(FeeKind),
        typeof(FeeStatus), typeof(EvidenceKind), typeof(PriorCreditSource), typeof(CreditUnit), typeof(CreditLevel),
    ];

    [Theory]
    [MemberData(nameof(ReadEnums))]
    public void TryParseAndTryRead_EveryCandidate_AgreeWithTheMappersRule(Type type)
    {
        var names = new EnumNames(type);
        var candidates = new List<string> { "", " ", "0", "1", "-1", "99", "Nope", "A,B", "\u00c9", };
        foreach (var name in Enum.GetNames(type))
        {
            candidates.AddRange([name, name.ToLowerInvariant(), name.ToUpperInvariant(), " " + name, name + " ", name + "\t", name + ",", name + "x", name[..^1]]);
        }

        var tryEnum = typeof(MappingContext).GetMethod(nameof(MappingContext.TryEnum), BindingFlags.Public | BindingFlags.Static)!.MakeGenericMethod(type);
        foreach (var text in candidates)
        {
            var args = new object?[] { text, null };
            var expected = (bool)tryEnum.Invoke(null, args)!;
            var expectedValue = expected ? Convert.ToInt32(args[1], System.Globalization.CultureInfo.InvariantCulture) : 0;

            names.TryParse(text, out var parsed).Should().Be(expected, "'" + text + "' as " + type.Name);
            parsed.Should().Be(expectedValue, "'" + text + "' as " + type.Name);

            // As the reader meets it: raw bytes, and the same text with every character escaped.
            foreach (var json in new[] { JsonSerializer.Serialize(text), "\"" + string.Concat(text.Select(c => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture))) + "\"" })
            {
                var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
                reader.Read().Should().BeTrue();
                names.TryRead(ref reader, out var read).Should().Be(expected, json + " as " + type.Name);
                read.Should().Be(expectedValue, json + " as " + type.Name);
            }
        }
    }
}
