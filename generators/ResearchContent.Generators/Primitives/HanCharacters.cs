namespace ResearchContent.Generators.Primitives
{
    /// <summary>The Han ideographs: what marks a text, a name or a caption as Chinese, wherever that is asked.</summary>
    internal static class HanCharacters
    {
        /// <summary>Whether a character is a Han ideograph: the unified ideographs, extension A and the compatibility ideographs.</summary>
        public static bool Is(char c) =>
            c is >= '\u4E00' and <= '\u9FFF'
            or >= '\u3400' and <= '\u4DBF'
            or >= '\uF900' and <= '\uFAFF';

        /// <summary>Whether any character of the text is a Han ideograph.</summary>
        public static bool Occur(string text)
        {
            foreach (var c in text)
            {
                if (Is(c))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
