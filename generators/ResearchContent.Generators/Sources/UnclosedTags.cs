using System;

namespace ResearchContent.Generators.Sources
{
    /// <summary>
    /// Counts the elements an HTML text leaves open, without parsing it. HtmlAgilityPack's parser slows down with the
    /// square of the elements left open (five seconds for 20,000 unclosed <c>&lt;sub&gt;</c>s, found by fuzzing), so a
    /// text that leaves more open than any page does is not handed to it.
    /// </summary>
    internal static class UnclosedTags
    {
        /// <summary>More elements left open than this, at some point of the text, is no hand-written HTML.</summary>
        public const int Limit = 1_000;

        private static readonly string[] VoidElements =
        {
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        };

        /// <summary>Whether more than <see cref="Limit"/> elements are open at once, counting start tags against end tags.</summary>
        public static bool TooMany(string html)
        {
            var open = 0;
            for (var i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
            {
                var closing = html[i + 1] == '/';
                var nameStart = closing ? i + 2 : i + 1;
                var nameEnd = nameStart;
                while (nameEnd < html.Length && (char.IsLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
                {
                    nameEnd++;
                }

                if (nameEnd == nameStart || !char.IsLetter(html[nameStart]))
                {
                    continue;
                }

                if (closing)
                {
                    open = Math.Max(0, open - 1);
                }
                else if (Array.IndexOf(VoidElements, html.Substring(nameStart, nameEnd - nameStart).ToLowerInvariant()) < 0 && ++open > Limit)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
