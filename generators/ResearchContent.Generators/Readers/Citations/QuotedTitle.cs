namespace ResearchContent.Generators.Readers.Citations
{
    /// <summary>Finds a title printed in straight or curly double quotes, as IEEE and Chicago print it.</summary>
    internal static class QuotedTitle
    {
        public static int IndexOfOpening(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] is '"' or '“' or '„')
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
            if (body.Length == 0 || IndexOfOpening(body) != 0)
            {
                return false;
            }

            var close = body.IndexOfAny(new[] { '"', '”' }, 1);
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
