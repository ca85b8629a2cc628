using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CreditRules.Documents.Mapping;

namespace CreditRules.Documents.Reading;

/// <summary>Runs read, then map, and returns the whole model or every located error.</summary>
internal static class DocumentPipeline
{
    public static DocumentLoadResult<TModel> Load<TDto, TModel>(ReadOnlySpan<byte> utf8, JsonTypeInfo<TDto> typeInfo, Func<TDto, MappingContext, TModel?> map, string? source)
        where TDto : class
        where TModel : class =>
        LoadWithDetails(utf8, typeInfo, map, source).Result;

    /// <summary>Loads, keeping the DTO and the position map for callers (the linter) that report on the text.</summary>
    public static Loaded<TDto, TModel> LoadWithDetails<TDto, TModel>(ReadOnlySpan<byte> utf8, JsonTypeInfo<TDto> typeInfo, Func<TDto, MappingContext, TModel?> map, string? source)
        where TDto : class
        where TModel : class
    {
        var errors = new DocumentErrorList();
        var dto = DocumentReader.Read(utf8, typeInfo, errors, out var positions);
        TModel? model = null;
        if (dto is not null)
        {
            model = map(dto, new MappingContext(errors));
        }

        if (errors.Count > 0 || model is null)
        {
            if (errors.Count == 0)
            {
                errors.Add(new DocumentError(DocumentErrorCode.WrongType, "$", null, "The document is empty or null."));
            }

            DocumentReader.Locate(errors, positions);
            return new(DocumentLoadResult<TModel>.Failure(errors.ToResult(), source), dto, positions);
        }

        return new(DocumentLoadResult<TModel>.Success(model, source), dto, positions);
    }

    public static DocumentLoadResult<TModel> LoadFile<TModel>(string path, Func<byte[], string, DocumentLoadResult<TModel>> load)
        where TModel : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var bytes = ReadFile(path, out var tooLarge);
        return tooLarge is not null ? DocumentLoadResult<TModel>.Failure([tooLarge], path) : load(bytes!, path);
    }

    /// <summary>
    /// Reads a file for any reader (loaders and linter alike), never more than <see cref="DocumentLimits.MaxDocumentBytes"/>
    /// plus one byte, whatever the file is (a regular file, a pipe, a device such as /dev/zero).
    /// </summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file or a folder on its path may not be read.</exception>
    public static byte[]? ReadFile(string path, out DocumentError? tooLarge)
    {
        tooLarge = null;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        long? length = stream.CanSeek ? stream.Length : null;
        if (length > DocumentLimits.MaxDocumentBytes)
        {
            // Refuse before reading a huge file into memory.
            tooLarge = TooLarge(length.Value.ToString(CultureInfo.InvariantCulture), length.Value.ToString(CultureInfo.InvariantCulture) + " bytes");
            return null;
        }

        var buffer = new byte[length is { } known and > 0 ? (int)known + 1 : 1 << 16];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (buffer.Length > DocumentLimits.MaxDocumentBytes)
                {
                    tooLarge = TooLarge(MoreThanTheLimit, MoreThanTheLimit);
                    return null;
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, DocumentLimits.MaxDocumentBytes + 1L));
            }

            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        if (total > DocumentLimits.MaxDocumentBytes)
        {
            tooLarge = TooLarge(MoreThanTheLimit, MoreThanTheLimit);
            return null;
        }

        Array.Resize(ref buffer, total);
        return buffer;
    }

    private static readonly string MoreThanTheLimit = "more than " + DocumentLimits.MaxDocumentBytes.ToString(CultureInfo.InvariantCulture) + " bytes";

    private static DocumentError TooLarge(string value, string size) =>
        new(DocumentErrorCode.DocumentTooLarge, "$", value, "The document is " + size + "; the limit is " + DocumentLimits.MaxDocumentBytes.ToString(CultureInfo.InvariantCulture) + " bytes.");

    public static string Write<TDto>(TDto dto, JsonTypeInfo<TDto> typeInfo) => JsonSerializer.Serialize(dto, typeInfo) + "\n";

    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);
}

/// <summary>A load result with the DTO it came from and the positions of its values.</summary>
internal sealed record Loaded<TDto, TModel>(DocumentLoadResult<TModel> Result, TDto? Dto, PositionMap? Positions)
    where TModel : class;
