using System.Collections.Generic;
using System.Text.Json;

namespace ResearchContent.Generators.Tests.Infrastructure
{
    /// <summary>Values of a corpus's hand-written expected.json, as strings comparable with what the catalog holds.</summary>
    internal static class ExpectedJson
    {
        /// <summary>The named property's value as text; null when it is absent or null.</summary>
        public static string? Text(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) ? Text(value) : null;

        /// <summary>A value as text: strings as they are, booleans as <c>true</c>/<c>false</c>, numbers as written.</summary>
        public static string? Text(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => value.GetString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => value.GetRawText(),
        };

        /// <summary>A list as one comparable string.</summary>
        public static string Join(IEnumerable<string> values) => string.Join("; ", values);
    }
}
