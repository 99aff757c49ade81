using ResearchContent.Generators.Diagnostics;

namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>
    /// What the parser does when an entry goes wrong: reports it, marks it, and leaves the cursor where reading resumes,
    /// so that one broken entry costs that entry only.
    /// </summary>
    internal sealed class BibTeXRecovery
    {
        private readonly BibTeXCursor _cursor;
        private readonly BibTeXValueReader _values;
        private readonly BibTeXDiagnosticList _diagnostics;

        public BibTeXRecovery(BibTeXCursor cursor, BibTeXValueReader values, BibTeXDiagnosticList diagnostics)
        {
            _cursor = cursor;
            _values = values;
            _diagnostics = diagnostics;
        }

        /// <summary>
        /// Reports the entry as never closed when the cursor stands at the end of the file or at the next entry, and
        /// leaves the cursor there.
        /// </summary>
        public bool Unclosed(BibTeXEntry entry, char close)
        {
            if (!_cursor.AtEnd && !_cursor.StartsEntryLine(_cursor.Position))
            {
                return false;
            }

            var runaway = RunawayValue.FieldOf(entry);
            if (runaway is null)
            {
                _diagnostics.Add(
                    DiagnosticDescriptors.BibTeXEntryNotClosed, entry.Start, entry.HeadEnd - entry.Start,
                    entry.DisplayName, close.ToString(), _values.Where(_cursor.Position));
            }
            else
            {
                _diagnostics.Add(
                    DiagnosticDescriptors.BibTeXValueNotClosed, runaway.Value.Start, 1,
                    runaway.Name, entry.DisplayName, _values.Where(_cursor.Position), "}");
            }

            entry.HasError = true;
            return true;
        }

        /// <summary>Reports what the cursor stands at as unexpected, and resumes at the next line that opens an entry.</summary>
        public bool Malformed(BibTeXEntry entry, string expected)
        {
            var at = _cursor.Position;
            _diagnostics.Add(DiagnosticDescriptors.MalformedBibTeXEntry, at, _values.FoundLength(at), entry.DisplayName, expected, _values.Found(at));
            entry.HasError = true;
            _cursor.Position = _values.ResumePoint(at);
            return false;
        }
    }
}
