using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Validation.Entries
{
    /// <summary>RC1011: no link may use a scheme other than http(s) or mailto, and the citation must be an http(s) address.</summary>
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

            // A citation link no link may have is among the links above; a relative or mailto: one is wrong only here.
            if (entry.CitationUrl is { } url && !LinkPolicy.IsHttp(url) && LinkPolicy.MayLink(url))
            {
                diagnostics.Add(DiagnosticDescriptors.UnsafeLink, entry.CitationUrlSpan, url);
            }
        }
    }
}
