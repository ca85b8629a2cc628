namespace CreditRules.OpenBadges.Internal;

/// <summary>base64url without padding (RFC 7515 section 2), strict: padding, '+', '/' and white space are refused.</summary>
internal static class Base64Url
{
    public static byte[]? DecodeOrNull(ReadOnlySpan<char> text)
    {
        if (text.Length % 4 == 1)
        {
            return null;
        }

        var chars = new char[text.Length + ((4 - (text.Length % 4)) % 4)];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            chars[i] = c switch
            {
                '-' => '+',
                '_' => '/',
                >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' => c,
                _ => '\0',
            };
            if (chars[i] == '\0')
            {
                return null;
            }
        }

        chars.AsSpan(text.Length).Fill('=');
        var bytes = new byte[chars.Length / 4 * 3];
        return Convert.TryFromBase64Chars(chars, bytes, out var written) ? bytes[..written] : null;
    }

    public static string Encode(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
