using HtmlAgilityPack;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>Collects every <c>href</c> under a node, so that validation can check each address the page would link to.</summary>
    internal static class LinkCollector
    {
        public static void Collect(HtmlNode root, HtmlLocator locator, EntryDraft draft)
        {
            foreach (var element in root.Descendants())
            {
                CollectOwn(element, locator, draft);
            }
        }

        /// <summary>Collects the node's own <c>href</c>, not its descendants'.</summary>
        public static void CollectOwn(HtmlNode element, HtmlLocator locator, EntryDraft draft)
        {
            var href = element.Attributes["href"];
            if (href is not null)
            {
                draft.AddLink(HtmlEntity.DeEntitize(href.Value).Trim(), locator.Of(href));
            }
        }
    }
}
