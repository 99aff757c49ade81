using System.Collections.Generic;
using System.Linq;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Merge
{
    /// <summary>
    /// The sections open at each entry of a page, walked in page order: a heading closes the open headings of its
    /// level and below, so <c>## Journal articles</c>, <c>### 2021</c>, …, <c>### 2020</c> puts the later entries
    /// under <c>Journal articles / 2020</c>.
    /// </summary>
    internal sealed class PageSections
    {
        private readonly List<SectionHeading> _open = new();

        // Whether an entry of the page has been entered: the page's introduction is above the first.
        private bool _entered;

        /// <summary>Opens the entry's headings and returns the sections it stands in, outermost first.</summary>
        public EquatableArray<string> Enter(ParsedEntry entry)
        {
            foreach (var heading in entry.Sections)
            {
                // Above the page's first entry, a heading over the page's own text ("# Publications", then a paragraph
                // about the list) is the heading of that text: the heading after it ("## 2025") starts the entries'
                // sections. Under a heading with only a brief line of text (a legend) the entries still stand.
                _open.RemoveAll(open => open.Level >= heading.Level || (open.HeadsText && !_entered));
                _open.Add(heading);
            }

            _entered |= entry.HasLabelLine;

            return _open.Select(open => open.Text).ToEquatableArray();
        }
    }
}
