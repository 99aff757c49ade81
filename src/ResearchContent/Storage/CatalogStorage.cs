using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;

namespace ResearchContent.Storage
{
    /// <summary>
    /// Reads the catalog the generator stored as data (docs/storage.md): a publication from its block, a key from
    /// the sorted key table, the pages and the content warnings. Called by generated code only.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class CatalogStorage
    {
        /// <summary>Builds the publication in slot <paramref name="slot"/> of a block of publications.</summary>
        /// <param name="block">A block of up to 64 publication records.</param>
        /// <param name="slot">The publication's place in the block, from 0.</param>
        /// <returns>A new publication.</returns>
        public static Publication ReadPublication(ReadOnlySpan<byte> block, int slot)
        {
            var reader = RecordReader.OfBlock(block);
            for (var i = 0; i < slot; i++)
            {
                reader.Skip();
            }

            return PublicationRecord.Read(reader.ReadBytes());
        }

        /// <summary>Finds a key in the sorted key table by binary search over its UTF-8 bytes.</summary>
        /// <param name="table">The key table.</param>
        /// <param name="key">The key to find; keys are case-sensitive.</param>
        /// <returns>The publication's index, or -1.</returns>
        public static int IndexOf(ReadOnlySpan<byte> table, string key)
        {
            if (key is null)
            {
                return -1;
            }

            var wanted = Encoding.UTF8.GetBytes(key);
            var reader = RecordReader.OfBlock(table);
            var count = reader.ReadInt();
            var offsets = reader.Position;
            var entries = offsets + (count * StorageLayout.OffsetDigits);
            var low = 0;
            var high = count - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                reader.Seek(offsets + (middle * StorageLayout.OffsetDigits));
                reader.Seek(entries + reader.ReadOffset());
                var order = reader.ReadBytes().SequenceCompareTo(wanted);
                if (order == 0)
                {
                    return reader.ReadInt();
                }

                if (order < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return -1;
        }

        /// <summary>Builds the list of pages; each page's publications are taken from the catalog.</summary>
        /// <param name="data">The pages' data.</param>
        /// <param name="publication">The catalog's publication at an index.</param>
        /// <returns>The pages, ordered by path.</returns>
        public static IReadOnlyList<Page> ReadPages(ReadOnlySpan<byte> data, Func<int, Publication> publication)
        {
            var reader = RecordReader.OfBlock(data);
            var pages = new Page[reader.ReadInt()];
            for (var i = 0; i < pages.Length; i++)
            {
                var path = reader.ReadText();
                var title = reader.ReadString();
                var permalink = reader.ReadString();
                var layout = reader.ReadString();
                var introduction = reader.ReadString();
                var frontMatter = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var count = reader.ReadInt(); count > 0; count--)
                {
                    frontMatter[reader.ReadText()] = reader.ReadText();
                }

                var first = reader.ReadInt();
                var publications = new Publication[reader.ReadInt()];
                for (var j = 0; j < publications.Length; j++)
                {
                    publications[j] = publication(first + j);
                }

                pages[i] = new Page
                {
                    Path = path,
                    Title = title,
                    Permalink = permalink,
                    Layout = layout,
                    Introduction = introduction,
                    FrontMatter = new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(frontMatter),
                    Publications = Array.AsReadOnly(publications),
                };
            }

            return Array.AsReadOnly(pages);
        }

        /// <summary>Builds the list of content warnings.</summary>
        /// <param name="data">The warnings' data.</param>
        /// <returns>The warnings, in the order the generator reported them.</returns>
        public static IReadOnlyList<ContentDiagnostic> ReadDiagnostics(ReadOnlySpan<byte> data)
        {
            var reader = RecordReader.OfBlock(data);
            var diagnostics = new ContentDiagnostic[reader.ReadInt()];
            for (var i = 0; i < diagnostics.Length; i++)
            {
                diagnostics[i] = new ContentDiagnostic(
                    reader.ReadText(), reader.ReadText(), reader.ReadText(), reader.ReadText(), reader.ReadInt(), reader.ReadInt());
            }

            return Array.AsReadOnly(diagnostics);
        }
    }
}
