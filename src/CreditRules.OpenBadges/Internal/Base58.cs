using System.Numerics;

namespace CreditRules.OpenBadges.Internal;

/// <summary>Bitcoin-alphabet base58 (multibase prefix 'z'), as did:key and Data Integrity proof values use it.</summary>
internal static class Base58
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    /// <summary>Decodes at most <paramref name="maxLength"/> characters; <see langword="null"/> when a character is outside the alphabet.</summary>
    public static byte[]? DecodeOrNull(ReadOnlySpan<char> text, int maxLength = 512)
    {
        if (text.Length == 0 || text.Length > maxLength)
        {
            return null;
        }

        BigInteger value = BigInteger.Zero;
        foreach (var c in text)
        {
            var digit = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0)
            {
                return null;
            }

            value = (value * 58) + digit;
        }

        var leadingZeros = 0;
        while (leadingZeros < text.Length && text[leadingZeros] == '1')
        {
            leadingZeros++;
        }

        var body = value.IsZero ? [] : value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var result = new byte[leadingZeros + body.Length];
        body.CopyTo(result, leadingZeros);
        return result;
    }

    public static string Encode(ReadOnlySpan<byte> bytes)
    {
        var value = new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        var chars = new List<char>();
        while (value > 0)
        {
            value = BigInteger.DivRem(value, 58, out var remainder);
            chars.Add(Alphabet[(int)remainder]);
        }

        for (var i = 0; i < bytes.Length && bytes[i] == 0; i++)
        {
            chars.Add('1');
        }

        chars.Reverse();
        return new string([.. chars]);
    }
}
