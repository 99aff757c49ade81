namespace ResearchContent.Generators.Primitives
{
    /// <summary>
    /// The compiler's SourceText ends lines at U+0085, U+2028 and U+2029 as well as at CR and LF, and prints and
    /// underlines a diagnostic by its lines. The readers count lines by CR and LF only, so a file holding one of the
    /// three put every later diagnostic on the wrong line, or past the end of a line (found by fuzzing).
    /// </summary>
    internal static class CompilerLineBreaks
    {
        private static readonly char[] Others = { '\u0085', '\u2028', '\u2029' };

        /// <summary>
        /// The text with each of the compiler's other line breaks replaced by LF: one character for one, so every
        /// offset stays where it was and the readers' lines become the compiler's.
        /// </summary>
        public static string AsLineFeeds(string text)
        {
            if (text.IndexOfAny(Others) < 0)
            {
                return text;
            }

            var characters = text.ToCharArray();
            for (var i = 0; i < characters.Length; i++)
            {
                if (characters[i] is '\u0085' or '\u2028' or '\u2029')
                {
                    characters[i] = '\n';
                }
            }

            return new string(characters);
        }
    }
}
