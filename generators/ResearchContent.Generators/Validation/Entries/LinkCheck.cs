using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Validation.Entries
{
    /// <summary>RC1011: no link may use a scheme other than http(s) or mailto, and the citation must be an http(s) address or (RC2014) a path on the site.</summary>
    internal static class LinkCheck
    {
        public static void Check(ParsedEntry entry, EntryDiagnosticList diagnostics)
        {
            foreach (var link in entry.Links)
            {
                if (!LinkPolicy.MayLink(link.Url))
                {
                    diagnostics.Add(DiagnosticDescriptors.UnsafeLink, link.Span, link.Url);
                }
            }

            // A citation link no link may have is among the links above. A path on the site ("/files/paper.pdf",
            // "{{ site.baseurl }}/files/paper.pdf") works there and is kept, with a warning; a mail address is no citation.
            if (entry.CitationUrl is { } url && !LinkPolicy.IsHttp(url) && LinkPolicy.MayLink(url))
            {
                if (LinkPolicy.IsSitePath(url))
                {
                    diagnostics.Add(DiagnosticDescriptors.CitationLinksSitePage, entry.CitationUrlSpan, entry.Label ?? string.Empty, url);
                }
                else
                {
                    diagnostics.Add(DiagnosticDescriptors.UnsafeLink, entry.CitationUrlSpan, url);
                }
            }
        }
    }
}
