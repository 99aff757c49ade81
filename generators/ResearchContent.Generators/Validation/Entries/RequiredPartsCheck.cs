using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Validation.Entries
{
    /// <summary>RC1001, RC1002, RC1003, RC1004, RC2012: an entry has a label (and a year), a title and a citation, linked.</summary>
    internal static class RequiredPartsCheck
    {
        public static void Check(ParsedEntry entry, EntryDiagnosticList diagnostics)
        {
            // Headings between two '---' lines, or an introduction in a chunk of its own, are page text (and text between
            // entries other than headings is still RC1012, from PreambleCheck).
            if (!entry.HasLabelLine && !entry.IsPageText)
            {
                diagnostics.Add(DiagnosticDescriptors.MissingLabel, entry.FirstLine);
                return;
            }

            if (!entry.HasLabelLine)
            {
                return;
            }

            // A malformed label is already an error of its own; the rest of the entry is not held to account.
            if (entry.Label is not { } label)
            {
                return;
            }

            // A label with no year (B-#1) takes the citation's; with none there either, the entry has no year at all.
            if (entry.Year == 0)
            {
                diagnostics.Add(DiagnosticDescriptors.MalformedLabel, entry.LabelSpan, label);
            }

            var anchor = entry.HeaderSpan ?? entry.LabelSpan;
            // A paper in Chinese alone (a 中文论文 with no English title) has a title: its Chinese one.
            if (entry.TitleEn is null && entry.TitleZh is null)
            {
                diagnostics.Add(DiagnosticDescriptors.MissingTitle, anchor, label);
            }

            // A citation typed without a link (a talk, a thesis that is not online) is still the paper's citation.
            if (entry.CitationUrl is null && entry.CitationText is null)
            {
                diagnostics.Add(DiagnosticDescriptors.MissingCitationLink, anchor, label);
            }
            else if (entry.CitationUrl is null)
            {
                diagnostics.Add(DiagnosticDescriptors.UnlinkedCitation, entry.CitationSpan, label);
            }
        }
    }
}
