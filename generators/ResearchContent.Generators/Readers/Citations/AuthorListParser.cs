using System.Collections.Generic;
using System.Text.RegularExpressions;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Readers.Citations
{
    /// <summary>
    /// Reads the author list of a citation in any of the name orders journals print:
    /// AGU (<c>Zhang, Q., T. Wang, and X. Shi</c>), APA (<c>Luo, H., Wang, T., &amp; Gong, J.</c>),
    /// IEEE (<c>Q. Zhang, T. Wang, and X. Shi</c>) and Chicago (<c>Zhang, Qi, Tao Wang, and Xu Shi</c>).
    /// </summary>
    /// <remarks>
    /// A comma separates both authors and the two halves of an inverted name, so the list is first cut at every
    /// comma and conjunction, then the pieces are paired by their shapes. Any piece that fits no shape fails the
    /// whole list: a half-read author list would be a silent guess.
    /// </remarks>
    internal static class AuthorListParser
    {
        private static readonly Regex EtAl = CitationRegex.Create(@",?\s*(?:\bet\s+al\b\.?|\band\s+others\b)", RegexOptions.IgnoreCase);

        private static readonly Regex Separator = CitationRegex.Create(@"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+|\s*;\s*");

        public static AuthorList Parse(string text)
        {
            var truncated = EtAl.IsMatch(text);
            if (truncated)
            {
                text = EtAl.Replace(text, string.Empty);
            }

            var pieces = Split(text.Trim().TrimEnd(',', ';').Trim());
            if (pieces.Count == 0)
            {
                return AuthorList.Failed(truncated);
            }

            var authors = new List<ParsedAuthor>();
            var i = 0;
            while (i < pieces.Count)
            {
                var consumed = TryReadAuthor(pieces, i, out var author);
                if (consumed == 0)
                {
                    return AuthorList.Failed(truncated);
                }

                authors.Add(author!);
                i += consumed;
            }

            return new AuthorList(authors.ToEquatableArray(), truncated, true);
        }

        private static List<Piece> Split(string text)
        {
            var pieces = new List<Piece>();
            foreach (var raw in Separator.Split(text))
            {
                var value = raw.Trim();
                var corresponding = value.IndexOf('*') >= 0;
                value = value.Replace("*", string.Empty).Trim();
                value = StripSentencePeriod(value);
                if (value.Length > 0)
                {
                    pieces.Add(new Piece(value, corresponding));
                }
            }

            return pieces;
        }

        // Chicago and IEEE end the list with a period after a full word ("Xu Shi."); after an initial the period is the initial's.
        private static string StripSentencePeriod(string value)
        {
            if (!value.EndsWith(".", System.StringComparison.Ordinal))
            {
                return value;
            }

            var lastSpace = value.LastIndexOf(' ');
            var lastWord = value.Substring(lastSpace + 1);
            return PersonName.IsInitials(lastWord) ? value : value.Substring(0, value.Length - 1);
        }

        /// <returns>How many pieces the author took, or 0 when the pieces at <paramref name="i"/> are no name.</returns>
        private static int TryReadAuthor(List<Piece> pieces, int i, out ParsedAuthor? author)
        {
            author = null;
            var piece = pieces[i];
            var next = i + 1 < pieces.Count ? pieces[i + 1] : (Piece?)null;

            if (PersonName.TrySplitInitialsFirst(piece.Text, out var given, out var family))
            {
                author = new ParsedAuthor(family, given, piece.Corresponding);
                return 1;
            }

            if (next is { } initials && PersonName.IsInitials(initials.Text) && PersonName.IsFamily(piece.Text))
            {
                author = new ParsedAuthor(piece.Text, initials.Text, piece.Corresponding || initials.Corresponding);
                return 2;
            }

            // Chicago inverts the first author with a full given name; a one-word family keeps "Tao Wang, Xu Shi" from pairing up.
            if (next is { } fullGiven && PersonName.IsSingleWordFamily(piece.Text) && PersonName.IsFullGiven(fullGiven.Text))
            {
                author = new ParsedAuthor(piece.Text, fullGiven.Text, piece.Corresponding || fullGiven.Corresponding);
                return 2;
            }

            if (PersonName.TrySplitGivenFirst(piece.Text, out given, out family))
            {
                author = new ParsedAuthor(family, given, piece.Corresponding);
                return 1;
            }

            return 0;
        }

        private readonly record struct Piece(string Text, bool Corresponding);
    }
}
