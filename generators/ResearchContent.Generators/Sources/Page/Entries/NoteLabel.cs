using System;
using System.Collections.Generic;
using HtmlAgilityPack;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// Recognises a paragraph that labels itself a remark about the paper rather than part of its abstract:
    /// <c>Note: …</c>, <c>Press coverage: …</c>, <c>注：…</c>, <c>媒体报道：…</c>. The words are those pages use for
    /// such remarks; a structured abstract's labels (<c>Background:</c>, <c>Methods:</c>) are not among them and stay
    /// abstract.
    /// </summary>
    internal static class NoteLabel
    {
        // A label is a few words before its colon; further on, a colon is inside a sentence.
        private const int LongestLabel = 24;

        private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
        {
            "note", "notes", "nb", "n.b.", "remark", "remarks", "comment", "comments", "news", "press", "in the news",
            "press coverage", "media coverage", "news coverage", "press release", "coverage", "media", "featured in",
            "highlighted in", "award", "awards", "erratum", "correction", "corrigendum", "see also", "related", "status",
            "preprint", "media",
            "注", "备注", "附注", "说明", "报道", "新闻", "媒体报道", "相关报道", "新闻报道", "获奖", "勘误", "状态",
        };

        /// <summary>Whether the paragraph's text opens with a note's label and a colon.</summary>
        public static bool Opens(HtmlNode paragraph) => Opens(PlainText.Of(paragraph));

        /// <summary>Whether a line of text opens with a note's label and a colon.</summary>
        public static bool Opens(string text)
        {
            var colon = text.IndexOfAny(new[] { ':', '：' });
            if (colon <= 0 || colon > LongestLabel)
            {
                return false;
            }

            // "*Note:*" and "**注：**" are rendered without their marks; what is left before the colon is the label,
            // after any symbol put before it ("📰 Media coverage:", "★ Note:").
            var label = text.Substring(0, colon).Trim();
            var start = 0;
            while (start < label.Length && !char.IsLetter(label[start]))
            {
                start++;
            }

            return Labels.Contains(label.Substring(start).Trim());
        }
    }
}
