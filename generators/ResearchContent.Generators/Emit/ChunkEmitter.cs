using ResearchContent.Generators.Emit.Storage;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using ResearchContent.Storage;
using static ResearchContent.Generators.Emit.GeneratedNames;
using static ResearchContent.Generators.Emit.GlobalTypeNames;

namespace ResearchContent.Generators.Emit
{
    /// <summary>
    /// Writes one chunk of publications: each publication's property, whose XML doc shows the title and the citation
    /// in IntelliSense, and the chunk's block of data, from which the runtime builds a publication on its first use.
    /// The publications are data, not code: the compiler pays for one literal per chunk, not for an initializer per
    /// publication.
    /// </summary>
    internal static class ChunkEmitter
    {
        public static string Emit(PublicationChunk chunk) => GeneratedFile.Write(writer =>
        {
            writer.WriteLine($"public static partial class {CatalogClass}");
            writer.OpenBlock();
            var block = RecordWriter.Block();
            for (var i = 0; i < chunk.Publications.Count; i++)
            {
                var publication = chunk.Publications[i];
                if (chunk.FirstPublication + i < PropertyLimit)
                {
                    WriteProperty(writer, publication, chunk.FirstPublication + i);
                }

                block.Record(PublicationRecordWriter.Write(publication));
            }

            var last = chunk.FirstPublication + chunk.Publications.Count - 1;
            writer.WriteLine($"/// <summary>The stored publications and the switches that find them.</summary>");
            writer.WriteLine($"private static partial class {StoredDataClass}");
            writer.OpenBlock();
            writer.WriteLine($"/// <summary>Publications {Invariant.Number(chunk.FirstPublication)} to {Invariant.Number(last)}, stored in layout {Invariant.Number(StorageLayout.Version)} (docs/storage.md).</summary>");
            writer.WriteLine($"internal static {ReadOnlySpan}<byte> {Chunk(chunk.Index)} => {CSharpLiteral.Utf8(block.ToString())};");
            writer.CloseBlock();
            writer.CloseBlock();
        });

        private static void WriteProperty(SourceWriter writer, PublicationModel publication, int index)
        {
            writer.WriteLine("/// <summary>");
            writer.WriteLine($"/// {XmlDocText.Escape(publication.TitleEn ?? publication.TitleZh ?? publication.Key)} ({XmlDocText.Escape(publication.Label)})");
            writer.WriteLine("/// </summary>");
            writer.WriteLine("/// <remarks>");
            writer.WriteLine($"/// {XmlDocText.Escape(publication.CitationText)}");
            writer.WriteLine("/// </remarks>");
            writer.WriteLine($"public static {Publication} {publication.PropertyName} => {GetMethod}({Invariant.Number(index)});");
            writer.WriteLine();
        }
    }
}
