namespace ResearchContent
{
    /// <summary>
    /// A page range split into first and last page. An abbreviated last page (<c>8537–51</c>) is expanded
    /// (<c>8551</c>), because BibTeX, CSL and RIS readers and Google Scholar expect whole page numbers.
    /// </summary>
    /// <remarks>
    /// The exports in <see cref="Export"/> read <see cref="Citation.Pages"/> through this type; reading it the same way
    /// elsewhere (for page metadata, say) keeps every output agreeing on where an article ends.
    /// </remarks>
    public sealed class PageRange
    {
        // "--" before "-", so a BibTeX-style range is not split at its first hyphen.
        private static readonly string[] Dashes = { "--", "–", "—", "‐", "−", "-" };

        private PageRange(string first, string? last)
        {
            First = first;
            Last = last;
        }

        /// <summary>The first page as printed, trimmed, such as <c>8537</c> or <c>e123</c>.</summary>
        public string First { get; }

        /// <summary>
        /// The last page, with an abbreviated number expanded (<c>51</c> after <c>8537</c> becomes <c>8551</c>), or
        /// <see langword="null"/> for a single page.
        /// </summary>
        public string? Last { get; }

        /// <summary>
        /// Splits a page range at a dash, looking for <c>--</c>, then an en dash, em dash, Unicode hyphen, minus sign
        /// and ASCII hyphen. Text with no dash after its first character (a single page or an article number) is the
        /// first page alone.
        /// </summary>
        /// <param name="pages">The pages as printed, such as <c>8537–51</c>, <c>1--11</c> or <c>e2020GL090206</c>.</param>
        /// <returns>The range, or <see langword="null"/> when <paramref name="pages"/> is <see langword="null"/> or blank.</returns>
        public static PageRange? Parse(string? pages)
        {
            if (pages is null || pages.Trim().Length == 0)
            {
                return null;
            }

            var text = pages.Trim();
            foreach (var dash in Dashes)
            {
                var at = text.IndexOf(dash, System.StringComparison.Ordinal);
                if (at > 0)
                {
                    var first = text.Substring(0, at).Trim();
                    var last = text.Substring(at + dash.Length).Trim();
                    return new PageRange(first, last.Length == 0 ? null : Expand(first, last));
                }
            }

            return new PageRange(text, null);
        }

        /// <summary>Writes the range with a dash of the caller's choice: <c>--</c> for BibTeX, <c>–</c> for reference styles.</summary>
        /// <param name="dash">The text between first and last page.</param>
        /// <returns>The first and last page joined by <paramref name="dash"/>, or the first page alone for a single page.</returns>
        public string Join(string dash) => Last is null ? First : First + dash + Last;

        private static string Expand(string first, string last)
        {
            if (last.Length < first.Length && IsDigits(first) && IsDigits(last))
            {
                return first.Substring(0, first.Length - last.Length) + last;
            }

            return last;
        }

        private static bool IsDigits(string text)
        {
            foreach (var c in text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return text.Length > 0;
        }
    }
}
