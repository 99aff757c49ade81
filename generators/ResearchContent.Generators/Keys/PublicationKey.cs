using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Keys
{
    /// <summary>The key a publication asks for, and where the page says so.</summary>
    internal static class PublicationKey
    {
        /// <summary>
        /// A key set by hand: the entry's own key comment, else the page's <c>keys</c> front-matter mapping for its
        /// label; <see langword="null"/> when neither sets one. The span is relative to the page.
        /// </summary>
        public static (string Key, RelativeSpan Span)? HandWritten(PageSource page, EntrySource source, ParsedEntry entry)
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

            return null;
        }

        /// <summary>The key derived from the first author, the year and the title, before it is made unique.</summary>
        public static string Derived(ParsedEntry entry)
        {
            var family = entry.Citation is { Authors.Count: > 0 } citation
                ? citation.Authors[0].Family
                : KeyDeriver.FirstFamilyName(entry.CitationText ?? string.Empty);
            return KeyDeriver.Derive(family, entry.Year, entry.TitleEn);
        }
    }
}
