using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace CreditRules.Documents.Reading;

/// <summary>
/// The one encoding check of every reading path (loaders, linter, JSON Lines): the text must be UTF-8. A UTF-16 or
/// UTF-32 byte order mark, or the first invalid UTF-8 sequence, is one located <see cref="DocumentErrorCode.InvalidEncoding"/> error.
/// </summary>
internal static class TextEncoding
{
    public static DocumentError? Check(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || utf8.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return Mark("UTF-32", utf8[..4]);
        }

        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || utf8.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Mark("UTF-16", utf8[..2]);
        }

        var at = FirstInvalid(utf8);
        if (at < 0)
        {
            return null;
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < at; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var position = (at + 1).ToString(CultureInfo.InvariantCulture);
        return new DocumentError(
            DocumentErrorCode.InvalidEncoding,
            "$",
            "0x" + utf8[at].ToString("X2", CultureInfo.InvariantCulture),
            "Invalid UTF-8 at byte " + position + " (0x" + utf8[at].ToString("X2", CultureInfo.InvariantCulture) + "); the text must be UTF-8.",
            line,
            at - lineStart + 1);
    }

    /// <summary>The 0-based index of the first byte of the first invalid UTF-8 sequence, or -1.</summary>
    public static int FirstInvalid(ReadOnlySpan<byte> utf8)
    {
        // ASCII is the common case and is always valid.
        var ascii = utf8.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
        if (ascii < 0)
        {
            return -1;
        }

        var chars = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var offset = ascii;
            while (offset < utf8.Length)
            {
                var status = Utf8.ToUtf16(utf8[offset..], chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData)
                {
                    return offset + read;
                }

                offset += read;
                if (status == OperationStatus.Done)
                {
                    return -1;
                }
            }

            return -1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static DocumentError Mark(string encoding, ReadOnlySpan<byte> mark) =>
        new(
            DocumentErrorCode.InvalidEncoding,
            "$",
            Convert.ToHexString(mark),
            "The text is " + encoding + " (byte order mark " + Convert.ToHexString(mark) + "); save it as UTF-8.",
            1,
            1);
}
