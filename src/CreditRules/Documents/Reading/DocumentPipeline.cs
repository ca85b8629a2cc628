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
        var errors = new List<DocumentError>();
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
            return new(DocumentLoadResult<TModel>.Failure(errors.OrderBy(e => e.Line ?? int.MaxValue).ThenBy(e => e.Column ?? 0), source), dto, positions);
        }

        return new(DocumentLoadResult<TModel>.Success(model, source), dto, positions);
    }

    public static DocumentLoadResult<TModel> LoadFile<TModel>(string path, Func<byte[], string, DocumentLoadResult<TModel>> load)
        where TModel : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var info = new FileInfo(path);
        if (info.Exists && info.Length > DocumentLimits.MaxDocumentBytes)
        {
            // Refuse before reading a huge file into memory.
            return DocumentLoadResult<TModel>.Failure(
            [
                new DocumentError(DocumentErrorCode.DocumentTooLarge, "$", info.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "The document is " + info.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes; the limit is "
                    + DocumentLimits.MaxDocumentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes."),
            ], path);
        }

        return load(File.ReadAllBytes(path), path);
    }

    public static string Write<TDto>(TDto dto, JsonTypeInfo<TDto> typeInfo) => JsonSerializer.Serialize(dto, typeInfo) + "\n";

    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);
}

/// <summary>A load result with the DTO it came from and the positions of its values.</summary>
internal sealed record Loaded<TDto, TModel>(DocumentLoadResult<TModel> Result, TDto? Dto, PositionMap? Positions)
    where TModel : class;
