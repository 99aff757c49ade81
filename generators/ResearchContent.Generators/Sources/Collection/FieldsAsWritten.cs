using System.Collections.Generic;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>The front-matter fields no property of the publication holds, kept as written so that nothing the file says is lost.</summary>
    internal static class FieldsAsWritten
    {
        /// <summary>
        /// Every field whose name is not in <paramref name="read"/>, as written, in the order written: a list's items
        /// joined by <c>, </c>, a mapping's entries as fields of their own named <c>parent.child</c> (Jekyll's
        /// <c>header: { teaser: … }</c> becomes <c>header.teaser</c>). Blank values say nothing and are left out.
        /// </summary>
        public static EquatableArray<SourceField> Except(CollectionFrontMatter frontMatter, ISet<string> read)
        {
            var fields = new List<SourceField>();
            foreach (var entry in frontMatter.DistinctFields())
            {
                if (!read.Contains(entry.Name))
                {
                    AddField(entry.Name, entry.Value, fields, 0);
                }
            }

            return fields.ToEquatableArray();
        }

        private static void AddField(string name, YamlValue value, List<SourceField> fields, int depth)
        {
            // Front matter nests a level or two; deeper mappings are kept as one line of text rather than many names.
            if (value.Kind == YamlValueKind.Mapping && depth < 4)
            {
                foreach (var entry in value.DistinctEntries())
                {
                    AddField(name + "." + entry.Name, entry.Value, fields, depth + 1);
                }
            }
            else if (value.JoinedText() is { } text && text.Trim().Length > 0)
            {
                fields.Add(new SourceField(name, text.Trim()));
            }
        }
    }
}
