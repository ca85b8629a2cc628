using System.Text.Json.Nodes;
using CreditRules.Documents;
using CsCheck;

namespace CreditRules.Tests.Documents;

/// <summary>Loading a mutated valid document never throws: it returns the model, or errors that each name a path and a line.</summary>
public sealed class DocumentRobustnessTests
{
    private static readonly JsonNode?[] Replacements =
    [
        null, "", " ", "x", "2023-02-30", "2013-03-10T02:30:00", "2013-11-03T01:30:00", "P-1Y", "P0D", "P999999Y", "Europe/Atlantis",
        "LowerDivision", "1", "USD", "us$", -1, 0, 0.5, 1e20, 123456789.123456789, int.MaxValue, true, new JsonArray(), new JsonObject(),
        new JsonArray(JsonValue.Create("Graduate")), new JsonObject { ["start"] = "2020-01-01", ["end"] = "2019-01-01" },
    ];

    public static TheoryData<string> Fixtures => new() { "valid-catalog", "valid-policies", "valid-learners" };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Load_MutatedDocument_NeverThrowsAndLocatesEveryError(string fixture)
    {
        var original = File.ReadAllText(DocumentFiles.Fixture(fixture));
        var catalog = DocumentFiles.ValidCatalog;
        var policies = DocumentFiles.ValidPolicies;
        var random = new PCG(2013, 7);
        var failures = 0;
        for (var i = 0; i < 300; i++)
        {
            var text = Mutate(original, random);
            var errors = fixture switch
            {
                "valid-catalog" => CatalogDocument.Load(text).Errors,
                "valid-policies" => PolicyDocument.Load(text).Errors,
                _ => LearnerDocument.Load(text, catalog, policies).Errors,
            };
            foreach (var error in errors)
            {
                error.Path.Should().StartWith("$", text);
                error.Line.Should().NotBeNull("{0} is located in {1}", error, text);
            }

            failures += errors.Count > 0 ? 1 : 0;
        }

        failures.Should().BeGreaterThan(100, "most mutations break a rule");
    }

    private static string Mutate(string json, PCG random)
    {
        if (random.Next(10) == 0)
        {
            return json[..(int)random.Next((uint)json.Length)];   // a truncated file
        }

        var root = JsonNode.Parse(json)!;
        var slots = new List<(JsonNode Parent, object Key)>();
        Collect(root, slots);
        for (var edits = 1 + random.Next(3); edits > 0; edits--)
        {
            var (parent, key) = slots[(int)random.Next((uint)slots.Count)];
            var replacement = Replacements[random.Next((uint)Replacements.Length)]?.DeepClone();
            if (parent is JsonObject obj && key is string name)
            {
                if (random.Next(4) == 0)
                {
                    obj.Remove(name);
                }
                else
                {
                    obj[name] = replacement;
                }
            }
            else if (parent is JsonArray array && key is int index && index < array.Count)
            {
                array[index] = replacement;
            }
        }

        return root.ToJsonString();
    }

    private static void Collect(JsonNode node, List<(JsonNode Parent, object Key)> slots)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    slots.Add((obj, name));
                    if (child is not null)
                    {
                        Collect(child, slots);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    slots.Add((array, i));
                    if (array[i] is { } child)
                    {
                        Collect(child, slots);
                    }
                }

                break;
        }
    }
}
