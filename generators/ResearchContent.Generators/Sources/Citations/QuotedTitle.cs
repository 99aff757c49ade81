namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>Finds a title printed in straight or curly double quotes, as IEEE and Chicago print it, or in the guillemets of Spanish, French and Russian lists (<c>«…»</c>).</summary>
    internal static class QuotedTitle
    {
        public static int IndexOfOpening(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] is '"' or '“' or '„' or '«' || IsSingleOpening(text, i))
                {
                    return i;
                }
            }

            return -1;
        }

        // Harvard and Oxford quote titles in single quotes: "…, 2015, 'Title', Journal". An apostrophe inside a word is none.
        private static bool IsSingleOpening(string text, int i) =>
            text[i] is '\'' or '‘' && i >= 2 && text[i - 1] == ' ' && text[i - 2] is ',' or '.' && i + 1 < text.Length && char.IsUpper(text[i + 1])
            && Closing(text, i) > 0;

        private static int Closing(string text, int open)
        {
            var closers = text[open] == '‘' ? new[] { '’' } : new[] { '\'' };
            for (var i = open + 2; i < text.Length; i++)
            {
                if (System.Array.IndexOf(closers, text[i]) >= 0 && (i + 1 == text.Length || text[i + 1] is ',' or '.' or ' ' or ';'))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Splits a body that starts with a quote into the quoted text and what follows the closing quote.</summary>
        public static bool TrySplit(string body, out string title, out string rest)
        {
            title = rest = string.Empty;
            if (body.Length == 0 || (body[0] is not ('"' or '“' or '„' or '«' or '\'' or '‘')))
            {
                return false;
            }

            // A straight quote closes a straight one: IEEE prints a correction's title with the original's in curly quotes inside,
            // "Corrections to “Title”,".
            var straight = body[0] == '"' ? body.IndexOf('"', 1) : -1;
            var close = body[0] is '\'' or '‘' ? Closing(body, 0) : body[0] == '«' ? body.IndexOf('»', 1) : straight > 0 ? straight : body.IndexOfAny(new[] { '"', '”' }, 1);
            if (close < 0)
            {
                return false;
            }

            title = body.Substring(1, close - 1);
            rest = body.Substring(close + 1).TrimStart(',', '.', ';', ':', ' ');
            return true;
        }
    }
}
