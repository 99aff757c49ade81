using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Validation.Entries
{
    /// <summary>RC1011, RC2011: no link may use a scheme other than http(s), the citation must be an http(s) address, and a further link is kept only when it is one.</summary>
    internal static class LinkCheck
    {
        public static void Check(ParsedEntry entry, EntryDiagnosticList diagnostics)
        {
            foreach (var link in entry.Links)
            {
                if (LinkPolicy.HasForeignScheme(link.Url))
                {
                    diagnostics.Add(DiagnosticDescriptors.UnsafeLink, link.Span, link.Url);
                }
            }

            // A citation link with a foreign scheme is among the links above; a relative one is wrong only here.
            if (entry.CitationUrl is { } url && !LinkPolicy.IsHttp(url) && !LinkPolicy.HasForeignScheme(url))
            {
                diagnostics.Add(DiagnosticDescriptors.UnsafeLink, entry.CitationUrlSpan, url);
            }

            // A further header link that is relative, or names no scheme, cannot be kept as an address apps can open.
            foreach (var link in entry.HeaderLinks)
            {
                if (!LinkPolicy.IsHttp(link.Url) && !LinkPolicy.HasForeignScheme(link.Url))
                {
                    diagnostics.Add(DiagnosticDescriptors.LinkNotKept, link.Span, link.Url);
                }
            }
        }
    }
}
