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
        private readonly List<OpenHeading> _open = new();

        /// <summary>Opens the entry's headings and returns the sections it stands in, outermost first.</summary>
        public EquatableArray<string> Enter(ParsedEntry entry)
        {
            foreach (var heading in entry.Sections)
            {
                // A heading over the page's own text ("# Publications", then a paragraph about the list) that no entry
                // has stood under yet is the heading of that text: the heading after it ("## 2025") starts the entries'
                // sections. Under a heading with only a line of text before its first entry, the entries still stand.
                _open.RemoveAll(open => open.Heading.Level >= heading.Level || (open.Heading.HeadsText && !open.HoldsEntry));
                _open.Add(new OpenHeading(heading));
            }

            if (entry.HasLabelLine)
            {
                _open.ForEach(open => open.HoldsEntry = true);
            }

            return _open.Select(open => open.Heading.Text).ToEquatableArray();
        }

        private sealed class OpenHeading
        {
            public OpenHeading(SectionHeading heading) => Heading = heading;

            public SectionHeading Heading { get; }

            public bool HoldsEntry { get; set; }
        }
    }
}
