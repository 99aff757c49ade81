using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>The entry reader's reading of the label line: the label, a year heading above it, or a label written wrong.</summary>
    internal sealed partial class EntryReader
    {
        /// <summary>Reads the paragraph's first line as the label; the rest of the paragraph is read as usual.</summary>
        private bool TryReadLabelLine(int start, int length)
        {
            var firstLineLength = _text.FirstLineLength(start, length);
            var firstLine = _text.Value.Substring(start, firstLineLength);
            var labelDocument = Rendered(firstLine);
            var labelText = PlainText.TrimEdgeSpace(PlainText.Of(labelDocument.DocumentNode));
            var labelSpan = _text.Map.Span(start, firstLine.TrimEnd().Length);
            var canonical = LabelReader.Canonical(labelText);
            if (LabelReader.TryRead(canonical, out var year, out var number))
            {
                _draft.SetLabel(canonical, year, number, labelSpan);
                KeyCommentReader.ReadAll(labelDocument.DocumentNode, labelSpan, _draft);
            }
            else if (LabelReader.SplitRemark(labelText) is { } labelled && LabelReader.TryRead(labelled.Label, out year, out number))
            {
                // "<b>2021-#3</b> (Invited)": the label, then a remark about the paper, which is a note.
                _draft.SetLabel(labelled.Label, year, number, labelSpan);
                KeyCommentReader.ReadAll(labelDocument.DocumentNode, labelSpan, _draft);
                _draft.AddNote(new[] { labelled.Remark }, labelSpan);
            }
            else if (SectionLine.BoldLineText(labelDocument.DocumentNode) is { } yearLine && LabelReader.IsYearHeading(canonical))
            {
                // A year in bold alone above the label (**2020**, **2020年**, **2020 (in press)**) heads that year's
                // entries, as "### 2020" does; a dash or '#' after the year with no number (**2021-#**) is a label
                // written wrong. What follows it in the paragraph is read as usual.
                _draft.AddSection(SectionHeading.BoldLine, yearLine);
                _onlyPreamble = true;
            }
            else if (labelText.Length <= 20 && LabelReader.LooksLikeLabel(labelText))
            {
                _draft.SetMalformedLabel();
                _draft.Report(DiagnosticDescriptors.MalformedLabel, labelSpan, labelText);
            }
            else
            {
                return false;
            }

            ReadParagraph(start + firstLineLength, length - firstLineLength);
            return true;
        }
    }
}
