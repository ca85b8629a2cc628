using System.Globalization;
using System.Text;
using System.Text.Json;
using CreditRules.Documents.Mapping;

namespace CreditRules.Documents.Reading;

/// <summary>
/// The names of one enum type as UTF-8, for <see cref="LearnerLineReader"/>: a value is matched against the JSON bytes
/// without a string and without a generic method per enum type (on a cold start each generic instantiation over an enum
/// is several methods for the JIT; the line reader meets a dozen enum types).
/// </summary>
/// <remarks>
/// It accepts exactly what <see cref="MappingContext.TryEnum{T}"/> accepts: a name matches its bytes; anything else (an
/// escaped string, white space around a name, a value that is no name) goes through the same rule, non-generically
/// (<c>EnumNamesTests</c> checks the two agree for every enum the reader reads).
/// </remarks>
internal sealed class EnumNames
{
    private readonly Type _type;

    // The names and values, read from the enum type the first time a value is read: a line reads only some of the
    // reader's enums, and reflecting over the others on a cold start would be time spent for nothing. Built whole and
    // then published by one reference write, so a thread sees no table or a complete one (two may build equal ones).
    private Table? _table;

    public EnumNames(Type type) => _type = type;

    /// <summary>Reads the string token the reader is on as a value of the enum.</summary>
    /// <returns><see langword="true"/> and the value when the mapper's rule accepts the text; <see langword="false"/> otherwise.</returns>
    public bool TryRead(ref Utf8JsonReader reader, out int value)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var table = _table ??= new Table(_type);
            var bytes = reader.ValueSpan;
            for (var i = 0; i < table.Names.Length; i++)
            {
                if (bytes.SequenceEqual(table.Names[i]))
                {
                    value = table.Values[i];
                    return true;
                }
            }
        }

        return TryParse(reader.GetString()!, out value);
    }

    /// <summary>The rule of <see cref="MappingContext.TryEnum{T}"/>, without a generic instantiation per enum type.</summary>
    public bool TryParse(string text, out int value)
    {
        if (text.Length > 0 && char.IsAsciiLetter(text[0]) && !text.Contains(',', StringComparison.Ordinal)
            && Enum.TryParse(_type, text, ignoreCase: false, out var parsed) && Enum.IsDefined(_type, parsed))
        {
            value = Convert.ToInt32(parsed, CultureInfo.InvariantCulture);
            return true;
        }

        value = 0;
        return false;
    }

    private sealed class Table
    {
        public Table(Type type)
        {
            var names = Enum.GetNames(type);
            var values = Enum.GetValuesAsUnderlyingType(type);
            Names = new byte[names.Length][];
            Values = new int[names.Length];
            for (var i = 0; i < names.Length; i++)
            {
                Names[i] = Encoding.UTF8.GetBytes(names[i]);
                Values[i] = Convert.ToInt32(values.GetValue(i), CultureInfo.InvariantCulture);
            }
        }

        public byte[][] Names { get; }

        public int[] Values { get; }
    }
}
