using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Keys
{
    /// <summary>The key a publication gets, and where the page says so.</summary>
    internal static class PublicationKey
    {
        /// <summary>
        /// The entry's own key comment wins over the page's <c>keys</c> mapping, which wins over the key derived from
        /// the first author, the year and the title. The span is relative to the page.
        /// </summary>
        public static (string Key, RelativeSpan Span) Choose(PageSource page, EntrySource source, ParsedEntry entry)
        {
            if (HandWrittenKey.Of(entry) is { } comment)
            {
                return (comment.Value, comment.Span.Shift(source.StartLine));
            }

            foreach (var mapping in page.FrontMatter.KeyOverrides)
            {
                if (mapping.Name == entry.Label)
                {
                    return (mapping.Value, new RelativeSpan(mapping.Line, mapping.Column, mapping.Line, mapping.Column + mapping.Value.Length));
                }
            }

            var family = entry.Citation is { Authors.Count: > 0 } citation
                ? citation.Authors[0].Family
                : KeyDeriver.FirstFamilyName(entry.CitationText ?? string.Empty);
            return (KeyDeriver.Derive(family, entry.Year, entry.TitleEn), entry.LabelSpan.Shift(source.StartLine));
        }
    }
}
