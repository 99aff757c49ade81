using System;
using System.IO;
using System.Threading;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Sources.BibTeX;

namespace ResearchContent.Generators.Tests.BibTeX
{
    /// <summary>The BibTeX files of tests/Corpus/BibTeX, and reading BibTeX text as the generator will.</summary>
    internal static class BibTeXCorpus
    {
        /// <summary>The hundred-odd entries of a research group's bibliography, as exporters and people write them.</summary>
        public const string GroupPublications = "group-publications.bib";

        public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Corpus", "BibTeX", file);

        public static string TextOf(string file) => File.ReadAllText(PathOf(file));

        public static SourceFile ReadFile(string file) => Read(TextOf(file), "content/_bibliography/" + file);

        /// <summary>Reads BibTeX text as the file <paramref name="relativePath"/>.</summary>
        public static SourceFile Read(string text, string relativePath = "content/_bibliography/papers.bib") =>
            BibTeXFileReader.Read("/repo/" + relativePath, relativePath, text, CancellationToken.None);
    }
}
