namespace ResearchContent.Exports
{
    /// <summary>
    /// A page range split into first and last page. An abbreviated last page (<c>8537–51</c>) is expanded
    /// (<c>8551</c>), because BibTeX, CSL and RIS readers expect whole page numbers.
    /// </summary>
    internal sealed class PageRange
    {
        private static readonly string[] Dashes = { "--", "–", "—", "‐", "−", "-" };

        private PageRange(string first, string? last)
        {
            First = first;
            Last = last;
        }

        public string First { get; }

        public string? Last { get; }

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
