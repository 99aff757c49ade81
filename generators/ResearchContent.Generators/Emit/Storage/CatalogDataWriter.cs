using System.Linq;
using System.Text;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Emit.Storage
{
    /// <summary>
    /// Writes the catalog-wide blocks of the storage layout (docs/storage.md): the sorted key table that
    /// <c>TryGet</c> searches, the pages and the content warnings.
    /// </summary>
    internal static class CatalogDataWriter
    {
        /// <summary>
        /// The keys sorted by their UTF-8 bytes, each with its publication's index, behind a table of fixed-width offsets:
        /// a binary search at run time, instead of a switch whose arms grow with the catalog.
        /// </summary>
        public static RecordWriter KeyTable(EquatableArray<string> keys)
        {
            // Sorted and compared as UTF-8, as the runtime compares them; a lone surrogate is compared as UTF-8 encodes it.
            var entries = keys
                .Select(static (key, index) => (Text: Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(key)), Index: index))
                .Select(static entry => (entry.Text, entry.Index, Bytes: Encoding.UTF8.GetBytes(entry.Text)))
                .OrderBy(static entry => entry.Bytes, ByteOrder.Instance)
                .ToArray();

            var table = RecordWriter.Block().Int(entries.Length);
            var written = new RecordWriter();
            foreach (var entry in entries)
            {
                table.Offset(written.ByteLength);
                written.String(entry.Text).Int(entry.Index);
            }

            table.Raw(written);
            return table;
        }

        public static RecordWriter Pages(EquatableArray<PageModel> pages)
        {
            var writer = RecordWriter.Block().Int(pages.Count);
            foreach (var page in pages)
            {
                writer.String(page.Path).String(page.Title).String(page.Permalink).String(page.Layout).String(page.Introduction);
                writer.Int(page.FrontMatter.Count);
                foreach (var value in page.FrontMatter)
                {
                    writer.String(value.Name).String(value.Value);
                }

                writer.Int(page.FirstPublication).Int(page.PublicationCount);
            }

            return writer;
        }

        public static RecordWriter Diagnostics(EquatableArray<ContentDiagnosticModel> diagnostics)
        {
            var writer = RecordWriter.Block().Int(diagnostics.Count);
            foreach (var diagnostic in diagnostics)
            {
                writer.String(diagnostic.Id).String(diagnostic.Severity).String(diagnostic.Message).String(diagnostic.Path)
                    .Int(diagnostic.Line).Int(diagnostic.Column);
            }

            return writer;
        }

        /// <summary>Unsigned byte order: the order of code points, as the runtime's span comparison sees it.</summary>
        private sealed class ByteOrder : System.Collections.Generic.IComparer<byte[]>
        {
            public static readonly ByteOrder Instance = new();

            public int Compare(byte[]? x, byte[]? y)
            {
                var left = x!;
                var right = y!;
                for (var i = 0; i < left.Length && i < right.Length; i++)
                {
                    if (left[i] != right[i])
                    {
                        return left[i].CompareTo(right[i]);
                    }
                }

                return left.Length.CompareTo(right.Length);
            }
        }
    }
}
