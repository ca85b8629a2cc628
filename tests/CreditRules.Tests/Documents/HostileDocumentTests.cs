using System.Text;
using CreditRules.Documents;

namespace CreditRules.Tests.Documents;

/// <summary>
/// The loaders under hostile input (issue 13): dates out of range, values NodaTime cannot represent, text that is not
/// UTF-8, documents with millions of errors and huge values, files that never end. Every case is a located error.
/// </summary>
public sealed class HostileDocumentTests
{
    private static string Catalog => File.ReadAllText(DocumentFiles.Fixture("valid-catalog"));

    private static string Learners => File.ReadAllText(DocumentFiles.Fixture("valid-learners"));

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0);
        return text[..at] + to + text[(at + from.Length)..];
    }

    [Theory]
    [InlineData("2013-05-20T10:00:00", "9999-12-31T23:59:59-14:00")]
    [InlineData("2013-05-20T10:00:00", "9999-12-30T10:00:00Z")]
    [InlineData("2013-05-20T10:00:00", "9999-12-30T10:00:00")]
    [InlineData("2013-05-20T10:00:00", "0000-05-20T10:00:00Z")]
    [InlineData("2013-05-20T10:00:00", "1899-12-31T23:59:59Z")]
    public void LearnerDocument_ExamTimeOutsideTheRange_IsALocatedError(string from, string to)
    {
        var result = LearnerDocument.Load(Encoding.UTF8.GetBytes(ReplaceFirst(Learners, from, to)), null, null, "learners.json");

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(DocumentErrorCode.DateOutOfRange);
        error.Path.Should().Be("$.learners[0].examAttempts[0].startedAt");
        error.AttemptedValue.Should().Be(to);
        error.Message.Should().Be("'" + to + "' is outside the supported range of dates, 1900-01-01 to 2999-12-31.");
        (error.Line, error.Column).Should().Be((46, 24));
        result.Source.Should().Be("learners.json");
    }

    [Fact]
    public void CatalogDocument_OpenEndedValidity_IsAcceptedAndAStartBefore1900IsNot()
    {
        // The last version of the last recommendation is made open-ended (no later version to overlap).
        var lastEnd = Catalog.LastIndexOf("\"end\": \"", StringComparison.Ordinal) + "\"end\": \"".Length;
        var openEnded = CatalogDocument.Load(Catalog[..lastEnd] + "9999-12-31" + Catalog[(lastEnd + "yyyy-MM-dd".Length)..]);
        var tooEarly = CatalogDocument.Load(ReplaceFirst(Catalog, "\"start\": \"2013-02-01\"", "\"start\": \"1899-12-31\""));

        openEnded.IsSuccess.Should().BeTrue(string.Join("\n", openEnded.Errors));
        tooEarly.Errors.Should().ContainSingle().Which.Message.Should().Be("'1899-12-31' is outside the supported range of dates, 1900-01-01 to 2999-12-31.");
    }

    [Fact]
    public void Load_Utf16Document_IsOneLocatedEncodingError()
    {
        var bytes = new UnicodeEncoding(bigEndian: false, byteOrderMark: true).GetPreamble().Concat(Encoding.Unicode.GetBytes(Catalog)).ToArray();

        var result = CatalogDocument.Load(bytes, "utf16.json");

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(DocumentErrorCode.InvalidEncoding);
        error.Message.Should().Be("The text is UTF-16 (byte order mark FFFE); save it as UTF-8.");
        (error.Line, error.Column).Should().Be((1, 1));
    }

    [Fact]
    public void Load_InvalidUtf8InAPropertyName_IsOneLocatedEncodingError()
    {
        var bytes = Encoding.UTF8.GetBytes(Catalog).ToList();
        var at = bytes.IndexOf((byte)'{', 1);
        bytes.InsertRange(at + 1, [(byte)'"', 0xED, 0xA0, 0x80, (byte)'"', (byte)':', (byte)'1', (byte)',']);

        var result = CatalogDocument.Load(bytes.ToArray(), null);

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(DocumentErrorCode.InvalidEncoding);
        error.Message.Should().Be("Invalid UTF-8 at byte " + (at + 3) + " (0xED); the text must be UTF-8.");
    }

    [Fact]
    public void LearnerLines_InvalidUtf8_IsAnErrorNotAnException()
    {
        var result = LearnerLines.Read([.. "{\"id\":\"a"u8, 0xFF, .. "\"}"u8], null, null);

        result.Errors.Should().ContainSingle().Which.Message.Should().Be("Invalid UTF-8 at byte 9 (0xFF); the text must be UTF-8.");
    }

    [Fact]
    public void Load_MillionsOfErrors_KeepsTheFirstHundredAndCountsTheRest()
    {
        var json = "{\"schemaVersion\":1,\"learners\":[" + string.Join(",", Enumerable.Repeat("{\"x\":1}", 100_000)) + "]}";

        var result = LearnerDocument.Load(json);

        result.Errors.Should().HaveCount(DocumentLimits.MaxErrors + 1);
        var last = result.Errors[^1];
        last.Code.Should().Be(DocumentErrorCode.TooManyErrors);
        last.AttemptedValue.Should().Be("199900", "each item lacks its id and has an unknown property: 200,000 errors");
        last.Message.Should().Be("And 199900 more error(s), not reported: only the first 100 errors of a document are. Fix these and read it again.");
        result.Errors.Take(100).Should().OnlyContain(e => e.Line == 1 && e.Column != null, "the kept errors are located");
    }

    [Fact]
    public void Load_HugeValue_IsShortenedInValueAndMessage()
    {
        var huge = new string('q', 10_000_000);

        var result = CatalogDocument.Load(ReplaceFirst(Catalog, "\"referenceZone\": \"America/New_York\"", "\"referenceZone\": \"" + huge + "\""));

        var error = result.Errors.Should().ContainSingle().Subject;
        var shortened = new string('q', 120) + "… (10000000 characters)";
        error.AttemptedValue.Should().Be(shortened);
        error.Message.Should().Be("'" + shortened + "' is not an IANA (TZDB) time zone id, such as America/New_York.");
    }

    [Fact]
    public void LoadFile_EndlessDevice_StopsAtTheLimit()
    {
        Assert.SkipUnless(File.Exists("/dev/zero"), "needs /dev/zero");

        var result = PolicyDocument.LoadFile("/dev/zero");

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(DocumentErrorCode.DocumentTooLarge);
        error.Message.Should().Be("The document is more than 16777216 bytes; the limit is 16777216 bytes.");
    }

    [Fact]
    public void LintFiles_DocumentOverTheLimit_IsAnErrorNotARead()
    {
        var path = Path.Combine(Path.GetTempPath(), "creditrules-lint-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            using (var stream = File.Create(path))
            {
                stream.SetLength(DocumentLimits.MaxDocumentBytes + 1L);
            }

            var diagnostics = PolicyLinter.LintFiles([path]);

            diagnostics.Should().ContainSingle().Which.ToString().Should().Be(path + ": error DocumentError at $: DocumentTooLarge: The document is 16777217 bytes; the limit is 16777216 bytes.");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
