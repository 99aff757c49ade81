using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Merge
{
    /// <summary>
    /// One source's statement of a publication, with what the merge needs around it: the file's lines (to
    /// place a disagreement), and for a page entry the publication the page alone would compile.
    /// </summary>
    internal sealed class SourceStatement
    {
        public SourceStatement(SourcePublication publication, FileLines lines, PublicationModel? pagePublication)
        {
            Publication = publication;
            Lines = lines;
            PagePublication = pagePublication;
        }

        public SourcePublication Publication { get; }

        public FileLines Lines { get; }

        /// <summary>For a page entry, the publication the page compiles; <see langword="null"/> for other sources.</summary>
        public PublicationModel? PagePublication { get; }

        public SourceFormat Format => Publication.Format;

        /// <summary>The span of a field where the source states it, else where the publication starts.</summary>
        public RelativeSpan SpanOf(string field)
        {
            foreach (var location in Publication.Locations)
            {
                if (location.Field == field)
                {
                    return location.Span;
                }
            }

            return Publication.Span;
        }

        /// <summary>The source as <c>path(line)</c>, as messages name it.</summary>
        public string Where => Publication.RelativePath + "(" + Invariant.Number(Publication.Span.StartLine + 1) + ")";
    }
}
