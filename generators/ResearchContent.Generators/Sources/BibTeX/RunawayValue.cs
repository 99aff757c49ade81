namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>
    /// A value that ran on past its end: one brace too many was opened in it, so it swallowed the fields below it and
    /// the entry's own closing brace. The value, not the end of the entry, is what to fix.
    /// </summary>
    internal static class RunawayValue
    {
        /// <summary>
        /// The field whose value swallowed the fields below it, or the entry's closing brace: one brace too many was
        /// opened in it (<c>title = {The {Ridgecrest sequence},</c>), and the entry's own '}' closed it. The problem
        /// is that value, not the end of the entry, so that is where it is reported.
        /// </summary>
        public static BibTeXField? FieldOf(BibTeXEntry entry)
        {
            foreach (var field in entry.Fields)
            {
                var text = field.Value.Text;
                for (var i = 0; i < text.Length; i++)
                {
                    if (text[i] is '\n' or '\r' && LooksLikeFieldOrClose(text, i + 1))
                    {
                        return field;
                    }
                }
            }

            return null;
        }

        /// <summary>Whether a line of a value starts like a field (<c>year = </c>) or is an entry's lone closing brace.</summary>
        private static bool LooksLikeFieldOrClose(string text, int lineStart)
        {
            var i = lineStart;
            while (i < text.Length && text[i] is ' ' or '\t')
            {
                i++;
            }

            if (i < text.Length && text[i] == '}')
            {
                i++;
                while (i < text.Length && text[i] is ' ' or '\t' or ',')
                {
                    i++;
                }

                return i >= text.Length || text[i] is '\n' or '\r';
            }

            var nameStart = i;
            while (i < text.Length && BibTeXCursor.IsNameCharacter(text[i]))
            {
                i++;
            }

            while (i > nameStart && i < text.Length && text[i] is ' ' or '\t')
            {
                i++;
            }

            return i > nameStart && i < text.Length && text[i] == '=';
        }
    }
}
