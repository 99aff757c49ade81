using ResearchContent.Generators.Keys;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Sources.Citations;

namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>
    /// The first author's family name, for the derived key, from whichever part of a collection file names the
    /// authors. The page derives its keys from its citations' authors; a collection file may hold them in its
    /// citation, in an <c>authors</c> field, or only in its <c>excerpt</c>, where many academicpages users type them.
    /// </summary>
    internal static class FirstAuthorName
    {
        /// <summary>
        /// In order: the parsed citation's first author; the <c>authors</c> (or <c>author</c>) field's first name; the
        /// excerpt's, when the whole excerpt reads as an author list; the text before the citation's first comma, as
        /// the page takes it when a citation's author list cannot be read. Empty when none names an author.
        /// </summary>
        public static string Of(ParsedCitation? citation, string? citationText, string? authors, string? excerpt)
        {
            if (citation is { Authors.Count: > 0 })
            {
                return citation.Authors[0].Family;
            }

            if (authors is not null && FromAuthorList(authors, lenient: true) is { Length: > 0 } fromField)
            {
                return fromField;
            }

            if (excerpt is not null && FromExcerpt(excerpt) is { } fromExcerpt)
            {
                return fromExcerpt;
            }

            return citationText is null ? string.Empty : KeyDeriver.FirstFamilyName(citationText);
        }

        /// <summary>
        /// The first family name of an excerpt that is an author list, or <see langword="null"/>. An excerpt is usually
        /// a sentence about the paper: only an excerpt the author-list reader reads entirely as names counts.
        /// </summary>
        public static string? FromExcerpt(string excerpt) => FromAuthorList(excerpt, lenient: false) is { Length: > 0 } family ? family : null;

        private static string? FromAuthorList(string text, bool lenient)
        {
            var list = AuthorListParser.Parse(text.Trim());
            if (list is { Success: true, Authors.Count: > 0 })
            {
                return list.Authors[0].Family;
            }

            // A field that holds nothing but names ends its first name where it ends, if no comma does before.
            return lenient ? KeyDeriver.FirstFamilyName(text + ",") : null;
        }
    }
}
