using System;
using System.Linq;
using HtmlAgilityPack;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>Reads the comments that set a publication's key by hand: <c>&lt;!-- key: zhang2021selective --&gt;</c>.</summary>
    internal static class KeyCommentReader
    {
        private const string Prefix = "key:";

        /// <summary>Reads the key comments of rendered Markdown, which has no positions of its own: all are located at <paramref name="span"/>.</summary>
        public static void ReadAll(HtmlNode root, RelativeSpan span, EntryDraft draft)
        {
            foreach (var comment in root.Descendants().OfType<HtmlCommentNode>())
            {
                Read(comment, span, draft);
            }
        }

        public static void Read(HtmlCommentNode comment, RelativeSpan span, EntryDraft draft)
        {
            var text = comment.Comment;
            if (text.StartsWith("<!--", StringComparison.Ordinal))
            {
                text = text.Substring(4);
            }

            if (text.EndsWith("-->", StringComparison.Ordinal))
            {
                text = text.Substring(0, text.Length - 3);
            }

            text = text.Trim();
            if (text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                draft.AddKeyComment(text.Substring(Prefix.Length).Trim(), span);
            }
        }
    }
}
