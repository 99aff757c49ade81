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

        /// <summary>Opens the entry's headings and returns the sections it stands in, outermost first.</summary>
        public EquatableArray<string> Enter(ParsedEntry entry)
        {
            foreach (var heading in entry.Sections)
            {
                _open.RemoveAll(open => open.Level >= heading.Level);
                _open.Add(heading);
            }

            return _open.Select(open => open.Text).ToEquatableArray();
        }
    }
}
