using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Model
{
    /// <summary>
    /// What a page's YAML front matter says: its scalar values, and the <c>keys</c> mapping that overrides
    /// publication keys by label.
    /// </summary>
    internal sealed record FrontMatter(EquatableArray<FrontMatterValue> Values, EquatableArray<FrontMatterValue> KeyOverrides)
    {
        public static readonly FrontMatter Empty = new(EquatableArray<FrontMatterValue>.Empty, EquatableArray<FrontMatterValue>.Empty);

        public string? Get(string name)
        {
            foreach (var value in Values)
            {
                if (value.Name == name)
                {
                    return value.Value;
                }
            }

            return null;
        }
    }
}
