using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;

namespace ResearchContent.Fuzz.Inputs.Generation
{
    /// <summary>
    /// Structure-aware inputs from FsCheck generators: one page, one collection file or one BibTeX file, or, one time in
    /// eight, all three together with a _config.yml (the inputs the shuffled-order check is for).
    /// </summary>
    internal static class GeneratedInputs
    {
        private const int Size = 30;

        private static readonly Gen<FuzzFile> Page = PageGen.Page.Select(t => FuzzFile.FromText("content/publications.md", t));

        private static readonly Gen<FuzzFile> Collection =
            CollectionGen.FileName.SelectMany(name => CollectionGen.File.Select(t => FuzzFile.FromText("_publications/" + name, t)));

        private static readonly Gen<FuzzFile> BibTeX = BibTeXGen.File.Select(t => FuzzFile.FromText("_bibliography/papers.bib", t));

        private static readonly Gen<FuzzFile> Config = Gen.Elements(
            "publication_category:\n  books:\n    title: 'Books'\n  manuscripts:\n    title: 'Journal Articles'\n",
            "publication_category: [unclosed\n",
            string.Empty).Select(t => FuzzFile.FromText("_config.yml", t));

        private static readonly Gen<FuzzFile[]> Project =
            Gen.CollectToArray(new[] { Page, Collection, Collection.Select(f => FuzzFile.FromText(f.Path.Replace("_publications/", "_publications/more/"), f.Text!)), BibTeX, Config });

        private static readonly Gen<(string Name, FuzzFile[] Files)> Any = Gen.Frequency(
            (3, Page.Select(f => ("page", new[] { f }))),
            (2, Collection.Select(f => ("collection file", new[] { f }))),
            (2, BibTeX.Select(f => ("BibTeX file", new[] { f }))),
            (1, Project.Select(f => ("project", f))));

        public static FuzzInput Create(ulong seed)
        {
            var (name, files) = Any.Sample(Size, new Rnd(seed), 1)[0];
            return new FuzzInput(InputKind.Generated, "generated " + name + " (seed " + seed + ")", (IReadOnlyList<FuzzFile>)files);
        }
    }
}
