using System;
using System.Collections.Generic;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// The HTML elements that sit inside a line of text rather than make a block of their own: a run of them (with the
    /// text around them) is read as one paragraph, as a browser lays it out, and does not end an HTML block.
    /// </summary>
    internal static class HtmlInlineElements
    {
        private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
        {
            "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q",
            "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "br", "wbr",
        };

        public static bool Contains(string name) => Names.Contains(name);
    }
}
